"""Build Kindred as a one-folder app with PyInstaller: dist/Kindred/, the program and everything it reads.

    python3 -m pip install -e '.[app]'
    python3 packaging/build_app.py            # writes dist/Kindred/ (work files under build/)
    dist/Kindred/Kindred                       # plays; dist/Kindred/Kindred deck list, ... as `kindred` does

Inside the folder: the Python runtime, pygame-ce and its SDL libraries, the fonts (Lora, Noto), the
decks, themes, sounds and icons, placed as game/_data/ exactly as the wheel places them, so
game/resources.py finds them the same way. Build on each system for that system (PyInstaller does
not cross-compile); see the README for Windows and macOS.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # PyInstaller imports pygame to look inside it

REPO = Path(__file__).resolve().parents[1]  # this script builds from the checkout it sits in
NAME = "Kindred"
# What the game reads, and where it goes inside the bundle (the same place the wheel gives it).
DATA = [
    (REPO / "decks", "game/_data/decks"),
    (REPO / "assets" / "themes.json", "game/_data/assets"),
    (REPO / "assets" / "sounds", "game/_data/assets/sounds"),
    (REPO / "assets" / "icons", "game/_data/assets/icons"),
]
# Font packages whose .ttf files PyInstaller would not find by following imports.
FONT_PACKAGES = ("manimgx_fonts", "fontpkg_lora", "noto_cjk_sans_jp_regular")
# Imported by name when first opened (game/ui/routes.py), so PyInstaller cannot follow them there. They are
# listed from the checkout's files, not by importing the package: an installed copy of Kindred elsewhere (or a
# stale editable install) could otherwise answer the import, and the app would carry the wrong scenes, or none.
BY_NAME = ("game/ui/scenes",)
# Pulled in by optional imports of pygame and others; Kindred never uses it (40 MB less).
LEFT_OUT = ("numpy", "tkinter")


def by_name_modules() -> list[str]:
    """Every module in the BY_NAME folders of this checkout, as dotted names."""
    found = []
    for folder in BY_NAME:
        package = folder.replace("/", ".")
        found.append(package)
        found += [f"{package}.{path.stem}" for path in sorted((REPO / folder).glob("*.py")) if path.stem != "__init__"]
    return found


def pyinstaller_arguments(dist: Path, work: Path) -> list[str]:
    arguments = [
        str(REPO / "main.py"),
        "--name",
        NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
        "--paths",
        str(REPO),
    ]
    for source, target in DATA:
        arguments += ["--add-data", f"{source}:{target}"]
    for package in FONT_PACKAGES:
        arguments += ["--collect-data", package]
    for module in by_name_modules():
        arguments += ["--hidden-import", module]
    for module in LEFT_OUT:
        arguments += ["--exclude-module", module]
    if sys.platform == "darwin":  # a Kindred.app to double-click (its commands then run from Kindred.app/Contents/MacOS/Kindred)
        arguments += ["--windowed", "--icon", str(REPO / "assets" / "icons" / "kindred-256.png")]
    elif sys.platform == "win32":  # the PNG becomes Kindred.exe's icon (PyInstaller converts it with Pillow)
        arguments += ["--icon", str(REPO / "assets" / "icons" / "kindred-256.png")]
    return arguments


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build dist/Kindred/, a one-folder Kindred app.")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the Kindred folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller", help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    try:
        import PyInstaller.__main__
    except ImportError:
        print("PyInstaller is not installed: python3 -m pip install -e '.[app]'", file=sys.stderr)
        return 1
    # PyInstaller follows the imports in a child process: that child must find this checkout's game package
    # first, not another copy installed elsewhere.
    os.environ["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, [os.environ.get("PYTHONPATH", "")])])
    PyInstaller.__main__.run(pyinstaller_arguments(args.dist.resolve(), args.work.resolve()))
    print(f"Built {args.dist.resolve() / NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
