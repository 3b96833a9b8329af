"""Date night's clock and the play screen's side share a small window without overlapping.

When the time left has no room beside the key hints (the largest text in a 960×540 window) it sits a
row above them, at the bottom right, under the side beside the card: the side stops above it, and
what does not fit scrolls. A part's opening keeps each button's words on one line ("Skip to the closing"
at Largest), at every window and text size the layout walks use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.ui.date_night_view import arc_top
from game.ui.scenes.date_night_play import DateNightPlayScene
from game.ui.widgets import Button

from .date_night_tour import pledge, run_evening, set_up
from .drawn import frame
from .pilot import Pilot
from .test_layout import combinations
from .tour import start


def test_the_side_stops_above_the_clock_when_the_clock_sits_above_the_key_hints(tmp_path: Path, now: datetime) -> None:
    raised: list[str] = []
    # The clock is lifted only on frames whose hints are wide (while someone types a free answer), so whether an
    # evening has such a frame depends on the cards it deals. Evenings are played, each by a new couple with its
    # own seed, until one has: every frame of every evening played is checked on the way.
    for seed in range(7, 13):
        p = start(tmp_path / f"kindred-data-{seed}", now, seed=seed, size=(960, 540))
        try:
            play_checking_each_frame(p, raised)
        finally:
            p.close()
        if raised:
            break
    assert raised, "the clock never sat above the key hints: the test looked at nothing"


def play_checking_each_frame(p: Pilot, raised: list[str]) -> None:
    """One evening at the largest text size, with the side and the clock checked on every frame of play."""
    p.shell.ui.set("text_size", "largest")
    set_up(p, minutes=60, caps=(3, 2))

    def check(name: str, scene: DateNightPlayScene) -> None:
        top = arc_top(p.shell.ui, scene.evening.evening, scene.hints)
        if top is None:
            return
        raised.append(name)
        assert scene.viewport.bottom <= top, f"{name}: the side reaches {scene.viewport.bottom}, the clock starts at {top}"
        shown = [w for w in scene.scroller.members if w.visible and w.rect.colliderect(scene.viewport)]
        assert all(w.rect.clip(scene.viewport).bottom <= top for w in shown), name

    # Every frame of the evening is looked at, not only each screen's first: while someone types, the hints grow
    # ("Shift+Enter new line", Alt+ chords) and lift the clock a row.
    step = p.step

    def stepping(*args: Any, **kwargs: Any) -> bool:
        going = step(*args, **kwargs)
        scene = p.shell.ui.stack[-1] if p.shell.ui.stack else None
        if isinstance(scene, DateNightPlayScene):
            check(f"{scene.session.phase.value}, typing {scene.typing()}", scene)
        return going

    p.step = stepping  # type: ignore[method-assign]
    run_evening(p, minutes_per_turn=4.0)


def at_an_opening(p: Pilot, text_size: str) -> None:
    """From Home to the first part's opening that offers "Skip to the closing", at `text_size`."""
    p.shell.ui.set("text_size", text_size)
    p.shell.ui.set("reduced_motion", True)
    set_up(p)
    pledge(p)
    for _ in range(5):  # past the note from last time, when there is one
        if "Skip to the closing" in p.labels():
            return
        p.press(pygame.K_RETURN)
    assert "Skip to the closing" in p.labels(), p.labels()


@pytest.mark.parametrize(("size", "text_size"), combinations(), ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else v)
def test_an_opening_s_buttons_keep_their_words_on_one_line(
    pilots: Callable[..., Pilot], size: tuple[int, int], text_size: str
) -> None:
    """At the larger text sizes "Skip to the closing" wrapped onto two lines: each button is now as wide as its words."""
    p = pilots(at_home=True, size=size)
    at_an_opening(p, text_size)
    line = p.shell.ui.text.line_height(p.shell.ui.theme.style("button"))
    drawn = {run.text: run.ink for run in frame(p) if run.by == "DateNightScene"}
    for button in p.scene.widgets:
        if isinstance(button, Button):
            assert drawn[button.label].height <= line, f"{button.label!r} is drawn on more than one line"


def choose(p: Pilot, label: str, by: str) -> None:
    """Press the button called `label`: clicked, or tabbed to and chosen with Enter."""
    if by == "mouse":
        p.click(label)
        return
    button = p.widget(label)
    for _ in range(len(p.scene.widgets)):
        if p.scene.focused() is button:
            break
        p.press(pygame.K_TAB)
    assert p.scene.focused() is button, label
    p.press(pygame.K_RETURN)


@pytest.mark.parametrize("by", ["mouse", "keyboard"])
def test_skip_to_the_closing_at_the_largest_text_is_asked_and_taken_by_mouse_or_keyboard(
    pilots: Callable[..., Pilot], by: str
) -> None:
    p = pilots(at_home=True, size=(960, 540))
    at_an_opening(p, "largest")
    choose(p, "Skip to the closing", by)
    assert p.scene.question == "Skip to the closing?"  # type: ignore[attr-defined]
    choose(p, "Skip to the closing", by)
    assert p.scene_name == "DateNightScene" and "Begin the closing" in p.labels(), p.labels()
