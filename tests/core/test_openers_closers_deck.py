"""Openers & Closers opens or closes an evening: a card of it with neither tag is dealt mid-evening under its name."""

from __future__ import annotations

from game.core.card_shapes import CLOSER, OPENER
from game.core.date_night_plan import OPENERS_DECK
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir


def test_every_card_of_openers_and_closers_opens_or_closes_an_evening() -> None:
    [deck] = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if deck.id == OPENERS_DECK]
    assert deck.cards
    assert [card.id for card in deck.cards if not {OPENER, CLOSER} & set(card.tags)] == []
