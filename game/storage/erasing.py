"""Erase: everything Kindred made in its data folder, and nothing else. The game and the command line share it.

Kindred takes only what it can prove it wrote, unchanged. What goes: the store (emptied while the game keeps
running, deleted by the command line) and its side files, the record of the files Kindred wrote, and the files that
record proves byte for byte (name, size and SHA-256): the exports and keepsake pictures it wrote into its own
subfolders and the copies of unreadable data it set aside (see game.storage.file_record); the deck files it made
(Deck studio, an import, `deck new`, a copy of a deck) and holds as it last wrote them (see deck_record), and its
half-written files. What stays, and is counted: everything else, such as an export edited by hand, a letter in
exports/, a file of the couple's own named like Kindred's, a folder of photos in keepsakes/, a deck written or
changed outside Kindred (even one the studio saved since), which is the couple's own words, and a deck Kindred has
no note of making; and what an older Kindred, which kept no record, left (said apart, so the couple can delete it
themselves). A folder goes only when nothing is left in it; a link is never followed.

Before an erase the couple is told what goes and what stays (`contents(root).warning()`, and on the command line
each file by name, `listing()`), so they can copy what they want to keep first; afterwards, what went and what was
left (`Erased.words()`).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .deck_files import DECK_SUFFIXES
from .deck_record import MADE, deck_standing
from .deck_writer import SCHEMA_NAME
from .file_record import begin_record, forget_record, name_in, read_record
from .kindred_files import (
    EXPORTS,
    KEEPSAKES,
    OWN_FOLDERS,
    STORE_FILES,
    copy_of,
    is_broken_copy,
    is_kindreds,
    is_temporary,
    older_files,
    sorted_entries,
)
from .store import Store

#: How a deck Kindred made is named to the couple.
KINDREDS_DECK = MADE


#: How the couple is told of each kind of file Kindred writes, one and many.
_EXPORT, _KEEPSAKE = ("export", "exports"), ("keepsake", "keepsakes")
_COPY = ("copy of unreadable data", "copies of unreadable data")


def counted(count: int, word: str | tuple[str, str]) -> str:
    """ "3 decks", "1 copy of unreadable data": `word` is a noun taking -s, or its (one, many)."""
    one, many = (word, f"{word}s") if isinstance(word, str) else word
    return f"{count} {one if count == 1 else many}"


def _kinds(counts: list[tuple[int, tuple[str, str]]]) -> list[str]:
    return [counted(count, word) for count, word in counts if count]


def _listed(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


@dataclass(frozen=True, slots=True)
class Contents:
    """A data folder sorted for an erase: what Kindred made, which goes, and what it did not, which stays."""

    root: Path
    exports: tuple[Path, ...] = ()  # each proven by the record: written by Kindred, unchanged since
    keepsakes: tuple[Path, ...] = ()
    copies: tuple[Path, ...] = ()  # of unreadable data Kindred set aside
    decks: tuple[Path, ...] = ()  # saved by Deck studio, an import of a list or `deck new`, exactly as written
    helpers: tuple[Path, ...] = ()  # Kindred's too, too small to count: half-written files, the deck schema copy,
    # a set-aside copy's -wal and -shm
    older: tuple[Path, ...] = ()  # exports, keepsakes and copies an older Kindred left, before the record: they stay
    their_decks: tuple[Path, ...] = ()  # deck files written or changed outside Kindred, or not noted as its own
    why: tuple[tuple[Path, str], ...] = ()  # each of their_decks, and why it stays (see deck_record)
    their_files: tuple[Path, ...] = ()  # anything else Kindred did not make (or made, and was changed since)
    their_folders: tuple[Path, ...] = ()

    @property
    def going(self) -> tuple[Path, ...]:
        return (*self.exports, *self.keepsakes, *self.copies, *self.decks)

    @property
    def own(self) -> tuple[Path, ...]:
        """What stays because it is the couple's."""
        return (*self.their_decks, *self.their_files, *self.their_folders)

    @property
    def staying(self) -> tuple[Path, ...]:
        return (*self.older, *self.own)

    def going_words(self) -> str:
        """ "3 exports, 1 keepsake, 1 copy of unreadable data and 2 decks made in Kindred"; '' when none go."""
        parts = _kinds([(len(self.exports), _EXPORT), (len(self.keepsakes), _KEEPSAKE), (len(self.copies), _COPY)])
        parts += [f"{counted(len(self.decks), 'deck')} {KINDREDS_DECK}"] if self.decks else []
        return _listed(parts) if parts else ""

    def older_words(self) -> str:
        """ "3 exports and 1 keepsake made by an older Kindred"; '' when it left none."""
        kinds = Counter("" if path.parent == self.root else path.parent.name for path in self.older)
        parts = _kinds([(kinds[EXPORTS], _EXPORT), (kinds[KEEPSAKES], _KEEPSAKE), (kinds[""], _COPY)])
        return f"{_listed(parts)} made by an older Kindred" if parts else ""

    def own_words(self) -> str:
        """ "1 deck, 4 files and 1 folder of your own"; '' when none stay."""
        parts = [counted(len(self.their_decks), "deck")] if self.their_decks else []
        parts += [counted(len(self.their_files), "file")] if self.their_files else []
        parts += [counted(len(self.their_folders), "folder")] if self.their_folders else []
        return f"{_listed(parts)} of your own" if parts else ""

    def staying_words(self) -> str:
        """Everything that stays: what an older Kindred made, then the couple's own, each counted ("3 exports made by
        an older Kindred, and 2 files of your own"); '' when nothing stays."""
        return ", and ".join(words for words in (self.older_words(), self.own_words()) if words)

    def warning(self) -> str:
        """Said before an erase: what goes with the store and what stays, counted and with the folder they are in,
        so the couple can copy what they want to keep first; '' when the folder holds nothing else."""
        said = []
        if len(self.going) == 1:
            one = self.going_words().removeprefix("1 ")
            said.append(f"Your {one}, in {self.root}, goes too: copy it somewhere else first if you want to keep it.")
        elif self.going:
            said.append(f"Your {self.going_words()}, in {self.root}, go too: copy any you want to keep somewhere else first.")
        if self.older:
            where = "" if self.going else f", in {self.root},"
            single = len(self.older) == 1
            said.append(
                f"{self.older_words()}{where} {'stays' if single else 'stay'}; "
                f"delete {'it' if single else 'them'} yourselves if you like."
            )
        if self.own:
            where = "there" if self.going or self.older else f"in {self.root}"
            said.append(f"{self.own_words()} {where} {'stays' if len(self.own) == 1 else 'stay'}.")
        return " ".join(said)

    def listing(self) -> str:
        """Each file an erase deletes and each thing that stays, by name, a deck with why; '' when the folder holds
        nothing but the store. Said before the couple is asked, beside `warning()`."""
        said = []
        if self.going:
            said += [f"Erasing deletes these files Kindred made, in {self.root}:"]
            said += [f"  {name}" for name in self.named(self.going)]
        if self.staying:
            why = {self.named((path,))[0]: reason for path, reason in self.why}
            why |= {name: "made by an older Kindred" for name in self.named(self.older)}
            said += [f"These stay as they are{'' if self.going else f', in {self.root}'}:"]
            said += [f"  {name}" + (f" ({why[name]})" if name in why else "") for name in self.named(self.staying)]
        return "\n".join(said)

    def named(self, paths: tuple[Path, ...]) -> list[str]:
        """Each path as the couple finds it in the data folder: "exports/letter.txt", a folder as "photos/"."""
        return sorted(path.relative_to(self.root).as_posix() + ("/" if path in self.their_folders else "") for path in paths)


