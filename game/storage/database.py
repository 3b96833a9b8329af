"""The one connection the parts of the store share: its transactions, the couples' keys, and tidying the file.

Each part of the store (couples and settings, locks, sessions, memories, date nights) is handed this,
so that all of them write through one SQLite connection, in one transaction per command. An error SQLite raises
inside a write is marked as one (`writing`): when the file refuses it, the couple is told it was not saved, where a
read refused is told as a read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .store_trouble import note_writing

if TYPE_CHECKING:
    from .crypto import Keyring

#: Written in the same transaction as a re-sealing; `purge` clears it (see Store.open).
PURGE_PENDING = "INSERT OR REPLACE INTO housekeeping (name, value) VALUES ('purge_pending', 'true')"

#: How long a retry waits for a busy file, in milliseconds (see `brief_waits`).
BRIEF_WAIT_MS = 100


class Database:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @cached_property
    def keyring(self) -> Keyring:
        """The couples' keys, made the first time something sealed is written or read (the title needs none)."""
        from .crypto import Keyring

        return Keyring(self.has_lock)

    def has_lock(self, couple_id: int) -> bool:
        """Whether the profile has a passphrase (asked of the file, not of the keyring)."""
        return self.conn.execute("SELECT 1 FROM locks WHERE couple_id = ?", (couple_id,)).fetchone() is not None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.writing():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")  # inside: a COMMIT that fails (a full disk) is rolled back too
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Whatever SQLite raises inside is marked as a write's (see store_trouble.in_a_write)."""
        try:
            yield
        except sqlite3.Error as error:
            note_writing(error, self._file())
            raise

    def _file(self) -> Path | None:
        """The store's file, as SQLite has it open (None when it cannot say, or for a store in memory)."""
        try:
            rows = self.conn.execute("PRAGMA database_list").fetchall()
        except sqlite3.Error:
            return None
        return next((Path(row[2]) for row in rows if row[1] == "main" and row[2]), None)

    @contextmanager
    def brief_waits(self) -> Iterator[None]:
        """While open, a file another program holds is waited for only a moment, not the usual two seconds: for
        trying again what already waits for it (game.pending_saves), where each long wait would freeze the window."""
        usual = int(self.conn.execute("PRAGMA busy_timeout").fetchone()[0])
        self.conn.execute(f"PRAGMA busy_timeout = {BRIEF_WAIT_MS}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {usual}")

    def purge(self) -> None:
        """Leave no old, readable copy in the write-ahead log or free pages.

        Re-sealing marks the store `purge_pending` in its own transaction; a game stopped before this finished
        does it at its next start (see Store.open).
        """
        with self.writing():
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.execute("VACUUM")
            self.conn.execute("DELETE FROM housekeeping WHERE name = 'purge_pending'")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
