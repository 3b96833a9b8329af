"""What Kindred makes in its data folder, by name and kind, and nothing else.

The data folder may be one the couple chose (`--data-dir`, $KINDRED_DATA_DIR) that holds other
things too. Kindred knows its own files by name: the store and its -wal/-shm/-journal, the copies of
an unreadable store it set aside (`kindred.db.broken-YYYYMMDD-HHMMSS`, exactly that shape), its lock
file, its own subfolders, and the temporary files it writes on the way to a finished file. In its
subfolders it knows the exports and keepsake pictures it writes by name and by what they hold (a
letter the couple saved as exports/our-book-mine.html is theirs). Only those are ever made private,
cleaned up or erased.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path

from .paths import DB_NAME

LOCK_NAME = "kindred.lock"
DECKS, EXPORTS, KEEPSAKES = "decks", "exports", "keepsakes"
#: Kindred's own subfolders: the couple's decks, exports made from the game, date-night keepsakes.
OWN_FOLDERS = (DECKS, EXPORTS, KEEPSAKES)
STORE_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal")
BROKEN_PREFIX = f"{DB_NAME}.broken-"
#: A store set aside (see store._set_aside): a UTC stamp, and a number when that second was taken already.
_BROKEN_COPY = re.compile(re.escape(BROKEN_PREFIX) + r"\d{8}-\d{6}(?:-\d+)?", re.ASCII)
#: A file on its way to being written: ".NAME.tmp" (decks, exports) or "NAME.part" (keepsakes).
TEMP_ENDINGS = (".yaml.tmp", ".yml.tmp", ".json.tmp", ".html.tmp", ".htm.tmp")
#: The minute an export or a keepsake was made, as its name says it ("2026-11-25-1930").
_STAMP = r"\d{4}-\d{2}-\d{2}-\d{4}"
#: What the game writes into exports/ (game.services.export_everything): a name, and how the file begins.
_EXPORT_KINDS = (
    (re.compile(f"kindred-{_STAMP}(?:-\\d+)?\\.json", re.ASCII), b"{"),
    (re.compile(f"our-book-{_STAMP}(?:-\\d+)?\\.html", re.ASCII), b"<!doctype html>"),
)
#: What a date night writes into keepsakes/ (game.storage.keepsakes): a PNG picture.
_KEEPSAKE_KIND = (re.compile(f"date-night-{_STAMP}(?:-\\d+)?\\.png", re.ASCII), b"\x89PNG\r\n\x1a\n")


def export_names(minute: str, number: int = 1) -> tuple[str, str]:
    """The two files an export from the game writes at `minute` ("2026-11-25-1930"): the JSON, then Our book; the
    `number`th export of that minute ends "-2", "-3"…, so a second one never takes the first one's names."""
    ending = f"-{number}" if number > 1 else ""
    return f"kindred-{minute}{ending}.json", f"our-book-{minute}{ending}.html"


def free_export_names(folder: Path, minute: str) -> tuple[str, str]:
    """The names for an export made at `minute`, neither of them in `folder` yet: one made earlier that minute is never
    written over."""
    number = 1
    while any((folder / name).exists() or (folder / name).is_symlink() for name in export_names(minute, number)):
        number += 1
    return export_names(minute, number)


def is_broken_copy(name: str) -> bool:
    """A store Kindred set aside, by its exact name (a file of the couple's own called kindred.db.broken-mine is not)."""
    return _BROKEN_COPY.fullmatch(name) is not None


def is_kindreds(name: str) -> bool:
    """A name in the data folder that Kindred made."""
    if name in STORE_FILES or name == LOCK_NAME or name in OWN_FOLDERS:
        return True
    copy = name.removesuffix("-wal").removesuffix("-shm")
    return is_broken_copy(copy)


def others_in(root: Path) -> list[Path]:
    """What the data folder holds that Kindred did not make."""
    try:
        return sorted(entry for entry in root.iterdir() if not is_kindreds(entry.name))
    except FileNotFoundError:
        return []


def broken_copies(root: Path) -> list[Path]:
    """The unreadable stores Kindred set aside (each with any -wal/-shm beside it), oldest first."""
    try:
        return sorted(entry for entry in root.iterdir() if is_broken_copy(entry.name))
    except FileNotFoundError:
        return []


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


def _begins_with(path: Path, head: bytes) -> bool:
    """An ordinary file (never a link) whose first bytes are `head`."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
        with path.open("rb") as handle:
            return handle.read(len(head)) == head
    except OSError:
        return False


def is_kindreds_export(path: Path) -> bool:
    """An export the game wrote into its exports folder: its name, and a JSON or “Our book” page inside."""
    return any(name.fullmatch(path.name) and _begins_with(path, head) for name, head in _EXPORT_KINDS)


def is_kindreds_keepsake(path: Path) -> bool:
    """A keepsake picture a date night wrote into its keepsakes folder: its name, and a PNG inside."""
    name, head = _KEEPSAKE_KIND
    return name.fullmatch(path.name) is not None and _begins_with(path, head)


def kindreds_exports(root: Path) -> list[Path]:
    """The exports the game wrote that are in its exports folder now (none behind a link)."""
    folder = root / EXPORTS
    if folder.is_symlink() or not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if is_kindreds_export(path))
