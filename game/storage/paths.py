"""Where things live: the built-in decks, and the couple's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from game import resources

APP_NAME = "Kindred"
DATA_DIR_ENV = "KINDRED_DATA_DIR"
DB_NAME = "kindred.db"


def builtin_decks_dir() -> Path:
    """The decks that ship with the game (see game.resources for where they are)."""
    return resources.decks_dir()


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir, else $KINDRED_DATA_DIR, else the platform's user data folder."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    import platformdirs  # only when no folder was given: it costs a few ms at start

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def not_a_folder(root: Path) -> str | None:
    """What is wrong when the data folder, or a folder above it, is a file (None when it is not)."""
    for place in [root, *root.parents]:
        if place.is_dir():
            return None
        if place.exists() or place.is_symlink():
            if place == root:
                return f"{root} is a file, not a folder: choose a folder for Kindred's saved data. Nothing was changed."
            return f"{place} is a file, not a folder, so Kindred cannot keep its saved data in {root}. Nothing was changed."
    return None


def ensure_private_dir(path: Path, tighten: bool = True) -> Path:
    """Create `path` (and parents) readable by its owner only; with `tighten`, make an existing `path` so too (the
    decks folder, which the couple may share with their editor or a sync tool, keeps what they gave it).

    A folder that is there but cannot be changed (a read-only disk, a FAT stick, a folder another user owns)
    is used as it is: tightening it is a kindness, not a reason to stop. A folder that cannot be made raises.
    """
    for folder in [*reversed(path.parents), path]:  # mkdir(parents=True) gives missing parents the default mode
        if not folder.is_dir():
            folder.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix" and tighten:
        try:
            os.chmod(path, 0o700)
        except OSError:
            if not path.is_dir():
                raise
    return path


def user_decks_dir(root: Path) -> Path:
    return root / "decks"
