"""Kindred takes only what it can prove it wrote, unchanged (playtest D, finding 9).

A tester's own JSON named like an export, an exported Our book they had edited by hand and a PNG of their own named
like a keepsake all went with an erase, because a name and the first bytes were taken for proof; and a text file of
theirs named like a set-aside copy made every start say Kindred had set data aside. Now Kindred notes each export,
keepsake and set-aside copy it writes (name, size, SHA-256) and takes back only what that record proves; what an
older Kindred left before there was a record stays, and the warning says so."""

from __future__ import annotations

import io
import shutil
from datetime import datetime
from pathlib import Path

import pygame
import pytest

from game import cli
from game.storage.erasing import contents, erase_everything
from game.storage.exporting import export_to
from game.storage.file_record import EXPORT, RECORD_NAME, claim_written, read_record
from game.storage.keepsakes import save_keepsake
from game.storage.kindred_files import broken_copies, remove_broken_copies
from game.storage.paths import DB_NAME
from game.storage.store import Store
from tests.erase_folders import PNG, kindreds
from tests.ui.tour import start

#: What the tester put in the folder of their own, beside what Kindred wrote (their edited book comes on top).
LOOKALIKES = {
    "exports/kindred-2026-01-01-0900.json": b'{"not": "an export", "mine": true}',
    "keepsakes/date-night-2025-02-14-2000.png": PNG + b"a picture of our own",
    f"{DB_NAME}.broken-20250101-000000": b"my own notes, not a database",
}


def erase_from_the_command_line(root: Path, now: datetime) -> str:
    out = io.StringIO()
    assert cli.erase(root, True, input, now, out, io.StringIO()) == 0
    return out.getvalue()


def put(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)


def test_the_testers_look_alikes_and_edited_book_stay_and_are_counted_as_theirs(data_root: Path, now: datetime) -> None:
    made = kindreds(data_root, now)
    book = data_root / "exports" / "our-book-2026-11-25-1930.html"
    edited = book.read_bytes().replace(b"</body>", b"<p>A paragraph of our own.</p></body>")
    assert edited != book.read_bytes()
    book.write_bytes(edited)
    put(data_root, LOOKALIKES)
    assert contents(data_root).warning() == (
        f"Your 1 export, 1 keepsake, 1 copy of unreadable data and 1 deck made in Kindred, in {data_root}, go too: "
        "copy any you want to keep somewhere else first. 4 files of your own there stay."
    )
    said = erase_from_the_command_line(data_root, now)
    assert said == (
        "Everything was erased, including 1 export, 1 keepsake, 1 copy of unreadable data and 1 deck made in Kindred. "
        f"Left 4 files of your own in {data_root}: exports/kindred-2026-01-01-0900.json, "
        "exports/our-book-2026-11-25-1930.html, keepsakes/date-night-2025-02-14-2000.png and "
        f"{DB_NAME}.broken-20250101-000000.\n"
    )
    assert book.read_bytes() == edited
    assert {name: (data_root / name).read_bytes() for name in LOOKALIKES} == LOOKALIKES
    assert [path for path in made if path.exists() and path != book] == []


def test_a_file_of_their_own_named_like_a_set_aside_copy_is_never_said_to_be_one(data_root: Path, now: datetime) -> None:
    put(data_root, {f"{DB_NAME}.broken-20250101-000000": b"my own notes"})
    for _ in range(2):
        with Store.open(data_root, now) as store:
            assert store.notice is None
            assert broken_copies(data_root) == [] and remove_broken_copies(data_root) == []
    assert contents(data_root).warning() == f"1 file of your own in {data_root} stays."
    assert erase_from_the_command_line(data_root, now) == (
        f"Everything was erased. Left 1 file of your own in {data_root}: {DB_NAME}.broken-20250101-000000.\n"
    )
    assert (data_root / f"{DB_NAME}.broken-20250101-000000").read_bytes() == b"my own notes"


