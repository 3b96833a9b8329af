"""Writing a file whole: beside itself first, then swapped in, so that a reader never sees half of it."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `.NAME.tmp` beside `path` (readable by its owner only), then swap it in. A file written over
    keeps its permissions (a deck the couple shares with their editor stays as they set it); a new one is private.
    Whatever stops the write (a full disk, Ctrl+C) takes the half-written temporary file with it; one left by a kill
    is removed at the next start (see kindred_files.remove_stale_temporary_files)."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as error:  # said of the file asked for: the temporary one is Kindred's business
        if isinstance(error, FileNotFoundError) and not path.parent.is_dir():
            raise FileNotFoundError(error.errno, f"the folder {path.parent} does not exist", str(path)) from None
        error.filename = str(path)
        raise
    try:
        with os.fdopen(fd, "wb") as handle:
            _keep_mode(handle.fileno(), path)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError) and error.filename == str(temporary):
            error.filename = str(path)
        raise


def _keep_mode(fd: int, path: Path) -> None:
    """Give the file being written the permissions of the ordinary file it replaces (never a link's target's)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISREG(info.st_mode) and hasattr(os, "fchmod"):
        os.fchmod(fd, stat.S_IMODE(info.st_mode))
