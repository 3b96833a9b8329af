"""A fast typist at the hand-over, in a real window (Xvfb + xdotool): the answer is kept whole or not at all.

The game is left at a card both answer privately, the laptop about to be handed over. Enter on "Hand the laptop
to …" and typing at once puts the keys on the curtain: none is taken (a Space between the words once lifted it, and
the answer lost its start). Enter on "show me" and typing at once puts every key in the answer.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pygame
import pytest

from tests.e2e.test_real_window import Game, Person, Saved
from tests.ui.test_flows import behind_the_curtain_on_a_private_text
from tests.ui.tour import start
from tests.xserver import X_TOOLS_MISSING, X_TOOLS_REASON, wait_for, xvfb

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(bool(X_TOOLS_MISSING), reason=X_TOOLS_REASON)]

ANSWER = "Leave the good mug out"


def at_the_hand_over(data: Path) -> None:
    """A couple in the middle of a round, at a private card with a typed answer, the laptop not yet handed over."""
    pilot = start(data, datetime.now(UTC))
    behind_the_curtain_on_a_private_text(pilot)
    pilot.press(pygame.K_ESCAPE)  # handed back: "Hand the laptop to …" waits
    pilot.close()


def test_an_answer_typed_at_once_after_enter_is_kept_whole(tmp_path: Path) -> None:
    data = tmp_path / "data"
    at_the_hand_over(data)
    saved = Saved(data / "kindred.db")
    with xvfb(tmp_path / "xvfb.log", (1280, 720)) as display:
        person = Person(display, tmp_path / "shots")
        game = Game(display, data, tmp_path, "typing")
        try:
            person.key("Return")  # Begin: straight back into the round, at the hand-over
            time.sleep(1.0)
            person.shot("hand-over")
            person.x("xdotool", "key", "Return", "type", "--delay", "20", ANSWER)  # on "Hand the laptop to …"
            time.sleep(0.5)
            person.shot("curtain-after-typing")
            person.x("xdotool", "key", "Return", "type", "--delay", "20", ANSWER)  # on "show me"
            time.sleep(0.5)
            person.shot("answer-typed")
            person.key("Return")  # Hide it till you've both answered
            private = wait_for(lambda: (state := saved.session()) and state["state"]["private"], "the private answer")
            assert list(private.values()) == [ANSWER], f"saved {private}, typed {ANSWER!r}"
            assert game.close_window() == 0, game.stderr()
        except BaseException:
            person.shot("failure")
            game.kill()
            print(f"--- stderr ---\n{game.stderr()}\nscreenshots: {person.shots}")
            raise
