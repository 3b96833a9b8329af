"""Which words a deck file reads as true, false or nothing, as docs/DECKS.md says: `Yes`, `No`, `On` and `Off`
stay words; only true/false and null/~ do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.storage.yaml_nodes import compose, construct

DECKS_MD = Path(__file__).resolve().parents[2] / "docs" / "DECKS.md"
WORDS = ["Yes", "No", "yes", "no", "YES", "NO", "Y", "N", "y", "n", "On", "Off", "on", "off", "tRUE", "None", "none"]


def read(word: str) -> object:
    return construct(compose(f"options: [{word}]"))["options"][0]


@pytest.mark.parametrize("word", WORDS)
def test_yes_no_on_and_off_stay_the_words_typed(word: str) -> None:
    assert read(word) == word


@pytest.mark.parametrize(
    ("word", "value"), [("true", True), ("True", True), ("TRUE", True), ("false", False), ("False", False), ("FALSE", False)]
)
def test_only_true_and_false_become_true_and_false(word: str, value: bool) -> None:
    assert read(word) is value


@pytest.mark.parametrize("word", ["null", "Null", "NULL", "~"])
def test_null_and_a_tilde_become_nothing(word: str) -> None:
    assert read(word) is None


def test_the_deck_guide_says_so() -> None:
    guide = " ".join(DECKS_MD.read_text(encoding="utf-8").split())
    assert "`Yes`, `No`, `On` and `Off` stay the words you typed" in guide
    assert "YAML reads these as true and false" not in guide
