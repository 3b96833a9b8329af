"""A card passed on date night: its place goes to another of the part's own cards, so every place is played.

Parts are played through real Sessions (tests/core/test_date_night.py's helpers). The closing ritual has no
other cards: a pass there leaves it a card shorter.
"""

from __future__ import annotations

from datetime import timedelta

from game.core.date_night import DateNight
from game.core.date_night_events import SegmentBegan
from game.core.date_night_plan import APPRECIATION_CARDS, SMALL_THING_CARDS, EveningSetup, History
from game.core.date_night_state import Segment
from game.core.partner_quiz import QuizBook
from game.core.session import Session
from tests.core.test_date_night import NOW, builtin, play_turn
from tests.core.test_date_night_more import QUICK, warm_up_taking

LONGER = EveningSetup(90, 3, (3, 3), (False, False), seed=5)


def begun(evening: DateNight, events: list) -> Session:
    began = next(e for e in events if isinstance(e, SegmentBegan))
    session = Session(began.config, evening.decks, {}, QuizBook())
    session.begin(NOW)
    return session


def played(session: Session) -> list:
    return [turn.card for turn in session.state.completed if not turn.is_quiz]


def test_a_card_passed_in_a_part_is_replaced_by_one_of_its_spares_and_every_place_is_played() -> None:
    evening = DateNight.plan(LONGER, builtin(), {}, QuizBook(), History(), NOW)
    evening.pledge(NOW)
    session = begun(evening, evening.begin_segment({}, QuizBook(), NOW))
    step = evening.step
    assert step is not None and step.segment is Segment.WARM_UP
    planned, length = list(step.cards), session.config.length
    assert length == len(planned) >= 2
    while not played(session):
        play_turn(session, NOW)
    passed = session.current.card if session.current is not None else None
    session.pass_card(NOW)
    assert session.current is not None and session.current.card not in (passed, *played(session))
    while not session.ended:
        play_turn(session, NOW)
    assert len(played(session)) == length  # "Card 2 of 3" passed: a card 2 of 3 again, then card 3 of 3
    assert passed not in played(session) and len(set(played(session))) == length
    stand_in = next(key for key in played(session) if key not in planned)
    assert stand_in in step.spares
    evening.finish_segment(session, NOW + timedelta(minutes=30))
    tally = evening.state.tally
    assert (tally.cards_played, tally.passed) == (length, 1)
    assert len(tally.played) == len(set(tally.played)) == length + 1


def test_a_card_passed_in_the_more_taken_is_replaced_too() -> None:
    evening, _, _ = warm_up_taking(0.2)
    step = evening.step
    assert step is not None
    offer = list(step.offer)
    session = begun(evening, evening.take_more({}, QuizBook(), NOW + timedelta(minutes=3)))
    before = set(evening.state.tally.played)
    first = session.current
    assert first is not None and first.card == offer[0]
    session.pass_card(NOW)
    while not session.ended:
        play_turn(session, NOW)
    assert len(played(session)) == len(offer) and offer[0] not in played(session)
    assert not set(played(session)) & before  # a stand-in was never played tonight


def test_a_card_passed_in_the_closing_is_not_replaced_and_the_part_is_a_card_shorter() -> None:
    evening = DateNight.plan(QUICK, builtin(), {}, QuizBook(), History(), NOW)
    evening.pledge(NOW)
    evening.wrap_up(NOW)
    step = evening.step
    assert step is not None and step.segment is Segment.CLOSING
    session = begun(evening, evening.begin_segment({}, QuizBook(), NOW))
    assert session.config.cards == tuple(step.cards) and len(step.cards) == 2  # the ritual, and nothing else
    assert step.cards[0] in APPRECIATION_CARDS and step.cards[1] in SMALL_THING_CARDS
    session.pass_card(NOW)
    assert session.current is not None and session.current.card == step.cards[1]
    while not session.ended:
        play_turn(session, NOW)
    assert played(session) == [step.cards[1]] and session.state.passed == [step.cards[0]]