def test_a_copy_kindred_set_aside_is_named_at_start_and_taken_with_its_side_files_while_unchanged(
    data_root: Path, now: datetime
) -> None:
    data_root.mkdir()
    (data_root / DB_NAME).write_bytes(b"not a database at all " * 50)
    (data_root / f"{DB_NAME}-wal").write_bytes(b"a log beside it")
    with Store.open(data_root, now) as store:
        assert store.notice is not None
    copy = data_root / f"{DB_NAME}.broken-20261125-193000"
    with Store.open(data_root, now) as store:
        assert store.notice is not None and f"set aside as {copy} " in store.notice
    found = contents(data_root)
    assert (found.copies, found.helpers) == ((copy,), (copy.with_name(copy.name + "-wal"),))
    assert found.warning().startswith("Your copy of unreadable data, in ")
    assert erase_from_the_command_line(data_root, now) == "Everything was erased, including 1 copy of unreadable data.\n"
    assert sorted(data_root.iterdir()) == []


def test_a_copy_changed_since_it_was_set_aside_stays(data_root: Path, now: datetime) -> None:
    data_root.mkdir()
    (data_root / DB_NAME).write_bytes(b"not a database at all " * 50)
    Store.open(data_root, now).close()
    copy = data_root / f"{DB_NAME}.broken-20261125-193000"
    copy.write_bytes(b"not a database at all " * 49 + b"NOT A DATABASE AT ALL ")  # the same size, other bytes
    assert remove_broken_copies(data_root) == [] and copy.exists()  # locking's offer to remove it leaves it
    assert contents(data_root).their_files == (copy,)
    erase_from_the_command_line(data_root, now)
    assert copy.exists()


def test_what_an_older_kindred_left_stays_and_the_warning_says_so(data_root: Path, now: datetime) -> None:
    """Files from before the record: an older Kindred wrote them, but nothing proves they are unchanged."""
    Store.open(data_root, now).close()
    (data_root / RECORD_NAME).unlink()  # the folder as a Kindred that kept no record left it
    older = {
        "exports/kindred-2026-01-01-0900.json": b'{\n  "couples": []\n}\n',
        "exports/our-book-2026-01-01-0900.html": b"<!doctype html>\n<title>Our book</title>\n",
        "exports/kindred-2026-02-14-2000.json": b'{\n  "couples": []\n}\n',
        "keepsakes/date-night-2026-02-14-2000.png": PNG + b"an evening",
    }
    put(data_root, older)
    p = start(data_root, now)  # this Kindred begins its record, knowing what was there
    put(data_root, {"exports/kindred-2026-11-25-1931.json": b'{"not": "an export"}'})  # theirs: came after
    p.click("Settings")
    p.click("Erase everything…")
    assert p.scene.detail == (
        "Every couple, every answer and every setting but the window's size, which is the computer's. This cannot be undone.\n"
        f"3 exports and 1 keepsake made by an older Kindred, in {data_root}, stay; delete them yourselves if you like. "
        "1 file of your own there stays."
    )
    p.click("Yes, erase")
    p.click("Erase now")
    assert p.shell.ui.toast_text == (
        f"Everything was erased. Left 3 exports and 1 keepsake made by an older Kindred, and 1 file of your own in "
        f"{data_root}: exports/kindred-2026-01-01-0900.json, exports/kindred-2026-02-14-2000.json, "
        "exports/kindred-2026-11-25-1931.json, exports/our-book-2026-01-01-0900.html and "
        "keepsakes/date-night-2026-02-14-2000.png."
    )
    assert {name: (data_root / name).read_bytes() for name in older} == older
    assert contents(data_root).older_words() == "3 exports and 1 keepsake made by an older Kindred"  # still known
    p.close()


