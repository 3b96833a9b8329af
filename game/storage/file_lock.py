"""One running copy per data folder: an exclusive, non-blocking lock on a file beside the store."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO


class LockHeld(Exception):
    """Another process holds the lock."""


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        for _ in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            handle = os.fdopen(fd, "r+b")
            try:
                _lock(handle)
            except OSError:
                handle.close()
                raise LockHeld(str(self.path)) from None
            if _same_file(handle, self.path):
                self._handle = handle
                return
            handle.close()  # the file was deleted (by an erase) while we waited for it: lock the new one
        raise LockHeld(str(self.path))

    def delete_and_release(self) -> None:
        """Remove the lock file while still holding it, then let go (an erase: nobody slips in between)."""
        if sys.platform == "win32":  # pragma: no cover - Windows cannot delete a file that is open
            self.release()
        self.path.unlink(missing_ok=True)
        self.release()

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the descriptor drops the lock
            self._handle = None


def held_elsewhere(path: Path) -> bool:
    """Whether another process holds the lock at `path` now; a missing lock file is held by nobody (and not made)."""
    if not path.exists():
        return False
    probe = FileLock(path)
    try:
        probe.acquire()
    except LockHeld:
        return True
    except OSError:  # a file we may not open: whoever opens the store next says what is wrong
        return False
    probe.release()
    return False


def _same_file(handle: IO[bytes], path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except FileNotFoundError:
        return False


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
