"""Duplicating a deck: a built-in (or any) deck becomes one of the couple's own, to change as they like."""

from __future__ import annotations

from game.core.cards import Deck
from game.core.deck_bounds import NAME_CHARS
from game.core.deck_editing import DeckSaveError, copy_of
from game.core.players import Couple
from game.core.quote_marks import in_quotes

from .routes import StudioDeck
from .scene import UI


def duplicate_deck(ui: UI, couple: Couple, deck: Deck) -> StudioDeck | None:
    """Save a copy of `deck` as one of the couple's own; the request to edit it, or None when it could not be saved."""
    name = f"{deck.name} (ours)"[:NAME_CHARS]
    copy = copy_of(deck, ui.services.new_deck_id(name), name)
    try:
        path = ui.services.save_deck(copy)
    except DeckSaveError as error:
        ui.toast(str(error), seconds=6)
        return None
    ui.toast(f"{in_quotes(name)} is yours to change. The original stays as it was.")
    return StudioDeck(couple, copy, path)
