"""Saving the second partner's limits shows the evening at once: the music plays on, its file not read again."""

from __future__ import annotations

import pygame
import pytest

from .date_night_tour import set_up


def test_the_music_is_read_once_and_plays_on_while_the_limits_are_saved(pilots, monkeypatch: pytest.MonkeyPatch) -> None:
    p = pilots(at_home=True)
    reads: list[str] = []
    load = pygame.mixer.music.load
    monkeypatch.setattr(pygame.mixer.music, "load", lambda *a: (reads.append(p.scene_name), load(*a))[1])
    set_up(p, minutes=30)
    assert p.scene_name == "DateNightScene" and p.shell.ui.sound.ambient_on
    # Saving the second limits swaps the set-up for the evening: the music was stopped and its 2 MB file read
    # again before the evening's first frame (~0.1 s of the wait after Enter).
    assert reads == ["DateNightSetupScene"], f"the music was read {len(reads)} times: {reads}"
