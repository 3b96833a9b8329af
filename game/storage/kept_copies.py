"""Copies of cards taken out of their decks, kept for the couples who answered them (see game.kept_cards).

An answer is shown only beside its card, so a card that leaves its deck (deleted, started afresh, or with its deck)
is first copied into the settings of each couple who answered it, sealed with their answers when they are locked.
A couple locked with a passphrase not given in this run cannot be read, so nobody can tell whether they answered:
the card is copied for them into the game's own settings instead (`WAITING`, the card's words and the couple's id,
never anything of theirs), and once their passphrase is given (`take_waiting`) each such card they answered moves
into their own settings, the rest is let go. Until then, and if the file cannot be written then, `kept_decks`
reads both: the couple's answers show under their question either way.

Our story, Our book and the exports read the same cards here (`kept_decks`), so they agree on what is shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from game.core.cards import Card, CardKey, Deck, card_from_data, card_to_data

if TYPE_CHECKING:
    from .store import Store

KEPT = "kept_cards"  # a couple's setting: {"deck/card": {"deck": name, "color": colour, "card": as a deck file holds it}}
WAITING = "kept_for_locked"  # the game's: {"deck/card": {as KEPT holds it, "for": [ids of couples locked then]}}


def kept_decks(store: Store, couple_id: int) -> list[Deck]:
    """One deck for each deck with cards kept for this couple (none while they are locked), named as it was and
    marked opt-in: nothing suggests or deals it. Put them before the decks, so that a card back in its deck is
    read from there."""
    if not store.locks.is_open(couple_id):
        return []
    waiting = {key: value for key, value in _waiting(store).items() if couple_id in _ids(value)}
    return _decks({**waiting, **_own(store, couple_id)})


def keep(store: Store, deck: Deck, cards: Sequence[Card]) -> None:
    """Keep `cards` of `deck` for every couple who answered one of them, and for every couple locked now, before the
    cards leave the deck. What the store raises when it cannot write now is raised: the change should wait."""
    by_key = {card.key: card for card in cards}
    locked: list[int] = []
    for couple in store.couples.all():
        if not store.locks.is_open(couple.id):
            locked.append(couple.id)
            continue
        answered = sorted({key.card_key for key in store.memories.all(couple.id)} & by_key.keys())
        if answered:
            kept = _own(store, couple.id)
            kept.update({str(key): _copy(deck, by_key[key]) for key in answered})
            store.settings.save(KEPT, kept, couple_id=couple.id)
    if locked:
        waiting = _waiting(store)
        for key, card in sorted(by_key.items(), key=lambda item: str(item[0])):
            ids = sorted(set(_ids(waiting.get(str(key)))) | set(locked))
            waiting[str(key)] = {**_copy(deck, card), "for": ids}
        store.settings.save(WAITING, waiting)


def take_waiting(store: Store, couple_id: int) -> None:
    """The couple's passphrase was given: the cards kept while they were locked that they answered become their own,
    the rest stop waiting for them. What the store raises when it cannot write now is raised (`kept_decks` reads
    the waiting cards meanwhile)."""
    waiting = _waiting(store)
    mine = {key for key, value in waiting.items() if couple_id in _ids(value)}
    if not mine or not store.locks.is_open(couple_id):
        return
    answered = {str(key.card_key) for key in store.memories.all(couple_id)} & mine
    if answered:
        kept = _own(store, couple_id)
        kept.update({key: {k: v for k, v in waiting[key].items() if k != "for"} for key in sorted(answered) if key not in kept})
        store.settings.save(KEPT, kept, couple_id=couple_id)
    for key in mine:
        left = [other for other in _ids(waiting[key]) if other != couple_id]
        if left:
            waiting[key] = {**waiting[key], "for": left}
        else:
            del waiting[key]
    store.settings.save(WAITING, waiting)


def _copy(deck: Deck, card: Card) -> dict[str, Any]:
    return {"deck": deck.name, "color": deck.color, "card": card_to_data(card)}


def _own(store: Store, couple_id: int) -> dict[str, Any]:
    stored = store.settings.read(couple_id).get(KEPT)
    return dict(stored) if isinstance(stored, dict) else {}


def _waiting(store: Store) -> dict[str, Any]:
    stored = store.settings.read(0).get(WAITING)
    return {key: value for key, value in stored.items() if isinstance(value, dict)} if isinstance(stored, dict) else {}


def _ids(value: Mapping[str, Any] | None) -> list[int]:
    ids = (value or {}).get("for")
    return [item for item in ids if isinstance(item, int)] if isinstance(ids, list) else []


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
