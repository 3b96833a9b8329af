"""Coming back: the title says what waits for the couple, and its main button carries it on (playtest J, §4).

Closing the window mid-round or mid date night kept the place, but the game opened on a plain "Begin", and then the
card, with no word that anything was waiting. Now the title's main button says it ("Carry on: card 2 of 12", "Carry
on your date night") and Enter does just that. A round or evening left with "Go home" is the exception: the couple
asked for Home, so the title begins, and Home offers to carry on.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from .date_night_tour import on_the_warm_up
from .pilot import Pilot
from .test_flows import deal
from .tour import finish_turn


def _reopened(pilots: Callable[..., Pilot]) -> Pilot:
    """The game opened again on its title, with the frame after its first drawn (it looks once the title shows)."""
    again = pilots()
    again.step()
    assert again.scene_name == "TitleScene"
    return again


def _main_button(p: Pilot) -> str:
    return next(w.label for w in p.scene.widgets if getattr(w, "kind", "") == "primary")


def test_a_round_left_by_closing_the_window_is_named_on_the_title_and_enter_carries_it_on(pilots) -> None:
    p = pilots(at_home=True)
    deal(p)
    finish_turn(p)
    p.advance(0.6)
    card = p.scene.session.current.card  # type: ignore[attr-defined]
    p.close()
    p = _reopened(pilots)
    assert _main_button(p) == "Carry on: card 2 of 12"
    assert ("Enter", "carry on") in p.scene.hints
    p.press(pygame.K_RETURN)
    assert p.scene_name == "PlayScene" and p.scene.session.current.card == card  # type: ignore[attr-defined]


def test_a_date_night_left_by_closing_the_window_is_named_on_the_title_and_enter_carries_it_on(pilots) -> None:
    p = pilots(at_home=True)
    card = on_the_warm_up(p)
    p.close()
    p = _reopened(pilots)
    assert _main_button(p) == "Carry on your date night"
    p.press(pygame.K_RETURN)
    assert p.scene_name == "DateNightPlayScene" and p.scene.session.current.card == card  # type: ignore[attr-defined]


def test_a_round_left_with_go_home_leaves_the_title_as_it_was_and_home_offers_it(pilots) -> None:
    p = pilots(at_home=True)
    deal(p)
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    p.close()
    p = _reopened(pilots)
    assert _main_button(p) == "Begin" and ("Enter", "begin") in p.scene.hints
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene" and "Continue where you stopped" in p.labels()


def test_with_nothing_waiting_the_title_begins(pilots) -> None:
    p = pilots(at_home=True)
    p.close()
    p = _reopened(pilots)
    assert _main_button(p) == "Begin"
