"""A deck file's `language` says what the couple's cards are written in, or nothing when their letters do not tell.

Nothing in the game reads it: it is for whoever opens or is sent the file. A deck of Hebrew and Persian cards
once said `language: en`."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.core.card_language import deck_language, detected
from game.core.cards import Card, Deck
from game.storage.deck_files import load_deck_file
from game.storage.deck_library import DeckLibrary
from game.storage.deck_record import made_in_kindred
from game.storage.importing import import_into

REPO = Path(__file__).resolve().parents[2]
HEBREW = "מה הדבר הראשון שנעשה אם נזכה בלוטו?"
PERSIAN = "اگر کسی در مهمانی با من بی‌ادبی کند، دوست داری تو چه کار کنی؟"
ENGLISH = "Which song would you want playing every time you walk into a room?"


def deck_of(*texts: str, language: str = "") -> Deck:
    return Deck(
        "sofa-nights", "Sofa Nights", tuple(Card("sofa-nights", f"c{n}", text) for n, text in enumerate(texts)), language=language
    )


def saved(tmp_path: Path, deck: Deck) -> tuple[str, Deck]:
    books = DeckLibrary(REPO / "decks", tmp_path / "decks")
    books.load()
    path = books.save(deck)
    return path.read_text(encoding="utf-8"), load_deck_file(path).deck


@pytest.mark.parametrize(
    ("texts", "said"),
    [
        ((HEBREW, PERSIAN), None),
        ((ENGLISH, HEBREW), None),
        ((HEBREW,), "he"),
        ((PERSIAN,), "fa"),
        ((ENGLISH, "Hug for twenty seconds, longer than feels normal 🤗"), "en"),
        (("¿Qué es lo primero que harías si ganáramos la lotería?",), None),
        (("🍪",), None),
    ],
)
def test_the_studio_writes_the_language_of_the_cards_or_none(tmp_path, texts, said):
    text, deck = saved(tmp_path, deck_of(*texts))
    lines = [line for line in text.splitlines() if line.startswith("language:")]
    assert lines == ([f"language: {said}"] if said else [])
    assert deck.language == (said or "")
    assert made_in_kindred(tmp_path / "decks" / "sofa-nights.yaml")  # a file with no language is still the studio's own


def test_a_language_the_couple_wrote_stays_while_the_cards_are_in_its_letters(tmp_path):
    portuguese = "O que você faria primeiro se ganhássemos na loteria?"
    assert deck_language(deck_of(portuguese).cards, "pt-BR") == "pt-BR"
    assert deck_language(deck_of(portuguese, HEBREW).cards, "pt-BR") == ""
    _, deck = saved(tmp_path, deck_of(HEBREW, PERSIAN, language="en"))  # as the studio once wrote it
    assert deck.language == ""


def test_placeholders_are_not_read_as_english_words():
    assert detected(deck_of("מה {name} היה עושה?").cards) == "he"


def test_a_list_of_hebrew_and_persian_questions_imports_with_no_language(tmp_path):
    books = DeckLibrary(REPO / "decks", tmp_path / "decks")
    books.load()
    outcome = import_into(tmp_path / "decks", deck_of(HEBREW, PERSIAN), "pasted.txt", books.entries)
    assert outcome.imported
    text = Path(outcome.path).read_text(encoding="utf-8")
    assert "language:" not in text
    assert load_deck_file(Path(outcome.path)).deck.language == ""
