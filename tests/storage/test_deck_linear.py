"""A deck with thousands of problems costs work in proportion to its size, not its size squared.

No clocks here: the tests count the slow steps — "did you mean" suggestions, the thorough
validator's passes, the problems located — and the problems listed; those shown are the first
of the whole list, and the rest are counted exactly. The time itself is a row in benchmarks/run.py.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import pytest

from benchmarks import hostile_decks
from game.storage import deck_rules, yaml_nodes
from game.storage.deck_files import DeckError, NodeLocator, check_deck_data, load_deck_file
from game.storage.deck_rules import MAX_REPORTED

HEAD = "format: 1\nid: many\nname: Many\n"


@pytest.fixture
def suggestions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    real = difflib.get_close_matches

    def counted(word: str, *args: Any, **kw: Any) -> list[str]:
        asked.append(word)
        return real(word, *args, **kw)

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    return asked


def problems_of(path: Path) -> list[tuple[int, int, str]]:
    with pytest.raises(DeckError) as raised:
        load_deck_file(path)
    return [(p.line, p.column, p.message) for p in raised.value.problems]


def test_40000_unknown_keys_list_the_first_200_and_suggest_only_for_those(tmp_path: Path, suggestions: list[str]) -> None:
    path = tmp_path / "keys.yaml"
    path.write_text(HEAD + "".join(f"k{i}: 1\n" for i in range(40_000)) + "qiuz: 2\ncards:\n  - {id: a, text: Hi}\n")

    problems = problems_of(path)

    assert len(problems) == MAX_REPORTED + 1
    assert problems[0] == (4, 1, "unknown field 'k0'")
    assert problems[MAX_REPORTED - 1] == (203, 1, "unknown field 'k199'")
    assert problems[-1] == (204, 1, "…and 39,801 more problems from here on; fix these and check again")
    assert len(suggestions) == MAX_REPORTED


def test_a_typo_among_few_problems_still_gets_its_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "typo.yaml"
    path.write_text(HEAD + "cards:\n  - id: a\n    text: Hi\n    qiuz: How?\n")
    assert problems_of(path) == [(7, 5, "unknown field 'qiuz' (did you mean 'quiz'?)")]


def test_20000_broken_cards_are_explained_only_until_the_list_is_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    explained: list[Any] = []
    real = deck_rules.thorough_card_validator()

    class Counting:
        def iter_errors(self, card: Any) -> Any:
            explained.append(card)
            return real.iter_errors(card)

    monkeypatch.setattr(deck_rules, "thorough_card_validator", lambda: Counting())
    path = tmp_path / "cards.yaml"
    path.write_text(HEAD + "cards:\n" + "".join(f"  - {{id: c{i}, text: Hi, level: 7}}\n" for i in range(20_000)))

    problems = problems_of(path)

    assert len(explained) == MAX_REPORTED + 1
    assert problems[0] == (5, 31, "level must be from 1 to 3, not 7")
    assert problems[-1][2] == "…and 19,800 more problems from here on; fix these and check again"


def test_a_list_far_over_its_limit_is_one_problem_found_before_its_items_are_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(root: Any) -> Any:
        raise AssertionError("the items were built")

    monkeypatch.setattr(yaml_nodes, "construct", never)
    path = tmp_path / "tags.yaml"
    path.write_text(HEAD + "cards:\n  - id: a\n    text: Hi\n    tags:\n" + "".join(f"      - {{k: {i}}}\n" for i in range(40_000)))
    assert problems_of(path) == [
        (8, 7, "tags has 40,000 items; it may have at most 20: the rest of the deck is checked once it is shorter")
    ]


def test_a_long_list_of_plain_tags_or_under_an_unknown_field_is_refused_on_its_shape_too(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    tags = "".join(f"      - tag-{i}\n" for i in range(5_000))
    path.write_text(HEAD + "cards:\n  - id: a\n    text: Hi\n    tags:\n" + tags + "  - id: b\n    text: Yo\n    pile:\n" + tags)
    later = "the rest of the deck is checked once it is shorter"
    assert problems_of(path) == [
        (8, 7, f"tags has 5,000 items; it may have at most 20: {later}"),
        (5_011, 7, f"this list has 5,000 items, and only the cards may be so many: {later}"),
    ]


def test_a_list_a_little_over_its_limit_is_explained_item_by_item_with_the_rest_of_the_deck(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    tags = "".join(f"      - {{k: {i}}}\n" for i in range(25))
    path.write_text(HEAD + "cards:\n  - id: a\n    text: Hi\n    tags:\n" + tags + "  - id: b\n    text: Yo\n    levle: 2\n")
    problems = problems_of(path)
    assert problems[0] == (8, 7, "tags has 25 items; it may have at most 20")
    assert problems[1:21] == [(8 + i, 9, "tags must be text, not a mapping") for i in range(20)]
    assert problems[21:] == [(35, 5, "unknown field 'levle' (did you mean 'level'?)")]


def test_many_cards_are_not_a_long_list(tmp_path: Path) -> None:
    path = tmp_path / "cards.yaml"
    path.write_text(HEAD + "cards:\n" + "".join(f"  - {{id: c{i}, text: Hi, tags: [small]}}\n" for i in range(3_000)))
    assert len(load_deck_file(path).deck.cards) == 3_000


# --- only the problems shown are located and worded; the rest are counted exactly ---

SMALL_HOSTILE_BYTES = 60_000  # every shape still gives far more than MAX_REPORTED problems


def _listed_and_counted(text: str, limit: int) -> list[tuple[int, int, str]]:
    root = yaml_nodes.compose(text)
    return [(p.line, p.column, p.message) for p in check_deck_data(yaml_nodes.construct(root), root, "deck.yaml", limit)]


@pytest.mark.parametrize("shape", list(hostile_decks.SHAPES))
def test_each_hostile_shape_shows_the_same_first_problems_as_the_whole_list_and_counts_the_rest(
    shape: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hostile_decks, "LIMIT", SMALL_HOSTILE_BYTES)
    text = hostile_decks.SHAPES[shape]()
    everything = _listed_and_counted(text, 10**9)  # no limit: every problem located and worded

    shown = _listed_and_counted(text, MAX_REPORTED)

    listed = min(len(everything), MAX_REPORTED)
    assert shown[:listed] == everything[:listed]
    if len(everything) > MAX_REPORTED:
        rest = len(everything) - MAX_REPORTED
        first_unshown = everything[MAX_REPORTED]
        assert shown[-1] == (*first_unshown[:2], f"…and {rest:,} more problems from here on; fix these and check again")
        assert len(shown) == MAX_REPORTED + 1
    else:
        assert shown == everything


def test_a_card_with_40000_unknown_keys_locates_only_the_problems_it_shows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    located: list[Any] = []
    real = NodeLocator.place

    def counted(self: NodeLocator, path: Any, key: Any = None) -> Any:
        located.append((tuple(path), key))
        return real(self, path, key)

    monkeypatch.setattr(NodeLocator, "place", counted)
    path = tmp_path / "keys.yaml"
    path.write_text(HEAD + "cards:\n  - id: a\n    text: Hi\n" + "".join(f"    k{i}: 1\n" for i in range(40_000)))

    problems = problems_of(path)

    assert problems[0] == (7, 5, "unknown field 'k0'")
    assert problems[MAX_REPORTED - 1] == (206, 5, "unknown field 'k199'")
    assert problems[-1] == (207, 5, "…and 39,800 more problems from here on; fix these and check again")
    assert len(located) <= MAX_REPORTED + 1


def test_the_cards_after_the_list_is_full_count_every_problem_not_one_per_card(tmp_path: Path) -> None:
    path = tmp_path / "cards.yaml"
    path.write_text(HEAD + "cards:\n" + "".join(f"  - {{id: c{i}, text: Hi, qiuz: x, level: 7}}\n" for i in range(1_000)))

    problems = problems_of(path)

    assert problems[:2] == [(5, 24, "unknown field 'qiuz' (did you mean 'quiz'?)"), (5, 40, "level must be from 1 to 3, not 7")]
    assert problems[-1] == (105, 26, "…and 1,800 more problems from here on; fix these and check again")


def test_a_key_spelled_like_an_earlier_one_is_listed_with_it_however_far_down_it_is() -> None:
    # 1 and '1' are two keys, but a file's place for either is the first: they are listed side by side.
    text = HEAD + "cards:\n  - id: a\n    text: Hi\n    1: x\n" + "".join(f"    k{i}: 1\n" for i in range(300)) + "    '1': y\n"

    shown = _listed_and_counted(text, MAX_REPORTED)

    assert shown[:2] == [(7, 5, "unknown field '1'"), (7, 5, "unknown field '1'")]
    assert shown[:MAX_REPORTED] == _listed_and_counted(text, 10**9)[:MAX_REPORTED]
    assert shown[-1] == (206, 5, "…and 102 more problems from here on; fix these and check again")
