"""The non-graphical commands: deck validate/list/new/export, export, erase."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import TextIO

from game import identity
from game.cli_text import UNNOTED_DECK, not_written, os_error_sentence, shown, typed_erase
from game.core.deck_editing import named
from game.core.deck_lint import lint
from game.core.direction import trimmed
from game.pending_saves import refused_words
from game.storage.deck_files import DeckError, DeckProblem, LoadedDeck, deck_paths, load_deck_file, load_decks
from game.storage.deck_library import DeckLibrary
from game.storage.deck_record import write_deck
from game.storage.deck_writer import deck_yaml, starter_deck_text, write_text_atomically
from game.storage.erasing import contents, erase_everything
from game.storage.exporting import BOOK_SUFFIXES, export_text, export_to
from game.storage.file_lock import held_elsewhere
from game.storage.kindred_files import LOCK_NAME
from game.storage.paths import builtin_decks_dir, ensure_private_dir, user_decks_dir
from game.storage.store import Store, StoreError, already_open

_IN_ORDER = attrgetter("path", "line", "column", "message")  # as DeckProblem sorts, but in C

#: `export`'s exit status when the file was written but a couple stayed locked, left out, though a passphrase was
#: given for it (in the passphrase file, or at the prompt) that did not open it.
LEFT_LOCKED = 3


def deck_validate(files: Sequence[str], strict: bool, out: TextIO, err: TextIO | None = None) -> int:
    """Each problem as file:line:col: message; with `strict`, the content lint's findings too.

    The lint's near-duplicate search grows with the square of the cards: on a terminal, a line on `err`
    says how far it has come while it takes long enough to be seen (game.core.near_duplicates)."""
    problems: list[DeckProblem] = []
    loaded: list[LoadedDeck] = []
    for name in files:
        try:
            loaded.append(load_deck_file(name))
        except DeckError as error:
            problems.extend(error.problems)
    if strict:
        where = {item.deck.id: item for item in loaded}
        shown_on = err if err is not None and err.isatty() else None
        for finding in lint([item.deck for item in loaded], progress=_progress_on(shown_on) if shown_on else None):
            item = where[finding.deck_id]
            line = item.line_of(finding.card_id) if finding.card_id else 1
            problems.append(DeckProblem(item.deck.source, line, 1, finding.message))
    for problem in sorted(problems, key=_IN_ORDER):
        print(shown(problem), file=out)
    if problems:
        return 1
    cards = sum(len(item.deck.cards) for item in loaded)
    print(f"{len(loaded)} deck{'s' if len(loaded) != 1 else ''} valid, {cards} card{'s' if cards != 1 else ''}.", file=out)
    return 0


def _progress_on(err: TextIO) -> Callable[[int, int], None]:
    def say(done: int, total: int) -> None:
        ending = "\n" if done == total else ""
        err.write(f"\rLooking for cards nearly the same as another: {100 * done // total}%{ending}")
        err.flush()

    return say


def deck_list(root: Path, out: TextIO) -> int:
    builtin = load_decks(deck_paths(builtin_decks_dir()))
    unreadable = ""
    try:
        users = load_decks(deck_paths(user_decks_dir(root)))
    except OSError as error:
        users, unreadable = load_decks([]), os_error_sentence(error)
    for title, found in (("Built-in decks", builtin), (f"Your decks ({user_decks_dir(root)})", users)):
        print(shown(f"{title}:"), file=out)
        if found is users and unreadable:
            print(f"  {unreadable}", file=out)
        elif not found.loaded and not found.problems:
            print(f"  (none yet: {identity.command()} deck new NAME)", file=out)
        for item in found.loaded:
            deck = item.deck
            count = len(deck.cards)
            print(shown(f"  {deck.id:<28} {count:>5} {'card' if count == 1 else 'cards':<5}  {deck.name}"), file=out)
        for problem in found.problems:
            print(shown(f"  cannot load: {problem}"), file=out)
    return 1 if unreadable else 0


def deck_new(root: Path, name: str, out: TextIO, err: TextIO) -> int:
    """A starter deck named `name`, under an id no deck or file uses (a name in any script makes one)."""
    name = trimmed(" ".join(name.split()))
    if not name:
        print('A deck needs a name: deck new "Rainy Sundays", say.', file=err)
        return 1
    library = DeckLibrary(builtin_decks_dir(), user_decks_dir(root))
    library.load()
    same = named(library.entries, name)
    if same is not None:
        if same.builtin:
            said = f"A deck called “{same.name}” comes with Kindred; choose another name."
        else:
            said = f"A deck called “{same.name}” already exists ({same.path}); edit that file, or choose another name."
        print(shown(said), file=err)
        return 1
    deck_id = library.new_deck_id(name)
    path = ensure_private_dir(user_decks_dir(root), tighten=False) / f"{deck_id}.yaml"
    noted = write_deck(path, starter_deck_text(name, deck_id))
    print(f"Wrote {path}", file=out)
    if not noted:
        print(UNNOTED_DECK, file=out)
    return 0


def deck_export(root: Path, deck_id: str, target: str | None, out: TextIO, err: TextIO) -> int:
    found = load_decks([*deck_paths(builtin_decks_dir()), *deck_paths(user_decks_dir(root))])
    deck = next((d for d in found.decks if d.id == deck_id), None)
    if deck is None:
        known = ", ".join(sorted(d.id for d in found.decks))
        print(f"There is no deck '{deck_id}'. Decks: {known}", file=err)
        return 1
    text = deck_yaml(deck)
    if target is None or target == "-":
        out.write(text)
    else:
        try:
            write_text_atomically(Path(target), text)
        except OSError as error:
            print(os_error_sentence(error), file=err)
            return 1
        print(f"Wrote {target}", file=out)
    return 0


def deck_import(root: Path, source: str, target: str | None, replace: bool, out: TextIO, err: TextIO, dry_run: bool = False) -> int:
    """A deck from any accepted file (see docs/DECKS.md): into OUT, or (with no OUT) into the couple's decks folder."""
    from game.import_command import deck_import as run_import

    return run_import(root, source, target, replace, dry_run, out, err)


