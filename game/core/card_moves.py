"""Cards that moved from one of the game's own decks to another keep their answers.

A card's answers, the times it was dealt and the turns it was played in are stored under its deck id and card id.
When one of the game's own cards moves to a deck that suits it better (keeping its id, because its meaning is kept),
those stored keys point at a deck that no longer holds it: the answers stay in the file but, like a retired card's,
cannot be shown (see consent). `moves` says where each such card lives now, so the store can follow it.

It moves only what is certain: the old deck is one of the game's own and no longer holds the card, and exactly one of
the game's own decks does. A couple's own decks are never a source or a target, and anything unsure stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from .cards import CardKey, Deck


def moves(stored: Iterable[CardKey], builtin: Iterable[Deck]) -> dict[CardKey, CardKey]:
    """Each stored key whose card moved between the game's own decks, with the key it has now."""
    homes: dict[str, list[str]] = {}  # card id -> the decks of ours that hold it
    ours: set[str] = set()
    for deck in builtin:
        ours.add(deck.id)
        for card in deck.cards:
            homes.setdefault(card.id, []).append(deck.id)
    found: dict[CardKey, CardKey] = {}
    for key in stored:
        now = homes.get(key.card_id, [])
        if key.deck_id in ours and len(now) == 1 and now[0] != key.deck_id:
            found[key] = CardKey(now[0], key.card_id)
    return found
