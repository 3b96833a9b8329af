"""Erase over random mixes of files Kindred made and files it did not (playtest B, finding 9).

Each example fills a real data folder: exports, keepsakes and decks written the way the game writes them,
half-written files, and the couple's own things in and beside Kindred's folders (files named like Kindred's
but holding something else, a deck written in an editor, folders of their own, links). Then it erases, from
the game or from the command line. Every one of theirs is still there, unchanged; every one of Kindred's is
gone; a folder is gone exactly when nothing of theirs was in it; and the warning given first counts each kind
exactly.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game import cli
from game.storage.erasing import contents, erase_everything
from game.storage.keepsakes import save_keepsake
from game.storage.store import Store
from tests.erase_folders import PNG, editor_deck, studio_deck

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)

#: What a file is, where it goes, and how the warning counts it ("" for Kindred's half-written files: not counted).
KINDREDS = ("export-json", "export-html", "keepsake", "studio-deck", "half-written")
THEIRS = (
    "export-named-text",  # kindred-….json holding a letter
    "book-named-by-them",  # our-book-mine.html, a real page
    "keepsake-named-jpeg",  # date-night-….png holding a JPEG
    "their-png",  # a PNG of their own in keepsakes/
    "editor-deck",
    "broken-deck",
    "their-text-in-decks",
    "folder-inside",  # exports/letters/…
    "link-inside",  # a link in keepsakes/ to a file outside
    "top-file",
    "top-folder",
    "copy-named-like-a-set-aside-one",
)


def make(root: Path, outside: Path, kind: str, n: int) -> tuple[Path, str]:
    """Write one thing of `kind` (the `n`th made) into the folder; returns it and how the warning counts it."""
    minute = f"2026-{1 + n // 28:02d}-{1 + n % 28:02d}-1930"
    exports, keepsakes, decks = root / "exports", root / "keepsakes", root / "decks"
    for folder in (exports, keepsakes, decks):
        folder.mkdir(parents=True, exist_ok=True)
    if kind == "export-json":
        (path := exports / f"kindred-{minute}.json").write_text('{\n  "couples": []\n}\n')
        return path, "export"
    if kind == "export-html":
        (path := exports / f"our-book-{minute}.html").write_text("<!doctype html>\n<title>Our book</title>\n")
        return path, "export"
    if kind == "keepsake":
        return save_keepsake(root, PNG + bytes([n % 256]), datetime(2026, 1 + n // 28, 1 + n % 28, 21, 30, tzinfo=UTC)), "keepsake"
    if kind == "studio-deck":
        return studio_deck(root, f"studio-{n}"), "deck"
    if kind == "half-written":
        (path := exports / f".kindred-{minute}.json.tmp").write_text("{")
        return path, ""
    if kind == "export-named-text":
        (path := exports / f"kindred-{minute}.json").write_text("Dear Łukasz, a letter")
        return path, "file"
    if kind == "book-named-by-them":
        (path := exports / f"our-book-mine-{n}.html").write_text("<!doctype html>\n<p>notes</p>")
        return path, "file"
    if kind == "keepsake-named-jpeg":
        (path := keepsakes / f"date-night-{minute}.png").write_bytes(b"\xff\xd8\xff a photo")
        return path, "file"
    if kind == "their-png":
        (path := keepsakes / f"beach-{n}.png").write_bytes(PNG + b"beach")
        return path, "file"
    if kind == "editor-deck":
        return editor_deck(root, f"ours-{n}"), "their deck"
    if kind == "broken-deck":
        (path := decks / f"half-done-{n}.yml").write_text("name: [not finished")
        return path, "their deck"
    if kind == "their-text-in-decks":
        (path := decks / f"ideas-{n}.txt").write_text("ideas")
        return path, "file"
    if kind == "folder-inside":
        (path := exports / f"letters-{n}").mkdir()
        (path / f"kindred-{minute}.json").write_text("{}")  # named like an export, inside a folder of theirs
        return path, "folder"
    if kind == "link-inside":
        outside.mkdir(exist_ok=True)
        (outside / f"date-night-{minute}.png").write_bytes(PNG)
        (path := keepsakes / f"date-night-{minute}.png").symlink_to(outside / f"date-night-{minute}.png")
        return path, "file"
    if kind == "top-file":
        (path := root / f"notes-{n}.txt").write_text("notes")
        return path, "file"
    if kind == "top-folder":
        (path := root / f"photos-{n}").mkdir()
        (path / "beach.jpg").write_bytes(b"\xff\xd8")
        return path, "folder"
    assert kind == "copy-named-like-a-set-aside-one"
    (path := root / f"kindred.db.broken-ours-{n}").write_text("ours")
    return path, "file"


def snapshot(path: Path) -> object:
    """What a thing of theirs is: a link's target, a file's bytes, or a folder's names and bytes."""
    if path.is_symlink():
        return os.readlink(path)
    if path.is_dir():
        return sorted((str(inner.relative_to(path)), inner.read_bytes()) for inner in path.rglob("*") if inner.is_file())
    return path.read_bytes()