def export(
    root: Path,
    target: str,
    now: datetime,
    out: TextIO,
    err: TextIO,
    include_private: bool = False,
    passphrase_file: str | None = None,
    ask: Callable[[str], str] | None = None,
    force: bool = False,
) -> int:
    """Everything as JSON, or as “Our book” when the file ends in .html; '-' prints the JSON. A file already there
    is replaced only with `force` (the window's export never replaces one).

    Locked couples are opened with `passphrase_file` or by `ask`ing (see game.storage.export_unlock);
    a couple that stays locked is left out with a note, and the others are exported all the same. Exits 0 when
    written, LEFT_LOCKED when written without a couple a given passphrase did not open, 1 when nothing was written.
    """
    from game.core.left_out import LeftOut
    from game.storage.export_unlock import PassphraseFileError, read_passphrase_file, unlock_for_export
    from game.storage.moved_cards import follow_moved_cards
    from game.storage.store_export import left_out_of_shared

    if target != "-" and not force and (Path(target).exists() or Path(target).is_symlink()):
        print(
            shown(f"{target} is already there: add --force to replace it, or choose another name. Nothing was written."), file=err
        )
        return 1
    ours = deck_paths(builtin_decks_dir())
    decks = load_decks([*ours, *deck_paths(user_decks_dir(root))]).decks
    sources = {str(path) for path in ours}
    builtin = [deck for deck in decks if deck.source in sources]
    try:
        lines = read_passphrase_file(passphrase_file) if passphrase_file else None
    except PassphraseFileError as error:
        print(error, file=err)
        return 1
    try:
        with Store.open(root, now) as store:
            if store.notice:
                print(store.notice, file=err)
            left_locked = unlock_for_export(store, lines, ask)
            for stayed in left_locked:
                print(stayed.words(passphrase_file), file=err)
            # Written all the same, but a passphrase given that opened nothing is a mistake to be told of: not 0.
            done = LEFT_LOCKED if any(passphrase_file or stayed.tried for stayed in left_locked) else 0
            for couple in store.couples.all():  # answers to a card that moved deck follow it, as the game does
                follow_moved_cards(store.db, couple.id, builtin)
            if target == "-":
                out.write(export_text(store, decks, now, include_private, book=False))
                return done
            path = Path(target)
            try:
                counts = export_to(store, decks, path, now, include_private)
                left = LeftOut() if include_private else left_out_of_shared(store, decks)
            except OSError as error:
                print(not_written(path, error), file=err)
                return 1
    except StoreError as error:
        print(error, file=err)
        return 1
    couples, memories = counts["couples"], counts["memories"]
    what = "Our book" if path.suffix.lower() in BOOK_SUFFIXES else "a copy"
    held = f"{couples} couple{'s' if couples != 1 else ''} and {memories} memor{'y' if memories == 1 else 'ies'}"
    print(f"Exported {what}: {held} to {path}", file=out)
    for sentence in left.sentences():
        print(sentence[:-1] + " (add --include-private to keep them).", file=out)
    return done


