"""Kindred's own folders: made owner-only, and used as they are when they cannot be changed."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from game.storage.paths import ensure_private_dir


def refuse_chmod(path: object, mode: int) -> None:
    raise OSError(errno.EROFS, "Read-only file system", str(path))


@pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")
def test_a_new_folder_and_its_new_parents_are_for_their_owner_only(tmp_path):
    made = ensure_private_dir(tmp_path / "data" / "exports")
    assert made.is_dir()
    for folder in (tmp_path / "data", made):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_folder_that_is_there_but_cannot_be_changed_is_used_as_it_is(tmp_path, monkeypatch):
    """A read-only disk, a FAT stick or a folder another user owns: the studio's Open folder crashed on the chmod."""
    folder = tmp_path / "decks"
    folder.mkdir()
    monkeypatch.setattr(os, "chmod", refuse_chmod)
    assert ensure_private_dir(folder) == folder


def test_a_folder_that_cannot_be_made_still_says_so(tmp_path, monkeypatch):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setattr(os, "chmod", refuse_chmod)
    with pytest.raises(OSError):
        ensure_private_dir(blocker / "decks")
