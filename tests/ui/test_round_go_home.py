"""A quiz (or a round) left with "Go home" opens on Home next time, whose main action continues it; one left by
closing the window comes straight back, as before (playtest I, confusion 10: Begin after "Go home" from a quiz put
the couple straight back into the quiz, though a date night paused the same way opens on Home)."""

from __future__ import annotations

import pygame

from game.core.session import Mode

from .test_date_night_go_home import reopened
from .test_flows import quiz_me_after_a_round

CONTINUE = "Continue where you stopped"


def test_a_quiz_left_with_go_home_opens_on_home_and_enter_continues_it(pilots) -> None:
    p = pilots(at_home=True)
    quiz_me_after_a_round(p)
    assert p.scene_name == "PlayScene" and p.scene.session.config.mode is Mode.QUIZ  # type: ignore[attr-defined]
    quiz = p.scene.stored.session_id  # type: ignore[attr-defined]
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    assert p.scene_name == "HomeScene"
    p.close()
    p = reopened(pilots)
    assert p.scene_name == "HomeScene", "they asked for Home"
    assert p.labels()[0] == CONTINUE and p.scene.focused().label == CONTINUE  # type: ignore[attr-defined]
    p.press(pygame.K_RETURN)
    p.advance(0.2)
    assert p.scene_name == "PlayScene" and p.scene.stored.session_id == quiz  # type: ignore[attr-defined]
    p.close()  # no choice made this time: the window closed mid-quiz
    p = reopened(pilots)
    assert p.scene_name == "PlayScene", "a window closed mid-quiz comes straight back"
