"""Data folders for the erase tests: files Kindred makes, written by its own writers, and a couple's own things.

`kindreds_and_theirs` is the folder a tester filled: every kind of file Kindred makes, and beside them a letter
and an annotated page in exports/, a deck written in an editor in decks/, a photo in a folder of their own in
keepsakes/, a file of their own named like a set-aside copy, a link, notes and a folder of photos.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import datetime
from pathlib import Path

from game.core.cards import Deck, deck_from_data, deck_to_data
from game.storage.deck_files import deck_paths, load_deck_file, load_decks
from game.storage.deck_library import DeckLibrary
from game.storage.deck_record import write_deck
from game.storage.deck_writer import deck_yaml
from game.storage.exporting import export_to
from game.storage.file_record import EXPORT, claim_written
from game.storage.keepsakes import save_keepsake
from game.storage.paths import DB_NAME, builtin_decks_dir
from game.storage.store import Store

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
_BUILTIN = load_decks(deck_paths(builtin_decks_dir())).decks[0]


def small_deck(deck_id: str, name: str) -> Deck:
    """A valid deck of two cards, as Deck studio would hold one."""
    data = deck_to_data(_BUILTIN)
    data.update(id=deck_id, name=name, cards=data["cards"][:2])
    return deck_from_data(data)


def studio_deck(root: Path, deck_id: str) -> Path:
    """A deck saved the way Deck studio (or an import of a list) saves one, and noted as Kindred's."""
    path = root / "decks" / f"{deck_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_deck(path, deck_yaml(small_deck(deck_id, deck_id.replace("-", " ").title())))
    return path


def studio_changed(root: Path, path: Path) -> None:
    """One card's words changed in Deck studio, and the deck saved over its file."""
    books = DeckLibrary(builtin_decks_dir(), root / "decks")
    books.load()
    deck = load_deck_file(path).deck
    first = dataclasses.replace(deck.cards[0], text=deck.cards[0].text + " Really?")
    books.save(dataclasses.replace(deck, cards=(first, *deck.cards[1:]), _index={}), str(path))


def editor_deck(root: Path, deck_id: str) -> Path:
    """A deck written in an editor: valid, Kindred's format, in Kindred's folder, and the couple's own words."""
    path = root / "decks" / f"{deck_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = deck_yaml(small_deck(deck_id, "Our own questions")).replace("\ncards:", "\n# written on the train home\ncards:")
    path.write_text(text, encoding="utf-8")
    return path


def game_exports(store: Store, now: datetime, minute: str = "2026-11-25-1930") -> list[Path]:
    """The two files Settings → Export a copy writes (the JSON, then Our book), written and noted in the record of
    Kindred's files the way it does (game.services.export_everything)."""
    folder = store.root / "exports"
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for name in (f"kindred-{minute}.json", f"our-book-{minute}.html"):
        export_to(store, [], folder / name, now)
        made.append(claim_written(store.root, folder / name, EXPORT))
    return made


def theirs(root: Path, outside: Path) -> dict[str, bytes | str]:
    """The couple's own things in and beside the data folder; returns each file (or link) and what it holds."""
    files: dict[str, bytes] = {
        "my-notes.txt": b"buy candles",
        "kindred.db.bak": b"a copy we made ourselves",
        "photos/beach.jpg": b"\xff\xd8 sand",
        "exports/our-book-annotated-by-me.html": b"<!doctype html>\n<p>our notes in the margin</p>",
        "exports/my-folder/letter.txt": "Dear Zoë, שלום".encode(),
        "exports/kindred-2026-01-01-0900.json": b"not an export: a name we liked",
        "keepsakes/mine/photo.png": PNG + b"our photo",
        "keepsakes/date-night-2026-01-01-0900.png": b"GIF89a a gif named like a keepsake",
        f"{DB_NAME}.broken-my-own-copy": b"ours",
        "decks/recipes.txt": b"flour, eggs",
    }
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    editor_deck(root, "written-by-hand")
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "elsewhere.txt").write_text("outside the folder")
    (root / "link-to-elsewhere").symlink_to(outside / "elsewhere.txt")
    held: dict[str, bytes | str] = {name: data for name, data in files.items()}
    held["decks/written-by-hand.yaml"] = (root / "decks/written-by-hand.yaml").read_bytes()
    held["link-to-elsewhere"] = os.readlink(root / "link-to-elsewhere")
    return held


def kindreds(root: Path, now: datetime) -> list[Path]:
    """One of every kind of file Kindred makes in the folder, made by Kindred's own writers; returns them."""
    root.mkdir(parents=True, exist_ok=True)
    (root / DB_NAME).write_bytes(b"not a database at all" * 50)
    with Store.open(root, now) as store:  # the unreadable file is set aside as kindred.db.broken-…
        assert store.notice is not None
        made = [*root.glob(f"{DB_NAME}.broken-*")]
        made += game_exports(store, now)
        made.append(save_keepsake(root, PNG + b"a date night", now))
    made.append(studio_deck(root, "our-deck"))  # the deck schema copy comes with it, for editors
    half = root / "exports" / ".kindred-2026-11-25-1931.json.tmp"  # a write the game was stopped in
    half.write_text("{")
    return [*made, half]


def kindreds_and_theirs(root: Path, now: datetime, outside: Path) -> tuple[list[Path], dict[str, bytes | str]]:
    made = kindreds(root, now)
    return made, theirs(root, outside)


def still_there(root: Path, held: dict[str, bytes | str]) -> list[str]:
    """Which of the couple's things are gone or changed (empty when every one is as it was)."""
    wrong = []
    for name, data in held.items():
        path = root / name
        if isinstance(data, str):
            if not path.is_symlink() or os.readlink(path) != data:
                wrong.append(name)
        elif not path.is_file() or path.read_bytes() != data:
            wrong.append(name)
    return wrong
