"""Passphrases in the store: locking a profile, unlocking it for a run, and the wait after a wrong guess.

Locking seals every sealable value of the couple (see `SEALED_COLUMNS`) in one transaction, then purges the
file so no readable copy lingers; removing the passphrase stores them plainly again the same way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime, timedelta

from .columns import from_iso, iso
from .crypto import CURRENT, KeyRecipe, Sealer, derive_key, new_salt
from .database import PURGE_PENDING, Database
from .store_trouble import StoreError

#: How much of a locked couple's rows is sealed (see migrations.V5).
SEALING = 2

#: Seconds to wait after the nth wrong passphrase in a row: 1, 2, 4, 8 … up to a minute.
MAX_UNLOCK_WAIT = 60.0


def unlock_wait(misses: int) -> float:
    return min(MAX_UNLOCK_WAIT, 2.0 ** (misses - 1)) if misses > 0 else 0.0


class UnlockWait(StoreError):
    """A passphrase was tried before the wait after the last wrong one was over; it was not looked at."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"Wait {int(seconds + 0.999)} s before trying the passphrase again.")
        self.seconds = seconds


SEALED_COLUMNS = (
    ("memory_versions", "answer", "memory_id IN (SELECT id FROM memories WHERE couple_id = ?)"),
    ("reviews", "guess", "memory_id IN (SELECT id FROM memories WHERE couple_id = ?)"),
    ("reviews", "verdict", "memory_id IN (SELECT id FROM memories WHERE couple_id = ?)"),
    ("turns", "outcome", "session_id IN (SELECT id FROM sessions WHERE couple_id = ?)"),
    ("sessions", "state", "couple_id = ?"),
    ("sessions", "config", "couple_id = ?"),
    ("sessions", "deal", "couple_id = ? AND deal IS NOT NULL"),
    ("settings", "value", "couple_id = ?"),
    ("date_nights", "note", "couple_id = ? AND note IS NOT NULL"),
    ("date_nights", "state", "couple_id = ?"),
    ("promise_outcomes", "outcome", "couple_id = ?"),
)
# Looked up by value: sealed with `seal_fixed`, so that equal ids stay equal.
FIXED_COLUMNS = (
    ("memories", "deck_id", "couple_id = ?"),
    ("memories", "card_id", "couple_id = ?"),
    ("turns", "deck_id", "session_id IN (SELECT id FROM sessions WHERE couple_id = ?)"),
    ("turns", "card_id", "session_id IN (SELECT id FROM sessions WHERE couple_id = ?)"),
    ("cards_seen", "deck_id", "couple_id = ?"),
    ("cards_seen", "card_id", "couple_id = ?"),
    ("playbook_hidden", "line", "couple_id = ?"),
)


