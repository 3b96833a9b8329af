"""A corpus of broken and hostile deck files, each with the errors it must give.

Every file in tests/decks/broken/ is listed in EXPECTED with each problem it must
report as (line, column, a fragment of the message). Loading never lets anything
but a DeckError escape. Hostile files are loaded in a child process with a
timeout and a memory cap, so a hang or a memory blow-up fails the test instead
of stalling the run; nothing here measures speed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.storage.deck_files import (
    MAX_FILE_BYTES,
    DeckError,
    load_deck_bytes,
    load_deck_file,
    load_decks,
)
from game.storage.deck_rules import MAX_CARDS, MAX_REPORTED

REPO = Path(__file__).resolve().parents[2]
BROKEN = REPO / "tests" / "decks" / "broken"
BUILTIN = REPO / "decks"

Expected = list[tuple[int, int, str]]

EXPECTED: dict[str, Expected] = {
    # --- the schema: fields, types, patterns, ranges, enums ---
    "unknown-field-typo.yaml": [(8, 5, "unknown field 'qiuz' (did you mean 'quiz'?)")],
    "deck-missing-name.yaml": [(1, 1, "the deck needs 'name'")],
    "deck-missing-format-and-cards.yaml": [(1, 1, "the deck needs 'cards'"), (1, 1, "the deck needs 'format'")],
    "card-missing-text.yaml": [(8, 5, "a card needs 'text'")],
    "card-missing-id-and-text.yaml": [(8, 5, "a card needs 'id'"), (8, 5, "a card needs 'text'")],
    "wrong-types.yaml": [
        (1, 9, "format must be a whole number, not the text '1'"),
        (4, 7, "tags must be a list, not the text 'cosy'"),
        (7, 11, "text must be text, not the number 42"),
        (8, 12, "level must be a whole number, not the text 'two'"),
        (9, 12, "spicy must be true or false, not the text 'maybe'"),
        (10, 16, "followups must be a list, not the text 'What else?'"),
    ],
    "bad-id-pattern.yaml": [
        (2, 5, "id 'My Deck' must be lowercase letters, digits and dashes"),
        (5, 9, "id 'Coffee_Order' must be lowercase letters, digits and dashes"),
        (7, 9, "id '-starts-with-dash' must be lowercase letters, digits and dashes"),
    ],
    "newline-in-id.yaml": [(6, 9, "must be lowercase letters, digits and dashes")],
    "level-0-and-4.yaml": [(7, 12, "level must be from 1 to 3, not 0"), (10, 12, "level must be from 1 to 3, not 4")],
    "unknown-kind.yaml": [(7, 11, "kind must be one of ask, both, scenario, action, not 'quest'")],
    "unknown-answer-type.yaml": [(8, 13, "answer must be one of text, choice, date, number, scale, who, not 'colour'")],
    # --- the rules beyond the schema ---
    "choice-without-options.yaml": [(8, 13, "answer: choice needs a list of options")],
    "options-on-text-answer.yaml": [(8, 14, "options need answer: choice")],
    "scenario-one-option.yaml": [(10, 7, "needs 2 to")],
    "scenario-seven-options.yaml": [(10, 7, "a scenario needs 2 to 6 options")],
    "action-with-quiz.yaml": [(10, 11, "action cards are not remembered, so 'quiz' has no place here")],
    "seconds-on-ask-card.yaml": [(9, 14, "seconds (a timer) is only for action cards")],
    "duplicate-card-ids.yaml": [(10, 9, "card id 'coffee' is used twice (first by card 1)")],
    "duplicate-tags.yaml": [(8, 11, "the same tag appears twice")],
    "unknown-placeholder.yaml": [(8, 11, "unknown placeholder {nmae}")],
    "lone-brace.yaml": [(7, 11, "a lone { or }")],
    "format-2.yaml": [(1, 9, "format 2 is newer than this game knows")],
    "many-problems.yaml": [
        (8, 5, "unknown field 'qiuz'"),
        (10, 12, "level must be from 1 to 3, not 5"),
        (11, 11, "unknown placeholder {drink}"),
        (12, 9, "card id 'coffee' is used twice"),
        (15, 14, "needs 2 to"),
    ],
    # --- YAML that is not a deck ---
    "duplicate-mapping-key.yaml": [(9, 5, "'text' appears twice here")],
    "colon-in-unquoted-value.yaml": [(7, 20, "a colon inside a value: put the whole text in quotes")],
    "tab-indentation.yaml": [(7, 1, "tab character")],
    "bad-indentation.yaml": [
        (8, 4, "line 8 is indented differently from the rest of its card: line it up with the card's other lines")
    ],
    "key-indented-more.yaml": [(8, 7, "line 8 is indented differently from the rest of its card")],
    "card-out-of-line.yaml": [(8, 4, "line 8 is indented differently from the card above it: start its - in the same column")],
    "deck-line-indented.yaml": [(5, 3, "line 5 is indented differently from the lines above it: line it up with them")],
    "unclosed-quote.yaml": [(6, 11, 'a quote opened on line 6 is never closed: end the text with " on that line')],
    "quote-closed-lines-later.yaml": [(8, 11, 'a quote opened on line 8 is never closed: end the text with " on that line')],
    "single-quote-never-closed.yaml": [(7, 11, "a quote opened on line 7 is never closed: end the text with ' on that line")],
    "apostrophe-in-single-quotes.yaml": [
        (7, 11, "the ' inside this text ends it early: write '' for a ' inside it, or quote it with \"")
    ],
    "list-never-closed.yaml": [(8, 11, "a list opened on line 8 is never closed: end it with ]")],
    "missing-colon.yaml": [(6, 5, "a colon is missing after this key")],
    "empty.yaml": [(1, 1, "the file is empty")],
    "only-comments.yaml": [(1, 1, "the file is empty")],
    "list-not-mapping.yaml": [(1, 1, "a deck is a mapping with format, id, name and cards")],
    "two-documents.yaml": [(8, 1, "another document")],
    "merge-key.yaml": [(9, 5, "merge keys (<<) are not supported")],
    "undefined-alias.yaml": [(7, 11, "an alias refers to an anchor that does not exist")],
    # --- hostile files ---
    "invalid-utf8.yaml": [(7, 35, "not UTF-8")],
    "nul-bytes.yaml": [(7, 21, "control characters are not allowed")],
    "binary-junk.png.yaml": [(1, 1, "not UTF-8")],
    "python-object-tag.yaml": [(7, 11, "the tag !!python/object/apply:os.system is not allowed")],
    "binary-tag.yaml": [(8, 11, "the tag !!binary is not allowed")],
    "local-tag.yaml": [(7, 11, "the tag !include is not allowed")],
    "billion-laughs.yaml": [(2, 1, "aliases expand this file to over 1,000,000 values")],
    "recursive-alias.yaml": [(6, 5, "an alias refers to a value that contains it")],
    "deep-brackets.yaml": [(8, 116, "brackets are nested more than 100 levels deep")],
    "deep-dashes.yaml": [(9, 1, "nested more than 32 levels deep")],
    "long-string.yaml": [(7, 11, "this text is 2,001 characters long; the limit is 2,000")],
    "long-number.yaml": [(8, 12, "the limit is 2,000")],
    "long-sexagesimal-number.yaml": [(8, 12, "the limit is 2,000")],
    "int-binary-underscore.yaml": [(8, 12, "'0b_' is not a whole number")],
    "int-hex-underscore.yaml": [(8, 12, "'0x_' is not a whole number")],
    "int-negative-hex-underscore.yaml": [(8, 12, "'-0x_' is not a whole number")],
    "int-tag-empty.yaml": [(8, 12, "'' is not a whole number")],
    "int-tag-letters.yaml": [(8, 12, "'abc' is not a whole number")],
    "float-tag-letters.yaml": [(8, 12, "'abc' is not a number")],
    "bool-tag-letters.yaml": [(8, 12, "'abc' is not true or false")],
    "alias-chain-40-deep.yaml": [(37, 9, "aliases nest values more than 32 levels deep")],
    # Far too long a list is refused on its shape, before its items (and their aliases) are built.
    "alias-chain-1400-deep.yaml": [(9, 7, "followups has 1,400 items; it may have at most 10")],
    "nul-escape-in-text.yaml": [(7, 11, "text holds a NUL character (written \\0)")],
    "nul-escape-in-deck-name.yaml": [(4, 7, "name holds a NUL character (written \\0)")],
}

HOSTILE = {
    "invalid-utf8.yaml",
    "nul-bytes.yaml",
    "binary-junk.png.yaml",
    "python-object-tag.yaml",
    "binary-tag.yaml",
    "local-tag.yaml",
    "billion-laughs.yaml",
    "recursive-alias.yaml",
    "deep-brackets.yaml",
    "deep-dashes.yaml",
    "long-string.yaml",
    "long-number.yaml",
    "long-sexagesimal-number.yaml",
    "merge-key.yaml",
    "int-binary-underscore.yaml",
    "int-hex-underscore.yaml",
    "int-negative-hex-underscore.yaml",
    "int-tag-empty.yaml",
    "int-tag-letters.yaml",
    "float-tag-letters.yaml",
    "bool-tag-letters.yaml",
    "alias-chain-40-deep.yaml",
    "alias-chain-1400-deep.yaml",
    "nul-escape-in-text.yaml",
    "nul-escape-in-deck-name.yaml",
}

# Loads one deck file in a fresh interpreter, capped at 3 GiB of address space, and
# prints what came out as JSON: the problems of a DeckError, or whatever else escaped.
CHILD = r"""
import json, sys
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
except (ImportError, ValueError, OSError):
    pass
