"""Whose turn it is on date night: each part, and more of one, opens with the partner whose turn is next.

The director hands each part to an ordinary Session; a session used to open on the first partner's turn, so every
part of the evening began with them again. The seat a part opens with is now the evening's (`next_seat`), carried
over from where the last part stopped and kept with the evening's and the session's saved state.
"""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from game.core.date_night import DateNight
from game.core.date_night_events import SegmentBegan
from game.core.date_night_plan import EveningSetup, History
from game.core.date_night_state import Segment, Status, StepKind, evening_from_json, evening_to_json
from game.core.memories import Memory, MemoryKey
from game.core.partner_quiz import QuizBook
from game.core.session import Session, SessionConfig
from game.core.session_state import config_from_json, config_to_json
from tests.core.test_date_night import NOW, book_of, builtin, memories_of, play_turn, remembered_keys


def play_through(evening: DateNight, memories: dict[MemoryKey, Memory], book: QuizBook) -> tuple[list[int], set[Segment]]:
    """Play the evening briskly, taking every offer of more; the seat of every finished turn, in order, and the parts
    that were played (more of one included)."""
    now, seats, played = NOW, [], set()
    for _ in range(300):
        step = evening.step
        if step is None:
            return seats, played
        if step.kind is StepKind.PLEDGE:
            evening.pledge(now)
            continue
        if step.kind is StepKind.BREAK:
            evening.end_break(now)
            continue
        if step.kind is StepKind.SEAL_NOTE:
            evening.seal_note(None, now)
            continue
        offered = step.status is Status.OFFERED
        events = evening.take_more(memories, book, now) if offered else evening.begin_segment(memories, book, now)
        began = next((event for event in events if isinstance(event, SegmentBegan)), None)
        if began is None:
            continue
        played.add(began.segment)
        session = Session(began.config, evening.decks, {k: m for k, m in memories.items() if k not in began.hidden}, book)
        session.begin(now)
        while not session.ended:
            before = len(session.state.completed)
            play_turn(session, now)
            if len(session.state.completed) > before:
                seats.append(session.state.completed[-1].seat)
                now += timedelta(seconds=40)
                if not session.ended and evening.turn_finished(now):
                    session.end(now)
        memories.update(session.memories)
        evening.finish_segment(session, now)
    raise AssertionError("the evening never ended")


def test_every_part_and_the_quiz_go_on_with_the_partner_whose_turn_is_next() -> None:
    """Both have answers due, so the quiz part is played too; every part is quick, so more is offered and taken."""
    memories = memories_of(remembered_keys()[:24], NOW - timedelta(days=3))
    book = book_of(memories, NOW - timedelta(days=1))
    evening = DateNight.plan(EveningSetup(60, 3, (3, 3), (False, False), seed=2), builtin(), memories, book, History(), NOW)
    seats, played = play_through(evening, dict(memories), book)
    assert {Segment.WARM_UP, Segment.QUIZ, Segment.DEEPER, Segment.CLOSING} <= played
    assert len(seats) > 8
    assert all(one != two for one, two in pairwise(seats)), seats


def test_the_seat_a_part_opens_with_is_kept_with_the_evening_and_its_session() -> None:
    config = SessionConfig(length=3, first=1)
    assert config_from_json(config_to_json(config)) == config
    assert Session(config, builtin(), {}, QuizBook()).state.active == 1
    assert "first" not in config_to_json(SessionConfig())  # an older save, and a Play round, open with the first seat
    evening = DateNight.plan(EveningSetup(30, 2, (2, 2), (False, False), seed=1), builtin(), {}, QuizBook(), History(), NOW)
    evening.state.next_seat = 1
    assert evening_from_json(evening_to_json(evening.state)).next_seat == 1
    assert evening_from_json({k: v for k, v in evening_to_json(evening.state).items() if k != "next_seat"}).next_seat == 0
