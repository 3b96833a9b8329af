"""Erase takes only what Kindred made, in the game and on the command line alike (issue 11, 6 and 11; playtest B,
finding 9): the store and its side files, the copies it set aside, and in its folders the exports, keepsakes and
decks it wrote. Whatever else is there stays: a letter in exports/, a photo in a folder of one's own, a deck written
in an editor, a file named like Kindred's own. Before it asks it says what goes and what stays, counted exactly."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pygame
import pytest

from game import cli
from game.storage.deck_record import made_in_kindred
from game.storage.erasing import Contents, contents
from game.storage.file_lock import FileLock
from game.storage.keepsakes import save_keepsake
from game.storage.kindred_files import broken_copies
from game.storage.paths import DB_NAME
from game.storage.store import Store
from tests.erase_folders import PNG, editor_deck, game_exports, kindreds, kindreds_and_theirs, still_there, studio_deck
from tests.ui.tour import start

REPO = Path(__file__).resolve().parents[1]
#: What the tester's folder holds of theirs: 1 deck written in an editor, 8 files and 3 folders (see erase_folders).
THEIRS_COUNTED = "1 deck, 8 files and 3 folders of your own"
#: What Kindred made there (see erase_folders.kindreds), each proven by its record.
GOING = "2 exports, 1 keepsake, 1 copy of unreadable data and 1 deck made in Kindred"


def erase_command(root: Path, *args: str, reply: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(root), "erase", *args],
        cwd=REPO,
        input=reply,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_command_line_takes_only_what_kindred_made_and_says_so_before_and_after(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "shared"
    made, held = kindreds_and_theirs(root, now, tmp_path / "elsewhere")
    (tmp_path / "data-notes.txt").write_text("beside the folder")
    done = erase_command(root, reply="erase\n")
    assert done.returncode == 0, done.stderr
    assert still_there(root, held) == []
    assert [path for path in made if path.exists()] == []
    assert (root / "decks" / "deck.schema.json").is_file()  # beside a deck of theirs, for their editor
    assert (tmp_path / "data-notes.txt").read_text() == "beside the folder"
    assert (tmp_path / "elsewhere" / "elsewhere.txt").read_text() == "outside the folder"
    assert not (root / DB_NAME).exists() and not (root / "kindred.lock").exists()
    warning, _, after = done.stdout.partition("Type 'erase' to confirm: ")
    listed, _, warning = warning.partition("These stay as they are:\n")
    assert "\n  decks/our-deck.yaml\n" in listed and "  decks/written-by-hand.yaml (Kindred has no note of making it)\n" in warning
    warning = warning[warning.index("Your ") :]
    assert warning.startswith(
        f"Your {GOING}, in {root}, go too: copy any you want to keep somewhere else first. {THEIRS_COUNTED} there stay.\n"
    )
    assert after.startswith(
        f"Everything was erased, including {GOING}. Left {THEIRS_COUNTED} in "
        f"{root}: decks/recipes.txt, decks/written-by-hand.yaml, exports/kindred-2026-01-01-0900.json, exports/my-folder/, "
        "exports/our-book-annotated-by-me.html and 7 more."
    )


def test_erase_in_the_game_takes_only_what_kindred_made_and_counts_it_first(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "kindred-data"
    made, held = kindreds_and_theirs(root, now, tmp_path / "elsewhere")
    p = start(root, now)
    p.click("Settings")
    p.click("Erase everything…")
    assert p.scene.detail == (
        "Every couple, every answer and every setting but the window's size, which is the computer's. This cannot be undone.\n"
        f"Your {GOING}, in {root}, go too: copy any you want to keep "
        f"somewhere else first. {THEIRS_COUNTED} there stay."
    )
    p.click("Yes, erase")
    p.click("Erase now")
    assert p.scene_name == "TitleScene"
    assert still_there(root, held) == []
    assert [path for path in made if path.exists()] == []
    said = p.shell.ui.toast_text
    assert said.startswith(f"Everything was erased, including {GOING}. Left {THEIRS_COUNTED}")
    assert [deck.id for deck in p.services.decks() if deck.id in ("our-deck", "written-by-hand")] == ["written-by-hand"]
    assert p.services.notice is None
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CoupleFormScene"  # a fresh start: no couple is left
    p.close()


def test_a_folder_goes_only_when_nothing_of_theirs_is_left_in_it(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "kindred"
    kindreds(root, now)
    (root / "keepsakes" / "our-own.txt").write_text("ours")
    with Store.open(root, now) as store:
        going = contents(root)
    assert going.warning() == (
        f"Your {GOING}, in {root}, go too: copy any you want to keep somewhere else first. 1 file of your own there stays."
    )
    out = io.StringIO()
    assert cli.erase(root, True, input, now, out, io.StringIO()) == 0
    assert sorted(path.name for path in root.iterdir()) == ["keepsakes"]  # decks/ (schema too) and exports/ are gone
    assert [path.name for path in (root / "keepsakes").iterdir()] == ["our-own.txt"]
    assert out.getvalue() == (
        f"Everything was erased, including {GOING}. Left 1 file of your own in {root}: keepsakes/our-own.txt.\n"
    )
    assert store is not None


def test_a_studio_deck_goes_and_one_changed_in_an_editor_stays(tmp_path: Path) -> None:
    root = tmp_path / "kindred"
    saved = studio_deck(root, "date-ideas")
    assert made_in_kindred(saved)
    changed = studio_deck(root, "road-trip")
    changed.write_text(changed.read_text(encoding="utf-8").replace("name: Road Trip", 'name: "Road trip"'), encoding="utf-8")
    crlf = studio_deck(root, "saved-on-windows")
    crlf.write_bytes(crlf.read_bytes().replace(b"\n", b"\r\n"))
    by_hand = editor_deck(root, "by-hand")
    (root / "decks" / "broken.yaml").write_text("id: [unfinished", encoding="utf-8")
    found = contents(root)
    assert found.decks == (saved,)
    assert [path.name for path in found.their_decks] == ["broken.yaml", by_hand.name, changed.name, crlf.name]
    assert found.staying_words() == "4 decks of your own"
    assert found.warning() == (
        f"Your deck made in Kindred, in {root}, goes too: copy it somewhere else first if you want to keep it. "
        "4 decks of your own there stay."
    )


def test_exports_and_keepsakes_are_known_by_the_record_not_by_name_or_first_bytes(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "kindred"
    with Store.open(root, now) as store:
        json_export, book = game_exports(store, now)
    keepsake = save_keepsake(root, PNG + b"a date night", now)
    again = save_keepsake(root, PNG + b"the same minute", now)
    assert again.name == "date-night-2026-11-25-1930-2.png"
    strangers = {
        "exports/kindred-2026-11-25-1930.txt": b"{",
        "exports/our-book-mine.html": b"<!doctype html>",
        "exports/our-book-2026-11-25-1931.html": b"<!doctype html>\n<title>Our book</title>",
        "exports/kindred-2026-11-25-1931.json": b'{"not": "an export", "mine": true}',
        "keepsakes/date-night-2026-11-25-1931.png": PNG + b"a photo of our own",
    }
    for name, data in strangers.items():
        (root / name).write_bytes(data)
    found = contents(root)
    assert (found.exports, found.keepsakes) == ((json_export, book), (again, keepsake))
    assert found.their_files == tuple(sorted(root / name for name in strangers))
    assert found.older == ()


def test_only_a_copy_named_as_kindred_sets_one_aside_is_one(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "kindred"
    root.mkdir()
    ours = [f"{DB_NAME}.broken-my-own-copy", f"{DB_NAME}.broken-2026", f"{DB_NAME}.broken-20261125-193000.bak"]
    for name in ours:
        (root / name).write_text("ours")
    (root / DB_NAME).write_bytes(b"not a database " * 100)
    with Store.open(root, now):
        aside = broken_copies(root)
        assert [path.name for path in aside] == [f"{DB_NAME}.broken-20261125-193000"]
    with Store.open(root, now) as store:  # the next start still names the one copy Kindred set aside, and no other
        assert store.notice is not None and f"so the file was set aside as {aside[0]} " in store.notice
    assert contents(root).staying_words() == "3 files of your own"
    assert cli.erase(root, True, input, now, io.StringIO(), io.StringIO()) == 0
    assert sorted(path.name for path in root.iterdir()) == sorted(ours)


def test_erase_lets_go_of_the_lock_only_after_the_lock_file_is_gone(
    data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    kindreds(data_root, now)
    seen_at_release = []
    real_release = FileLock.release

    def release(self: FileLock) -> None:
        if self._handle is not None and self.path.name == "kindred.lock":  # the store's, not the record's own lock
            seen_at_release.append(self.path.exists())
        real_release(self)

    monkeypatch.setattr(FileLock, "release", release)
    out = io.StringIO()
    assert cli.erase(data_root, True, input, now, out, io.StringIO()) == 0
    assert seen_at_release == [True, False]  # the look for another open Kindred, then the erase's own lock
    assert not (data_root / "kindred.lock").exists()
    assert not (data_root / ".kindred-files.lock").exists()


def test_a_lock_file_deleted_while_waited_for_is_not_trusted(data_root: Path) -> None:
    data_root.mkdir()
    first = FileLock(data_root / "kindred.lock")
    first.acquire()
    first.delete_and_release()
    second = FileLock(data_root / "kindred.lock")
    second.acquire()  # a fresh lock file, locked: a third is refused
    assert (data_root / "kindred.lock").exists()
    with pytest.raises(Exception, match=r"kindred\.lock"):
        FileLock(data_root / "kindred.lock").acquire()
    second.release()


def test_the_command_line_says_kindred_is_open_before_it_asks_for_the_word(data_root: Path, now: datetime) -> None:
    """Playtest B, finding 15: the word was asked for first, and only then was the couple told it could not be done."""
    kindreds(data_root, now)
    asked = []
    with Store.open(data_root, now):
        out, err = io.StringIO(), io.StringIO()
        assert cli.erase(data_root, False, lambda prompt: asked.append(prompt) or "erase", now, out, err) == 1
    assert asked == [] and out.getvalue() == ""
    assert err.getvalue() == f"Kindred is already open with the data folder {data_root}. Close the other window first.\n"
    assert (data_root / "exports").is_dir() and (data_root / "kindred.lock").exists()


def test_asking_about_a_folder_without_a_lock_file_makes_none(data_root: Path, now: datetime) -> None:
    data_root.mkdir()
    (data_root / "notes.txt").write_text("ours")
    out = io.StringIO()
    assert cli.erase(data_root, False, lambda prompt: "no", now, out, io.StringIO()) == 1
    assert out.getvalue() == (
        f"These stay as they are, in {data_root}:\n  notes.txt\n1 file of your own in {data_root} stays.\nNothing was erased.\n"
    )
    assert sorted(path.name for path in data_root.iterdir()) == ["notes.txt"]


def test_erase_words_for_one_kind_one_file_or_none(tmp_path: Path) -> None:
    root = tmp_path / "kindred"
    two = (root / "a", root / "b")
    assert Contents(root, exports=two).warning() == (
        f"Your 2 exports, in {root}, go too: copy any you want to keep somewhere else first."
    )
    assert Contents(root, keepsakes=two[:1]).warning() == (
        f"Your keepsake, in {root}, goes too: copy it somewhere else first if you want to keep it."
    )
    assert Contents(root, their_folders=two).warning() == f"2 folders of your own in {root} stay."
    (root / "exports").mkdir(parents=True)  # an empty folder: nothing to copy, nothing said
    assert contents(root).warning() == ""
    assert contents(tmp_path / "never-made").warning() == ""


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights Windows rarely gives")
def test_a_linked_exports_folder_is_left_as_it_is_and_what_it_points_to_too(tmp_path: Path, now: datetime) -> None:
    """Kindred never makes a link: a linked exports folder is the couple's, so it stays, and is counted as theirs."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "kindred-2026-11-25-1930.json").write_text("{}")
    root = tmp_path / "kindred"
    root.mkdir()
    (root / "exports").symlink_to(elsewhere, target_is_directory=True)
    found = contents(root)
    assert not found.exports and found.their_folders == (root / "exports",)
    assert cli.erase(root, True, input, now, io.StringIO(), io.StringIO()) == 0
    assert (root / "exports").is_symlink() and (elsewhere / "kindred-2026-11-25-1930.json").read_text() == "{}"
    assert os.readlink(root / "exports") == str(elsewhere)


