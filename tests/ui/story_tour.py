"""Our story after a few weeks of real play, through the pilot: used by the story screen tests and goldens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from tests.story_history import play_weeks

from .pilot import Pilot
from .tour import start

SECTIONS = ("Our memories", "Over time", "Love map", "What changed")


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
