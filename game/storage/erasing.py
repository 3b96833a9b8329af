"""Erase: everything Kindred made in its data folder, and nothing else. The game and the command line share it.

What goes: the store (emptied while the game keeps running, deleted by the command line) and its side files, the
copies of unreadable data Kindred set aside, and in its own subfolders the exports and keepsake pictures it wrote
(known by name and by what they hold), the decks it wrote (Deck studio, an import, `deck new`: known by holding
exactly what Kindred wrote for them) and its half-written files. What stays, and is counted: everything else,
such as a letter in exports/, a folder of photos in keepsakes/, and a deck written or changed in an editor, which
is the couple's own words. A folder goes only when nothing is left in it; a link is never followed.

Before an erase the couple is told what goes and what stays (`contents(root).warning()`), so they can copy what
they want to keep first; afterwards, what went and what was left (`Erased.words()`).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from .deck_files import DECK_SUFFIXES, DeckError, load_deck_file
from .deck_writer import SCHEMA_NAME, written_by_kindred
from .kindred_files import (
    DECKS,
    EXPORTS,
    KEEPSAKES,
    OWN_FOLDERS,
    STORE_FILES,
    is_kindreds_export,
    is_kindreds_keepsake,
    is_temporary,
    others_in,
    remove_broken_copies,
)
from .store import Store

#: How a deck Kindred wrote is named to the couple, and one they wrote or changed themselves.
KINDREDS_DECK, THEIR_DECK = "made in Kindred", "written or changed in an editor"


def _counted(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _listed(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


@dataclass(frozen=True, slots=True)
class Contents:
    """A data folder sorted for an erase: what Kindred made, which goes, and what it did not, which stays."""

    root: Path
    exports: tuple[Path, ...] = ()
    keepsakes: tuple[Path, ...] = ()
    decks: tuple[Path, ...] = ()  # saved by Deck studio, an import of a list or `deck new`, exactly as written
    helpers: tuple[Path, ...] = ()  # Kindred's too, too small to count: half-written files, the deck schema copy
    their_decks: tuple[Path, ...] = ()  # deck files written or changed in an editor: the couple's own words
    their_files: tuple[Path, ...] = ()  # anything else Kindred did not make, at the top or inside its folders
    their_folders: tuple[Path, ...] = ()

    @property
    def going(self) -> tuple[Path, ...]:
        return (*self.exports, *self.keepsakes, *self.decks)

    @property
    def staying(self) -> tuple[Path, ...]:
        return (*self.their_decks, *self.their_files, *self.their_folders)

    def going_words(self) -> str:
        """ "3 exports, 1 keepsake and 2 decks made in Kindred"; '' when none go."""
        parts = [_counted(len(self.exports), "export")] if self.exports else []
        parts += [_counted(len(self.keepsakes), "keepsake")] if self.keepsakes else []
        parts += [f"{_counted(len(self.decks), 'deck')} {KINDREDS_DECK}"] if self.decks else []
        return _listed(parts) if parts else ""

    def staying_words(self) -> str:
        """ "1 deck written or changed in an editor, 4 files and 1 folder of your own"; '' when nothing stays."""
        parts = [f"{_counted(len(self.their_decks), 'deck')} {THEIR_DECK}"] if self.their_decks else []
        parts += [_counted(len(self.their_files), "file")] if self.their_files else []
        parts += [_counted(len(self.their_folders), "folder")] if self.their_folders else []
        if not parts:
            return ""
        return _listed(parts) + (" of your own" if self.their_files or self.their_folders else "")

    def warning(self) -> str:
        """Said before an erase: what goes with the store and what stays, counted and with the folder they are in,
        so the couple can copy what they want to keep first; '' when the folder holds nothing else."""
        said = []
        if len(self.going) == 1:
            one = self.going_words().removeprefix("1 ")
            said.append(f"Your {one}, in {self.root}, goes too: copy it somewhere else first if you want to keep it.")
        elif self.going:
            said.append(f"Your {self.going_words()}, in {self.root}, go too: copy any you want to keep somewhere else first.")
        if self.staying:
            where = "there" if self.going else f"in {self.root}"
            said.append(f"{self.staying_words()} {where} {'stays' if len(self.staying) == 1 else 'stay'}.")
        return " ".join(said)

    def named(self, paths: tuple[Path, ...]) -> list[str]:
        """Each path as the couple finds it in the data folder: "exports/letter.txt", a folder as "photos/"."""
        return sorted(path.relative_to(self.root).as_posix() + ("/" if path in self.their_folders else "") for path in paths)


def made_in_kindred(path: Path) -> bool:
    """A deck file holding exactly what Kindred wrote for its deck (Deck studio, an import of a list, `deck new`)
    and that nobody changed since. A deck written in an editor, or changed there, is the couple's own words."""
    try:
        text = path.read_bytes().decode("utf-8")
        deck = load_deck_file(path).deck
    except (OSError, UnicodeDecodeError, DeckError):
        return False
    return written_by_kindred(text, deck)


