"""Which deck files in the couple's decks folder Kindred made: noted in the record of its files, as exports are.

A deck file is the couple's own unless the record (game.storage.file_record) proves otherwise. Its layout proves
nothing: an edit in an editor can keep every line of Kindred's layout and still be the couple's words. So each time
Kindred writes a deck file into the decks folder (the studio's save, `deck new`, an import, a copy of a deck) it
notes the file's name, size and SHA-256, and whether Kindred made the file:
- a file that was not there before is Kindred's (DECK), and stays Kindred's while each later write is over exactly
  the bytes Kindred last wrote;
- a file that was there first (written in an editor, put in the folder by hand), or one changed since Kindred last
  wrote it, is the couple's (THEIR_DECK), and stays theirs however often the studio saves it.
Erase takes a deck only when the record says Kindred made it and proves it unchanged. A deck the record does not
name stays: one written outside Kindred, and one a Kindred from before this record wrote, which nothing can prove
unchanged now (how it is laid out no longer counts).

The command line's `deck new` and `deck import` may run beside an open game, and both write the record: each holds
it from reading to writing (file_record.held_record), so neither loses the other's note. One that cannot note its
deck (the record held too long, or unwritable) leaves it with no note, so the deck stays at an erase: the safe side.
"""

from __future__ import annotations

import os
from pathlib import Path

from .deck_writer import write_text_atomically
from .file_record import DECK, THEIR_DECK, Record, name_in, note_written, read_record
from .kindred_files import DECKS, keep_record
from .paths import DB_NAME

#: Why a deck file stays at an erase, as the couple is told (see `deck_standing`); MADE goes.
MADE = "made in Kindred"
CHANGED = "changed since Kindred wrote it"
OUTSIDE = "written outside Kindred"
UNNOTED = "Kindred has no note of making it"


def deck_standing(root: Path, path: Path, record: Record | None) -> str:
    """MADE for a deck file Kindred made and still holds as it last wrote it; else why it is the couple's."""
    proof = record.written.get(name_in(root, path)) if record is not None else None
    if proof is None or record is None:
        return UNNOTED
    if proof.kind != DECK:
        return OUTSIDE
    return MADE if record.proves(root, path) else CHANGED


def rewrites_their_file(path: Path) -> bool:
    """Whether writing `path` would write over a file that is not what Kindred last wrote there: one written or
    changed in an editor, whose comments and layout a save would lose."""
    if not os.path.lexists(path):
        return False
    record = read_record(path.parent.parent)
    return record is None or not record.proves(path.parent.parent, path)


def made_in_kindred(path: Path) -> bool:
    """A deck file in the decks folder that Kindred made and holds as it last wrote it: what an erase takes."""
    root = path.parent.parent
    return path.parent.name == DECKS and deck_standing(root, path, read_record(root)) == MADE


def write_deck(path: Path, text: str) -> bool:
    """Write a deck file; in the decks folder, note it in the record, as Kindred's own only when Kindred makes the file
    now or writes over exactly what it last wrote. Raises OSError when the file cannot be written; a record that
    cannot be written leaves the deck the couple's (erase keeps it), which is no reason to refuse the save. Returns
    False when a deck made in the decks folder could not be noted as Kindred's (the command line says so)."""
    root = path.parent.parent
    noted = path.parent.name == DECKS
    made = noted and (not os.path.lexists(path) or deck_standing(root, path, read_record(root)) == MADE)
    write_text_atomically(path, text)
    if not noted:
        return True
    try:
        keep_record(root, (root / DB_NAME).exists(), None)  # begins one only where there is none to read
        note_written(root, [path], DECK if made else THEIR_DECK)
    except OSError:
        return not made
    return True
