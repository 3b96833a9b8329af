"""Kindred in the desktop's application menu (Linux and other freedesktop systems).

`kindred desktop install` writes a .desktop entry and the icon at every size into the person's own
data folder ($XDG_DATA_HOME, by default ~/.local/share); `kindred desktop remove` deletes exactly
those files and nothing else, then the folders install had to make for them (icons/hicolor/48x48/apps
…), each only when it is empty. The entry remembers those folders, so a folder that was there before
stays. The entry starts the program that wrote it, by its absolute path.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from game import identity, resources

ENTRY = "kindred.desktop"
ICON_NAME = "kindred"
#: The entry's own key (the spec lets a program add X- keys) naming the folders install made, to remove them again.
MADE_KEY = "X-Kindred-Made-Folders"
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


def entry_text(command: Sequence[str], made: Sequence[str] = ()) -> str:
    """The entry; `made` are the folders install made (relative to the data folder), remembered for remove."""
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
            *([f"{MADE_KEY}={''.join(folder + ';' for folder in made)}"] if made else []),
            "",
        ]
    )


def files(home: Path) -> list[Path]:
    """Every file `install` writes under `home`, the entry first."""
    icons = [home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png" for size in resources.ICON_SIZES]
    return [home / "applications" / ENTRY, *icons]


def folders(home: Path) -> list[Path]:
    """Every folder under `home` that install writes into, the deepest first (the order they can be removed in)."""
    found = {folder for path in files(home) for folder in path.parents if home in folder.parents}
    return sorted(found, key=lambda folder: (-len(folder.parts), folder))


def made_folders(home: Path) -> set[Path]:
    """The folders an earlier install made, as its entry remembers them (only folders install writes into)."""
    try:
        lines = files(home)[0].read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    named = next((line.partition("=")[2] for line in lines if line.startswith(f"{MADE_KEY}=")), "")
    return {home / part for part in named.split(";") if part} & set(folders(home))


def install(home: Path, command: Sequence[str]) -> list[Path]:
    entry, *icons = files(home)
    made = made_folders(home) | {folder for folder in folders(home) if not folder.is_dir()}
    for size, target in zip(resources.ICON_SIZES, icons, strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resources.icon(size), target)
    entry.parent.mkdir(parents=True, exist_ok=True)
    temporary = entry.with_name(f".{entry.name}.tmp")
    named = [folder.relative_to(home).as_posix() for folder in folders(home) if folder in made]
    temporary.write_text(entry_text(command, sorted(named)), encoding="utf-8")
    os.replace(temporary, entry)  # a menu watching the folder never reads half an entry
    return [entry, *icons]


def remove(home: Path) -> tuple[list[Path], list[Path]]:
    """Delete the files install wrote, then each folder it made that is left empty; returns both, removed."""
    made = made_folders(home)
    removed = []
    for path in files(home):
        if path.is_file():
            path.unlink()
            removed.append(path)
    emptied = []
    for folder in folders(home):  # the deepest first: a folder is empty only once those inside it are gone
        if folder in made:
            with contextlib.suppress(OSError):  # something else is in it now: it stays
                folder.rmdir()
                emptied.append(folder)
    return removed, emptied


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
        removed, emptied = remove(home)
    except OSError as error:
        print(f"Cannot change {error.filename or home}: {error.strerror or error}", file=err)
        return 1
    if removed:
        also = ""
        if emptied:
            folders_made = "empty folder" if len(emptied) == 1 else f"{len(emptied)} empty folders"
            also = f", and the {folders_made} it had made"
        print(f"Took Kindred out of your application menu ({len(removed)} files removed under {home}{also}).", file=out)
    else:
        print(f"Kindred was not in your application menu under {home}; nothing to remove.", file=out)
    return 0
