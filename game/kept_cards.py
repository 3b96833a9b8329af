"""The cards a couple's answers were given to, kept once the card leaves its deck, so those answers stay in Our story.

Deck studio takes a card out of a deck three ways: deleted, started afresh after its words changed (it takes a new
id, and what was remembered stays with the old question), or with the whole deck. Answers are kept under the deck
id and card id, and an answer is shown only beside the card it was given to (game.core.consent: one whose card is
unknown cannot be judged, so it is never shown). So every couple whose answers can be read keeps, among their own
settings (sealed with their answers when they lock them), a copy of each such card they answered, and Our story
reads them beside the decks (`memory_decks`); a card back in its deck (an undo) is read from the deck. Play never
deals a kept card and Quiz me leaves its answers be. A couple locked in this run cannot be read: the card is kept for
them all the same, outside their sealed settings, and becomes theirs once their passphrase is given if they answered it
(game.storage.kept_copies, which Our book and the exports read too).

Mixed into the game's services (game.services), as Our story's reads are (game.story_services).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from game.core.cards import Card, Deck
    from game.core.memories import Memory
    from game.core.players import Couple
    from game.storage.store import Store


class CardKeeper(Protocol):
    """What these need from the services that hold them."""

    store: Store

    def _deck_list(self) -> list[Deck]: ...


class KeptCards:
    """Answers of cards no longer in a deck: counted before a change, kept with their card, read by Our story."""

    def remembered(self: CardKeeper, couple: Couple, deck_id: str, card_ids: Iterable[str] | None = None) -> list[Memory]:
        """The couple's answers to the cards of `deck_id` (only those of `card_ids`, when given), in seat order; none
        while their answers are locked."""
        if not self.store.locks.is_open(couple.id):
            return []
        wanted = None if card_ids is None else set(card_ids)
        found = [
            memory
            for key, memory in self.store.memories.all(couple.id).items()
            if key.deck_id == deck_id and (wanted is None or key.card_id in wanted)
        ]
        return sorted(found, key=lambda memory: memory.key)

    def keep_cards(self: CardKeeper, deck: Deck, cards: Sequence[Card]) -> None:
        """Keep `cards` of `deck` for every couple who answered one of them, and for every couple locked now (whose
        answers cannot be read), before the cards leave the deck. What the store raises when it cannot write now is
        raised: the change should wait."""
        from game.storage.kept_copies import keep

        keep(self.store, deck, cards)

    def take_kept_while_locked(self: CardKeeper, couple: Couple) -> None:
        """Just unlocked: the cards kept while the couple was locked become their own (see kept_copies); on a busy or
        full file they wait, still read, and are taken at the next unlock."""
        import sqlite3
        from contextlib import suppress

        from game.storage.kept_copies import take_waiting

        with suppress(sqlite3.Error):
            take_waiting(self.store, couple.id)

    def memory_decks(self: CardKeeper, couple: Couple) -> list[Deck]:
        """The decks, and before them one for each deck with cards kept for this couple: where Our story finds the
        card of every answer. (A kept card's deck, named as it was, is marked opt-in: nothing suggests or deals it.)"""
        from game.storage.kept_copies import with_kept

        return with_kept(self.store, couple.id, self._deck_list())
