"""Continuing from Home spends "Go home": a window closed straight after opens on the card again, not on Home.

"Go home" during a round or a date night marks it so that the game, opened again, shows Home first, offering to
carry on. Pressing Continue there is that choice made: a couple who then close the window (the laptop lid, the
kettle) come back to the card they were on, as after any other close.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame
import pytest

from .date_night_tour import gone_home, on_the_warm_up
from .pilot import Pilot
from .test_drafts_kept import crash

#: How the window goes: closed as a person closes it, or the game stopped with no chance to tidy up (so what
#: continuing did must have been saved as it was done, not on the way out).
ENDINGS = pytest.mark.parametrize("end", [Pilot.close, crash], ids=["closed", "crashed"])


def _reopened(pilots: Callable[..., Pilot]) -> Pilot:
    """The game opened again, its couple chosen (Enter on the title)."""
    again = pilots()
    again.press(pygame.K_RETURN)
    return again


@ENDINGS
def test_continue_on_home_then_closing_the_window_opens_on_the_round_s_card(
    pilots: Callable[..., Pilot], end: Callable[[Pilot], None]
) -> None:
    p = pilots(at_home=True)
    p.click("Play")
    p.click("Deal the cards")
    p.advance(0.6)
    card = p.scene.card().key  # type: ignore[attr-defined]
    gone_home(p)
    p.close()
    p = _reopened(pilots)
    assert p.scene_name == "HomeScene", "they asked for Home"
    p.click("Continue where you stopped")
    assert p.scene_name == "PlayScene" and p.scene.card().key == card  # type: ignore[attr-defined]
    end(p)  # straight away: nothing played
    p = _reopened(pilots)
    assert p.scene_name == "PlayScene", "continued: the game opens on the card"
    assert p.scene.card().key == card  # type: ignore[attr-defined]


@ENDINGS
def test_carrying_on_a_date_night_card_then_closing_the_window_opens_on_that_card(
    pilots: Callable[..., Pilot], end: Callable[[Pilot], None]
) -> None:
    p = pilots(at_home=True)
    card = on_the_warm_up(p)
    gone_home(p)
    p.close()
    p = _reopened(pilots)
    assert p.scene_name == "HomeScene", "they asked for Home"
    p.click(next(label for label in p.labels() if label.startswith("Carry on your date night")))
    assert p.scene_name == "DateNightPlayScene" and p.scene.session.current.card == card  # type: ignore[attr-defined]
    end(p)  # straight away: nothing played
    p = _reopened(pilots)
    assert p.scene_name == "DateNightPlayScene", "carried on: the game opens on the card"
    assert p.scene.session.current.card == card  # type: ignore[attr-defined]
