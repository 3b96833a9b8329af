"""A date night paused with "Go home" opens on Home next time, which offers to carry it on or let it go; one left by
closing the window, or by a crash, comes straight back as before.

A tester paused date night with "Go home", closed the game, and on opening it again was put straight back into the
evening: they had asked for Home. The choice is kept with the evening (its saved state), so it outlives the game.
"""

from __future__ import annotations

import pygame
import pytest

from game.core.date_night_state import Segment, StepKind
from game.ui.scenes.home import carry_on_words

from .date_night_tour import gone_home, on_the_warm_up, pledge, set_up
from .drawn import frame
from .pilot import Pilot
from .test_drafts_kept import crash

CARRY_ON = "Carry on your date night (35 min left)"


def evening_paused_at_home(p: Pilot) -> None:
    """From Home: a 60-minute evening, 25 minutes in at the warm-up's opening, paused with Esc → Go home."""
    set_up(p, minutes=60)
    pledge(p)
    p.later(minutes=25)
    p.advance(0.1)
    gone_home(p)


def reopened(pilots) -> Pilot:  # type: ignore[no-untyped-def]
    """The game opened again, its couple chosen (Enter on the title)."""
    again = pilots()
    again.press(pygame.K_RETURN)
    return again


def panel(p: Pilot) -> str:
    p.step()
    p.step()
    return " ".join(d.text for d in frame(p) if d.by == "HomeScene" and d.ink.left >= p.scene.help.left)  # type: ignore[attr-defined]


def test_after_go_home_the_game_opens_on_home_offering_the_evening_and_enter_carries_it_on(pilots) -> None:
    p = pilots(at_home=True)
    evening_paused_at_home(p)
    p.close()
    p = reopened(pilots)
    assert p.scene_name == "HomeScene", "they asked for Home"
    labels = p.labels()
    assert labels[:3] == [CARRY_ON, "Let this date night go", "Play"] and "Date night" not in labels
    assert "Your date night is paused at part 2 of" in panel(p)
    p.later(hours=5)  # time away is not counted
    p.press(pygame.K_RETURN)  # the carry-on button has the focus: the keyboard alone carries on
    assert p.scene_name == "DateNightScene"
    evening = p.scene.evening  # type: ignore[attr-defined]
    assert evening.step.kind is StepKind.CARDS and evening.step.segment is Segment.WARM_UP
    assert evening.time_left(p.now) == pytest.approx(35 * 60, abs=2)
    assert not evening.state.went_home, "carried on: the choice is spent"


def test_a_window_closed_after_carrying_on_comes_straight_back_into_the_evening(pilots) -> None:
    p = pilots(at_home=True)
    evening_paused_at_home(p)
    p.click(CARRY_ON)  # by mouse
    assert p.scene_name == "DateNightScene"
    p.close()  # no choice made: the window closed mid-evening
    p = reopened(pilots)
    assert p.scene_name == "DateNightScene"


def test_a_crash_mid_evening_comes_straight_back_into_it(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=30)
    pledge(p)
    assert p.scene_name == "DateNightScene"
    crash(p)
    p = reopened(pilots)
    assert p.scene_name == "DateNightScene"


def test_going_home_from_the_middle_of_a_card_opens_on_home_and_carrying_on_puts_that_card_back(pilots) -> None:
    p = pilots(at_home=True)
    card = on_the_warm_up(p)
    gone_home(p)
    p.close()
    p = reopened(pilots)
    assert p.scene_name == "HomeScene"
    p.click(next(label for label in p.labels() if label.startswith("Carry on your date night")))
    assert p.scene_name == "DateNightPlayScene" and p.scene.session.current.card == card  # type: ignore[attr-defined]


def test_letting_the_evening_go_asks_first_then_ends_it_and_home_offers_a_new_one(pilots) -> None:
    p = pilots(at_home=True)
    evening_paused_at_home(p)
    p.click("Let this date night go")
    assert p.scene_name == "ConfirmScene"
    p.click("Keep it")
    assert p.scene_name == "HomeScene" and p.labels()[0] == CARRY_ON, "kept, as it was"
    p.click("Let this date night go")
    p.click("Let it go")
    assert p.scene_name == "HomeScene"
    assert "Date night" in p.labels() and not any(label.startswith("Carry on") for label in p.labels())
    assert p.labels()[0] == "Play" and p.scene.focus == 0  # type: ignore[attr-defined]
    couple = p.services.couples()[0]
    assert p.services.store.date_nights.open_evening(couple.id) is None
    p.close()
    p = reopened(pilots)
    assert p.scene_name == "HomeScene" and "Date night" in p.labels()


@pytest.mark.parametrize(
    ("left", "words"),
    [
        (35 * 60, CARRY_ON),
        (59, "Carry on your date night (1 min left)"),
        (0, "Carry on your date night"),
        (-300, "Carry on your date night"),
    ],
)
def test_the_carry_on_button_says_how_long_is_left_and_nothing_when_it_ran_over(left: float, words: str) -> None:
    assert carry_on_words(left) == words
