"""Undo with nothing to take back says why, in a Play round and at date night, instead of doing nothing.

The Undo button is greyed then, but its key (U, or Alt+U while typing) is in the hints all the same: pressed at a
round's first card it did nothing at all, and at the first card of a date night's second part a couple who had just
answered in the first had no way to know that Undo works within one part of the evening.
"""

from __future__ import annotations

import pygame

from game.ui.scenes.date_night_play import EARLIER_PARTS_KEPT
from game.ui.scenes.play_view import NOTHING_TO_UNDO

from .date_night_tour import play_turn, pledge, set_up
from .pilot import Pilot


def press_undo(p: Pilot) -> None:
    p.key("u") if not p.scene.typing() else p.press(pygame.K_u, mod=pygame.KMOD_ALT)


def test_undo_at_a_round_s_first_card_says_there_is_nothing_to_take_back_yet(pilots) -> None:
    from .test_flows import deal

    p = pilots(at_home=True)
    deal(p)
    assert p.scene_name == "PlayScene" and not p.widget("Undo").enabled
    turn = p.scene.session.current
    press_undo(p)
    assert p.shell.ui.toast_text == NOTHING_TO_UNDO
    assert p.scene.session.current == turn


def test_undo_at_the_first_card_of_a_later_part_of_the_evening_says_the_parts_before_are_saved(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=60)
    pledge(p)
    p.press(pygame.K_RETURN)  # the warm-up's cards
    assert p.scene_name == "DateNightPlayScene" and not p.widget("Undo").enabled
    press_undo(p)
    assert p.shell.ui.toast_text == NOTHING_TO_UNDO, "nothing answered tonight yet"
    session = p.scene.session
    while not session.state.completed:
        play_turn(p)
    assert p.widget("Undo").enabled, "an answer of this part: Undo takes it back"
    p.key("e") if not p.scene.typing() else p.press(pygame.K_e, mod=pygame.KMOD_ALT)
    p.click("Move on")
    assert p.scene_name == "DateNightScene"
    p.press(pygame.K_RETURN)  # the next part's cards
    assert p.scene_name == "DateNightPlayScene" and p.scene.session is not session
    assert not p.widget("Undo").enabled
    press_undo(p)
    assert p.shell.ui.toast_text == EARLIER_PARTS_KEPT
