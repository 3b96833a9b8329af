"""`deck import FILE [-o OUT] [--replace] [--dry-run]`: any accepted shape into a deck, with the preview printed.

A YAML deck is taken as it is. Any other shape goes through the shared importer: the
preview (count, levels, tags, and every line skipped, guessed or repeated) is printed the
same way the studio shows it, and with --dry-run nothing more happens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from game.cli_text import not_written, shown
from game.core.deck_editing import ImportOutcome
from game.core.import_draft import Choices, summary_lines
from game.storage.deck_files import DeckError
from game.storage.deck_library import DeckLibrary
from game.storage.deck_writer import deck_yaml, write_text_atomically
from game.storage.importing import YAML_SUFFIXES, deck_of, import_into, preview_file
from game.storage.paths import builtin_decks_dir, user_decks_dir


def deck_import(root: Path, source: str, target: str | None, replace: bool, dry_run: bool, out: TextIO, err: TextIO) -> int:
    path = Path(source)
    library = DeckLibrary(builtin_decks_dir(), user_decks_dir(root))
    if path.suffix.lower() in YAML_SUFFIXES and not dry_run and target is None:
        return _yaml_into_folder(library, source, replace, out, err)
    if target is None or dry_run:
        library.load()
    try:
        if path.suffix.lower() in YAML_SUFFIXES:
            from game.storage.deck_import import read_import

            deck = read_import(path)
            if dry_run:
                print(shown(f"“{deck.name}”: {_cards(len(deck.cards))}, a Kindred deck file (imported as it is)"), file=out)
                return 0
        else:
            preview = preview_file(path, source, library.decks if target is None or dry_run else ())
            for problem in preview.problems:
                print(shown(problem), file=err)
            if preview.problems:
                return 1
            if dry_run:
                for said in summary_lines(preview.draft, Choices(), preview.name):
                    print(shown(said), file=out)
                return 0
            deck = deck_of(preview)
            notes = len(preview.draft.notes)
            if notes:
                said = f"{notes} line{'s' if notes != 1 else ''} skipped, guessed or repeated"
                print(f"{said}: see them with --dry-run.", file=err)
    except DeckError as error:
        for found in error.problems:
            print(shown(found), file=err)
        return 1
    if target is None:
        outcome = import_into(library.user_folder, deck, source, library.entries, replace)
        return _said(outcome, out, err)
    text = deck_yaml(deck)
    if target == "-":
        out.write(text)
        return 0
    try:
        write_text_atomically(Path(target), text)
    except OSError as error:
        print(not_written(target, error), file=err)
        return 1
    print(shown(f"Wrote {target}: “{deck.name}”, {_cards(len(deck.cards))} (deck id {deck.id})"), file=out)
    return 0


def _yaml_into_folder(library: DeckLibrary, source: str, replace: bool, out: TextIO, err: TextIO) -> int:
    library.load()
    outcome = library.import_file(source, replace, shown_as=source)  # named as typed, as `deck validate` does
    return _said(outcome, out, err)


def _said(outcome: ImportOutcome, out: TextIO, err: TextIO) -> int:
    for problem in outcome.problems:
        print(shown(problem), file=err)
    if outcome.replaces:
        print(shown(f"You already have a deck called “{outcome.replaces}”; add --replace to replace it."), file=err)
    if not outcome.imported:
        return 1
    print(shown(f"Imported “{outcome.deck_name}” ({_cards(outcome.cards)}) into {outcome.path}"), file=out)
    return 0


def _cards(count: int) -> str:
    return f"{count} card{'s' if count != 1 else ''}"
