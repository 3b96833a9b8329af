"""Date night's golden screenshots: every part of the evening, and the keepsake picture. Rewrite them only on purpose:

    python3 -m pytest tests/ui/test_date_night_goldens.py --update-goldens

then look at every changed PNG before committing it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pygame
import pytest

from .date_night_tour import remember_before, run_evening, set_up
from .test_date_night import EARLIER
from .test_goldens import SIZE, assert_matches_golden
from .tour import start

NAMES = [
    "promise",
    "setup",
    "limits",
    "pledge",
    "open-note",
    "open-note-read",
    "opening-warm_up",
    "play-warm_up-answer",
    "opening-quiz",
    "play-quiz-quiz-guess",
    "opening-deeper",
    "play-deeper-answer",
    "break",
    "break-over",
    "opening-back",
    "play-back-private",
    "play-back-reveal",
    "opening-closing",
    "play-closing-private",
    "seal-note",
    "summary",
    "keepsake",
]


@pytest.fixture(scope="module")
def evening_screens(tmp_path_factory) -> dict[str, Path]:
    """A couple's second date night (the first left a note), one screenshot per screen worth guarding."""
    folder = tmp_path_factory.mktemp("date-night-goldens")
    now = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    p = start(folder / "data", now, names=("Zoë", "Nguyễn Thị Ánh"), seed=11, size=SIZE)
    p.shell.ui.set("reduced_motion", True)
    p.shell.ui.set("sound", False)
    p.services.folder_launcher = lambda command: 0
    remember_before(p, EARLIER, days_ago=9)
    set_up(p, minutes=30, caps=(1, 1))
    run_evening(p, note="Dance in the kitchen next time 💃")
    p.click("Back home")
    p.later(days=7)
    shots: dict[str, Path] = {}

    def keep(name: str) -> None:
        shots[name] = p.screenshot(folder / f"{name}.png")

    p.click("Date night")
    keep("promise")  # "Did it happen?": the small things promised last time, before the evening is set up
    p.press(pygame.K_ESCAPE)  # ask me later
    keep("setup")
    p.click("Set our limits in private")
    p.press(pygame.K_RETURN)
    keep("limits")
    p.press(pygame.K_ESCAPE)  # back out of the limits, then out of the set-up, and in again from Home
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "HomeScene"
    set_up(p, minutes=60, caps=(3, 2))
    run_evening(p, shot=keep, minutes_per_turn=4.0)
    shots["keepsake"] = Path(p.scene.saved)  # type: ignore[attr-defined]
    p.close()
    return shots


@pytest.mark.parametrize("name", NAMES)
def test_date_night_screen_matches_its_golden(evening_screens, name, request) -> None:
    assert name in evening_screens, f"the evening never reached {name}; it reached {sorted(evening_screens)}"
    assert_matches_golden(evening_screens[name], f"date-night-{name}", request)
