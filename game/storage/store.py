"""The SQLite store: one file, one connection, and the parts that keep what the game remembers.

`Store` owns the connection, its migrations, the data folder's lock and what to do when the file is
in trouble; what is kept is read and written through its parts: `couples` and `settings`, `locks`
(passphrases), `sessions` (and their turns), `memories` (with quiz schedules and reviews) and
`date_nights`. All of them share the one connection (see game.storage.database).

One file in the data folder, in WAL mode: every command is one transaction, so an
answer that was submitted survives the game crashing or being killed. A file SQLite
calls corrupt, and whose integrity check agrees, is set aside (kept, renamed with a
timestamp, noted in the record of Kindred's files) and a fresh one starts; the `notice`
says so in plain words until it has been read, and speaks only of copies the record
says Kindred set aside. A busy, full or read-only file, or one on a drive that cannot be reached just now, is never
set aside (see store_trouble).
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from contextlib import suppress
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .columns import dump_json
from .couples import Couples, Settings
from .database import Database
from .file_lock import FileLock, LockHeld
from .kindred_files import (
    LOCK_NAME,
    broken_copies,
    keep_record,
    owner_only,
    prepare_data_folder,
    remove_stale_temporary_files,
)
from .migrations import LATEST, MIGRATIONS
from .paths import DB_NAME
from .store_trouble import BUSY_SECONDS, SQLITE_HEADER, Trouble, confirmed_corrupt, plain_words, trouble_of
from .store_trouble import StoreBusy as StoreBusy
from .store_trouble import StoreError as StoreError

# The core (players, sessions, events, memories, quizzes: frozen dataclasses, fsrs, rapidfuzz) is imported by the
# parts' methods that use it, not here: opening the store and reading the settings is all the first frame needs.
# For the same reason the parts beyond couples and settings are made on first use, after the title shows.
if TYPE_CHECKING:
    from .date_nights import DateNightBook
    from .locks import Locks
    from .memories import Memories
    from .sessions import Sessions

SAFETY_CHECKPOINT_PAGES = 20_000


def already_open(root: Path) -> str:
    """Said when another Kindred holds the data folder's lock."""
    return f"Kindred is already open with the data folder {root}. Close the other window first."


