"""Saves that wait: when the disk is full, another program (a backup or sync tool, a `sqlite3` shell) holds
the saved data, the file or its folder has become read-only while the game is open (its permissions changed,
its drive remounted), or its drive cannot be reached just now (SQLite's "disk I/O error": a USB stick pulled out,
a network drive gone), what the couple did is kept in memory, in order, and written as soon as a save goes through
again (on their next action, or when the window retries). Such a file is never set aside: nothing is wrong with it.

Only those four are waited out; any other error is raised as before. While something waits, a retry waits only a
moment for a busy file (see `brief_waits`), so the window never freezes for the usual couple of seconds again and
again. The same four refusing a read (opening Our story, say) are told as a read, not as a save (`refused_words`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import NamedTuple

from game.storage.store_trouble import Trouble, in_a_write, passing_trouble

DISK_FULL = "Kindred couldn't save — the disk is full. Your answer is kept; it will be saved when there is space."
FILE_BUSY = (
    "Another program is using Kindred's saved data right now (a backup or sync tool, perhaps). "
    "Your answer is kept; it will be saved as soon as the file is free."
)
READ_ONLY = (
    "Kindred can't write to its saved data: kindred.db or its folder has become read-only. "
    "Your answer is kept; make them writable again and it will be saved."
)

DRIVE_GONE = (
    "The drive holding your answers can't be reached just now (a USB stick or network drive, perhaps). "
    "Your answer is kept; reconnect it and it will be saved."
)


class SaveWait(NamedTuple):
    """Why saves wait, in the couple's words (a NamedTuple: the services load it before the first frame)."""

    #: Shown on every screen while it lasts.
    banner: str
    #: Why closing the window now would lose something.
    closing: str
    #: Said once what waited has been saved.
    saved: str
    #: Said when something that cannot wait (a new couple, a passphrase) was not saved.
    refused: str
    #: Said when something could not be read just now (opening a screen).
    unread: str


WAITS = {
    Trouble.FULL: SaveWait(
        DISK_FULL,
        "The disk is full, so your latest answers are kept in memory and not yet in your profile. "
        "Free some space and they are saved within a few seconds, and then the window closes by itself. "
        "Closing now loses them.",
        "Saved. There is space again, and nothing was lost.",
        "The disk is full, so that wasn't saved. Free some space, then try again.",
        "Kindred couldn't read your answers just now: the disk is full. Free some space, then try again.",
    ),
    Trouble.BUSY: SaveWait(
        FILE_BUSY,
        "Another program is using Kindred's saved data, so your latest answers are kept in memory and not yet "
        "in your profile. They are saved within a few seconds of it letting go, and then the window closes by "
        "itself. Closing now loses them.",
        "Saved. The other program let go of the file, and nothing was lost.",
        "Another program is using Kindred's saved data right now (a backup or sync tool, perhaps), so that "
        "wasn't saved. Try again in a moment.",
        "Kindred couldn't read your answers just now: another program (a backup or sync tool, perhaps) is holding "
        "the file. Try again in a moment.",
    ),
    Trouble.NOT_ALLOWED: SaveWait(
        READ_ONLY,
        "Kindred can't write to its saved data (kindred.db or its folder has become read-only), so your latest "
        "answers are kept in memory and not yet in your profile. Make them writable again (or reconnect the drive "
        "they are on) and they are saved within a few seconds, and then the window closes by itself. "
        "Closing now loses them.",
        "Saved. Kindred's saved data can be written again, and nothing was lost.",
        "Kindred's saved data has become read-only, so that wasn't saved. Make kindred.db and its folder writable "
        "again, then try again.",
        "Kindred couldn't read your answers just now: kindred.db or its folder has become read-only. Make them "
        "writable again, then try again.",
    ),
    Trouble.UNREACHABLE: SaveWait(
        DRIVE_GONE,
        "The drive holding your answers can't be reached just now, so your latest answers are kept in memory and not "
        "yet in your profile. Reconnect it (a USB stick or network drive, perhaps) and they are saved within a few "
        "seconds, and then the window closes by itself. Closing now loses them.",
        "Saved. The drive holding your answers is back, and nothing was lost.",
        "The drive holding your answers can't be reached just now, so that wasn't saved. Check it is connected, then try again.",
        "Kindred couldn't read your answers just now: the drive holding them can't be reached. Check it is "
        "connected, then try again.",
    ),
}


def refusal(error: BaseException) -> SaveWait | None:
    """The words for a write or read the file refused for now (busy, a full disk, read-only, a drive out of reach);
    None for any other error."""
    trouble = passing_trouble(error)
    return None if trouble is None else WAITS[trouble]


def refused_words(error: BaseException) -> str | None:
    """What to tell the couple when the file refused something that cannot wait: that it was not saved, or, for a
    read, that their answers could not be read just now. None for any other error."""
    wait = refusal(error)
    if wait is None:
        return None
    return wait.refused if in_a_write(error) else wait.unread


class PendingSaves:
    def __init__(self, brief_waits: Callable[[], AbstractContextManager[object]] = nullcontext) -> None:
        """`brief_waits`: while it is open, a busy file is waited for only a moment (the store's own)."""
        self._waiting: list[Callable[[], None]] = []
        self._brief_waits = brief_waits
        self.wait: SaveWait | None = None

    @property
    def problem(self) -> str | None:
        """What to show while saves wait; None when everything is saved."""
        return None if self.wait is None else self.wait.banner

    def save(self, write: Callable[[], None]) -> None:
        """Write now, after anything still waiting; when the file refuses for now (see WAITS), keep it for later."""
        self._waiting.append(write)
        self.flush()

    def flush(self) -> bool:
        """Write what waits, oldest first; True when nothing is left waiting."""
        with self._brief_waits() if self.wait is not None else nullcontext():
            while self._waiting:
                try:
                    self._waiting[0]()
                except Exception as error:
                    wait = refusal(error)
                    if wait is None:
                        self._waiting.pop(0)
                        raise
                    self.wait = wait
                    return False
                self._waiting.pop(0)
        self.wait = None
        return True

    @property
    def waiting(self) -> int:
        return len(self._waiting)
