"""An export (or a keepsake) that cannot be written to its folder — a full disk, a folder not ours to write, a drive
that can't be reached (a USB stick pulled out, a network drive gone), a folder that has gone — is one plain sentence
saying why and what to do: in the window's toast, and on the command line with a non-zero exit. Never a traceback,
and never the name of the temporary file the export is written to first."""

from __future__ import annotations

import errno
import io
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from game import cli
from game.storage import exporting, kindred_files
from tests.ui.tour import start


def failing_with(code: int):  # type: ignore[no-untyped-def]
    """A write that fails as the system says it does, naming the temporary file beside the target."""

    def write(path: Path, text: str) -> None:
        raise OSError(code, "injected", str(path.with_name(f".{path.name}.tmp")))

    return write


def exported(data_root: Path, target: Path, now: datetime) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.export(data_root, str(target), now, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("code", "words", "advice"),
    [
        (errno.EIO, "the drive it is on can't be reached just now", "check it is connected, then try again."),
        (errno.ENOSPC, "the disk is full", "Free some space, then try again."),
        (errno.EACCES, "permission denied", "Check that the folder is yours and not read-only, then try again."),
    ],
)
def test_the_command_line_export_to_a_folder_that_fails_is_one_plain_sentence_and_exits_1(
    code: int, words: str, advice: str, data_root: Path, now: datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start(data_root, now).close()
    target = tmp_path / "all.json"
    monkeypatch.setattr(exporting, "write_text_atomically", failing_with(code))
    status, out, err = exported(data_root, target, now)
    assert status == 1 and out == ""
    assert err.startswith(f"Kindred could not write {target}: {words}") and advice in err
    assert err.endswith("Nothing was written there.\n") and err.count("\n") == 1
    assert ".tmp" not in err and "Traceback" not in err and "injected" not in err
    assert not target.exists()


def test_the_command_line_export_into_a_folder_that_is_not_there_says_so(data_root: Path, now: datetime, tmp_path: Path) -> None:
    start(data_root, now).close()
    target = tmp_path / "stick" / "all.json"  # the stick's folder is gone: a real error, not an injected one
    status, _, err = exported(data_root, target, now)
    assert status == 1
    assert err == (
        f"Kindred could not write {target}: its folder isn't there. Check the folder exists and its drive is connected, "
        "then try again. Nothing was written there.\n"
    )


@pytest.fixture
def exports_folder_gone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The exports folder removed between its being made and the copy being written (a drive gone under it)."""
    names = kindred_files.free_export_names

    def gone_first(folder: Path, stamp: str):  # type: ignore[no-untyped-def]
        found = list(names(folder, stamp))
        shutil.rmtree(folder)
        return found

    monkeypatch.setattr(kindred_files, "free_export_names", gone_first)
    yield


def export_from_settings(p) -> str:  # type: ignore[no-untyped-def]
    p.click("Settings")
    p.click("Export a copy…")
    p.click("Export")
    p.advance(0.2)
    assert p.scene_name == "SettingsScene" and p.shell.running
    return str(p.shell.ui.toast_text)


def test_exporting_from_settings_when_the_folder_has_gone_says_so_in_the_window(
    data_root: Path, now: datetime, tmp_path: Path, exports_folder_gone: None
) -> None:
    p = start(data_root, now)
    try:
        said = export_from_settings(p)
        assert said == (
            "The copy couldn't be saved: its folder isn't there. "
            "Check the folder exists and its drive is connected, then try again."
        )
        p.screenshot(tmp_path / "export-gone.png")
    finally:
        p.close()


def test_exporting_from_settings_to_a_drive_that_cannot_be_reached_says_so_in_the_window(
    data_root: Path, now: datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = start(data_root, now)
    monkeypatch.setattr(exporting, "write_text_atomically", failing_with(errno.EIO))
    try:
        said = export_from_settings(p)
        assert said.startswith("The copy couldn't be saved: the drive it is on can't be reached")
        assert "check it is connected, then try again." in said and "injected" not in said and "Errno" not in said
        p.screenshot(tmp_path / "export-eio.png")
    finally:
        p.close()
