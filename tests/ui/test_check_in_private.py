"""A check-in shows the old answer to its owner alone (playtest E, finding 4).

Quiz me checks a changing answer gone stale with its owner before the partner is asked about it. It used
to ask on the shared screen, "Still true? Your answer was: …", in large type, with the partner about to be
quizzed on it beside them. Now the play screen hands the laptop over, the partner looks away behind the
curtain, and only the owner's own screens show it. The walk below takes every way through a check-in
(still true, changed, handed back first, passed) and, at every screen drawn, asks that no remembered
answer shows where the partner could see it before their guess about it is in.
"""

from __future__ import annotations

import pygame
import pytest

from game.core.session import Phase
from game.storage.paths import user_decks_dir

from .drawn import frame
from .test_flows import play_until
from .test_play_loop import CHANGING_DECK, _deal_only

DECK = (
    CHANGING_DECK
    + """\
  - id: coffee
    text: What's your coffee order these days?
    quiz: What's {name}'s coffee order these days?
    changes: true
  - id: show
    text: What are you watching at the moment?
    quiz: What is {name} watching at the moment?
    changes: true
  - id: walk
    text: Where would you walk on a free afternoon?
    quiz: Where would {name} walk on a free afternoon?
"""
)
ANSWERS = ["Dancing Queen on repeat", "Flat white, extra hot", "The Great Pottery Throw Down", "Along the canal"]
#: The screens only the owner of an answer sees: behind the curtain, with the partner looking away.
OWNER_ALONE = {"CheckInScene", "ChangedAnswerScene"}


def _answered_long_ago(pilots, data_root):
    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True)
    (folder / "right-now.yaml").write_text(DECK, encoding="utf-8")
    p = pilots(at_home=True)
    _deal_only(p, "Right now")
    answers = iter(ANSWERS)

    def answering(q):
        if q.scene_name == "PlayScene" and q.scene.session.phase is Phase.ANSWER:
            q.type(next(answers))
            q.press(pygame.K_RETURN)
            q.advance(0.7)
        return q.scene_name != "PlayScene"

    play_until(p, answering)
    p.press(pygame.K_RETURN)
    p.later(days=90)
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    return p


@pytest.mark.parametrize("way", ["still true", "changed", "handed back first", "passed"])
def test_no_remembered_answer_shows_to_the_partner_before_their_guess(pilots, data_root, way):
    p = _answered_long_ago(pilots, data_root)
    secret = {answer for answer in ANSWERS}  # what the partner may yet be asked: not for their eyes
    checks = 0
    for _ in range(80):
        name = p.scene_name
        if name not in OWNER_ALONE:
            shown = " ".join(d.text for d in frame(p))
            leaked = [answer for answer in secret if answer in shown]
            assert not leaked, f"{name} shows {leaked} before the partner's guess"
        if name == "CurtainScene":
            p.press(pygame.K_RETURN)  # "I'm … — show me"
        elif name == "CheckInScene":
            checks += 1
            if way == "handed back first" and checks == 1:
                p.press(pygame.K_ESCAPE)  # not now: back to the shared screen, the answer with it
                assert p.scene_name == "PlayScene" and p.scene.session.phase is Phase.CHECK
            elif way == "changed":
                p.key("c")
            else:
                p.key("1")
        elif name == "ChangedAnswerScene":
            now = f"Something new, number {checks}"
            secret.add(now)
            p.type(now)
            p.press(pygame.K_RETURN)
        elif name == "PlayScene":
            session = p.scene.session
            phase, turn = session.phase, session.current
            if phase is Phase.CHECK and way == "passed":
                p.click("Pass")
            elif phase is Phase.CHECK:
                p.click(next(label for label in p.labels() if label.startswith("Hand the laptop to")))
            elif phase is Phase.GUESS:
                p.type("No idea at all")
                p.press(pygame.K_RETURN)
                memory = session.memories[turn.memory]
                secret -= {str(version.answer) for version in memory.history}  # their guess is in: it may show
            elif phase is Phase.JUDGE:
                p.key("2")
            else:
                p.press(pygame.K_RETURN)
        else:
            break
        p.advance(0.7)
    else:
        raise AssertionError("the quiz never ended")
    assert way == "passed" or checks >= 1, "the walk went through a check-in"
