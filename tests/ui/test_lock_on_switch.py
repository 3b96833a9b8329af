"""A laptop passed on: at "Who's playing?" every couple opened with its passphrase in this run is locked again, so
picking a locked couple asks for it, whoever opened it before (the couple themselves, or a passphrase typed to erase
everything and then called off)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pygame

from .test_erase_only_us import PASSPHRASE, two_couples


def pick(p, couple) -> None:  # type: ignore[no-untyped-def]
    p.click(next(label for label in p.labels() if label.startswith(f"{couple.name(0)} & {couple.name(1)}")))


def test_who_s_playing_marks_the_couple_locked_with_a_passphrase_and_not_the_other(data_root: Path, now: datetime) -> None:
    p, ours, theirs = two_couples(data_root, now, locked=(0,))
    p.press(pygame.K_ESCAPE)  # Settings, back to Home
    p.click("Switch couple")
    assert p.scene_name == "CouplesScene"
    rows = [label for label in p.labels() if " & " in label]
    assert rows == [f"{ours.name(0)} & {ours.name(1)} · Locked", f"{theirs.name(0)} & {theirs.name(1)}"]
    p.close()


def test_switch_couple_locks_a_couple_opened_in_this_run(data_root: Path, now: datetime) -> None:
    p, ours, theirs = two_couples(data_root, now, locked=(0,))
    assert not p.services.is_locked(ours), "setting the passphrase opened it for this run"
    p.press(pygame.K_ESCAPE)  # Settings, back to Home
    p.click("Switch couple")
    assert p.scene_name == "CouplesScene"
    assert p.services.is_locked(ours)
    pick(p, theirs)
    assert p.scene_name == "HomeScene", "a couple without a passphrase opens as before"
    p.click("Switch couple")
    pick(p, ours)
    assert p.scene_name == "UnlockScene" and p.scene.couple == ours
    p.click("Passphrase")
    p.type(PASSPHRASE)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene" and p.scene.couple == ours
    p.close()


def test_a_passphrase_typed_to_erase_everything_and_called_off_opens_nothing_for_the_next_pick(
    data_root: Path, now: datetime
) -> None:
    p, _ours, theirs = two_couples(data_root, now, locked=(1,))
    p.services.lock_all()  # Amara & Kofi set theirs earlier, and went
    p.click("Erase everything…")
    assert p.scene_name == "EraseCheckScene" and p.scene.couple == theirs
    assert p.scene.asking() == "Amara & Kofi have a passphrase. To erase everything, one of them types it first."
    p.click("Passphrase")
    p.type(PASSPHRASE)
    p.click("Go on")
    assert p.scene.question == "Erase everything?"
    p.click("Keep it all")
    assert p.scene_name == "SettingsScene"
    p.press(pygame.K_ESCAPE)
    p.click("Switch couple")
    pick(p, theirs)
    assert p.scene_name == "UnlockScene" and p.scene.couple == theirs, "their answers stay sealed from this keyboard"
    p.close()
