"""Keepsake pictures on disk: the `keepsakes/` folder in the data folder (0700, files 0600), and opening it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from .file_record import KEEPSAKE, claim_written
from .kindred_files import is_kindreds_keepsake
from .paths import ensure_private_dir

FOLDER = "keepsakes"

#: Runs a command and returns its exit status (tests put a fake one in).
Launcher = Callable[[list[str]], int]


def keepsake_folder(root: Path) -> Path:
    return ensure_private_dir(root / FOLDER)


def saved_keepsakes(root: Path) -> list[Path]:
    """The keepsake pictures a date night saved that are in the keepsakes folder now (none behind a link)."""
    folder = root / FOLDER
    if folder.is_symlink() or not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if is_kindreds_keepsake(path))


def save_keepsake(root: Path, png: bytes, when: datetime, couple: int | None = None) -> Path:
    """Write the PNG as date-night-YYYY-MM-DD-HHMM.png (a number added if that name is taken); readable by its owner
    only, and noted in the record of Kindred's files as `couple`'s, so that erase (and erasing only that couple)
    knows it while it is unchanged."""
    folder = keepsake_folder(root)
    stem = f"date-night-{when.strftime('%Y-%m-%d-%H%M')}"
    target = folder / f"{stem}.png"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{counter}.png"
    partial = target.with_name(target.name + ".part")
    handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        try:
            os.write(handle, png)
            os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)  # never a half picture left behind
        raise
    if os.name == "posix":
        os.chmod(target, 0o600)
    return claim_written(root, target, KEEPSAKE, couple)


def opener_command(folder: Path) -> list[str]:
    if sys.platform == "darwin":
        return ["open", str(folder)]
    return ["xdg-open", str(folder)]


def launch(command: list[str]) -> int:
    """Start the file manager without waiting on it for long; a quick failure is reported by its status."""
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return process.wait(timeout=2.0)
    except subprocess.TimeoutExpired:
        return 0


def open_folder(folder: Path, launcher: Launcher = launch, kept: str = "Your keepsakes are") -> str | None:
    """Show `folder` in the file manager; None when that worked, else what went wrong in plain words, ending with
    where the files are (`kept`: what they are, "Your keepsakes are", "Your decks are")."""
    try:
        if sys.platform == "win32":
            os.startfile(folder)  # type: ignore[attr-defined]
            return None
        status = launcher(opener_command(folder))
    except FileNotFoundError:
        name = opener_command(folder)[0]
        return f"Could not open the folder: this computer has no '{name}' to open folders with. {kept} in {folder}"
    except OSError as error:
        return f"Could not open the folder ({error.strerror or error}). {kept} in {folder}"
    if status != 0:
        return f"Could not open the folder (the file manager did not start). {kept} in {folder}"
    return None
