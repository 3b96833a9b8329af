"""Erase over random mixes of files Kindred wrote and files it did not (playtest B, finding 9; playtest D, finding 9).

Each example fills a real data folder the way it fills in life. First an older Kindred, which kept no record of
its files, leaves some exports, keepsakes and set-aside copies. Then this Kindred starts (its record begins), sets
unreadable data aside, and writes exports, keepsakes and decks with its own writers, and half-written files. Then
the couple changes some of what Kindred wrote (edited longer, or edited to the same size) and renames some, and
adds things of their own, among them files named and begun just like Kindred's, a deck written in an editor,
folders and links. Sometimes the record is lost or garbled. Then it erases, from the game or from the command line.

Exactly the files the record proves unchanged are gone (none when the record was lost); every other file is still
there, byte for byte; a folder is gone exactly when nothing was left in it; the warning given first counts each kind
exactly, what an older Kindred left said apart; and the record goes with the erase.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game import cli
from game.storage.erasing import contents, erase_everything
from game.storage.exporting import export_to
from game.storage.file_record import EXPORT, RECORD_NAME, claim_written, read_record
from game.storage.keepsakes import save_keepsake
from game.storage.paths import DB_NAME
from game.storage.store import Store
from tests.erase_folders import PNG, editor_deck, studio_deck

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)

#: What Kindred writes and notes in its record; each is then kept as it was, edited or renamed by the couple.
NOTED = ("export-json", "export-html", "keepsake", "set-aside")
FATES = ("kept", "kept", "edited", "edited-same-size", "renamed")
#: What Kindred writes and knows otherwise: a deck noted in its record (see test_erase_deck_mixes for decks the couple
#: changes), a half-written file by its name.
KINDREDS = ("studio-deck", "half-written")
#: What an older Kindred, which kept no record, left: named and begun as Kindred names and begins them.
OLDER = ("older-export", "older-book", "older-keepsake", "older-copy")
THEIRS = (
    "lookalike-json",  # kindred-….json holding {"not": "an export"}
    "lookalike-book",  # our-book-….html, a page of their own
    "lookalike-keepsake",  # date-night-….png, a PNG of their own
    "lookalike-copy",  # kindred.db.broken-20250101-000000, a text file of their own
    "export-named-text",  # kindred-….json holding a letter
    "book-named-by-them",  # our-book-mine.html, a real page
    "their-png",  # a PNG of their own in keepsakes/
    "editor-deck",
    "broken-deck",
    "their-text-in-decks",
    "folder-inside",  # exports/letters/…
    "link-inside",  # a link in keepsakes/ to a file outside
    "top-file",
    "top-folder",
    "copy-named-like-a-set-aside-one",  # kindred.db.broken-ours-…
)
#: How the warning names each kind, one and many.
NOUNS = {
    "export": ("export", "exports"),
    "keepsake": ("keepsake", "keepsakes"),
    "copy": ("copy of unreadable data", "copies of unreadable data"),
    "deck": ("deck", "decks"),
    "file": ("file", "files"),
    "folder": ("folder", "folders"),
}


def minute(n: int, hour: str = "1930") -> str:
    return f"2026-{1 + n // 28:02d}-{1 + n % 28:02d}-{hour}"


def folders(root: Path) -> tuple[Path, Path, Path]:
    exports, keepsakes, decks = root / "exports", root / "keepsakes", root / "decks"
    for folder in (exports, keepsakes, decks):
        folder.mkdir(parents=True, exist_ok=True)
    return exports, keepsakes, decks


def older(root: Path, kind: str, n: int) -> Path:
    """What an older Kindred left: the names and first bytes it gave its files."""
    exports, keepsakes, _ = folders(root)
    if kind == "older-export":
        (path := exports / f"kindred-{minute(n)}.json").write_text('{\n  "couples": []\n}\n')
    elif kind == "older-book":
        (path := exports / f"our-book-{minute(n)}.html").write_text("<!doctype html>\n<title>Our book</title>\n")
    elif kind == "older-keepsake":
        (path := keepsakes / f"date-night-{minute(n)}.png").write_bytes(PNG + bytes([n]))
    else:
        (path := root / f"{DB_NAME}.broken-2025{n:04d}-120000").write_bytes(b"an unreadable store " * 20)
    return path


def noted(store: Store, kind: str, n: int) -> tuple[Path, str]:
    """Written by Kindred's own writers and noted in its record; returns it and how the warning counts it."""
    exports, _, _ = folders(store.root)
    if kind in ("export-json", "export-html"):  # as Settings → Export a copy writes one
        target = exports / (f"kindred-{minute(n)}.json" if kind == "export-json" else f"our-book-{minute(n)}.html")
        export_to(store, [], target, NOW)
        return claim_written(store.root, target, EXPORT), "export"
    assert kind == "keepsake"
    return save_keepsake(store.root, PNG + bytes([n]), datetime(2026, 1 + n // 28, 1 + n % 28, 21, 30, tzinfo=UTC)), "keepsake"


def kindreds(root: Path, kind: str, n: int) -> tuple[Path, str]:
    exports, _, _ = folders(root)
    if kind == "studio-deck":
        return studio_deck(root, f"studio-{n}"), "deck"
    (path := exports / f".kindred-{minute(n)}.json.tmp").write_text("{")
    return path, ""


#: The couple's own files, by where they are ({minute} and {n} make each name its own) and what they hold.
THEIR_FILES = {
    "lookalike-json": ("exports/kindred-{minute}.json", b'{"not": "an export", "mine": true}'),
    "lookalike-book": ("exports/our-book-{minute}.html", b"<!doctype html>\n<p>our own page</p>"),
    "lookalike-keepsake": ("keepsakes/date-night-{minute}.png", PNG + b"our own picture"),
    "lookalike-copy": (DB_NAME + ".broken-2024{n:04d}-000000", b"notes of our own"),
    "export-named-text": ("exports/kindred-{minute}.json", "Dear Łukasz, a letter".encode()),
    "book-named-by-them": ("exports/our-book-mine-{n}.html", b"<!doctype html>\n<p>notes</p>"),
    "their-png": ("keepsakes/beach-{n}.png", PNG + b"beach"),
    "their-text-in-decks": ("decks/ideas-{n}.txt", b"ideas"),
    "top-file": ("notes-{n}.txt", b"notes"),
    "copy-named-like-a-set-aside-one": (DB_NAME + ".broken-ours-{n}", b"ours"),
}


def theirs(root: Path, outside: Path, kind: str, n: int) -> tuple[Path, str]:
    """One thing of the couple's own; returns it and how the warning counts it."""
    exports, keepsakes, decks = folders(root)
    if kind in THEIR_FILES:
        name, data = THEIR_FILES[kind]
        (path := root / name.format(minute=minute(n), n=n)).write_bytes(data)
        return path, "file"
    if kind == "editor-deck":
        return editor_deck(root, f"ours-{n}"), "their deck"
    if kind == "broken-deck":
        (path := decks / f"half-done-{n}.yml").write_text("name: [not finished")
        return path, "their deck"
    if kind == "folder-inside":
        (path := exports / f"letters-{n}").mkdir()
        (path / f"kindred-{minute(n)}.json").write_text("{}")  # named like an export, inside a folder of theirs
        return path, "folder"
    if kind == "link-inside":
        outside.mkdir(exist_ok=True)
        (outside / f"date-night-{minute(n)}.png").write_bytes(PNG)
        (path := keepsakes / f"date-night-{minute(n)}.png").symlink_to(outside / f"date-night-{minute(n)}.png")
        return path, "file"
    assert kind == "top-folder"
    (path := root / f"photos-{n}").mkdir()
    (path / "beach.jpg").write_bytes(b"\xff\xd8")
    return path, "folder"


def changed(path: Path, fate: str, n: int) -> Path:
    """What the couple did to a file Kindred wrote; returns where it is now."""
    if fate == "edited":
        path.write_bytes(path.read_bytes() + b"\n<p>a paragraph of our own</p>\n")
    elif fate == "edited-same-size":
        data = bytearray(path.read_bytes())
        data[-1] ^= 1
        path.write_bytes(bytes(data))
    elif fate == "renamed":  # to a name Kindred could have given it, but did not
        if path.parent.name == "keepsakes":
            target = path.with_name(f"date-night-{minute(n, '2222')}.png")
        elif path.parent.name == "exports":
            target = path.with_name(f"{'kindred' if path.suffix == '.json' else 'our-book'}-{minute(n, '2222')}{path.suffix}")
        else:
            target = path.with_name(f"{DB_NAME}.broken-2023{n:04d}-000000")
        path.rename(target)
        return target
    return path


def snapshot(path: Path) -> object:
    """What a thing is: a link's target, a file's bytes, or a folder's names and bytes."""
    if path.is_symlink():
        return os.readlink(path)
    if path.is_dir():
        return sorted((str(inner.relative_to(path)), inner.read_bytes()) for inner in path.rglob("*") if inner.is_file())
    return path.read_bytes()


def sentences(warning: str) -> tuple[str, str, str]:
    """The warning's three parts: what goes ("Your …"), what an older Kindred left, and what is the couple's own."""
    going = older = own = ""
    for sentence in re.split(r"(?:(?<=first\.)|(?<=keep it\.)|(?<=like\.)) ", warning):
        if sentence.startswith("Your "):
            going = sentence
        elif "made by an older Kindred" in sentence:
            older = sentence
        else:
            own = sentence
    return going, older, own


def counted(said: str, count: int, noun: str, after: str = "") -> bool:
    """`count` of `noun` said ("2 exports", "1 copy of unreadable data", "2 decks made in Kindred"), "Your export"
    when it is all that goes, or nothing said of it when there are none."""
    one, many = NOUNS[noun]
    if count == 0:
        return all(f" {word} {after}".rstrip() not in f" {said}" for word in (one, many))
    if said.startswith(f"Your {one} {after}".rstrip() + ","):
        return count == 1
    return re.search(rf"(?<!\d){count} {re.escape(f'{one if count == 1 else many} {after}'.rstrip())}\b", said) is not None


@settings(max_examples=40, deadline=None)
@given(
    items=st.lists(st.tuples(st.sampled_from(NOTED + KINDREDS + OLDER + THEIRS), st.sampled_from(FATES)), max_size=14),
    record=st.sampled_from(("kept", "kept", "kept", "lost", "garbled")),
    closing=st.booleans(),
)
def test_erase_takes_exactly_the_files_the_record_proves_unchanged(
    items: list[tuple[str, str]], record: str, closing: bool
) -> None:
    with tempfile.TemporaryDirectory() as where:
        root, outside = Path(where) / "kindred", Path(where) / "outside"
        Store.open(root, NOW).close()
        (root / RECORD_NAME).unlink()  # the folder as an older Kindred left it: a store, and no record
        made = {n: (older(root, kind, n), "older " + kind.split("-")[1]) for n, (kind, _) in enumerate(items) if kind in OLDER}
        for n, (kind, _) in enumerate(items):
            if kind == "set-aside":  # this Kindred starts on unreadable data, and sets it aside
                (root / DB_NAME).write_bytes(b"not a database at all " * 50)
                before = set(root.glob(f"{DB_NAME}.broken-*"))
                Store.open(root, NOW).close()
                (aside,) = set(root.glob(f"{DB_NAME}.broken-*")) - before
                made[n] = (aside, "copy")
        store = Store.open(root, NOW)
        for n, (kind, _) in enumerate(items):
            if kind in NOTED and kind != "set-aside":
                made[n] = noted(store, kind, n)
            elif kind in KINDREDS:
                made[n] = kindreds(root, kind, n)
            elif kind in THEIRS:
                made[n] = theirs(root, outside, kind, n)
        for n, (kind, fate) in enumerate(items):
            if kind in NOTED and fate != "kept":
                made[n] = (changed(made[n][0], fate, n), "file")  # changed since Kindred wrote it: the couple's now
        if record == "lost":
            (root / RECORD_NAME).unlink()
        elif record == "garbled":
            (root / RECORD_NAME).write_text('{"kindred_files": 1, "written": {"exports/')
        proven = record == "kept"
        going = [path for path, how in made.values() if how in ("export", "keepsake", "copy") and proven]
        gone = going + [path for path, how in made.values() if how == "" or (how == "deck" and proven)]
        if not proven:  # a deck the record cannot prove is the couple's too
            made = {n: (path, "their deck" if how == "deck" else how) for n, (path, how) in made.items()}
        staying = {path: snapshot(path) for path, _ in made.values() if path not in gone}
        count = Counter(how if proven or how not in ("export", "keepsake", "copy") else "unproven" for _, how in made.values())
        elsewhere = {path: path.read_bytes() for path in outside.glob("*")}
        try:
            said_going, said_older, said_own = sentences(contents(root).warning())
            assert counted(said_going, count["export"], "export")
            assert counted(said_going, count["keepsake"], "keepsake")
            assert counted(said_going, count["copy"], "copy")
            assert counted(said_going, count["deck"], "deck", "made in Kindred")
            assert counted(said_own, count["their deck"], "deck")
            assert counted(said_own, count["folder"], "folder")
            if proven:  # with no record, what looks like Kindred's is said to be an older Kindred's: none is taken
                assert counted(said_older, count["older export"] + count["older book"], "export")
                assert counted(said_older, count["older keepsake"], "keepsake")
                assert counted(said_older, count["older copy"], "copy")
                assert counted(said_own, count["file"], "file")
            if closing:
                store.close()
                assert cli.erase(root, True, input, NOW, io.StringIO(), io.StringIO()) == 0
            else:
                erase_everything(store, closing=False)
        finally:
            if not closing:
                store.close()
        assert [path for path in gone if path.exists() or path.is_symlink()] == []
        assert {path: snapshot(path) for path in staying if path.exists() or path.is_symlink()} == staying
        for name in ("decks", "exports", "keepsakes"):
            assert (root / name).is_dir() == any(path.parent == root / name for path in staying), name
        # The schema copy comes with a studio deck, and stays beside the couple's own decks for their editor.
        studio = any(kind == "studio-deck" for kind, _ in items)
        assert (root / "decks" / "deck.schema.json").exists() == (studio and count["their deck"] > 0)
        assert {path: path.read_bytes() for path in outside.glob("*")} == elsewhere
        after = read_record(root)  # the record went with the erase; a game that goes on begins an empty one
        assert after is None if closing else (after is not None and not after.written)
