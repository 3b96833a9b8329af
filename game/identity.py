"""Who the running program is: its name for the window and the desktop, its version, and how it was started.

`prepare()` runs first thing in main(), before anything imports pygame: it keeps pygame's banner
quiet and gives the window the class "Kindred", so a desktop's task bar and menu entry
(StartupWMClass) match it, however the game was started.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from game import __version__

NAME = "Kindred"
DISTRIBUTION = "kindred"
SCRIPT = "kindred"


def prepare() -> None:
    """Settings SDL and pygame read at import and window time; a value the person set wins."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    os.environ.setdefault("SDL_VIDEO_X11_WMCLASS", NAME)  # X11: WM_CLASS (else SDL uses the program's file name)
    os.environ.setdefault("SDL_VIDEO_WAYLAND_WMCLASS", NAME)  # Wayland: the app id
    os.environ.setdefault("SDL_APP_NAME", NAME)  # what the sound server shows


def version() -> str:
    """The installed distribution's version; in a checkout (nothing installed, or an install of
    other code), the package's own."""
    from importlib import metadata

    try:
        found = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__
    here = Path(sys.modules["game"].__file__ or "").resolve()
    installed = Path(str(found.locate_file("game/__init__.py"))).resolve()
    return found.version if installed == here else __version__


def command() -> str:
    """How the person started Kindred, to name in hints they can copy: `kindred`, `python3 main.py`,
    or the app's own path."""
    started = sys.argv[0] if sys.argv and sys.argv[0] else SCRIPT
    path = Path(started)
    if getattr(sys, "frozen", False):  # the one-folder app
        return started
    if path.suffix == ".py" and path.name != "__main__.py":
        python = "python" if os.name == "nt" else "python3"
        return f"{python} {started}"
    if path.stem == SCRIPT:  # the installed script: its name when the shell finds it by that name
        import shutil

        on_path = shutil.which(SCRIPT)
        return SCRIPT if on_path and Path(on_path).resolve() == path.resolve() else started
    return SCRIPT


def program() -> str:
    """The name `--help` and usage lines give the program: `kindred` for the installed script wherever it lives
    (a venv's full path read as noise there), else as `command` says it (`python3 main.py`, the app's own name)."""
    started = sys.argv[0] if sys.argv and sys.argv[0] else SCRIPT
    if not getattr(sys, "frozen", False) and Path(started).stem == SCRIPT and Path(started).suffix != ".py":
        return SCRIPT
    return command()