class Store:
    def __init__(self, conn: sqlite3.Connection, root: Path, lock: FileLock, notice: str | None) -> None:
        self.root = root
        self._lock = lock
        self.notice = notice
        self.db = Database(conn)
        self.couples = Couples(self.db)
        self.settings = Settings(self.db)

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @cached_property
    def locks(self) -> Locks:
        from .locks import Locks

        return Locks(self.db)

    @cached_property
    def memories(self) -> Memories:
        from .memories import Memories

        return Memories(self.db)

    @cached_property
    def sessions(self) -> Sessions:
        from .sessions import Sessions

        return Sessions(self.db, self.memories)

    @cached_property
    def date_nights(self) -> DateNightBook:
        # Made on first use: date nights bring the director from the core, which the first frame does without.
        from .date_nights import DateNightBook

        return DateNightBook(self.db, self.sessions)

    # ---- opening -----------------------------------------------------------

    @classmethod
    def open(cls, root: Path, now: datetime) -> Store:
        """Open (or create) the store in `root`.

        A file is set aside only when SQLite says it is corrupt and its integrity check agrees; a busy one is
        waited for a few seconds; busy, full, read-only or foreign files are left as they were, and StoreError
        says plainly what is wrong.
        """
        path = root / DB_NAME
        try:
            prepare_data_folder(root)
            lock = FileLock(root / LOCK_NAME)
            lock.acquire()
        except LockHeld:
            raise StoreBusy(already_open(root)) from None
        except OSError as error:
            raise StoreError(plain_words(trouble_of(error), error, path)) from None
        conn: sqlite3.Connection | None = None
        try:
            used_before = path.exists()
            conn, aside = _open_file(path, now)
            store = cls(conn, root, lock, None)
            keep_record(root, used_before, aside[0] if aside else None)  # the copy set aside is noted as Kindred's
            store.notice = store._set_aside_notice(*aside) if aside else store._set_aside_notice(None, "")
            remove_stale_temporary_files(root)
            if store._housekeeping("purge_pending") is not None:
                store.db.purge()  # a passphrase was set or removed, then the game stopped before tidying up
            else:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # nothing an interrupted run wrote stays in the log
            return store
        except (sqlite3.Error, OSError) as error:
            # The file opened and passed its check, then the drive failed (or filled, or was held) while the store
            # tidied up: said as at opening, and the file is left as it is, never set aside.
            _close_quietly(conn)
            lock.release()
            raise StoreError(plain_words(trouble_of(error), error, path)) from None
        except BaseException:
            _close_quietly(conn)
            lock.release()
            raise

    # ---- the store's notes to itself -------------------------------------------------------

    def _housekeeping(self, name: str) -> Any:
        row = self.conn.execute("SELECT value FROM housekeeping WHERE name = ?", (name,)).fetchone()
        return None if row is None else json.loads(row[0])

    def _set_aside_notice(self, aside: Path | None, reason: str) -> str | None:
        """What to tell the couple about copies set aside, at every start until they have read it (see dismiss_notice)."""
        seen = set(self._housekeeping("set_aside_seen") or [])
        unseen = [copy for copy in broken_copies(self.root) if copy.name not in seen]
        if aside is not None:
            return (
                f"Kindred couldn't read its saved data ({reason}), so the file was set aside as {aside} "
                "and a fresh start was made. Nothing was deleted."
            )
        if not unseen:
            return None
        if len(unseen) == 1:
            return (
                f"At an earlier start Kindred couldn't read its saved data, so the file was set aside as {unseen[0]} "
                "and a fresh start was made. Nothing was deleted."
            )
        names = ", ".join(copy.name for copy in unseen)
        return (
            f"At earlier starts Kindred couldn't read its saved data, so {len(unseen)} files were set aside in "
            f"{self.root}: {names}. Fresh starts were made. Nothing was deleted."
        )

    def dismiss_notice(self) -> None:
        """The couple has read the notice: copies set aside so far are not mentioned again."""
        names = sorted(copy.name for copy in broken_copies(self.root))
        with self.db.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO housekeeping (name, value) VALUES ('set_aside_seen', ?)", (dump_json(names),))
        self.notice = None

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the data file; cheap when there is little to do. Call when idle."""
        with self.db.writing():
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            self._lock.release()

    def close_lock(self, delete: bool) -> None:
        """Let go of the data folder (after an erase, deleting the lock file while still holding it)."""
        if delete:
            self._lock.delete_and_release()
        else:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- everything at once (export_all lives in store_export, which reads the store) ------------------

    def erase_all(self) -> None:
        """Delete every couple, answer and setting, and rewrite the file so nothing lingers on disk."""
        with self.db.transaction() as conn:
            for table in ("reviews", "schedules", "memory_versions", "memories", "turns", "sessions", "cards_seen"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM players")
            conn.execute("DELETE FROM couples")
            conn.execute("DELETE FROM settings")
            conn.execute("DELETE FROM housekeeping")
        self.db.keyring.forget_all()
        with self.db.writing():
            self.conn.execute("VACUUM")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _connect(path: Path) -> sqlite3.Connection:
    """Open and check the store file, migrating it to the latest schema."""
    if path.exists():
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
        if head and head != SQLITE_HEADER:
            raise sqlite3.DatabaseError("file is not a database")
        for needed in (path, path.parent):  # before SQLite makes a -wal and -shm it could not tidy away
            if not _may_write(needed):
                raise PermissionError(errno.EACCES, "read-only", str(needed))
    else:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    if os.name == "posix":
        owner_only(path)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=1.0)
    try:
        version = _known_version(conn)  # before anything writes, so that a newer store is left as it was
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: a committed transaction survives the game being killed at any moment (kill -9 included);
        # only an operating-system crash or power cut could lose the last moments. FULL would add an fsync per
        # answer (milliseconds on ordinary disks) for that rare case.
        conn.execute("PRAGMA synchronous = NORMAL")
        # The write-ahead log is folded into the file when the game is idle (see `checkpoint`), not in the
        # middle of saving an answer; the limit below is only a safety net for a game that is never idle.
        conn.execute(f"PRAGMA wal_autocheckpoint = {SAFETY_CHECKPOINT_PAGES}")
        conn.execute("PRAGMA secure_delete = ON")  # deleted or replaced text is overwritten, not left in free pages
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 2000")
        _try_writing(conn, version)
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {check}")
        _migrate(conn, version)
    except BaseException:
        conn.close()
        raise
    return conn


def _open_file(path: Path, now: datetime) -> tuple[sqlite3.Connection, tuple[Path, str] | None]:
    """Connect, waiting a little while another program holds the file; set it aside only when truly corrupt."""
    import time

    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            return _connect(path), None
        except StoreError:
            raise
        except (sqlite3.Error, OSError) as error:
            trouble = trouble_of(error)
            if trouble is Trouble.BUSY and time.monotonic() < deadline:
                time.sleep(0.2)
                continue
            if trouble is Trouble.CORRUPT and confirmed_corrupt(path):
                aside = _set_aside(path, now)
                return _connect(path), (aside, str(error))
            raise StoreError(plain_words(trouble, error, path)) from None


def _close_quietly(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        with suppress(sqlite3.Error):  # a drive that is gone may refuse even this; the connection is let go all the same
            conn.close()


def _may_write(path: Path) -> bool:
    if os.access in os.supports_effective_ids:
        return os.access(path, os.W_OK, effective_ids=True)
    return os.access(path, os.W_OK)


def _try_writing(conn: sqlite3.Connection, version: int) -> None:
    """A file SQLite could open only for reading says so now, not when the first answer is saved."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.execute("ROLLBACK")


def _known_version(conn: sqlite3.Connection) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > LATEST:
        raise StoreError(
            f"This data was saved by a newer Kindred (store version {version}; this one knows {LATEST}). "
            "Update the game to open it; nothing was changed."
        )
    return version


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    for step in range(version, LATEST):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _set_aside(path: Path, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside
