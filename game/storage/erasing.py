"""Erase: everything Kindred made in its data folder, and nothing else. The game and the command line share it.

Erase is the privacy wipe, so it takes the exports made from the game and the keepsake pictures too. Before it
does, the couple is told how many there are and where (`copies_to_erase(...).warning()`), so they can copy any
they want to keep somewhere else first; afterwards, what went and what was left.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .kindred_files import (
    STORE_FILES,
    files_in_own_folder,
    others_in,
    remove_broken_copies,
    remove_own_folders,
    stale_temporary_files,
)
from .store import Store


def _counted(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class Copies:
    """The couple's own copies an erase deletes with the rest: exports made from the game, keepsake pictures."""

    root: Path
    exports: int = 0
    keepsakes: int = 0

    def __bool__(self) -> bool:
        return bool(self.exports or self.keepsakes)

    def counted(self) -> str:
        """How many of each, as "2 exports and 1 keepsake"; '' when there are none."""
        kinds = ((self.exports, "export"), (self.keepsakes, "keepsake"))
        return " and ".join(_counted(count, word) for count, word in kinds if count)

    def warning(self) -> str:
        """Said before an erase: how many go and where they are, so they can be copied first; '' when there are none."""
        if not self:
            return ""
        if self.exports and self.keepsakes:
            where = f", in the exports and keepsakes folders of {self.root},"
        else:
            where = f" in {self.root / ('exports' if self.exports else 'keepsakes')}"
        if self.exports + self.keepsakes == 1:
            what = "export" if self.exports else "keepsake"
            return f"Your {what}{where} goes too: copy it somewhere else first if you want to keep it."
        return f"Your {self.counted()}{where} go too: copy any you want to keep somewhere else first."


def copies_to_erase(root: Path) -> Copies:
    """The exports and keepsakes an erase of `root` would delete now."""
    return Copies(root, len(files_in_own_folder(root, "exports")), len(files_in_own_folder(root, "keepsakes")))


@dataclass(frozen=True, slots=True)
class Erased:
    root: Path
    left: tuple[Path, ...]  # what the folder holds that Kindred did not make: never touched
    gone: Copies  # the exports and keepsakes that went with the rest

    def words(self) -> str:
        """What was done, in a sentence or two for the couple."""
        said = f"Everything was erased, including {self.gone.counted()}." if self.gone else "Everything was erased."
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
    gone = copies_to_erase(root)
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
    return Erased(root, tuple(others_in(root)), gone)
