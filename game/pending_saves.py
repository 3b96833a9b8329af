"""Saves that wait for space: when the disk is full, what the couple did is kept in memory, in order, and
written as soon as a save goes through again (on their next action, or when the window retries).

Only a full disk is waited out; any other error is raised as before.
"""

from __future__ import annotations

from collections.abc import Callable

from game.storage.store_trouble import is_disk_full

DISK_FULL = "Kindred couldn't save — the disk is full. Your answer is kept; it will be saved when there is space."


class PendingSaves:
    def __init__(self) -> None:
        self._waiting: list[Callable[[], None]] = []
        self.problem: str | None = None

    def save(self, write: Callable[[], None]) -> None:
        """Write now, after anything still waiting; on a full disk, keep it for later."""
        self._waiting.append(write)
        self.flush()

    def flush(self) -> bool:
        """Write what waits, oldest first; True when nothing is left waiting."""
        while self._waiting:
            try:
                self._waiting[0]()
            except Exception as error:
                if not is_disk_full(error):
                    self._waiting.pop(0)
                    raise
                self.problem = DISK_FULL
                return False
            self._waiting.pop(0)
        self.problem = None
        return True

    @property
    def waiting(self) -> int:
        return len(self._waiting)
