"""A deck with thousands of problems costs work in proportion to its size, not its size squared.

No clocks here: the tests count the slow steps — "did you mean" suggestions and the thorough
validator's passes — and the problems listed. The time itself is a row in benchmarks/run.py.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import pytest

from game.storage import deck_rules
from game.storage.deck_files import DeckError, load_deck_file
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
    assert problems[-1][2] == "…and at least 19,800 more problems from here on; fix these and check again"


def test_a_list_far_over_its_limit_is_one_problem_not_one_per_item(tmp_path: Path) -> None:
    path = tmp_path / "tags.yaml"
    path.write_text(HEAD + "cards:\n  - id: a\n    text: Hi\n    tags:\n" + "".join(f"      - {{k: {i}}}\n" for i in range(40_000)))
    problems = problems_of(path)
    assert problems[0] == (8, 7, "tags has 40,000 items; it may have at most 20")
    assert problems[1:] == [(8 + i, 9, "tags must be text, not a mapping") for i in range(20)]  # only those within the limit
