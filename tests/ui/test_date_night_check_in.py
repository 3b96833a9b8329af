"""A check-in inside date night's quiz part: a changing answer gone stale is checked with its owner alone.

A couple's go-to café orders, told each other months ago, may no longer hold. When date night's quiz part
comes to one, its owner is handed the laptop behind the curtain and says whether it still holds before the
partner is asked about it. The walk below drives a real evening to that part and, at every screen drawn,
asks that no remembered answer shows where the partner could see it before their guess is in, and that
"Question 1 of N" counts exactly the questions the part then asks.
"""

from __future__ import annotations

import re

import pygame
import pytest

from game.core.answers import describe
from game.core.cards import CardKey
from game.core.date_night_state import Segment, Status, StepKind
from game.core.session import Phase
from game.ui.scenes.round_progress import LAST_QUESTION, ONLY_QUESTION

from .date_night_tour import decline_more, play_turn, pledge, remember_before, set_up, type_answer
from .drawn import frame

COFFEE = CardKey("favourite-details", "coffee-order")  # its answer changes: after 60 days it is checked first
BIRTHDAY = CardKey("important-dates", "birthday")
EARLIER = {COFFEE: ("Oat flat white, extra hot", "Black, no fuss"), BIRTHDAY: ("14 February", "2 March")}
#: The screens only the owner of an answer sees: behind the curtain, with the partner looking away.
OWNER_ALONE = {"CheckInScene", "ChangedAnswerScene"}
QUESTION = re.compile(r"Question (\d+)(?: of (\d+))?")


def to_the_quiz_part(pilots):
    p = pilots(at_home=True)
    remember_before(p, EARLIER, days_ago=90)
    set_up(p, minutes=60)
    pledge(p)
    for _ in range(200):
        step = p.scene.evening.step if p.scene_name == "DateNightScene" else p.scene.evening.evening.step
        if step.segment is Segment.QUIZ:
            return p
        if p.scene_name == "DateNightScene" and step.status is Status.OFFERED:
            decline_more(p)
        elif p.scene_name == "DateNightScene":
            assert step.kind is StepKind.CARDS, step
            p.press(pygame.K_RETURN)
        else:
            play_turn(p)
            p.later(minutes=1)
    raise AssertionError("the evening never came to its quiz part")


@pytest.mark.parametrize("way", ["still true", "changed", "handed back first", "passed"])
def test_date_night_quiz_part_checks_a_stale_answer_with_its_owner_alone_and_counts_true(pilots, way) -> None:
    p = to_the_quiz_part(pilots)
    secret = {str(answer) for pair in EARLIER.values() for answer in pair}  # for no partner's eyes before a guess
    checks, counted, asked, passed = 0, [], 0, 0
    session = None
    for _ in range(120):
        name = p.scene_name
        if name not in OWNER_ALONE:
            drawn = frame(p)
            shown = " ".join(d.text for d in drawn)
            leaked = [answer for answer in secret if answer in shown]
            assert not leaked, f"{name} shows {leaked} before the partner's guess: {drawn}"
            for d in drawn:
                one = ("1", "1") if d.text in (ONLY_QUESTION, LAST_QUESTION) else None  # a quiz of one says so
                if (found := one or ((match := QUESTION.fullmatch(d.text)) and match.groups())) and found not in counted:
                    counted.append(found)
        if name == "DateNightScene":
            step = p.scene.evening.step
            if step.segment is not Segment.QUIZ:
                break
            p.press(pygame.K_RETURN)  # deal the quiz part
        elif name == "CurtainScene":
            p.press(pygame.K_RETURN)  # "I'm … — show me"
        elif name == "CheckInScene":
            checks += 1
            if way == "handed back first" and checks == 1:
                p.press(pygame.K_ESCAPE)  # not now: back to the shared screen, the answer with it
                assert p.scene_name == "DateNightPlayScene" and p.scene.session.phase is Phase.CHECK
            else:
                p.key("c" if way == "changed" else "1")
        elif name == "ChangedAnswerScene":
            now = f"Something new, number {checks}"
            secret.add(now)
            p.type(now)
            p.press(pygame.K_RETURN)
        elif name == "DateNightPlayScene":
            session = p.scene.session
            phase, turn = session.phase, session.current
            if phase is Phase.CHECK and way == "passed":
                p.click("Pass")
                passed += 1
            elif phase is Phase.CHECK:
                p.click(next(label for label in p.labels() if label.startswith("Hand the laptop to")))
            elif phase is Phase.GUESS:
                type_answer(p, p.scene.card(), 1 - turn.seat, guess=True)
                assert session.phase is not Phase.GUESS, "the guess went in"
                asked += 1
                card, memory = p.scene.card(), session.memories[turn.memory]
                secret -= {describe(card, version.answer) for version in memory.history}  # their guess is in: it may show
            elif phase is Phase.JUDGE:
                p.key("2")
            else:
                p.press(pygame.K_RETURN)
        else:
            raise AssertionError(f"the quiz part wandered off to {name}: {p.labels()}")
        p.advance(0.7)
    else:
        raise AssertionError("the quiz part never ended")
    assert checks >= 1 or passed, "the walk went through a check-in"
    assert session is not None and session.ended
    turns = len(session.state.completed)
    assert turns == checks + asked - (way == "handed back first")
    # Counted again as each turn begins, as Quiz me counts: a passed check leaves one fewer to ask, never one more.
    totals = [int(total) for _, total in counted]
    assert totals == sorted(totals, reverse=True) and totals[-1] == turns, f"said {counted}, asked {turns}"
    assert sorted({int(number) for number, _ in counted}) == list(range(1, turns + 1))


def test_date_night_check_in_left_behind_the_curtain_comes_back_behind_it(pilots) -> None:
    p = to_the_quiz_part(pilots)
    p.press(pygame.K_RETURN)  # deal the quiz part
    assert p.scene.session.phase is Phase.CHECK
    p.click(next(label for label in p.labels() if label.startswith("Hand the laptop to")))
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CheckInScene"
    p.close()  # the window closes with the old answer on the owner's screen

    again = pilots()
    again.press(pygame.K_RETURN)
    assert again.scene_name == "DateNightPlayScene" and again.scene.session.phase is Phase.CHECK
    shown = " ".join(d.text for d in frame(again))
    assert not [answer for pair in EARLIER.values() for answer in pair if answer in shown]
