"""Follow the game's own cards that moved deck: a couple's answers, deal history and turns take the new deck id.

Run for each couple whose rows can be read (not locked, or unlocked in this run), after the game's own decks are read
(game.core.card_moves says which keys move). It changes only the deck id of rows whose card moved, in one transaction;
a locked couple's ids stay sealed, under their new value. A row that would clash with one already stored under the new
key (the card was answered again after it moved) is left where it is. If the file is busy, full or read-only, nothing
changes and the next start tries again: the answers are safe either way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from game.core.card_moves import moves
from game.core.cards import CardKey, Deck

from .database import Database

_TURNS_OF_COUPLE = "session_id IN (SELECT id FROM sessions WHERE couple_id = ?)"
_ROWS = (("memories", "couple_id = ?"), ("cards_seen", "couple_id = ?"), ("turns", _TURNS_OF_COUPLE))


def stored_keys(db: Database, couple_id: int) -> set[CardKey]:
    """Every deck id and card id the couple has a row for, as the decks spell them."""
    keyring = db.keyring
    keys: set[CardKey] = set()
    for table, mine in _ROWS:
        for deck_id, card_id in db.conn.execute(f"SELECT DISTINCT deck_id, card_id FROM {table} WHERE {mine}", (couple_id,)):
            keys.add(CardKey(keyring.open(couple_id, deck_id), keyring.open(couple_id, card_id)))
    return keys


def follow_moved_cards(db: Database, couple_id: int, builtin: Iterable[Deck]) -> int:
    """Give the couple's rows of every moved card the new deck id; returns how many rows changed.

    A couple that is locked in this run is left for later (0); so is a file that said no (busy, full, read-only).
    """
    keyring = db.keyring
    if not keyring.is_open(couple_id):
        return 0
    try:
        found = moves(stored_keys(db, couple_id), builtin)
        if not found:
            return 0
        changed = 0
        with db.transaction() as conn:
            for old, new in sorted(found.items(), key=lambda item: str(item[0])):
                card, was, now = (keyring.seal_fixed(couple_id, text) for text in (old.card_id, old.deck_id, new.deck_id))
                changed += conn.execute(
                    "UPDATE memories SET deck_id = ? WHERE couple_id = ? AND deck_id = ? AND card_id = ? AND NOT EXISTS ("
                    "SELECT 1 FROM memories AS m WHERE m.couple_id = memories.couple_id AND m.owner = memories.owner "
                    "AND m.deck_id = ? AND m.card_id = memories.card_id)",
                    (now, couple_id, was, card, now),
                ).rowcount
                changed += conn.execute(
                    "UPDATE OR IGNORE cards_seen SET deck_id = ? WHERE couple_id = ? AND deck_id = ? AND card_id = ?",
                    (now, couple_id, was, card),
                ).rowcount
                changed += conn.execute(
                    f"UPDATE turns SET deck_id = ? WHERE {_TURNS_OF_COUPLE} AND deck_id = ? AND card_id = ?",
                    (now, couple_id, was, card),
                ).rowcount
        return changed
    except sqlite3.Error:  # busy, full or read-only: the rows stay as they were, and the next start tries again
        return 0
