"""Erase takes a deck only when Kindred made the file and holds it as it last wrote it (playtest F, findings 1–3).

The tester made "Rainy Sundays" with `deck new`, changed its name line in an editor (keeping Kindred's layout) and
erased: the deck went, edit and all. A deck they wrote by hand went too once the studio had saved one change to it.
Now the record of Kindred's files proves decks as it proves exports: an edit of any kind keeps the file, and a file
first written outside Kindred stays the couple's however often the studio saves it. Erase names each file it
deletes and each that stays before it asks, and a save keeps a file's and its folder's permissions.
"""

from __future__ import annotations

import io
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from game import cli
from game.storage.deck_library import DeckLibrary
from game.storage.erasing import contents
from game.storage.store import Store
from tests.erase_folders import editor_deck, small_deck, studio_changed

REPO = Path(__file__).resolve().parents[1]


def library(root: Path) -> DeckLibrary:
    books = DeckLibrary(REPO / "decks", root / "decks")
    books.load()
    return books


def deck_new(root: Path, name: str) -> Path:
    out = io.StringIO()
    assert cli.deck_new(root, name, out, io.StringIO()) == 0
    return Path(out.getvalue().removeprefix("Wrote ").strip())


def test_the_testers_deck_new_edited_in_place_in_an_editor_stays(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "data"
    Store.open(root, now).close()  # the game had been started: its record of files is there
    rainy = deck_new(root, "Rainy Sundays")
    porch = deck_new(root, "Porch questions")
    text = rainy.read_text(encoding="utf-8")
    assert 'name: "Rainy Sundays"\n' in text
    rainy.write_text(text.replace('name: "Rainy Sundays"', 'name: "Rainy Sundays (ours)"'), encoding="utf-8")
    edited = rainy.read_bytes()
    found = contents(root)
    assert found.decks == (porch,)
    assert found.their_decks == (rainy,)
    assert "decks/rainy-sundays.yaml (changed since Kindred wrote it)" in found.listing()
    assert cli.erase(root, True, input, now, io.StringIO(), io.StringIO()) == 0
    assert rainy.read_bytes() == edited
    assert not porch.exists()


def test_a_hand_written_deck_stays_its_writers_after_the_studio_saves_it(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "data"
    Store.open(root, now).close()
    sofa = editor_deck(root, "sofa-nights")
    studio_changed(root, sofa)
    assert "# written on the train home" not in sofa.read_text(encoding="utf-8")  # the studio's layout now
    assert library(root).made_here(str(sofa)) is False
    found = contents(root)
    assert found.decks == () and found.their_decks == (sofa,)
    assert "decks/sofa-nights.yaml (written outside Kindred)" in found.listing()
    studio_changed(root, sofa)  # a second save changes nothing of who wrote it
    assert contents(root).their_decks == (sofa,)
    saved = sofa.read_bytes()
    assert cli.erase(root, True, input, now, io.StringIO(), io.StringIO()) == 0
    assert sofa.read_bytes() == saved


def test_a_deck_kindred_made_stays_kindreds_through_the_studios_saves_until_an_editor_changes_it(
    tmp_path: Path, now: datetime
) -> None:
    root = tmp_path / "data"
    Store.open(root, now).close()
    path = library(root).save(small_deck("date-ideas", "Date ideas"))
    studio_changed(root, path)
    assert contents(root).decks == (path,)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))  # only the line endings, in an editor on Windows
    studio_changed(root, path)  # saved over their edit: the file is theirs from now on
    assert contents(root).their_decks == (path,)


def test_a_deck_with_no_note_from_before_the_record_noted_decks_stays_and_is_said_so(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "data"
    Store.open(root, now).close()
    path = deck_new(root, "Old starter")
    (root / "kindred-files.json").write_text('{"kindred_files": 1, "written": {}, "older": []}\n')  # as before decks
    found = contents(root)
    assert found.decks == () and found.their_decks == (path,)
    assert found.listing() == (f"These stay as they are, in {root}:\n  decks/old-starter.yaml (Kindred has no note of making it)")


def test_the_command_line_names_each_file_it_deletes_and_each_that_stays_before_it_asks(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "data"
    Store.open(root, now).close()
    porch = deck_new(root, "Porch questions")
    editor_deck(root, "hand-two")
    (root / "notes.txt").write_text("ours")
    asked: list[str] = []
    out = io.StringIO()

    def ask(question: str) -> str:
        asked.append(out.getvalue())
        return "no"

    assert cli.erase(root, False, ask, now, out, io.StringIO()) == 1
    assert asked == [
        f"Erasing deletes these files Kindred made, in {root}:\n"
        "  decks/porch-questions.yaml\n"
        "These stay as they are:\n"
        "  decks/hand-two.yaml (Kindred has no note of making it)\n"
        "  notes.txt\n"
        f"Your deck made in Kindred, in {root}, goes too: copy it somewhere else first if you want to keep it. "
        "1 deck and 1 file of your own there stay.\n"
    ]
    assert porch.exists()


def test_erase_help_says_what_goes_and_what_stays(capsys: pytest.CaptureFixture[str]) -> None:
    from game.app import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["erase", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "the decks it made (the studio, deck new, deck import) that nobody changed since" in said
    assert "a deck written or changed in an editor (even one the studio saved since)" in said
    assert "names each file it deletes and each one that stays" in said


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_save_keeps_a_deck_files_and_its_folders_permissions(tmp_path: Path) -> None:
    root = tmp_path / "data"
    sofa = editor_deck(root, "sofa-nights")
    os.chmod(sofa, 0o644)
    os.chmod(root / "decks", 0o755)
    studio_changed(root, sofa)
    assert stat.S_IMODE(sofa.stat().st_mode) == 0o644
    assert stat.S_IMODE((root / "decks").stat().st_mode) == 0o755
    fresh = library(root).save(small_deck("date-ideas", "Date ideas"))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600  # a file Kindred makes is its owner's only


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_decks_folder_kindred_makes_is_its_owners_only(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    path = deck_new(root, "Rainy Sundays")
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
