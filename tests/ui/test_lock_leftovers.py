"""Locking says plainly what it cannot seal: Kindred's own set-aside copies (offered for removal), earlier
exports and keepsake pictures (the couple's to delete) (issue 11, point 6), and the exports written while it
is on."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pygame

from game.storage.paths import DB_NAME
from tests.ui.tour import start


def lock(p, passphrase: str = "sea air at dawn") -> None:
    p.click("Settings")
    p.click("Passphrase: off")
    p.type(passphrase)
    p.press(pygame.K_RETURN)
    p.type(passphrase)
    p.press(pygame.K_RETURN)


def test_locking_offers_to_remove_set_aside_copies_and_names_earlier_exports(data_root: Path, now, tmp_path: Path) -> None:
    data_root.mkdir()
    (data_root / DB_NAME).write_bytes(b"Zoe's answer in plain words, not a database " * 40)
    p = start(data_root, now)
    copy = next(data_root.glob(f"{DB_NAME}.broken-*"))
    p.click("Settings")
    p.click("Export a copy…")
    p.click("Export")
    p.click("Done")
    p.press(pygame.K_ESCAPE)
    lock(p)
    assert p.scene_name == "ConfirmScene"
    assert "not sealed" in p.scene.question and copy.name in p.scene.detail
    p.screenshot(tmp_path / "lock-leftovers.png")
    p.click("Remove it")
    assert not copy.exists()
    assert p.scene_name == "SettingsScene"
    said = p.shell.ui.toast_text
    assert said.startswith("Locked.") and f"The 2 exports saved before are not sealed: they are in exports/ in {data_root};" in said
    assert (data_root / "exports").is_dir() and len(list((data_root / "exports").iterdir())) == 2  # told, not deleted
    assert p.services.notice is None
    p.close()


def test_keeping_the_copy_keeps_it(data_root: Path, now) -> None:
    data_root.mkdir()
    (data_root / DB_NAME).write_bytes(b"not a database " * 100)
    p = start(data_root, now)
    copy = next(data_root.glob(f"{DB_NAME}.broken-*"))
    lock(p)
    p.click("Keep it")
    assert copy.exists()
    said = p.shell.ui.toast_text
    assert said.startswith("Locked.") and "Any export or keepsake picture you saved before is not sealed" in said
    p.close()


def test_exporting_while_a_passphrase_is_on_says_the_copy_is_not_sealed(data_root: Path, now) -> None:
    p = start(data_root, now)
    p.click("Settings")
    p.click("Export a copy…")
    assert p.scene.question == "Export a copy?" and "passphrase" not in p.scene.detail  # no lock: nothing to say
    p.press(pygame.K_ESCAPE)
    p.click("Done")
    lock(p)
    assert p.scene_name == "SettingsScene"
    p.click("Export a copy…")
    assert p.scene.question == "Export a copy?"
    assert p.scene.detail.endswith("\nYour passphrase does not seal this copy: anyone who opens the files can read them.")
    p.close()


def test_locking_names_the_keepsake_pictures_saved_before_with_how_many_and_where(data_root: Path, now, tmp_path: Path) -> None:
    """A keepsake picture holds appreciations and promises in the clear: locking says so, as it does for exports
    (tester's finding: only the exports were named)."""
    from game.storage.keepsakes import save_keepsake

    p = start(data_root, now)
    for minutes in (0, 0, 90):  # two evenings begun in the same minute, and a third
        save_keepsake(data_root, b"\x89PNG\r\n\x1a\n a date night", now + timedelta(minutes=minutes))
    (data_root / "keepsakes" / "our-photo.png").write_bytes(b"\x89PNG\r\n\x1a\n ours")  # not Kindred's: not counted
    lock(p)
    said = p.shell.ui.toast_text
    assert said == (
        "Locked. Your answers are sealed on this computer. The 3 keepsake pictures saved before are not sealed: "
        f"they are in keepsakes/ in {data_root}; delete them if you don't need them."
    )
    p.screenshot(tmp_path / "locked.png")
    p.click("Export a copy…")
    p.click("Export")
    p.click("Done")
    p.click("Passphrase: on")
    p.click("Remove the lock")
    p.click("Remove it")
    p.click("Done")
    lock(p, "a second lock, later")  # exports and keepsakes, each counted in its own folder
    said = p.shell.ui.toast_text
    assert (
        f"The 2 exports and 3 keepsake pictures saved before are not sealed: they are in exports/ and keepsakes/ in {data_root};"
        in said
    )
    p.close()
