"""What a new couple tripped over in a whole evening of play: empty parts, shortcuts that typed, a switch that stayed on."""

from __future__ import annotations

import pygame

from game.core.cards import CardKey
from game.core.date_night_state import Segment, StepKind

from .date_night_tour import play_turn, pledge, remember_before, set_up

JUST_NOW = {
    CardKey("favourite-details", "coffee-order"): ("Oat flat white, extra hot", "Black, no fuss"),
}


def _to_segment(p, segment: Segment) -> None:  # type: ignore[no-untyped-def]
    """Play (or step through) the evening until `segment`'s opening is on the table."""
    for _ in range(200):
        if p.scene_name == "DateNightScene":
            step = p.scene.evening.step
            if step.kind is StepKind.CARDS and step.segment is segment:
                return
            if step.kind is StepKind.PLEDGE:
                pledge(p)
            elif step.kind is StepKind.CARDS:
                p.press(pygame.K_RETURN)
            else:
                raise AssertionError(f"unexpected step {step.kind}")
        else:
            play_turn(p)
            p.later(minutes=4)
    raise AssertionError(f"never reached {segment}")


def test_date_night_quiz_with_nothing_ready_says_so_and_moves_on(pilots) -> None:
    p = pilots(at_home=True)
    remember_before(p, JUST_NOW, days_ago=0.01)  # answered a quarter of an hour ago: due, but not rested
    set_up(p, minutes=60)
    _to_segment(p, Segment.QUIZ)
    p.press(pygame.K_RETURN)  # deal the quiz
    assert p.scene_name == "DateNightScene", "no empty quiz screen"
    step = p.scene.evening.step  # type: ignore[attr-defined]
    assert step.kind is StepKind.CARDS and step.segment is Segment.DEEPER
    assert "Nothing is ready to quiz yet" in p.shell.ui.toast_text
    assert p.labels()[0] == "Deal the cards"

