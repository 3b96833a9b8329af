"""More of a part that went quickly: a part that dealt all its cards well ahead of its time offers more of its own.

Whole evenings are played through real Sessions with a fake clock (tests/core/test_date_night.py's helpers);
the property runs over random lengths, depths, private caps and consents, memories, history and paces.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.date_night import DateNight, DateNightError
from game.core.date_night_events import MoreOffered, SegmentBegan, SegmentFinished, StepStarted
from game.core.date_night_limits import keep_within
from game.core.date_night_more import AHEAD, MORE_AT_MOST, OFFERED_PARTS
from game.core.date_night_plan import EveningSetup, History, candidates
from game.core.date_night_state import Segment, Status, evening_from_json, evening_to_json
from game.core.dealing import DealFilters
from game.core.limits import Limit
from game.core.partner_quiz import QuizBook
from game.core.session import Session
from tests.core.test_date_night import NOW, builtin, couples_past, play_evening, play_turn, setups

QUICK = EveningSetup(30, 3, (3, 3), (False, False), seed=5)


def warm_up_taking(share: float, setup: EveningSetup = QUICK) -> tuple[DateNight, list, Session]:
    """An evening whose warm-up dealt every card in `share` of the minutes it had; what finishing it said."""
    evening = DateNight.plan(setup, builtin(), {}, QuizBook(), History(), NOW)
    evening.pledge(NOW)
    began = next(e for e in evening.begin_segment({}, QuizBook(), NOW) if isinstance(e, SegmentBegan))
    assert began.segment is Segment.WARM_UP
    session = Session(began.config, evening.decks, {}, QuizBook())
    session.begin(NOW)
    while not session.ended:
        play_turn(session, NOW)
    step = evening.step
    assert step is not None
    done = NOW + timedelta(seconds=share * step.minutes * 60)
    return evening, evening.finish_segment(session, done), session


@pytest.mark.parametrize("share", [0.2, AHEAD])
def test_a_part_done_well_ahead_of_its_time_offers_more_of_its_own_cards(share: float) -> None:
    evening, events, session = warm_up_taking(share)
    step = evening.step
    assert step is not None and step.segment is Segment.WARM_UP and step.status is Status.OFFERED
    assert events == [MoreOffered(Segment.WARM_UP, len(step.offer))]
    assert 1 <= len(step.offer) <= MORE_AT_MOST
    dealt = {turn.card for turn in session.state.completed}
    assert not dealt & set(step.offer)
    warm_up = set(candidates(Segment.WARM_UP, evening.decks, evening.filters, QUICK.seed, History()))
    assert set(step.offer) <= warm_up


@pytest.mark.parametrize("share", [AHEAD + 0.05, 1.0, 1.6])  # a little behind the line, on time, running over
def test_a_part_done_on_time_or_late_goes_straight_on(share: float) -> None:
    evening, events, _ = warm_up_taking(share)
    assert not any(isinstance(event, MoreOffered) for event in events)
    assert isinstance(events[0], SegmentFinished) and isinstance(events[-1], StepStarted)
    assert evening.step is not None and evening.step.segment is not Segment.WARM_UP


def test_a_part_moved_on_from_early_is_not_offered_more() -> None:
    evening = DateNight.plan(EveningSetup(90, 3, (3, 3), (False, False), seed=5), builtin(), {}, QuizBook(), History(), NOW)
    evening.pledge(NOW)
    began = next(e for e in evening.begin_segment({}, QuizBook(), NOW) if isinstance(e, SegmentBegan))
    assert began.config.length is not None and began.config.length >= 2
    session = Session(began.config, evening.decks, {}, QuizBook())
    session.begin(NOW)
    while not session.state.completed:
        play_turn(session, NOW)
    session.end(NOW)  # "Move on": they chose to go on, with cards of the part still to come
    events = evening.finish_segment(session, NOW + timedelta(minutes=1))
    assert not any(isinstance(event, MoreOffered) for event in events)


def test_declining_goes_straight_on_and_taking_deals_exactly_the_offer() -> None:
    declined, _, _ = warm_up_taking(0.2)
    step = declined.step
    assert step is not None
    offer, index = list(step.offer), declined.state.index
    events = declined.decline_more(NOW + timedelta(minutes=3))
    assert events[0] == SegmentFinished(Segment.WARM_UP)
    assert isinstance(events[1], StepStarted) and events[1].index > index
    assert step.status is Status.DONE and step.offer == []
    assert not set(offer) & set(declined.state.tally.played)
    with pytest.raises(DateNightError):
        declined.take_more({}, QuizBook(), NOW + timedelta(minutes=3))

    taken, _, _ = warm_up_taking(0.2)
    step = taken.step
    assert step is not None
    offer = list(step.offer)
    began = next(e for e in taken.take_more({}, QuizBook(), NOW + timedelta(minutes=3)) if isinstance(e, SegmentBegan))
    config = began.config
    assert config.cards is not None and config.cards[: len(offer)] == tuple(offer) and began.segment is Segment.WARM_UP
    assert config.length == len(offer)  # what follows the offer stands in for a card passed, and only then is dealt
    assert step.status is Status.ACTIVE and step.cards == offer


def test_an_offer_waits_through_a_closed_window_as_it_was() -> None:
    evening, _, _ = warm_up_taking(0.2)
    saved = evening_to_json(evening.state)
    again = DateNight(evening_from_json(saved), builtin())
    step = again.step
    assert step is not None and step.status is Status.OFFERED
    assert step.offer == evening.state.steps[evening.state.index].offer
    assert evening_to_json(again.state) == saved


def test_an_offer_keeps_to_limits_lowered_while_it_waited() -> None:
    deep = EveningSetup(60, 3, (3, 3), (False, False), seed=3)
    for share in (0.1, 0.2, 0.3):
        evening, events, _ = warm_up_taking(share, deep)
        if events and isinstance(events[0], MoreOffered):
            break
    step = evening.step
    assert step is not None and step.status is Status.OFFERED
    keep_within(evening.state, evening.decks, False, {0: Limit(1, False), 1: Limit(3, False)}, History())
    assert all(evening.cards[key].level <= 1 for key in step.offer)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(setup=setups, past=couples_past(), pace=st.lists(st.floats(0.2, 6.0), min_size=1, max_size=8), taking=st.booleans())
def test_no_card_offered_or_taken_is_beyond_the_limits_of_another_part_or_dealt_twice(setup, past, pace, taking) -> None:
    memories, book, history = past
    evening = DateNight.plan(setup, builtin(), memories, book, history, NOW)
    seen = play_evening(evening, dict(memories), book, lambda turn: pace[turn % len(pace)], take_more=taking)
    assert len(seen.dealt) == len(set(seen.dealt))
    lowest = min(setup.depth, *setup.caps)
    filters = DealFilters(max_level=lowest, spicy=setup.spicy_ok)
    for segment, offer in seen.offers:
        assert segment in OFFERED_PARTS and 1 <= len(offer) <= MORE_AT_MOST
        if segment is Segment.QUIZ:  # the cards of answers given before tonight
            assert set(offer) <= {key.card_key for key in memories}
        else:
            assert set(offer) <= set(candidates(segment, evening.decks, filters, setup.seed, History()))
        assert all(evening.cards[key].level <= lowest and (all(setup.spicy) or not evening.cards[key].spicy) for key in offer)
    for key in seen.dealt:
        assert evening.cards[key].level <= lowest and (all(setup.spicy) or not evening.cards[key].spicy)
    assert seen.segments[-1] is Segment.CLOSING and evening.ended
