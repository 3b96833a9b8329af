"""Enter in a date entry goes through it as the date is said: the day, then the month, then the year, which saves.

A tester pressed Enter on the month slider to move on and saved the whole date at once, the year still untyped.
Enter in the day box moves on to the month (unless a whole date, "14 March", is typed there, which it saves), Enter
on the month moves on to the year, and Enter in the year saves; the footer says which, and Save still saves.
"""

from __future__ import annotations

import pygame

from .pilot import Pilot
from .test_play_loop import _on_a_date_card, _saved_answer


def enter_hint(p: Pilot) -> str:
    return dict(p.scene.hints)["Enter"]


def focused(p: Pilot) -> str:
    widget = p.scene.focused()
    assert widget is not None
    return widget.label


def test_enter_goes_from_the_day_to_the_month_to_the_year_and_only_the_year_saves(pilots):
    p = pilots(at_home=True)
    turn = _on_a_date_card(p)
    assert focused(p) == "Day" and enter_hint(p) == "next"
    p.type("12")
    p.press(pygame.K_RETURN)
    assert focused(p) == "Month" and enter_hint(p) == "next"
    assert p.scene.session.current == turn, "Enter in the day box saved a date before its month was chosen"
    p.press(pygame.K_RIGHT, times=5)
    p.press(pygame.K_RETURN)
    assert focused(p) == "Year", "Enter on the month moves on to the year"
    assert p.scene.session.current == turn, "Enter on the month saved the date before its year was typed"
    assert enter_hint(p) == "save"
    p.type("1994")
    p.press(pygame.K_RETURN)
    assert _saved_answer(p, turn) == "1994-06-12"


def test_a_whole_date_typed_in_the_day_box_is_saved_by_enter_as_the_footer_says(pilots):
    p = pilots(at_home=True)
    turn = _on_a_date_card(p)
    p.type("14 March")
    assert enter_hint(p) == "save"
    p.press(pygame.K_RETURN)
    assert _saved_answer(p, turn) == "03-14"


def test_save_still_saves_a_day_and_month_with_the_mouse(pilots):
    p = pilots(at_home=True)
    turn = _on_a_date_card(p)
    p.type("3")
    p.press(pygame.K_RETURN)
    p.press(pygame.K_RIGHT)
    save = p.scene.input.submit
    p.click(save.label)
    assert _saved_answer(p, turn) == "02-03"