from game.storage.deck_files import DeckError, load_deck_file
try:
    loaded = load_deck_file(sys.argv[1], shown_as=sys.argv[2])
except DeckError as error:
    print(json.dumps({"problems": [[p.path, p.line, p.column, p.message] for p in error.problems]}))
except BaseException as error:
    print(json.dumps({"escaped": f"{type(error).__name__}: {error}"[:500]}))
else:
    print(json.dumps({"loaded": loaded.deck.id}))
"""
CHILD_TIMEOUT = 60  # generous: only a hang gets near it


def load_in_child(path: Path, shown_as: str, cwd: Path) -> list[tuple[str, int, int, str]]:
    """The problems of loading `path` in a child process; fails on a hang, a crash or a success."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), shown_as],
            cwd=cwd,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"loading {shown_as} did not finish within {CHILD_TIMEOUT} s (a hang)")
    assert done.returncode == 0, f"the child crashed (exit {done.returncode}):\n{done.stderr[-2000:]}"
    outcome = json.loads(done.stdout)
    assert "escaped" not in outcome, f"not a DeckError: {outcome['escaped']}"
    assert "loaded" not in outcome, f"{shown_as} loaded as deck {outcome['loaded']!r}; it must be refused"
    return [(path, line, column, message) for path, line, column, message in outcome["problems"]]


