"""Our story after a few weeks of real play, or the sample couple's year, through the pilot: used by the story
screen tests and goldens."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pygame

from game.demo import make_demo
from tests.story_history import play_weeks

from .pilot import Pilot
from .tour import start

SECTIONS = ("Our memories", "Over time", "Love map", "What changed")
#: When the sample couple's year of play ends, for the tests that open it.
YEAR_ENDS = datetime(2026, 11, 25, 19, 30).astimezone()


def played_story(
    root: Path, now: datetime, size: tuple[int, int], weeks: int = 6, names: tuple[str, str] = ("Zoë", "Nguyễn Thị Ánh")
) -> Pilot:
    """A pilot on Our story for a couple who played `weeks` weeks (a Play and a Quiz me round each week) by the rules."""
    p = start(root, now, names=names, size=size)
    p.shell.ui.set("reduced_motion", True)
    p.shell.ui.set("sound", False)
    couple = p.services.couples()[0]

    def advance(delta: timedelta) -> None:
        p.later(seconds=delta.total_seconds())

    play_weeks(p.services, couple, advance, weeks)
    p.scene.refresh()
    p.click("Our story")
    return p


def sections(p: Pilot, folder: Path, tag: str) -> Iterator[tuple[str, Path]]:
    """Each section of Our story in turn, opened by its tab, with a screenshot of it."""
    for label in SECTIONS:
        p.click(label)
        name = f"{tag}-{label.lower().replace(' ', '-')}"
        yield label, p.screenshot(folder / f"{name}.png")


def sample_year(root: Path) -> Path:
    """The sample couple's year of play (what the `demo` command adds), in a new data folder at `root`."""
    make_demo(root, YEAR_ENDS, weeks=52, seed=1)
    return root


def at_home_on_a_copy(year: Path, root: Path) -> Pilot:
    """A pilot at Home on a copy of `year` made at `root`, so the year, made once, stays as it was."""
    shutil.copytree(year, root)
    p = Pilot(root, YEAR_ENDS, size=(1280, 720))
    p.advance(1.0)
    p.press(pygame.K_RETURN)  # Begin: the only couple opens at Home
    p.advance(0.5)
    if p.scene_name == "PromiseScene":
        p.press(pygame.K_ESCAPE)  # ask me later
    assert p.scene_name == "HomeScene"
    return p