def test_the_command_line_names_what_goes_and_stays_before_it_asks(data_root: Path, now: datetime) -> None:
    kindreds(data_root, now)
    out = io.StringIO()
    said_before_asking = []

    def ask(prompt: str) -> str:
        said_before_asking.append(out.getvalue())
        return "erase"

    assert cli.erase(data_root, False, ask, now, out, io.StringIO()) == 0
    assert said_before_asking == [
        f"Erasing deletes these files Kindred made, in {data_root}:\n  decks/our-deck.yaml\n"
        "  exports/kindred-2026-11-25-1930.json\n  exports/our-book-2026-11-25-1930.html\n"
        "  keepsakes/date-night-2026-11-25-1930.png\n  kindred.db.broken-20261125-193000\n"
        f"Your {GOING}, in {data_root}, go too: copy any you want to keep somewhere else first.\n"
    ]
    assert out.getvalue().endswith(f"Everything was erased, including {GOING}.\n")
    out = io.StringIO()
    assert cli.erase(data_root, True, input, now, out, io.StringIO()) == 0
    assert out.getvalue() == "Everything was erased.\n"


def test_privacy_page_says_what_erase_takes_in_the_words_the_game_uses() -> None:
    """Locking never deletes an export; Erase does, and says so first, in the words the game uses."""
    page = " ".join((REPO / "docs" / "PRIVACY.md").read_text(encoding="utf-8").split())
    assert "never deletes them" not in page
    assert "Locking never deletes an export" in page
    root, two = Path("x"), (Path("x/a"), Path("x/b"))
    older = tuple(Path(f"x/exports/kindred-{n}.json") for n in range(3))
    said = Contents(root, exports=two, keepsakes=two[:1], older=older, their_decks=two[:1], their_files=two).warning()
    assert "made by an older Kindred stay; delete them yourselves if you like." in said
    assert said.split(", go too: ")[1] in page  # the first erase question's own words


def test_a_starter_deck_goes_while_it_is_as_deck_new_wrote_it_and_stays_once_edited(data_root: Path, now: datetime) -> None:
    for name in ("Ours", "Zoë's questions"):
        assert cli.deck_new(data_root, name, io.StringIO(), io.StringIO()) == 0
    edited = data_root / "decks" / "zoe-s-questions.yaml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Questions we wrote ourselves.", "Ours, for the train."))
    found = contents(data_root)
    assert [path.name for path in found.decks] == ["ours.yaml"]
    assert found.their_decks == (edited,)