def load_here(path: Path, shown_as: str) -> list[tuple[str, int, int, str]]:
    with pytest.raises(DeckError) as raised:  # anything but a DeckError escapes pytest.raises and fails the test
        load_deck_file(path, shown_as=shown_as)
    return [(p.path, p.line, p.column, p.message) for p in raised.value.problems]


def assert_problems(problems: list[tuple[str, int, int, str]], name: str, expected: Expected) -> None:
    assert problems, f"{name}: a DeckError without problems"
    assert {path for path, *_ in problems} == {name}, "every problem names the file"
    found = [(line, column, message) for _, line, column, message in problems]
    unmatched = list(found)
    for line, column, fragment in expected:
        match = next((p for p in unmatched if p[:2] == (line, column) and fragment in p[2]), None)
        assert match is not None, f"{name}: expected {line}:{column}: …{fragment}… among {found}"
        unmatched.remove(match)
    assert not unmatched, f"{name}: problems beyond those expected: {unmatched}"


def test_every_file_in_the_corpus_has_its_expectation_and_there_are_enough() -> None:
    on_disk = {path.name for path in BROKEN.iterdir() if path.suffix == ".yaml"}
    assert on_disk == set(EXPECTED), f"untested: {on_disk - set(EXPECTED)}, missing: {set(EXPECTED) - on_disk}"
    assert set(EXPECTED) >= HOSTILE
    assert len(on_disk) >= 25


@pytest.mark.parametrize("name", sorted(set(EXPECTED) - HOSTILE))
def test_broken_deck_reports_each_problem_at_its_line_and_column(name: str) -> None:
    assert_problems(load_here(BROKEN / name, name), name, EXPECTED[name])


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_deck_is_refused_with_a_located_error_without_hanging(name: str, tmp_path: Path) -> None:
    assert_problems(load_in_child(BROKEN / name, name, tmp_path), name, EXPECTED[name])


def test_python_tag_runs_nothing(tmp_path: Path) -> None:
    # The tag's payload writes a file into the working directory if it is ever constructed.
    payload = (BROKEN / "python-object-tag.yaml").read_text(encoding="utf-8")
    assert "echo pwned > kindred-pwned" in payload
    load_in_child(BROKEN / "python-object-tag.yaml", "python-object-tag.yaml", tmp_path)
    assert not (tmp_path / "kindred-pwned").exists()


def test_the_binary_corpus_files_hold_the_bytes_they_are_about() -> None:
    assert b"\xe9?" in (BROKEN / "invalid-utf8.yaml").read_bytes()
    nul = (BROKEN / "nul-bytes.yaml").read_bytes()
    assert b"\x00" in nul and nul.decode("utf-8")  # valid UTF-8: it is the NUL that must be caught
    assert (BROKEN / "binary-junk.png.yaml").read_bytes().startswith(b"\x89PNG")


# --- hostile files too big to commit: generated here ---

HEAD = "format: 1\nid: generated\nname: Generated\ncards:\n"