@pytest.mark.parametrize("spoil", ["lost", "garbled", "a folder"])
def test_a_missing_or_unreadable_record_proves_nothing(data_root: Path, now: datetime, spoil: str) -> None:
    made = kindreds(data_root, now)
    held = {path: path.read_bytes() for path in made if path.suffix in (".json", ".html", ".png") or "broken" in path.name}
    record = data_root / RECORD_NAME
    record.unlink()
    if spoil == "garbled":
        record.write_text('{"kindred_files": 1, "written": {"exports/kindred-2026-')
    elif spoil == "a folder":
        record.mkdir()
    assert contents(data_root).exports == contents(data_root).keepsakes == contents(data_root).copies == ()
    if spoil == "a folder":  # not Kindred's to remove: the erase leaves it, with all it could not prove
        with Store.open(data_root, now) as store:
            erase_everything(store, closing=False)
    else:
        erase_from_the_command_line(data_root, now)
    assert {path: path.read_bytes() for path in held} == held
    assert (data_root / "decks" / "our-deck.yaml").exists()  # a deck is proven by the record too: it stays


def test_the_record_goes_with_erase_and_a_game_that_goes_on_begins_an_empty_one(data_root: Path, now: datetime) -> None:
    kindreds(data_root, now)
    with Store.open(data_root, now) as store:
        assert read_record(data_root) is not None and len(read_record(data_root).written) == 5  # type: ignore[union-attr]
        erase_everything(store, closing=False)
        assert read_record(data_root) == ({}, frozenset())
    erase_from_the_command_line(data_root, now)
    assert list(data_root.iterdir()) == []


def test_a_folder_copied_to_another_machine_keeps_its_proof(tmp_path: Path, now: datetime) -> None:
    made = kindreds(tmp_path / "laptop", now)
    shutil.copytree(tmp_path / "laptop", tmp_path / "new-laptop", symlinks=True)
    (tmp_path / "new-laptop" / "kindred.lock").unlink()
    said = erase_from_the_command_line(tmp_path / "new-laptop", now)
    assert said == "Everything was erased, including 2 exports, 1 keepsake, 1 copy of unreadable data and 1 deck made in Kindred.\n"
    assert all(path.exists() for path in made if path.name != ".kindred-2026-11-25-1931.json.tmp")  # the first is as it was


def test_a_locked_couple_needs_no_passphrase_for_erase_to_prove_its_files(data_root: Path, now: datetime) -> None:
    made = kindreds(data_root, now)
    with Store.open(data_root, now) as store:
        couple = store.couples.create([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")], now)
        store.locks.set_passphrase(couple.id, "a long passphrase", now)
    erase_from_the_command_line(data_root, now)
    assert [path for path in made if path.exists()] == []


def test_an_export_or_keepsake_kindred_cannot_note_is_not_left_behind(data_root: Path, now: datetime) -> None:
    with Store.open(data_root, now) as store:
        (data_root / RECORD_NAME).unlink()
        (data_root / RECORD_NAME).mkdir()  # the record cannot be written
        target = data_root / "exports" / "kindred-2026-11-25-1930.json"
        target.parent.mkdir()
        export_to(store, [], target, now)
        with pytest.raises(OSError):
            claim_written(data_root, target, EXPORT)
        with pytest.raises(OSError):
            save_keepsake(data_root, PNG + b"an evening", now)
    assert list((data_root / "exports").iterdir()) == [] and list((data_root / "keepsakes").iterdir()) == []


def test_an_export_from_settings_then_edited_by_hand_stays_and_the_game_says_so(data_root: Path, now: datetime) -> None:
    p = start(data_root, now)
    p.click("Settings")
    p.click("Export a copy…")
    p.click("Export")
    p.click("Done")
    (book,) = (data_root / "exports").glob("*.html")
    (export,) = (data_root / "exports").glob("*.json")
    book.write_text(book.read_text(encoding="utf-8") + "<p>Our own paragraph.</p>\n", encoding="utf-8")
    put(data_root, LOOKALIKES)
    p.click("Erase everything…")
    assert p.scene.detail.endswith(
        f"Your export, in {data_root}, goes too: copy it somewhere else first if you want to keep it. "
        "4 files of your own there stay."
    )
    p.click("Yes, erase")
    p.click("Erase now")
    assert p.shell.ui.toast_text.startswith("Everything was erased, including 1 export. Left 4 files of your own in ")
    assert not export.exists() and book.read_text(encoding="utf-8").endswith("<p>Our own paragraph.</p>\n")
    assert p.services.notice is None
    p.press(pygame.K_RETURN)
    p.close()
