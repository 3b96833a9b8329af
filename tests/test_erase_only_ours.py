"""Erase removes everything Kindred made and nothing else, in the game and on the command line alike (issue 11, 6 and 11)."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pygame
import pytest

from game import cli
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
    assert "Everything was erased." in done.stdout
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
    assert said.startswith("Everything was erased.") and "Left 2 files that Kindred did not make" in said
    assert p.services.notice is None
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CoupleFormScene"  # a fresh start: no couple is left
    p.close()
