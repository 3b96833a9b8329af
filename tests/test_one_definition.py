"""One definition per rule: a deck id, a depth's words or a schema bound is written once and imported.

A rule copied into a second module drifts the day one copy changes. These scans find a rule's
words written again outside the module that owns it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from game.core.date_night_plan import OPENERS_DECK, RITUALS_DECK
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

GAME = Path(__file__).resolve().parents[1] / "game"


def string_literals(path: Path) -> set[str]:
    return {
        node.value
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def modules_saying(text: str) -> list[str]:
    return sorted(str(path.relative_to(GAME)) for path in GAME.rglob("*.py") if text in string_literals(path))


def test_the_date_night_deck_ids_are_written_only_in_the_date_night_plan() -> None:
    for deck_id in (OPENERS_DECK, RITUALS_DECK):
        assert modules_saying(deck_id) == ["core/date_night_plan.py"], deck_id


def test_the_openers_deck_date_night_draws_on_is_a_built_in_deck() -> None:
    assert OPENERS_DECK in {deck.id for deck in load_decks(deck_paths(builtin_decks_dir())).decks}


def test_the_words_for_a_depth_cap_are_written_once() -> None:
    for words in ("light only", "up to personal", "all the way to deep"):
        assert modules_saying(words) == ["ui/session_choices.py"], words
