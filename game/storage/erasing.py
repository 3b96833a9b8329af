"""Erase: everything Kindred made in its data folder, and nothing else. The game and the command line share it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .kindred_files import STORE_FILES, others_in, remove_broken_copies, remove_own_folders, stale_temporary_files
from .store import Store


@dataclass(frozen=True, slots=True)
class Erased:
    root: Path
    left: tuple[Path, ...]  # what the folder holds that Kindred did not make: never touched

    def words(self) -> str:
        """What was done, in a sentence or two for the couple."""
        said = "Everything was erased."
        if self.left:
            count = len(self.left)
            names = ", ".join(path.name for path in self.left[:5]) + (" …" if count > 5 else "")
            said += f" Left {count} {'file' if count == 1 else 'files'} that Kindred did not make in {self.root}: {names}."
        return said


def erase_everything(store: Store, closing: bool) -> Erased:
    """Erase every couple, answer and setting, the couple's decks, exports made from the game, keepsakes and
    the copies of unreadable data Kindred set aside; leave whatever else the folder holds.

    The store's lock is held throughout, so no other Kindred writes meanwhile. A game that keeps running
    (`closing=False`) keeps an empty store; the command line (`closing=True`) also deletes the store's files
    and its lock file, releasing the lock only after everything is gone.
    """
    root = store.root
    store.erase_all()
    remove_broken_copies(root)
    for path in stale_temporary_files(root):
        path.unlink(missing_ok=True)
    remove_own_folders(root)
    if closing:
        store.conn.close()
        for name in STORE_FILES:
            (root / name).unlink(missing_ok=True)
        store.close_lock(delete=True)
    return Erased(root, tuple(others_in(root)))
