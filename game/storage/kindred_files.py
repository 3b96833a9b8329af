"""What Kindred makes in its data folder, by name, and nothing else.

The data folder may be one the couple chose (`--data-dir`, $KINDRED_DATA_DIR) that holds other
things too. Kindred knows its own files by name: the store and its -wal/-shm/-journal, the copies of
an unreadable store it set aside, its lock file, its own subfolders, and the temporary files it writes
on the way to a finished file. Only those are ever made private, cleaned up or erased.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from .paths import DB_NAME

LOCK_NAME = "kindred.lock"
#: Kindred's own subfolders: the couple's decks, exports made from the game, date-night keepsakes.
OWN_FOLDERS = ("decks", "exports", "keepsakes")
STORE_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal")
BROKEN_PREFIX = f"{DB_NAME}.broken-"
#: A file on its way to being written: ".NAME.tmp" (decks, exports) or "NAME.part" (keepsakes).
TEMP_ENDINGS = (".yaml.tmp", ".yml.tmp", ".json.tmp", ".html.tmp", ".htm.tmp")


def is_kindreds(name: str) -> bool:
    """A name in the data folder that Kindred made."""
    return name in STORE_FILES or name == LOCK_NAME or name in OWN_FOLDERS or name.startswith(BROKEN_PREFIX)


def others_in(root: Path) -> list[Path]:
    """What the data folder holds that Kindred did not make."""
    try:
        return sorted(entry for entry in root.iterdir() if not is_kindreds(entry.name))
    except FileNotFoundError:
        return []


def broken_copies(root: Path) -> list[Path]:
    """The unreadable stores Kindred set aside (each with any -wal/-shm beside it), oldest first."""
    try:
        found = [entry for entry in root.iterdir() if entry.name.startswith(BROKEN_PREFIX)]
    except FileNotFoundError:
        return []
    return sorted(entry for entry in found if not entry.name.endswith(("-wal", "-shm")))


def remove_broken_copies(root: Path) -> list[Path]:
    """Delete the set-aside copies (and their -wal/-shm); returns the copies removed."""
    removed = broken_copies(root)
    for copy in removed:
        for path in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
            path.unlink(missing_ok=True)
    return removed


def prepare_data_folder(root: Path) -> Path:
    """Create the data folder readable by its owner only; an existing one is made private only when it holds
    nothing but Kindred's own files (a folder the couple chose for other things keeps its permissions)."""
    existed = root.is_dir()
    for folder in [*reversed(root.parents), root]:  # mkdir(parents=True) gives missing parents the default mode
        if not folder.is_dir():
            folder.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix" and (not existed or not others_in(root)):
        owner_only(root)
    return root


def owner_only(path: Path) -> None:
    """Take away what others may do with `path`; never give anyone more (a read-only file stays read-only)."""
    mode = os.stat(path).st_mode & 0o777
    if mode & 0o077:
        os.chmod(path, mode & 0o700)


def is_temporary(name: str) -> bool:
    return (name.startswith(".") and name.endswith(TEMP_ENDINGS)) or name.endswith(".png.part")


def stale_temporary_files(root: Path) -> list[Path]:
    """Half-written files Kindred left in its own subfolders when it was stopped mid-write."""
    found: list[Path] = []
    for name in OWN_FOLDERS:
        folder = root / name
        if folder.is_dir() and not folder.is_symlink():
            found.extend(entry for entry in folder.iterdir() if entry.is_file() and is_temporary(entry.name))
    return sorted(found)


def remove_stale_temporary_files(root: Path) -> None:
    """At start-up (the lock is held, so nothing is being written): what an interrupted write left behind."""
    for path in stale_temporary_files(root):
        with contextlib.suppress(OSError):  # not worth stopping the game for; the next start tries again
            path.unlink()


def files_in_own_folder(root: Path, name: str) -> list[Path]:
    """The finished files an erase deletes with one of Kindred's own subfolders (and any folder inside it): none
    behind a link (an erase removes the link, never what it points to), no half-written file."""
    folder = root / name
    if folder.is_symlink() or not folder.is_dir():
        return []
    found: list[Path] = []
    for where, _folders, files in os.walk(folder):  # a linked folder inside is not walked into
        found.extend(Path(where) / file for file in files if not is_temporary(file) and not (Path(where) / file).is_symlink())
    return sorted(found)


def remove_own_folders(root: Path) -> None:
    for name in OWN_FOLDERS:
        folder = root / name
        if folder.is_symlink():
            folder.unlink()  # a link Kindred did not make: remove the link, never what it points to
        elif folder.is_dir():
            shutil.rmtree(folder)
