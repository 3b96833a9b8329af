"""What Kindred makes in its data folder, by name and kind, and which of those files are proven its own.

The data folder may be one the couple chose (`--data-dir`, $KINDRED_DATA_DIR) that holds other
things too. Kindred's names there: the store and its -wal/-shm/-journal, its lock file, the record of
the files it wrote (game.storage.file_record) and that record's lock, its own subfolders, the copies of an
unreadable store it set aside (`kindred.db.broken-YYYYMMDD-HHMMSS`) and the temporary files it writes on
the way to a finished file. A name is not proof, though: a set-aside copy, an export or a keepsake picture is
Kindred's only while the record proves it (the name, size and SHA-256 it noted when it wrote the file).
Only Kindred's own files are ever made private, cleaned up, spoken of as set aside or erased.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path

from .file_record import (
    RECORD_LOCK,
    RECORD_NAME,
    RECORD_TEMPORARY,
    SET_ASIDE,
    Record,
    begin_record,
    held_record,
    name_in,
    note_written,
    read_record,
)
from .paths import DB_NAME

LOCK_NAME = "kindred.lock"
DECKS, EXPORTS, KEEPSAKES = "decks", "exports", "keepsakes"
#: Kindred's own subfolders: the couple's decks, exports made from the game, date-night keepsakes.
OWN_FOLDERS = (DECKS, EXPORTS, KEEPSAKES)
STORE_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal")
BROKEN_PREFIX = f"{DB_NAME}.broken-"
#: How Kindred names a store it sets aside (see store._set_aside): a UTC stamp, and a number when that second was taken.
_BROKEN_COPY = re.compile(re.escape(BROKEN_PREFIX) + r"\d{8}-\d{6}(?:-\d+)?", re.ASCII)
#: A file on its way to being written: ".NAME.tmp" (decks, exports) or "NAME.part" (keepsakes).
TEMP_ENDINGS = (".yaml.tmp", ".yml.tmp", ".json.tmp", ".html.tmp", ".htm.tmp")
#: The minute an export or a keepsake was made, as its name says it ("2026-11-25-1930"). The names and first bytes
#: below are how an older Kindred, which kept no record, knew its own files: now they say only what looks like one.
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
    """Named exactly as Kindred names a store it sets aside (a file called kindred.db.broken-mine is not); whether
    Kindred did set it aside, only the record says (see broken_copies)."""
    return _BROKEN_COPY.fullmatch(name) is not None


def copy_of(name: str) -> str:
    """The set-aside copy a -wal or -shm file beside it belongs to (any other name is returned as it is)."""
    return name.removesuffix("-wal").removesuffix("-shm")


def is_kindreds(name: str) -> bool:
    """A name in the data folder that Kindred uses (for a set-aside copy, a name that could be one)."""
    if name in STORE_FILES or name in (LOCK_NAME, RECORD_NAME, RECORD_TEMPORARY, RECORD_LOCK) or name in OWN_FOLDERS:
        return True
    return is_broken_copy(copy_of(name))


def others_in(root: Path) -> list[Path]:
    """What the data folder holds that Kindred did not make."""
    try:
        return sorted(entry for entry in root.iterdir() if not is_kindreds(entry.name))
    except FileNotFoundError:
        return []


def broken_copies(root: Path, record: Record | None = None) -> list[Path]:
    """The unreadable stores the record says Kindred set aside that are still there, oldest first (a -wal or -shm
    beside one goes with it). A file merely named like one is not among them; with no record, none is."""
    record = read_record(root) if record is None else record
    if record is None:
        return []
    found = (root / name for name in record.names(SET_ASIDE) if is_broken_copy(name))
    return sorted(path for path in found if path.is_file() and not path.is_symlink())


def remove_broken_copies(root: Path) -> list[Path]:
    """Delete the set-aside copies the record proves unchanged (and their -wal/-shm, when those are too); returns the
    copies removed. One changed since it was set aside stays."""
    record = read_record(root)
    if record is None:
        return []
    removed = [copy for copy in broken_copies(root, record) if record.proves(root, copy)]
    for copy in removed:
        for path in (copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
            if record.proves(root, path):
                path.unlink()
        copy.unlink()
    return removed


def keep_record(root: Path, used_before: bool, set_aside: Path | None) -> None:
    """At start, with the lock held: begin the record when there is none that can be read, and note a store just
    set aside (with its -wal and -shm). In a folder an older Kindred used (`used_before`: the store was there), what
    looks like its files is noted as `older` when the record begins. A record that cannot be written proves
    nothing, so nothing is taken: not a reason to stop the game."""
    with contextlib.suppress(OSError), held_record(root):
        if read_record(root) is None:
            parts = () if set_aside is None else _with_sides(set_aside)
            begin_record(root, [name for name in lookalikes(root) if name not in parts] if used_before else ())
        if set_aside is not None:
            note_written(root, [root / name for name in _with_sides(set_aside)], SET_ASIDE)


def _with_sides(copy: Path) -> list[str]:
    """A set-aside copy's name, and those of the -wal and -shm beside it that are there."""
    return [path.name for path in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")) if path.exists()]


def lookalikes(root: Path) -> list[str]:
    """The files that look like Kindred's by name and first bytes (how an older Kindred knew its own), as the record
    names them: exports, keepsake pictures and set-aside copies."""
    found = [entry.name for entry in sorted_entries(root) if is_broken_copy(entry.name) and _regular(entry)]
    for folder, looks in ((EXPORTS, is_kindreds_export), (KEEPSAKES, is_kindreds_keepsake)):
        if not (root / folder).is_symlink():
            found += [name_in(root, entry) for entry in sorted_entries(root / folder) if looks(entry)]
    return found


def older_files(root: Path, record: Record | None) -> frozenset[str]:
    """What an older Kindred seems to have left: as the record noted when it began; with no record to read, what
    looks like Kindred's now, in a folder that holds a store."""
    if record is not None:
        return record.older
    return frozenset(lookalikes(root)) if (root / DB_NAME).exists() else frozenset()


def sorted_entries(folder: Path) -> list[Path]:
    """What `folder` holds, by name; nothing when it is not there or not a folder."""
    try:
        return sorted(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


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
    """Half-written files Kindred left in its own subfolders (or of its record) when it was stopped mid-write."""
    found = [root / RECORD_TEMPORARY] if _regular(root / RECORD_TEMPORARY) else []
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
    if not _regular(path):
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(len(head)) == head
    except OSError:
        return False


def is_kindreds_export(path: Path) -> bool:
    """Named and begun like an export the game writes into its exports folder: a JSON or “Our book” page."""
    return any(name.fullmatch(path.name) and _begins_with(path, head) for name, head in _EXPORT_KINDS)


def is_kindreds_keepsake(path: Path) -> bool:
    """Named and begun like a keepsake picture a date night writes into its keepsakes folder: a PNG."""
    name, head = _KEEPSAKE_KIND
    return name.fullmatch(path.name) is not None and _begins_with(path, head)


def kindreds_exports(root: Path) -> list[Path]:
    """What looks like an export the game wrote (from this Kindred or an older one) in its exports folder now, none
    behind a link: what locking says a passphrase does not seal."""
    folder = root / EXPORTS
    if folder.is_symlink() or not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if is_kindreds_export(path))
