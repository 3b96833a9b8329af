"""More of the quiz part: when it asked every question it was sized for in half its time or less, and answers it
did not ask are due too, it offers a few more questions, as a card part offers more cards.

Played through real quiz sessions with a fake clock (tests/core/test_date_night.py's helpers).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from game.core.date_night import DateNight
from game.core.date_night_events import MoreOffered, SegmentBegan, SegmentFinished
from game.core.date_night_limits import keep_within
from game.core.date_night_more import AHEAD, MORE_AT_MOST
from game.core.date_night_plan import EveningSetup, History
from game.core.date_night_state import Segment, Status, evening_from_json, evening_to_json
from game.core.limits import Limit
from game.core.memories import Memory, MemoryKey
from game.core.session import Session
from tests.core.test_date_night import NOW, book_of, builtin, memories_of, play_turn, remembered_keys

SETUP = EveningSetup(60, 3, (3, 3), (False, False), seed=5)


def quiz_played(due: int, share: float, end_early: bool = False):  # type: ignore[no-untyped-def]
    """An evening whose quiz part, `due` answers ready for it, asked its questions in `share` of its minutes (or was
    moved on from after one, `end_early`); what finishing it said, and the answers and book as they are after."""
    memories = memories_of(remembered_keys()[:due], NOW - timedelta(days=9))
    book = book_of(memories, NOW - timedelta(days=1))
    evening = DateNight.plan(SETUP, builtin(), memories, book, History(), NOW)
    evening.state.index = next(i for i, step in enumerate(evening.state.steps) if step.segment is Segment.QUIZ)
    began = next(e for e in evening.begin_segment(memories, book, NOW) if isinstance(e, SegmentBegan))
    session = Session(began.config, evening.decks, {k: m for k, m in memories.items() if k not in began.hidden}, book)
    session.begin(NOW)
    while not session.ended:
        play_turn(session, NOW)
        if end_early:
            session.end(NOW)
    memories.update(session.memories)
    step = evening.step
    assert step is not None and step.segment is Segment.QUIZ
    events = evening.finish_segment(session, NOW + timedelta(seconds=share * step.minutes * 60))
    return evening, events, session, memories, book


def asked_in(session: Session) -> set[MemoryKey]:
    return {turn.memory for turn in session.state.completed if turn.memory is not None}


@pytest.mark.parametrize(
    ("due", "share", "end_early", "offered"),
    [
        (40, 0.2, False, True),  # quick, with more due: offered
        (40, AHEAD, False, True),  # on the line: offered
        (40, AHEAD + 0.05, False, False),  # a little behind it
        (40, 1.0, False, False),  # on time
        (40, 0.2, True, False),  # moved on from early
        (2, 0.2, False, False),  # every due answer asked already: nothing more to offer, so nothing offered
    ],
)
def test_the_quiz_part_offers_more_questions_exactly_when_it_went_quickly_and_more_are_due(due, share, end_early, offered):
    evening, events, session, memories, _ = quiz_played(due, share, end_early)
    step = evening.step
    if not offered:
        assert not any(isinstance(event, MoreOffered) for event in events)
        assert isinstance(events[0], SegmentFinished) and step is not None and step.segment is not Segment.QUIZ
        return
    assert step is not None and step.segment is Segment.QUIZ and step.status is Status.OFFERED
    assert events == [MoreOffered(Segment.QUIZ, len(step.offer))]
    assert 1 <= len(step.offer) <= MORE_AT_MOST
    # A card's two askings come apart (quiz_order), so one of them may be among those offered: never a card whose
    # every answer was asked tonight.
    asked = asked_in(session)
    unasked = {key.card_key for key in memories if key not in asked}
    assert set(step.offer) <= unasked, "only questions not asked tonight"


def test_taking_more_questions_asks_that_many_others_and_declining_goes_on() -> None:
    evening, _, session, memories, book = quiz_played(40, 0.2)
    step = evening.step
    assert step is not None
    offer = list(step.offer)
    began = next(e for e in evening.take_more(memories, book, NOW + timedelta(minutes=2)) if isinstance(e, SegmentBegan))
    assert began.segment is Segment.QUIZ and began.config.length == len(offer) == step.quizzes
    more = Session(began.config, evening.decks, {k: m for k, m in memories.items() if k not in began.hidden}, book)
    more.begin(NOW + timedelta(minutes=2))
    while not more.ended:
        play_turn(more, NOW + timedelta(minutes=3))
    assert len(more.state.completed) == len(offer)
    assert not asked_in(more) & asked_in(session), "no question asked twice tonight"

    declined, _, _, _, _ = quiz_played(40, 0.2)
    events = declined.decline_more(NOW + timedelta(minutes=2))
    assert events[0] == SegmentFinished(Segment.QUIZ) and declined.step is not None
    assert declined.step.segment is not Segment.QUIZ


def test_a_quiz_offer_waits_through_a_closed_window_as_it_was() -> None:
    evening, _, _, _, _ = quiz_played(40, 0.2)
    saved = evening_to_json(evening.state)
    again = DateNight(evening_from_json(saved), builtin())
    assert again.step is not None and again.step.status is Status.OFFERED and again.step.segment is Segment.QUIZ
    assert evening_to_json(again.state) == saved


def test_a_quiz_offer_keeps_to_limits_lowered_while_it_waited_and_is_counted_again_when_taken() -> None:
    evening, _, _, memories, book = quiz_played(40, 0.2)
    step = evening.step
    assert step is not None and step.offer
    keep_within(evening.state, evening.decks, False, {0: Limit(1, False), 1: Limit(3, False)}, History())
    assert all(evening.cards[key].level <= 1 for key in step.offer)
    within = len(step.offer)
    events = evening.take_more(memories, book, NOW + timedelta(minutes=2))
    began = next((e for e in events if isinstance(e, SegmentBegan)), None)
    if began is None:  # nothing of the offer within them: on to the next part
        assert isinstance(events[0], SegmentFinished)
        return
    assert began.config.filters.max_level == 1 and began.config.length is not None and 1 <= began.config.length <= within


def test_an_offer_with_nothing_left_to_ask_when_taken_goes_on_to_the_next_part() -> None:
    """Offered, then every answer given again before saying yes (so none is due): on to the next part, no empty round."""
    evening, _, _, memories, book = quiz_played(40, 0.2)
    later = NOW + timedelta(minutes=2)
    fresh: dict[MemoryKey, Memory] = {key: memory.renewed(memory.answer, later) for key, memory in memories.items()}
    events = evening.take_more(fresh, book, later)
    assert not any(isinstance(event, SegmentBegan) for event in events) and isinstance(events[0], SegmentFinished)
