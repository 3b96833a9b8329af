"""Kindred in the desktop's application menu (Linux and other freedesktop systems).

`kindred desktop install` writes a .desktop entry and the icon at every size into the person's own
data folder ($XDG_DATA_HOME, by default ~/.local/share); `kindred desktop remove` deletes exactly
those files and nothing else. The entry starts the program that wrote it, by its absolute path.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from game import identity, resources

ENTRY = "kindred.desktop"
ICON_NAME = "kindred"
COMMENT = "A warm question card game for two, played on one laptop"
_NEEDS_QUOTES = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(environ: dict[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME when it is an absolute path (as the spec says), else ~/.local/share."""
    chosen = (os.environ if environ is None else environ).get("XDG_DATA_HOME", "")
    return Path(chosen) if chosen and Path(chosen).is_absolute() else Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The command that starts this very Kindred again, with absolute paths."""
    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path()
    if getattr(sys, "frozen", False):  # the one-folder app
        return [str(Path(sys.executable).absolute())]
    if started.suffix == ".py" and started.is_file():  # python3 main.py
        return [str(Path(sys.executable).absolute()), str(started.absolute())]
    if started.stem == identity.SCRIPT and started.is_file():  # the installed script (pipx links it: keep the link)
        return [str(started.absolute())]
    found = shutil.which(identity.SCRIPT)
    return [str(Path(found).absolute())] if found else [str(Path(sys.executable).absolute()), "-m", "game.app"]


def _exec_argument(argument: str) -> str:
    """One argument of Exec=, quoted as the Desktop Entry spec asks (and '%' doubled)."""
    if _NEEDS_QUOTES.intersection(argument):
        inner = "".join("\\" + char if char in '"`$\\' else char for char in argument)
        argument = f'"{inner}"'
    return argument.replace("%", "%%").replace("\\", "\\\\")  # the file format escapes backslashes once more


def entry_text(command: Sequence[str]) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",
            f"Name={identity.NAME}",
            "GenericName=Question card game for two",
            f"Comment={COMMENT}",
            f"Exec={' '.join(_exec_argument(part) for part in command)}",
            f"Icon={ICON_NAME}",
            "Terminal=false",
            "Categories=Game;CardGame;",
            "Keywords=couple;questions;cards;conversation;",
            f"StartupWMClass={identity.NAME}",
            "",
        ]
    )


def files(home: Path) -> list[Path]:
    """Every file `install` writes under `home`, the entry first."""
    icons = [home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png" for size in resources.ICON_SIZES]
    return [home / "applications" / ENTRY, *icons]


def install(home: Path, command: Sequence[str]) -> list[Path]:
    entry, *icons = files(home)
    for size, target in zip(resources.ICON_SIZES, icons, strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resources.icon(size), target)
    entry.parent.mkdir(parents=True, exist_ok=True)
    temporary = entry.with_name(f".{entry.name}.tmp")
    temporary.write_text(entry_text(command), encoding="utf-8")
    os.replace(temporary, entry)  # a menu watching the folder never reads half an entry
    return [entry, *icons]


def remove(home: Path) -> list[Path]:
    removed = []
    for path in files(home):
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def run(action: str, out: TextIO, err: TextIO) -> int:
    """`kindred desktop install|remove`."""
    if sys.platform in ("win32", "darwin"):
        print("The desktop entry is for Linux desktops; on this system, pin the program or the app bundle instead.", file=err)
        return 1
    home = data_home()
    try:
        if action == "install":
            command = launcher()
            install(home, command)
            print(f"Kindred is in your application menu: {files(home)[0]}", file=out)
            print(f"It starts: {' '.join(command)}", file=out)
            return 0
        removed = remove(home)
    except OSError as error:
        print(f"Cannot change {error.filename or home}: {error.strerror or error}", file=err)
        return 1
    if removed:
        print(f"Took Kindred out of your application menu ({len(removed)} files removed under {home}).", file=out)
    else:
        print(f"Kindred was not in your application menu under {home}; nothing to remove.", file=out)
    return 0