def erase(root: Path, yes: bool, ask: Callable[[str], str], now: datetime, out: TextIO, err: TextIO) -> int:
    if not root.exists():
        print(f"Nothing to erase: {root} does not exist.", file=out)
        return 0
    if held_elsewhere(root / LOCK_NAME):  # said before the question, not after the answer
        print(already_open(root), file=err)
        return 1
    if not yes:
        found = contents(root)  # what goes and what stays, each by name: said while the couple can still copy it
        for said in (found.listing(), found.warning()):
            if said:
                print(said, file=out)
        if not typed_erase(ask, f"Erase everything Kindred keeps in {root} (couples, answers, settings)?", out):
            return 1
    try:
        store = Store.open(root, now)  # holding the lock: no running game can write while we erase
    except StoreError as error:
        print(error, file=err)
        return 1
    try:
        erased = erase_everything(store, closing=True)
    except BaseException:
        store.close()
        raise
    print(erased.words(), file=out)
    return 0


def run(command: str, args: object, root: Path, now: datetime) -> int:
    """Dispatch a parsed command line (see game.app) to the commands above; a file error, or the saved data refusing
    for now (busy, a full disk, read-only, its drive out of reach), is a plain sentence, not a traceback."""
    try:
        return _dispatch(command, args, root, now)
    except OSError as error:
        print(os_error_sentence(error), file=sys.stderr)
        return 1
    except sqlite3.Error as error:
        said = refused_words(error)
        if said is None:
            raise
        print(said, file=sys.stderr)
        return 1


def _dispatch(command: str, args: object, root: Path, now: datetime) -> int:
    out, err = sys.stdout, sys.stderr
    get = args.__getattribute__
    if command == "deck validate":
        return deck_validate(get("files"), get("strict"), out, err)
    if command == "deck list":
        return deck_list(root, out)
    if command == "deck new":
        return deck_new(root, get("name"), out, err)
    if command == "deck export":
        return deck_export(root, get("id"), get("output"), out, err)
    if command == "deck import":
        return deck_import(root, get("file"), get("output"), get("replace"), out, err, get("dry_run"))
    if command == "export":
        from getpass import getpass

        ask = getpass if sys.stdin.isatty() else None  # a hidden prompt, only where someone can answer it
        return export(root, get("file"), now, out, err, get("include_private"), get("passphrase_file"), ask, get("force"))
    if command == "erase" and get("couple"):
        from getpass import getpass

        from game.erase_command import erase_couple_command

        ask = getpass if sys.stdin.isatty() else None  # a hidden prompt, only where someone can answer it
        return erase_couple_command(root, get("couple"), get("yes"), input, ask, get("passphrase_file"), now, out, err)
    if command == "erase":
        return erase(root, get("yes"), input, now, out, err)
    if command == "desktop":
        from game import desktop

        return desktop.run(get("action"), out, err)
    print(f"Unknown command: {command}", file=err)
    return 2
