"""Erase removes everything Kindred made and nothing else, in the game and on the command line alike (issue 11, 6 and 11);
it names the exports and keepsakes it takes before it asks, and says afterwards what went."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pygame
import pytest

from game import cli
from game.storage.erasing import Copies, copies_to_erase
from game.storage.file_lock import FileLock
from game.storage.paths import DB_NAME
from game.storage.store import Store
from tests.ui.tour import start

REPO = Path(__file__).resolve().parents[1]


def kindreds_files_and_ours(root: Path, now: datetime) -> None:
    """A data folder the couple also keeps other things in, with every kind of file Kindred makes."""
    root.mkdir(parents=True)
    (root / DB_NAME).write_bytes(b"not a database at all" * 50)
    with Store.open(root, now) as store:  # the unreadable file is set aside as kindred.db.broken-…
        assert store.notice is not None
    for folder, name in (("decks", "ours.yaml"), ("exports", "kindred-2026.json"), ("keepsakes", "date-night.png")):
        (root / folder).mkdir(exist_ok=True)
        (root / folder / name).write_text("Kindred's")
    (root / "notes.txt").write_text("a shopping list")
    (root / "photos").mkdir()
    (root / "photos" / "beach.jpg").write_bytes(b"\xff\xd8 sand")


def test_erase_yes_leaves_what_kindred_did_not_make_and_says_so(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "shared"
    kindreds_files_and_ours(root, now)
    assert list(root.glob(f"{DB_NAME}.broken-*"))
    done = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(root), "erase", "--yes"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert sorted(path.name for path in root.iterdir()) == ["notes.txt", "photos"]
    assert (root / "notes.txt").read_text() == "a shopping list"
    assert (root / "photos" / "beach.jpg").read_bytes() == b"\xff\xd8 sand"
    assert "Everything was erased, including 1 export and 1 keepsake." in done.stdout
    assert f"Left 2 files that Kindred did not make in {root}: notes.txt, photos." in done.stdout


def test_erase_lets_go_of_the_lock_only_after_the_lock_file_is_gone(
    data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    kindreds_files_and_ours(data_root, now)
    seen_at_release = []
    real_release = FileLock.release

    def release(self: FileLock) -> None:
        if self._handle is not None:
            seen_at_release.append(self.path.exists())
        real_release(self)

    monkeypatch.setattr(FileLock, "release", release)
    out = io.StringIO()
    assert cli.erase(data_root, True, input, now, out, io.StringIO()) == 0
    assert seen_at_release == [False]
    assert not (data_root / "kindred.lock").exists()


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


def test_erase_in_the_game_removes_the_set_aside_copy_and_leaves_the_rest(data_root: Path, now: datetime) -> None:
    kindreds_files_and_ours(data_root, now)
    p = start(data_root, now)
    assert p.store.couples.all()
    p.click("Settings")
    p.click("Erase everything…")
    p.click("Yes, erase")
    p.click("Erase now")
    assert p.scene_name == "TitleScene"
    assert not list(data_root.glob(f"{DB_NAME}.broken-*"))
    assert not (data_root / "decks").exists() and not (data_root / "keepsakes").exists()
    assert (data_root / "notes.txt").exists() and (data_root / "photos" / "beach.jpg").exists()
    said = p.shell.ui.toast_text
    assert said.startswith("Everything was erased, including 1 export and 1 keepsake.")
    assert "Left 2 files that Kindred did not make" in said
    assert p.services.notice is None
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CoupleFormScene"  # a fresh start: no couple is left
    p.close()


def exports_and_a_keepsake(root: Path) -> None:
    """Two exports and a keepsake, as the game writes them, and the half-written files an interrupted write leaves."""
    for folder, names in (
        ("exports", ("kindred-2026-11-25-1930.json", "our-book-2026-11-25-1930.html", ".kindred-2026.json.tmp")),
        ("keepsakes", ("date-night-2026-11-25-2130.png", "date-night-2026-11-26-2130.png.part")),
    ):
        (root / folder).mkdir(parents=True, exist_ok=True)
        for name in names:
            (root / folder / name).write_text("ours")


def test_erase_counts_the_exports_and_keepsakes_it_takes_and_says_where_they_are(tmp_path: Path) -> None:
    root = tmp_path / "kindred"
    exports_and_a_keepsake(root)
    going = copies_to_erase(root)
    assert going == Copies(root, exports=2, keepsakes=1)  # a half-written file is not one of them
    assert going.warning() == (
        f"Your 2 exports and 1 keepsake, in the exports and keepsakes folders of {root}, go too: "
        "copy any you want to keep somewhere else first."
    )


def test_erase_words_for_one_kind_one_file_or_none(tmp_path: Path) -> None:
    root = tmp_path / "kindred"
    assert Copies(root, exports=2).warning() == (
        f"Your 2 exports in {root / 'exports'} go too: copy any you want to keep somewhere else first."
    )
    assert Copies(root, keepsakes=1).warning() == (
        f"Your keepsake in {root / 'keepsakes'} goes too: copy it somewhere else first if you want to keep it."
    )
    (root / "exports").mkdir(parents=True)  # an empty folder: nothing to copy, nothing said
    assert not copies_to_erase(root) and copies_to_erase(root).warning() == ""
    assert not copies_to_erase(tmp_path / "never-made")


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights Windows rarely gives")
def test_exports_behind_a_link_are_not_counted_as_going(tmp_path: Path) -> None:
    """A linked exports folder is only unlinked by an erase: what it points to stays, so it is not said to go."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "kindred-2026.json").write_text("ours")
    root = tmp_path / "kindred"
    root.mkdir()
    (root / "exports").symlink_to(elsewhere, target_is_directory=True)
    assert copies_to_erase(root) == Copies(root)


def test_erase_says_what_went_and_names_nothing_when_there_were_no_copies(data_root: Path, now: datetime) -> None:
    exports_and_a_keepsake(data_root)
    out = io.StringIO()
    assert cli.erase(data_root, True, input, now, out, io.StringIO()) == 0
    assert out.getvalue() == "Everything was erased, including 2 exports and 1 keepsake.\n"
    out = io.StringIO()
    assert cli.erase(data_root, True, input, now, out, io.StringIO()) == 0
    assert out.getvalue() == "Everything was erased.\n"


def test_the_command_line_names_the_exports_and_keepsakes_before_it_asks(data_root: Path, now: datetime) -> None:
    exports_and_a_keepsake(data_root)
    out = io.StringIO()
    said_before_asking = []

    def ask(prompt: str) -> str:
        said_before_asking.append(out.getvalue())
        return "erase"

    assert cli.erase(data_root, False, ask, now, out, io.StringIO()) == 0
    assert said_before_asking == [
        f"Your 2 exports and 1 keepsake, in the exports and keepsakes folders of {data_root}, go too: "
        "copy any you want to keep somewhere else first.\n"
    ]
    assert out.getvalue().endswith("Everything was erased, including 2 exports and 1 keepsake.\n")


def test_privacy_page_says_one_thing_about_who_deletes_exports() -> None:
    """Locking never deletes an export; Erase does, and says so first, in the words the game uses."""
    page = " ".join((REPO / "docs" / "PRIVACY.md").read_text(encoding="utf-8").split())
    assert "never deletes them" not in page
    assert "Locking never deletes an export" in page
    said = Copies(Path("x"), exports=2, keepsakes=1).warning()
    assert said.split(", go too: ")[1] in page  # the first erase question's own words