def counted(warning: str, count: int, noun: str, alone: bool, after: str = "") -> bool:
    """`count` of `noun` said in the warning ("2 exports", "1 file", "2 decks made in Kindred"), or "Your export"
    when it is all that goes; nothing said of it when there are none."""
    if count == 0:
        return f" {noun} {after}".rstrip() not in warning and f" {noun}s {after}".rstrip() not in warning
    if alone:
        return warning.startswith(f"Your {noun} {after}".rstrip() + ",")
    return f"{count} {noun}{'' if count == 1 else 's'} {after}".rstrip() in warning


@settings(max_examples=30, deadline=None)
@given(
    kinds=st.lists(st.sampled_from(KINDREDS + THEIRS), max_size=14),
    closing=st.booleans(),
)
def test_erase_takes_every_file_kindred_made_and_leaves_every_other_as_it_was(kinds: list[str], closing: bool) -> None:
    with tempfile.TemporaryDirectory() as where:
        root, outside = Path(where) / "kindred", Path(where) / "outside"
        root.mkdir()
        made = [make(root, outside, kind, n) for n, kind in enumerate(kinds)]
        ours = [path for (path, _), kind in zip(made, kinds, strict=True) if kind in KINDREDS]
        theirs = {path: snapshot(path) for (path, _), kind in zip(made, kinds, strict=True) if kind in THEIRS}
        count = Counter(how for _, how in made)
        elsewhere = {path: path.read_bytes() for path in outside.glob("*")}
        store = Store.open(root, NOW)
        try:
            warning = contents(root).warning()
            going = count["export"] + count["keepsake"] + count["deck"]
            assert counted(warning, count["export"], "export", going == 1)
            assert counted(warning, count["keepsake"], "keepsake", going == 1)
            assert counted(warning, count["deck"], "deck", going == 1, "made in Kindred")
            assert counted(warning, count["their deck"], "deck", False, "written or changed in an editor")
            assert counted(warning, count["file"], "file", False)
            assert counted(warning, count["folder"], "folder", False)
            if closing:
                store.close()
                assert cli.erase(root, True, input, NOW, io.StringIO(), io.StringIO()) == 0
            else:
                erase_everything(store, closing=False)
        finally:
            if not closing:
                store.close()
        assert [path for path in ours if path.exists() or path.is_symlink()] == []
        assert {path: snapshot(path) for path in theirs if path.exists() or path.is_symlink()} == theirs
        for name in ("decks", "exports", "keepsakes"):
            holds_theirs = any(path.parent == root / name for path in theirs)
            assert (root / name).is_dir() == holds_theirs, name
        # The schema copy comes with a studio deck, and stays beside the couple's own decks for their editor.
        assert (root / "decks" / "deck.schema.json").exists() == (count["deck"] > 0 and count["their deck"] > 0)
        assert {path: path.read_bytes() for path in outside.glob("*")} == elsewhere