def test_file_over_5_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    card = "  - id: card\n    text: A question that is asked over and over again\n"
    path.write_text(HEAD + card * (MAX_FILE_BYTES // len(card) + 1), encoding="utf-8")
    assert path.stat().st_size > MAX_FILE_BYTES
    assert_problems(load_in_child(path, "huge.yaml", tmp_path), "huge.yaml", [(1, 1, "a deck may be at most 5 MB")])


def test_bytes_over_5_mb_are_refused_too() -> None:
    with pytest.raises(DeckError) as raised:
        load_deck_bytes(b"#" * (MAX_FILE_BYTES + 1), "dropped.yaml")
    assert [(p.line, p.column) for p in raised.value.problems] == [(1, 1)]
    assert "at most 5 MB" in raised.value.problems[0].message


def test_more_than_20000_cards_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text(HEAD + "".join(f"  - {{id: c{i}, text: Hi}}\n" for i in range(MAX_CARDS + 1)), encoding="utf-8")
    assert_problems(
        load_in_child(path, "many.yaml", tmp_path), "many.yaml", [(5, 3, "20,001 cards; a deck may hold at most 20,000")]
    )


def test_exactly_20000_cards_load(tmp_path: Path) -> None:
    path = tmp_path / "full.yaml"
    path.write_text(HEAD + "".join(f"  - {{id: c{i}, text: Hi}}\n" for i in range(MAX_CARDS)), encoding="utf-8")
    assert len(load_deck_file(path).deck.cards) == MAX_CARDS


def test_a_deck_far_over_the_card_limit_reports_the_limit_and_the_first_problems_not_every_card(tmp_path: Path) -> None:
    # Three times the limit, all with one id: only the first 20,000 cards are looked at, and the first 200 problems shown.
    count = 3 * MAX_CARDS
    path = tmp_path / "flood.yaml"
    path.write_text(HEAD + "  - {id: c, text: b}\n" * count, encoding="utf-8")
    problems = load_in_child(path, "flood.yaml", tmp_path)
    assert problems[0][1:] == (5, 3, "60,000 cards; a deck may hold at most 20,000")
    duplicates = [p for p in problems if "is used twice" in p[3]]
    assert len(duplicates) == MAX_REPORTED - 1
    assert len(problems) == MAX_REPORTED + 1
    assert problems[-1][1:] == (205, 10, "…and 19,800 more problems from here on; fix these and check again")


# --- many decks at once ---

GOOD = """format: 1
id: {deck_id}
name: {name}
cards:
  - id: coffee
    text: How do you take your coffee?
"""


def test_one_broken_deck_does_not_stop_the_others(tmp_path: Path) -> None:
    first = tmp_path / "a-first.yaml"
    first.write_text(GOOD.format(deck_id="first", name="First"), encoding="utf-8")
    last = tmp_path / "z-last.yaml"
    last.write_text(GOOD.format(deck_id="last", name="Last"), encoding="utf-8")
    broken = tmp_path / "m-broken.yaml"
    broken.write_bytes((BROKEN / "unknown-field-typo.yaml").read_bytes())

    found = load_decks([first, broken, last, *sorted(BUILTIN.glob("*.yaml"))])

    assert {"first", "last"} <= {deck.id for deck in found.decks}
    assert len(found.decks) == 2 + len(list(BUILTIN.glob("*.yaml")))
    assert [(p.path, p.line, p.column) for p in found.problems] == [(str(broken), 8, 5)]
    assert "qiuz" in found.problems[0].message


def test_every_broken_file_among_good_ones_only_costs_itself(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD.format(deck_id="good", name="Good"), encoding="utf-8")
    broken = sorted(BROKEN / name for name in set(EXPECTED) - HOSTILE)  # the hostile ones each run in a child above

    found = load_decks([*broken, good])

    assert [deck.id for deck in found.decks] == ["good"]
    assert {Path(p.path).name for p in found.problems} == {path.name for path in broken}


def test_two_decks_with_one_id_keep_the_first_and_name_both_files(tmp_path: Path) -> None:
    first = tmp_path / "ours.yaml"
    first.write_text(GOOD.format(deck_id="ours", name="Ours"), encoding="utf-8")
    second = tmp_path / "ours-copy.yaml"
    second.write_text(GOOD.format(deck_id="ours", name="Ours, copied"), encoding="utf-8")

    found = load_decks([first, second])

    assert [deck.name for deck in found.decks] == ["Ours"]
    [problem] = found.problems
    assert (problem.path, problem.line, problem.column) == (str(second), 1, 1)
    assert "deck id 'ours' is already used by" in problem.message
    assert str(first) in problem.message


def test_a_missing_file_is_a_deck_error_not_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(DeckError) as raised:
        load_deck_file(tmp_path / "nowhere.yaml")
    [problem] = raised.value.problems
    assert (problem.line, problem.column) == (1, 1)
    assert "cannot read the file" in problem.message