def contents(root: Path) -> Contents:
    """What an erase of `root` would take and leave now. Kindred never makes a link or a folder inside its own
    folders, so those are the couple's, and never looked into."""
    exports: list[Path] = []
    keepsakes: list[Path] = []
    decks: list[Path] = []
    helpers: list[Path] = []
    their_decks: list[Path] = []
    their_files: list[Path] = []
    their_folders: list[Path] = []

    def theirs(path: Path) -> None:
        (their_folders if path.is_dir() else their_files).append(path)

    for entry in others_in(root):
        theirs(entry)
    schema: Path | None = None
    for name in OWN_FOLDERS:
        folder = root / name
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            theirs(folder)  # a link (or a file) where Kindred's folder would be: not of its making
            continue
        for entry in sorted(folder.iterdir()) if folder.is_dir() else ():
            if entry.is_symlink() or not entry.is_file():
                theirs(entry)
            elif is_temporary(entry.name):
                helpers.append(entry)
            elif name == EXPORTS and is_kindreds_export(entry):
                exports.append(entry)
            elif name == KEEPSAKES and is_kindreds_keepsake(entry):
                keepsakes.append(entry)
            elif name == DECKS and entry.name == SCHEMA_NAME:
                schema = entry
            elif name == DECKS and entry.suffix.lower() in DECK_SUFFIXES:
                (decks if made_in_kindred(entry) else their_decks).append(entry)
            else:
                theirs(entry)
    if schema is not None and not their_decks:  # beside the couple's own decks it stays, for their editor
        helpers.append(schema)
    return Contents(
        root, *map(tuple, (exports, keepsakes, decks, helpers, their_decks, sorted(their_files), sorted(their_folders)))
    )


@dataclass(frozen=True, slots=True)
class Erased:
    found: Contents  # what went with the store, and what was left as it was

    def words(self) -> str:
        """What was done, in a sentence or two for the couple."""
        found = self.found
        said = f"Everything was erased, including {found.going_words()}." if found.going else "Everything was erased."
        if found.staying:
            names = found.named(found.staying)
            shown = names[:5] + ([f"{len(names) - 5} more"] if len(names) > 5 else [])
            said += f" Left {found.staying_words()} in {found.root}: {_listed(shown)}."
        return said


def erase_everything(store: Store, closing: bool) -> Erased:
    """Erase every couple, answer and setting, the copies of unreadable data Kindred set aside, and in its folders
    the exports, keepsakes and decks it made; leave whatever else the folder holds, and any folder not left empty.

    The store's lock is held throughout, so no other Kindred writes meanwhile. A game that keeps running
    (`closing=False`) keeps an empty store; the command line (`closing=True`) also deletes the store's files
    and its lock file, releasing the lock only after everything is gone.
    """
    root = store.root
    found = contents(root)
    store.erase_all()
    remove_broken_copies(root)
    for path in (*found.going, *found.helpers):
        path.unlink(missing_ok=True)
    for name in OWN_FOLDERS:
        folder = root / name
        if folder.is_dir() and not folder.is_symlink():
            with contextlib.suppress(OSError):  # something of the couple's is in it: the folder stays
                folder.rmdir()
    if closing:
        store.conn.close()
        for name in STORE_FILES:
            (root / name).unlink(missing_ok=True)
        store.close_lock(delete=True)
    return Erased(found)
