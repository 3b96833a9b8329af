"""Smoke: every scene can be entered and drawn, in every theme."""

from __future__ import annotations

import pygame
import pytest

from game.ui import modals, private_answer
from game.ui.scenes import couples, home, play, settings, setup, story, summary, title

from .tour import play_turn, start, tour

ALL_SCENES = {
    cls.__name__
    for module in (couples, home, modals, play, private_answer, settings, setup, story, summary, title)
    for cls in vars(module).values()
    if isinstance(cls, type) and cls.__name__.endswith("Scene") and cls.__module__ == module.__name__
}


def test_every_scene_is_entered_and_drawn(data_root, now, tmp_path):
    seen: set[str] = set()
    p = start(data_root, now)
    original = p.shell.draw

    def noting() -> None:
        seen.add(type(p.shell.ui.stack[-1]).__name__)
        original()

    p.shell.draw = noting  # type: ignore[method-assign]
    seen.add("TitleScene")
    seen.add("CoupleFormScene")
    list(tour(p, tmp_path))
    p.click("Switch couple")
    p.step()
    p.click("New couple")
    p.step()
    p.press(pygame.K_ESCAPE)
    p.later(days=5)  # answers are quizzed once they have rested a day
    p.click("Zoë & Łukasz")
    p.click("Quiz me (" + p.labels()[1].split("(")[1])
    p.click("Start the quiz")
    for _ in range(30):
        if p.scene_name != "PlayScene":
            break
        if p.scene.session.phase.value == "judge":
            p.key("c")
            p.step()
            p.press(pygame.K_ESCAPE)
        play_turn(p)
    p.close()
    assert ALL_SCENES - seen == set()


@pytest.mark.parametrize("theme", ["warm", "dark", "high_contrast"])
def test_each_theme_draws_every_screen(data_root, now, tmp_path, theme):
    p = start(data_root, now, size=(1280, 720))
    p.shell.ui.set("theme", theme)
    names = [name for name, _ in tour(p, tmp_path)]
    p.close()
    assert {"home", "settings", "setup", "summary", "story"} <= set(names)
    assert any(name.startswith("play-") for name in names)