class Locks:
    def __init__(self, db: Database) -> None:
        self.db = db

    def is_locked(self, couple_id: int) -> bool:
        return self.db.keyring.is_locked(couple_id)

    def is_open(self, couple_id: int) -> bool:
        """Readable now: not locked, or unlocked with its passphrase in this run."""
        return self.db.keyring.is_open(couple_id)

    def unlock(self, couple_id: int, passphrase: str, now: datetime | None = None) -> bool:
        """Open a locked profile for this run. A wrong passphrase makes the next try wait (kept in the file,
        so going back or restarting does not shorten it); a try during the wait raises UnlockWait unread."""
        now = now or datetime.now(UTC)
        row = self.db.conn.execute(
            "SELECT salt, check_token, recipe, misses FROM locks WHERE couple_id = ?", (couple_id,)
        ).fetchone()
        if row is None:
            return True
        salt, token, recipe_text, misses = bytes(row[0]), row[1], row[2], int(row[3])
        left = self.unlock_wait(couple_id, now)
        if left > 0:
            raise UnlockWait(left)
        recipe = KeyRecipe.from_text(recipe_text)
        for spelled in recipe.forms(passphrase):
            sealer = Sealer(derive_key(spelled, salt, recipe))
            if sealer.verifies(token):
                break
        else:
            misses += 1
            next_try = iso(now + timedelta(seconds=unlock_wait(misses)))
            self._note_tries("UPDATE locks SET misses = ?, next_try_at = ? WHERE couple_id = ?", (misses, next_try, couple_id))
            return False
        self.db.keyring.hold(couple_id, sealer)
        if misses:
            self._note_tries("UPDATE locks SET misses = 0, next_try_at = NULL WHERE couple_id = ?", (couple_id,))
        if recipe != CURRENT:
            # Made before passphrases were normalised or before today's cost: sealed again under both. On a full
            # disk it stays as it was (it still opens) and is tried again at the next unlock.
            with suppress(sqlite3.OperationalError):
                self.set_passphrase(couple_id, spelled, now)
        else:
            self._seal_the_rest(couple_id)
        return True

    def _note_tries(self, sql: str, values: tuple[object, ...]) -> None:
        """Keep the count of wrong passphrases; a full disk must not turn a wrong guess into a crash."""
        with suppress(sqlite3.OperationalError), self.db.transaction() as conn:
            conn.execute(sql, values)

    def close_all(self) -> None:
        """Lock again every profile opened in this run (see Keyring.close_all)."""
        self.db.keyring.close_all()

    def unlock_wait(self, couple_id: int, now: datetime) -> float:
        """Seconds before the next passphrase is heard (0 when it may be tried now)."""
        row = self.db.conn.execute("SELECT misses, next_try_at FROM locks WHERE couple_id = ?", (couple_id,)).fetchone()
        if row is None or row[1] is None:
            return 0.0
        left = (from_iso(row[1]) - now).total_seconds()
        return max(0.0, min(left, unlock_wait(int(row[0]))))  # a clock set back never makes it longer

    def _seal_the_rest(self, couple_id: int) -> None:
        """A lock made before ids, verdicts and marks were sealed: seal them now that the key is here."""
        row = self.db.conn.execute("SELECT sealing FROM locks WHERE couple_id = ?", (couple_id,)).fetchone()
        if row is None or int(row[0]) >= SEALING:
            return
        with self.db.transaction() as conn:
            self._reseal(conn, couple_id, self.db.keyring.sealer(couple_id))
            conn.execute("UPDATE locks SET sealing = ? WHERE couple_id = ?", (SEALING, couple_id))
        self.db.purge()

    def set_passphrase(self, couple_id: int, passphrase: str, now: datetime) -> None:
        """Lock (or re-lock with a new passphrase): every answer text of the couple is sealed again."""
        if not self.is_open(couple_id):
            raise StoreError("Unlock the profile first.")
        if not passphrase:
            raise StoreError("A passphrase cannot be empty.")
        salt = new_salt()
        new = Sealer.from_passphrase(passphrase, salt, CURRENT)
        with self.db.transaction() as conn:
            self._reseal(conn, couple_id, new)
            conn.execute(PURGE_PENDING)
            conn.execute(
                "INSERT OR REPLACE INTO locks (couple_id, salt, check_token, set_at, sealing, recipe) VALUES (?, ?, ?, ?, ?, ?)",
                (couple_id, salt, new.check_token(), iso(now), SEALING, CURRENT.to_text()),
            )
        self.db.keyring.hold(couple_id, new)
        self.db.purge()

    def remove_passphrase(self, couple_id: int) -> None:
        """Unlock for good: answer texts are stored plainly again (the profile must be open)."""
        if not self.is_open(couple_id):
            raise StoreError("Unlock the profile first.")
        with self.db.transaction() as conn:
            self._reseal(conn, couple_id, None)
            conn.execute(PURGE_PENDING)
            conn.execute("DELETE FROM locks WHERE couple_id = ?", (couple_id,))
        self.db.keyring.drop(couple_id)
        self.db.purge()

    def _reseal(self, conn: sqlite3.Connection, couple_id: int, sealer: Sealer | None) -> None:
        """Seal every sealable value of the couple with `sealer` (None: store them plainly)."""
        keyring = self.db.keyring
        plain: Callable[[str], str] = lambda text: text  # noqa: E731
        for columns, seal in (
            (SEALED_COLUMNS, sealer.seal if sealer else plain),
            (FIXED_COLUMNS, sealer.seal_fixed if sealer else plain),
        ):
            for table, column, where in columns:
                rows = conn.execute(f"SELECT rowid, {column} FROM {table} WHERE {where}", (couple_id,)).fetchall()
                conn.executemany(
                    f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                    [(seal(keyring.open(couple_id, value)), rowid) for rowid, value in rows],
                )
        rows = conn.execute("SELECT id, private FROM memories WHERE couple_id = ?", (couple_id,)).fetchall()
        conn.executemany(
            "UPDATE memories SET private = ? WHERE id = ?",
            [
                (sealer.seal(str(int(keyring.marked(couple_id, mark)))) if sealer else int(keyring.marked(couple_id, mark)), row)
                for row, mark in rows
            ],
        )
