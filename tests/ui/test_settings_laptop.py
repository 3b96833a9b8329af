"""Settings says which of its choices are for everyone on this laptop, where every couple's answers are kept (and
opens that folder where the desktop can), and what an export is for: to read, share and keep, never to move a
couple to another computer; copying the data folder, with Kindred closed, does that."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from game.ui.scenes.settings import SHARED_WORDS_COUPLE

from .drawn import frame
from .pilot import Pilot


def test_settings_says_its_choices_are_for_everyone_on_this_laptop_and_the_passphrase_each_couple_s(
    pilots: Callable[..., Pilot],
) -> None:
    p = pilots(at_home=True)
    p.click("Settings")
    words = " ".join(drawn.text for drawn in frame(p) if drawn.by == "SettingsScene")
    assert "for everyone on this laptop" in SHARED_WORDS_COUPLE and "each couple's own" in SHARED_WORDS_COUPLE
    assert SHARED_WORDS_COUPLE in words


def test_settings_opens_the_data_folder_and_names_it_whether_or_not_the_desktop_can(
    pilots: Callable[..., Pilot], data_root: Path
) -> None:
    p = pilots(at_home=True)
    p.click("Settings")
    opened: list[list[str]] = []
    p.services.folder_launcher = lambda command: opened.append(command) or 0  # type: ignore[attr-defined]
    p.click("Where our answers are kept")
    assert opened and Path(opened[0][-1]) == data_root
    said = p.shell.ui.toast_text
    assert f"kept in {data_root}." in said and "close it and copy that folder" in said
    p.services.folder_launcher = lambda command: 1  # type: ignore[attr-defined]
    p.click("Where our answers are kept")
    said = p.shell.ui.toast_text
    assert "Could not open the folder" in said and str(data_root) in said and "copy that folder" in said


def test_the_export_dialog_says_a_copy_is_to_read_share_and_keep_and_how_to_move_kindred(
    pilots: Callable[..., Pilot], data_root: Path
) -> None:
    p = pilots(at_home=True)
    p.click("Settings")
    p.click("Export a copy…")
    assert p.scene.question == "Export a copy?"
    detail = p.scene.detail
    assert "to read, share and keep" in detail and "cannot be brought into Kindred again" in detail
    assert f"close it and copy its whole data folder, {data_root}." in detail
