"""The real game in a real X window (Xvfb + xdotool): a date night paused with "Go home" opens on Home next time,
and Enter there carries it on; closed from inside the evening, it comes straight back.

The evening is made and paused through the scenes with the dummy driver (as the couple would, by keyboard and
clicks), then the real program is started on the same data folder and driven by keys.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pygame
import pytest

from tests.e2e.test_real_window import Game, Person, Saved, display  # noqa: F401  (display: the Xvfb fixture)
from tests.ui.date_night_tour import pledge, set_up
from tests.ui.tour import start
from tests.xserver import X_TOOLS_MISSING, X_TOOLS_REASON, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(bool(X_TOOLS_MISSING), reason=X_TOOLS_REASON)]


def open_evening(saved: Saved) -> tuple[int, str | None] | None:
    """The open date night's "went home" mark and when its clock last ran from (None: stopped)."""
    rows = saved.rows(
        "SELECT json_extract(state, '$.went_home'), json_extract(state, '$.since') FROM date_nights WHERE ended_at IS NULL"
    )
    return (int(rows[0][0]), rows[0][1]) if rows else None


def test_go_home_then_reopening_the_real_game_opens_home_and_enter_carries_on(display: str, tmp_path: Path) -> None:  # noqa: F811
    data = tmp_path / "data"
    saved = Saved(data / "kindred.db")
    p = start(data, datetime.now(UTC))
    set_up(p, minutes=30)
    pledge(p)
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    assert p.scene_name == "HomeScene"
    p.close()
    assert open_evening(saved) == (1, None)

    person = Person(display, tmp_path / "shots")
    games: list[Game] = []
    try:
        game = Game(display, data, tmp_path, "after-go-home")
        games.append(game)
        person.key("Return")  # the title: on to the couple
        time.sleep(1.0)
        person.shot("home-after-go-home")
        assert open_evening(saved) == (1, None), "the game opened on Home: the evening waits, its clock stopped"
        person.key("Return")  # Home's first button: carry on the date night
        wait_for(lambda: (now := open_evening(saved)) is not None and now[0] == 0 and now[1] is not None, "the evening to go on")
        person.shot("carried-on")
        assert game.close_window() == 0, game.stderr()  # closed from inside the evening: no choice made
        assert open_evening(saved) == (0, None)

        game = Game(display, data, tmp_path, "after-close")
        games.append(game)
        person.key("Return")  # the title: straight back into the evening
        wait_for(lambda: (now := open_evening(saved)) is not None and now[1] is not None, "the evening to come straight back")
        assert game.close_window() == 0, game.stderr()
    except BaseException:
        person.shot("failure")
        raise
    finally:
        for game in games:
            game.kill()
