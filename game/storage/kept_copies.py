"""Copies of cards taken out of their decks, kept for the couples who answered them (see game.kept_cards).

An answer is shown only beside its card, so a card that leaves its deck (deleted, started afresh, or with its deck)
is first copied into the settings of each couple who answered it, sealed with their answers when they are locked.
A couple locked with a passphrase not given in this run cannot be written for: their answers stay stored as they
were, and show again if the card comes back.

Our story, Our book and the exports read the same cards here (`kept_decks`), so they agree on what is shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from game.core.cards import Card, CardKey, Deck, card_from_data, card_to_data

if TYPE_CHECKING:
    from .store import Store

KEPT = "kept_cards"  # a couple's setting: {"deck/card": {"deck": name, "color": colour, "card": as a deck file holds it}}


def kept_decks(store: Store, couple_id: int) -> list[Deck]:
    """One deck for each deck with cards kept for this couple (none while they are locked), named as it was and
    marked opt-in: nothing suggests or deals it. Put them before the decks, so that a card back in its deck is
    read from there."""
    if not store.locks.is_open(couple_id):
        return []
    return _decks(_own(store, couple_id))


def keep(store: Store, deck: Deck, cards: Sequence[Card]) -> None:
    """Keep `cards` of `deck` for every couple who answered one of them (whose answers can be read), before the
    cards leave the deck. What the store raises when it cannot write now is raised: the change should wait."""
    by_key = {card.key: card for card in cards}
    for couple in store.couples.all():
        if not store.locks.is_open(couple.id):
            continue
        answered = sorted({key.card_key for key in store.memories.all(couple.id)} & by_key.keys())
        if answered:
            kept = _own(store, couple.id)
            kept.update({str(key): _copy(deck, by_key[key]) for key in answered})
            store.settings.save(KEPT, kept, couple_id=couple.id)


def _copy(deck: Deck, card: Card) -> dict[str, Any]:
    return {"deck": deck.name, "color": deck.color, "card": card_to_data(card)}


def _own(store: Store, couple_id: int) -> dict[str, Any]:
    stored = store.settings.read(couple_id).get(KEPT)
    return dict(stored) if isinstance(stored, dict) else {}


def _decks(stored: Mapping[str, Any]) -> list[Deck]:
    cards: dict[str, list[Card]] = {}
    looks: dict[str, tuple[str, str]] = {}
    for text, value in stored.items():
        try:
            key = CardKey.parse(str(text))
            card = card_from_data(key.deck_id, value["card"])
        except (KeyError, TypeError, ValueError):
            continue  # a copy this version cannot read: its answers stay stored, as they were before it was kept
        cards.setdefault(key.deck_id, []).append(card)
        looks[key.deck_id] = (str(value.get("deck") or key.deck_id), str(value.get("color") or "#c8784f"))
    return [Deck(deck_id, looks[deck_id][0], tuple(kept), color=looks[deck_id][1], opt_in=True) for deck_id, kept in cards.items()]


def with_kept(store: Store, couple_id: int, decks: Iterable[Deck]) -> list[Deck]:
    """The decks, and before them the cards kept for this couple: where every answer of theirs finds its card."""
    return [*kept_decks(store, couple_id), *decks]
