"""The cards a couple's answers were given to, kept once the card leaves its deck, so those answers stay in Our story.

Deck studio takes a card out of a deck three ways: deleted, started afresh after its words changed (it takes a new
id, and what was remembered stays with the old question), or with the whole deck. Answers are kept under the deck
id and card id, and an answer is shown only beside the card it was given to (game.core.consent: one whose card is
unknown cannot be judged, so it is never shown). So every couple whose answers can be read keeps, among their own
settings (sealed with their answers when they lock them), a copy of each such card they answered, and Our story
reads them beside the decks (`memory_decks`); a card back in its deck (an undo) is read from the deck. Play never
deals a kept card and Quiz me leaves its answers be. A couple locked in this run cannot be written for: their
answers stay stored as they were, and show again if the card comes back.

Mixed into the game's services (game.services), as Our story's reads are (game.story_services).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from game.core.cards import Card, Deck
    from game.core.memories import Memory
    from game.core.players import Couple
    from game.storage.store import Store

KEPT = "kept_cards"  # the couple's setting: {"deck/card": {"deck": name, "color": colour, "card": as a deck file holds it}}


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
        """Keep `cards` of `deck` for every couple who answered one of them (whose answers can be read), before the
        cards leave the deck. What the store raises when it cannot write now is raised: the change should wait."""
        from game.core.cards import card_to_data

        by_key = {card.key: card for card in cards}
        for couple in self.store.couples.all():
            if not self.store.locks.is_open(couple.id):
                continue
            answered = sorted({key.card_key for key in self.store.memories.all(couple.id)} & by_key.keys())
            if not answered:
                continue
            kept = dict(self.store.settings.read(couple.id).get(KEPT) or {})
            for key in answered:
                kept[str(key)] = {"deck": deck.name, "color": deck.color, "card": card_to_data(by_key[key])}
            self.store.settings.save(KEPT, kept, couple_id=couple.id)

    def memory_decks(self: CardKeeper, couple: Couple) -> list[Deck]:
        """The decks, and before them one for each deck with cards kept for this couple: where Our story finds the
        card of every answer. (A kept card's deck, named as it was, is marked opt-in: nothing suggests or deals it.)"""
        decks = self._deck_list()
        if not self.store.locks.is_open(couple.id):
            return decks
        return [*_kept_decks(self.store.settings.read(couple.id).get(KEPT)), *decks]


def _kept_decks(stored: Any) -> list[Deck]:
    from game.core.cards import CardKey, Deck, card_from_data

    if not isinstance(stored, dict):
        return []
    cards: dict[str, list[Card]] = {}
    looks: dict[str, tuple[str, str]] = {}
    for text, value in stored.items():
        key = CardKey.parse(str(text))
        try:
            cards.setdefault(key.deck_id, []).append(card_from_data(key.deck_id, value["card"]))
        except (KeyError, TypeError, ValueError):
            continue  # a copy this version cannot read: its answers stay stored, as they were before it was kept
        looks[key.deck_id] = (str(value.get("deck") or key.deck_id), str(value.get("color") or "#c8784f"))
    return [Deck(deck_id, looks[deck_id][0], tuple(kept), color=looks[deck_id][1], opt_in=True) for deck_id, kept in cards.items()]
