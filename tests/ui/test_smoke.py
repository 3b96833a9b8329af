"""Smoke: every scene can be entered and drawn, in every theme."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import game.ui
from game.ui.scene import Scene

from . import layout_walks
from .pilot import Pilot
from .tour import start, tour

#: Modules that define what screens are built from (the Scene base, the studio's listed-screen base, the paged
#: screen), not screens.
BASES = {"game.ui.scene", "game.ui.studio_widgets", "game.ui.page"}


def scene_classes() -> set[str]:
    """Every screen in the game's interface (game.ui and its scenes), found by looking, not listed by hand."""
    found: set[str] = set()
    for info in pkgutil.walk_packages(game.ui.__path__, "game.ui."):
        if info.name in BASES:
            continue
        module = importlib.import_module(info.name)
        for name, cls in vars(module).items():
            # A scene still generic in its result (QuestionScene[T], AnswerAloneScene[T]) is a base, never shown as it is.
            screen = inspect.isclass(cls) and issubclass(cls, Scene) and not getattr(cls, "__parameters__", ())
            if screen and name.endswith("Scene") and cls.__module__ == module.__name__:
                found.add(name)
    return found


#: Every screen, found by looking (a new scene is in here without anyone listing it).
ALL_SCENES = scene_classes()


def test_every_scene_is_found_without_a_list():
    assert {"TitleScene", "HomeScene", "PlayScene", "ConfirmScene", "CardFormScene", "DateNightSummaryScene"} <= ALL_SCENES
    assert len(ALL_SCENES) >= 25


def test_every_scene_is_entered_and_drawn(now, tmp_path):
    seen: set[str] = set()
    for walk in (layout_walks.walk_game, layout_walks.walk_studio, layout_walks.walk_date_night):
        p = Pilot(tmp_path / walk.__name__, now, seed=11)
        p.shell.ui.set("reduced_motion", True)
        p.shell.ui.set("sound", False)
        if p.shell.frames_drawn:
            seen.add(p.scene_name)  # the first screen was drawn as the game started
        original = p.shell.draw

        def noting(p: Pilot = p, original=original) -> None:  # type: ignore[no-untyped-def]
            seen.add(type(p.shell.ui.stack[-1]).__name__)
            original()

        p.shell.draw = noting  # type: ignore[method-assign]
        try:
            walk(p, lambda state: None)
        finally:
            p.close()
    assert ALL_SCENES - seen == set(), f"never entered and drawn: {sorted(ALL_SCENES - seen)}"


@pytest.mark.parametrize("theme", ["warm", "dark", "high_contrast"])
def test_each_theme_draws_every_screen(data_root, now, tmp_path, theme):
    p = start(data_root, now, size=(1280, 720))
    p.shell.ui.set("theme", theme)
    names = [name for name, _ in tour(p, tmp_path)]
    p.close()
    assert {"home", "settings", "setup", "summary", "story"} <= set(names)
    assert any(name.startswith("play-") for name in names)
