"""Wiring: parse the command line, then run a command or open the game window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from game import identity
from game.storage.paths import DATA_DIR_ENV, data_dir

if TYPE_CHECKING:
    import argparse


def _window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        problem = f"'{text}' is not a size like 1280x720"
    else:
        if 480 <= width <= 16384 and 270 <= height <= 16384:
            return width, height
        problem = f"{text} is outside 480x270 to 16384x16384"
    import argparse  # only for a size it cannot take: opening the game needs no argparse (see parse_args)

    raise argparse.ArgumentTypeError(problem)


def _game_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="PATH", help=f"keep all data in PATH (or set {DATA_DIR_ENV})")
    parser.add_argument("--seed", type=int, metavar="N", help="deal reproducibly from seed N")
    parser.add_argument("--fullscreen", action="store_true", help="start in fullscreen")
    parser.add_argument("--window", type=_window_size, metavar="WxH", help="start with a window of this size")


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog=identity.program(),
        description="Kindred — a question card game for two. With no command, the game opens.",
    )
    parser.add_argument("--version", action="version", version=f"{identity.NAME} {identity.version()}")
    _game_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    deck = commands.add_parser("deck", help="validate, list, create or export decks")
    deck_commands = deck.add_subparsers(dest="deck_command", metavar="ACTION", required=True)
    validate = deck_commands.add_parser("validate", help="check deck files; prints file:line:col: message per problem")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("--strict", action="store_true", help="also run the content lint")
    deck_commands.add_parser("list", help="list the built-in decks and yours")
    new = deck_commands.add_parser("new", help="write a starter deck into your decks folder")
    new.add_argument("name", metavar="NAME")
    export_deck = deck_commands.add_parser("export", help="write a deck as YAML")
    export_deck.add_argument("id", metavar="ID")
    export_deck.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: print it)")
    import_deck = deck_commands.add_parser(
        "import", help="make a deck from a list (.txt, .md), a spreadsheet (.csv, .tsv), Anki's text export, JSON or .yaml"
    )
    import_deck.add_argument("file", metavar="FILE")
    import_deck.add_argument(
        "-o", "--output", metavar="OUT", help="write the deck's YAML here ('-' prints it; default: add it to your decks)"
    )
    import_deck.add_argument("--replace", action="store_true", help="replace your deck with the same name, if there is one")
    import_deck.add_argument("--dry-run", action="store_true", help="only show what would be imported; write nothing")

    export = commands.add_parser(
        "export",
        help="export everything as JSON",
        description=(
            "Export every couple as JSON, or as “Our book” for a .html file. A shared export keeps to what each couple "
            "agreed to (depth, spicy) and leaves out memories marked just between us; --include-private exports "
            "everything. A couple locked with a passphrase is asked for it (hidden) when you run this at a terminal, "
            "or opened with --passphrase-file; a couple that stays locked is left out, all but their names, and the "
            "other couples are exported all the same. Made for the whole computer, it also holds this computer's own "
            "settings (text size, window size, who played last); the game's Settings → Export a copy… holds one "
            "couple and none of them."
        ),
    )
    export.add_argument("file", metavar="FILE", help="where to write it: JSON, or “Our book” for a .html file ('-' prints JSON)")
    export.add_argument("--force", action="store_true", help="replace FILE if it is already there")
    export.add_argument(
        "--include-private", action="store_true", help="everything: also memories marked just between us or beyond your limits"
    )
    export.add_argument(
        "--passphrase-file",
        metavar="PASSFILE",
        help="passphrases of locked couples, one a line; 'NAME & NAME: passphrase' is for that couple only, "
        "any other line is tried on each locked couple",
    )
    erase = commands.add_parser(
        "erase",
        help="erase all of Kindred's data",
        description=(
            "Erase every couple, answer and setting, and the files Kindred made in its data folder and can prove "
            "unchanged: its exports, keepsake pictures, copies of unreadable data it set aside, and the decks it made "
            "(the studio, deck new, deck import) that nobody changed since. Everything else stays: a deck written or "
            "changed in an editor (even one the studio saved since), a deck Kindred has no note of making, and any "
            "other file or folder of yours. Before asking, erase names each file it deletes and each one that stays."
        ),
    )
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation (nor list the files first)")
    erase.add_argument(
        "--couple",
        metavar="NAMES",
        help="erase only this couple ('Zoë & Łukasz', as the game names them) and the exports and keepsakes Kindred "
        "made of them alone; every other couple, the decks and the laptop's settings stay. A couple locked with a "
        "passphrase is asked for it first (or give it with --passphrase-file)",
    )
    erase.add_argument("--passphrase-file", metavar="PASSFILE", help="with --couple: their passphrase, on its own line")
    demo = commands.add_parser("demo", help="add a sample couple with about a year of play, to look around")
    demo.add_argument("--remove", action="store_true", help="remove the sample couple (and only it) again")
    # The seed reads after the command too (`demo --seed 7`, as README's table has it); left out, the one given
    # before the command stands (SUPPRESS keeps the subcommand from setting it back to nothing).
    demo.add_argument("--seed", type=int, metavar="N", default=argparse.SUPPRESS, help="play the sample year from seed N")
    desktop = commands.add_parser("desktop", help="add Kindred to this desktop's application menu, or take it out")
    menu_help = "install: write the menu entry and icons; remove: delete them"
    desktop.add_argument("action", choices=("install", "remove"), help=menu_help)
    return parser


def play(root: Path, now: datetime, seed: int | None, fullscreen: bool | None, window: tuple[int, int] | None) -> int:
    """Open the store and the window, and play until the window closes.

    Python's cyclic garbage collector rests until the first frame is shown (Shell.run wakes it): while
    the modules for that frame load it would run some twenty times (~2.5 ms) and find next to nothing.
    """
    gc.disable()
    try:
        return _play(root, now, seed, fullscreen, window)
    finally:
        gc.enable()


def _play(root: Path, now: datetime, seed: int | None, fullscreen: bool | None, window: tuple[int, int] | None) -> int:
    from game.services import GameServices
    from game.storage.paths import not_a_folder
    from game.storage.store import Store, StoreError

    try:
        if problem := not_a_folder(root):
            raise StoreError(problem)
        store = Store.open(root, now)
    except StoreError as error:
        from game.ui.start_problem import tell  # started from a menu, there is no terminal to read stderr in

        tell(str(error))
        return 1
    try:
        import pygame

        from game.ui.runner import build_shell

        shell = build_shell(GameServices(store, root, seed), window, fullscreen)
        try:
            return shell.run()
        finally:
            pygame.quit()
    finally:
        store.close()


_GAME_VALUES: dict[str, tuple[str, Callable[[str], Any]]] = {
    "--data-dir": ("data_dir", str),
    "--seed": ("seed", int),
    "--window": ("window", _window_size),
}


def _just_the_game(argv: Sequence[str]) -> SimpleNamespace | None:
    """The game's own options, each spelled out in full, and no command; None for anything else."""
    found: dict[str, Any] = {"data_dir": None, "seed": None, "fullscreen": False, "window": None, "command": None}
    items = iter(argv)
    for item in items:
        name, equals, value = item.partition("=")
        if name == "--fullscreen" and not equals:
            found["fullscreen"] = True
            continue
        if name not in _GAME_VALUES:
            return None
        if not equals:
            following = next(items, None)
            if following is None or following.startswith("-"):
                return None
            value = following
        key, convert = _GAME_VALUES[name]
        try:
            found[key] = convert(value)
        except Exception:  # whatever it is, the whole parser says it as it always has
            return None
    return SimpleNamespace(**found)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace | SimpleNamespace:
    """The command line, read as build_parser() reads it.

    Opening the game (options, no command) is read without argparse: importing it and building every
    command's parser took ~3 ms before the window opened. Anything else (a command, --help, an
    abbreviation, a mistake) goes to the whole parser, which answers or complains exactly as always.
    """
    quick = _just_the_game(sys.argv[1:] if argv is None else argv)
    return quick if quick is not None else build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    identity.prepare()
    args = parse_args(argv)
    root = data_dir(args.data_dir)
    now = datetime.now(UTC)
    if args.command is None:
        return play(root, now, seed=args.seed, fullscreen=args.fullscreen or None, window=args.window)
    if args.command != "desktop" and getattr(args, "deck_command", None) != "validate":  # both leave the folder alone
        from game.storage.paths import not_a_folder

        if problem := not_a_folder(root):
            print(problem, file=sys.stderr)
            return 1
    if args.command == "demo":  # plays through the services, so it sits beside the game, above the other commands
        from game.demo import demo_command

        return demo_command(root, now, args.seed, sys.stdout, sys.stderr, remove=args.remove, data_dir=args.data_dir)
    from game import cli

    command = args.command if args.command != "deck" else f"deck {args.deck_command}"
    return cli.run(command, args, root, now)


if __name__ == "__main__":
    sys.exit(main())
