"""Where the files the game reads are: the built-in decks and their schema, themes, sounds, icons.

Found through ``importlib.resources``. An installed Kindred (a wheel, pipx, the one-folder app)
carries them inside the package, in ``game/_data/decks`` and ``game/_data/assets`` (the build maps
the repository's ``decks/`` and ``assets/`` there). A checkout, or an editable install of one, has no
``_data``: there they are the repository's own folders, beside the package.
"""

from __future__ import annotations

import functools
from importlib.resources import files
from pathlib import Path

PACKAGE = "game"
SHIPPED = "_data"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


@functools.cache
def _base() -> Path:
    package = files(PACKAGE)
    if not isinstance(package, Path):  # pip, pipx and the app bundle all unpack the package into folders
        raise RuntimeError(f"Kindred must be installed as files on disk, not inside {package}")
    shipped = package / SHIPPED
    return shipped if shipped.is_dir() else package.parent


def decks_dir() -> Path:
    """The built-in decks."""
    return _base() / "decks"


def deck_schema() -> Path:
    return decks_dir() / "deck.schema.json"


def assets_dir() -> Path:
    return _base() / "assets"


def themes_file() -> Path:
    return assets_dir() / "themes.json"


def sound(name: str) -> Path:
    """A sound effect or the ambient bed, by name: `chime` is sounds/chime.wav."""
    return assets_dir() / "sounds" / f"{name}.wav"


def icon(size: int) -> Path:
    """Kindred's icon as a square PNG of `size` pixels (one of ICON_SIZES)."""
    if size not in ICON_SIZES:
        raise ValueError(f"there is no {size} px icon; the sizes are {', '.join(map(str, ICON_SIZES))}")
    return assets_dir() / "icons" / f"kindred-{size}.png"
