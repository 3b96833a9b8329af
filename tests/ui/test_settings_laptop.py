"""Settings says which of its choices are for everyone on this laptop, and what an export is for: to read, share and
keep, never to move a couple to another computer. Once a copy is saved, it says what does: copying the data folder,
named, with Kindred closed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame

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


def test_a_saved_copy_says_how_to_move_kindred_naming_the_data_folder(pilots: Callable[..., Pilot], data_root: Path) -> None:
    p = pilots(at_home=True)
    p.click("Settings")
    p.click("Export a copy…")
    p.click("Export")
    said = p.scene.detail
    assert said.startswith("Saved a copy of")
    assert said.endswith(f"To move Kindred to another computer, close it and copy its whole data folder, {data_root}.")


def test_the_export_dialog_says_a_copy_is_to_read_share_and_keep_never_to_bring_back(
    pilots: Callable[..., Pilot], data_root: Path
) -> None:
    p = pilots(at_home=True)
    p.click("Settings")
    p.click("Export a copy…")
    assert p.scene.question == "Export a copy?"
    detail = p.scene.detail
    assert "to read, share and keep" in detail and "cannot be brought into Kindred again" in detail
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "SettingsScene"


def test_the_export_dialog_names_the_folder_and_says_the_json_holds_every_quiz_guess(
    pilots: Callable[..., Pilot], data_root: Path
) -> None:
    p = pilots(at_home=True)
    p.click("Settings")
    p.click("Export a copy…")
    assert f"go into the exports folder, {data_root / 'exports'}." in p.scene.detail
    assert "The JSON file also holds every quiz guess and how it was judged." in p.scene.detail


def test_after_export_the_folder_stays_named_until_done_and_can_be_opened(pilots: Callable[..., Pilot], data_root: Path) -> None:
    p = pilots(at_home=True)
    p.click("Settings")
    p.click("Export a copy…")
    p.click("Export")
    assert p.scene.question == "Your copy is saved"
    assert f"They're in the exports folder, {data_root / 'exports'}." in p.scene.detail
    p.advance(30.0)  # no toast to fade: the words wait for the couple
    assert p.scene.question == "Your copy is saved" and p.scene.focused().label == "Done"
    opened: list[list[str]] = []
    p.services.folder_launcher = lambda command: opened.append(command) or 0  # type: ignore[method-assign]
    p.click("Open the folder")
    assert opened and opened[0][-1] == str(data_root / "exports")
    assert p.scene_name == "SettingsScene" and p.shell.ui.toast_text == "The exports folder is open."
