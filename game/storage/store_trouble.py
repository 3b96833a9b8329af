"""What went wrong when the store would not open, or refused a write or a read while the game was open, told apart,
and said plainly.

Only a file SQLite calls corrupt, and whose integrity check agrees, is ever set aside. A file that is
busy (a backup or sync tool, a `sqlite3` shell holding a lock), on a full disk, read-only or not ours
to write, or on a drive that cannot be reached just now (SQLite's "disk I/O error": a USB stick pulled out, a
network drive gone) is left exactly as it was: the game waits a little for a busy one, then says what is wrong.
While the game is open, the same four are waited out (game.pending_saves), and the store marks the errors
its writes raise (`note_writing`) so that a read refused is not called a save.
"""

from __future__ import annotations

import errno
import sqlite3
from enum import Enum
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a store held by another program is waited for at start, in all.
BUSY_SECONDS = 5.0


class StoreError(Exception):
    """The store cannot be used; the message says why and what to do."""


class StoreBusy(StoreError):
    pass


class Trouble(Enum):
    BUSY = "busy"
    FULL = "full"
    NOT_ALLOWED = "not allowed"
    UNREACHABLE = "unreachable"
    CORRUPT = "corrupt"
    OTHER = "other"


# SQLite's primary result codes (the low byte of an extended code).
_BY_CODE = {
    5: Trouble.BUSY,  # SQLITE_BUSY
    6: Trouble.BUSY,  # SQLITE_LOCKED
    13: Trouble.FULL,  # SQLITE_FULL
    3: Trouble.NOT_ALLOWED,  # SQLITE_PERM
    8: Trouble.NOT_ALLOWED,  # SQLITE_READONLY
    14: Trouble.NOT_ALLOWED,  # SQLITE_CANTOPEN
    23: Trouble.NOT_ALLOWED,  # SQLITE_AUTH
    10: Trouble.UNREACHABLE,  # SQLITE_IOERR and its extended codes: the drive failed to read or write
    11: Trouble.CORRUPT,  # SQLITE_CORRUPT
    26: Trouble.CORRUPT,  # SQLITE_NOTADB
}
# Extended codes that say more than their primary code's. SQLITE_IOERR_WRITE: a checkpoint into a file SQLite
# could open only for reading, or a write to a drive that went read-only under the open file; a write to a drive
# that has gone altogether says so too, and is told apart by the file no longer being there (`note_writing`).
_BY_EXTENDED = {778: Trouble.NOT_ALLOWED}
# A file's own errors for a drive that is gone or failing: an I/O error, a device or network share no longer there.
_UNREACHABLE_ERRNOS = frozenset(
    getattr(errno, name)
    for name in ("EIO", "ENXIO", "ENODEV", "ESTALE", "ENOTCONN", "EHOSTDOWN", "ENOMEDIUM")
    if hasattr(errno, name)
)
_BY_WORDS = (
    ("locked", Trouble.BUSY),
    ("busy", Trouble.BUSY),
    ("disk is full", Trouble.FULL),
    ("readonly", Trouble.NOT_ALLOWED),
    ("read-only", Trouble.NOT_ALLOWED),
    ("unable to open", Trouble.NOT_ALLOWED),
    ("disk i/o error", Trouble.UNREACHABLE),
    ("not a database", Trouble.CORRUPT),
    ("malformed", Trouble.CORRUPT),
    ("integrity check failed", Trouble.CORRUPT),
)


def trouble_of(error: BaseException) -> Trouble:
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return Trouble.FULL
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Trouble.NOT_ALLOWED
        if error.errno in _UNREACHABLE_ERRNOS:
            return Trouble.UNREACHABLE
        return Trouble.OTHER
    if getattr(error, _GONE, False):
        return Trouble.UNREACHABLE
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code in _BY_EXTENDED:
        return _BY_EXTENDED[code]
    if isinstance(code, int) and (code & 0xFF) in _BY_CODE:
        return _BY_CODE[code & 0xFF]
    words = str(error).lower()
    return next((trouble for key, trouble in _BY_WORDS if key in words), Trouble.OTHER)


def passing_trouble(error: BaseException) -> Trouble | None:
    """BUSY, FULL, NOT_ALLOWED or UNREACHABLE when `error` is the saved data refusing for now (another program holds
    it, the disk is full, the file or its folder has become read-only, its drive cannot be reached): trying again later
    can work, and nothing is wrong with the file. None for anything else. NOT_ALLOWED and UNREACHABLE only from
    SQLite: a folder of decks or keepsakes that may not be written says so where it is written, never as the saved
    data."""
    if not isinstance(error, (sqlite3.Error, OSError)):
        return None
    trouble = trouble_of(error)
    if trouble in (Trouble.NOT_ALLOWED, Trouble.UNREACHABLE):
        return trouble if isinstance(error, sqlite3.Error) else None
    return trouble if trouble in (Trouble.BUSY, Trouble.FULL) else None


def note_writing(error: BaseException, file: Path | None = None) -> None:
    """Mark `error` as raised while the store was writing (see Database.writing); an I/O error while its `file` is no
    longer there (a USB stick pulled out, a network drive gone) is marked as the drive out of reach, whatever
    SQLite's code for it."""
    setattr(error, _WRITING, True)
    code = getattr(error, "sqlite_errorcode", None)
    if file is not None and isinstance(code, int) and code & 0xFF == 10 and not file.exists():
        setattr(error, _GONE, True)


def in_a_write(error: BaseException) -> bool:
    """Whether the saved data refused a write (the store marked it so, or it is a file's error) rather than a read."""
    return not isinstance(error, sqlite3.Error) or bool(getattr(error, _WRITING, False))


_WRITING = "kindred_writing"
_GONE = "kindred_drive_gone"


def confirmed_corrupt(path: Path) -> bool:
    """A second opinion before setting a file aside: not an SQLite file at all, or its integrity check fails."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    if head and head != SQLITE_HEADER:
        return True
    try:
        conn = sqlite3.connect(path, timeout=1.0)  # read-only would leave a -wal and -shm behind; this only reads
    except sqlite3.Error as error:
        return trouble_of(error) is Trouble.CORRUPT
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as error:
        return trouble_of(error) is Trouble.CORRUPT
    finally:
        conn.close()
    return [row[0] for row in rows] != ["ok"]


def plain_words(trouble: Trouble, error: BaseException, path: Path) -> str:
    """What to tell the couple, and what to do; the file was not touched."""
    detail = getattr(error, "strerror", None) or str(error)
    if trouble is Trouble.BUSY:
        return (
            f"Another program is using Kindred's saved data ({path}) right now — a backup or sync tool, perhaps. "
            f"Kindred waited {BUSY_SECONDS:.0f} seconds. Close that program or wait a moment, then start Kindred again. "
            "Nothing was changed."
        )
    if trouble is Trouble.FULL:
        return (
            f"The disk holding {path.parent} is full, so Kindred cannot open its saved data. "
            "Free some space, then start Kindred again. Nothing was changed."
        )
    if trouble is Trouble.NOT_ALLOWED:
        return (
            f"Kindred may not write to its saved data in {path.parent} ({detail}). Check that the folder and the "
            "kindred.db files in it belong to you and are not read-only, then start Kindred again. Nothing was changed."
        )
    if trouble is Trouble.UNREACHABLE:
        return (
            f"Kindred can't reach the drive holding its saved data ({path.parent}) just now ({detail}). If it is a USB "
            "stick or a network drive, check it is connected, then start Kindred again. Nothing was changed."
        )
    return f"Kindred could not open its saved data in {path} ({detail}). Nothing was changed."