def contents(root: Path) -> Contents:
    """What an erase of `root` would take and leave now. Kindred never makes a link or a folder inside its own
    folders, so those are the couple's, and never looked into. With no record to read, no export, keepsake or
    set-aside copy is proven Kindred's: they all stay."""
    record = read_record(root)
    older = older_files(root, record)
    proven = record.proves if record is not None else lambda _root, _path: False
    exports: list[Path] = []
    keepsakes: list[Path] = []
    copies: list[Path] = []
    decks: list[Path] = []
    helpers: list[Path] = []
    left_by_older: list[Path] = []
    their_decks: list[tuple[Path, str]] = []
    their_files: list[Path] = []
    their_folders: list[Path] = []

    def theirs(path: Path) -> None:
        (their_folders if path.is_dir() else their_files).append(path)

    def sort(path: Path, kindreds: list[Path]) -> None:
        """A file Kindred writes and notes: its own while proven, an older Kindred's, or else the couple's."""
        if proven(root, path):
            kindreds.append(path)
        elif name_in(root, path) in older:
            left_by_older.append(path)
        else:
            theirs(path)

    for entry in sorted_entries(root):
        name = entry.name
        ordinary = entry.is_file() and not entry.is_symlink()
        if name in OWN_FOLDERS:
            if entry.is_symlink() or not entry.is_dir():
                theirs(entry)  # a link (or a file) where Kindred's folder would be: not of its making
        elif not is_broken_copy(copy_of(name)):
            if not is_kindreds(name):
                theirs(entry)
        elif not ordinary:
            theirs(entry)
        elif name == copy_of(name):
            sort(entry, copies)
        elif proven(root, entry):  # a set-aside copy's -wal or -shm, as it was set aside
            helpers.append(entry)
        elif copy_of(name) not in older:  # beside a copy an older Kindred left, it is part of that copy
            theirs(entry)
    schema: Path | None = None
    for name in OWN_FOLDERS:
        folder = root / name
        if folder.is_symlink() or not folder.is_dir():
            continue
        for entry in sorted_entries(folder):
            if entry.is_symlink() or not entry.is_file():
                theirs(entry)
            elif is_temporary(entry.name):
                helpers.append(entry)
            elif name == EXPORTS:
                sort(entry, exports)
            elif name == KEEPSAKES:
                sort(entry, keepsakes)
            elif entry.name == SCHEMA_NAME:
                schema = entry
            elif entry.suffix.lower() in DECK_SUFFIXES:
                standing = deck_standing(root, entry, record)
                if standing == MADE:
                    decks.append(entry)
                else:
                    their_decks.append((entry, standing))
            else:
                theirs(entry)
    if schema is not None and not their_decks:  # beside the couple's own decks it stays, for their editor
        helpers.append(schema)
    return Contents(
        root,
        exports=tuple(exports),
        keepsakes=tuple(keepsakes),
        copies=tuple(copies),
        decks=tuple(decks),
        helpers=tuple(helpers),
        older=tuple(left_by_older),
        their_decks=tuple(path for path, _ in their_decks),
        why=tuple(their_decks),
        their_files=tuple(sorted(their_files)),
        their_folders=tuple(sorted(their_folders)),
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
    the exports, keepsakes and decks it made, each proven unchanged; leave whatever else the folder holds, and any
    folder not left empty.

    The store's lock is held throughout, so no other Kindred writes meanwhile. The record of Kindred's files goes
    too. A game that keeps running (`closing=False`) keeps an empty store and begins an empty record, which still
    knows what an older Kindred left; the command line (`closing=True`) also deletes the store's files and its lock
    file, releasing the lock only after everything is gone.
    """
    root = store.root
    found = contents(root)
    store.erase_all()
    for path in (*found.going, *found.helpers):
        path.unlink(missing_ok=True)
    forget_record(root)
    if not closing:
        with contextlib.suppress(OSError):  # with no record, what is left is the couple's or an older Kindred's anyway
            begin_record(root, [name_in(root, path) for path in found.older])
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
