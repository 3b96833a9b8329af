"""A guess judged again when its answer is changed at the reveal ("That's changed"), and a near date left to its owner.

Kofi guessed "Leave me be till my bag's down"; the game said it was not Ama's answer. Ama said that's changed,
and it was exactly what Kofi guessed: he knew her as she is now, and the verdict, the round's tally, the review
kept and his schedule say so.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from game.core.answers import Verdict
from game.core.events import MemoryUpdated, QuizJudged, VerdictChanged
from game.core.session import Phase
from game.core.session_state import state_from_json, state_to_json
from tests.core.test_session import at, quiz_session, types

#: Answers each card the game judges can hold, as stored.
ANSWERS: dict[str, st.SearchStrategy[Any]] = {
    "r-choice": st.sampled_from(["Tea", "Coffee", "Neither"]),
    "r-scale": st.integers(1, 10),
    "r-number": st.integers(0, 60),
    "r-date": st.sampled_from(["03-14", "03-15", "12-24", "12-25", "07-01", "2001-03-14", "2019-12-24"]),
}


@st.composite
def a_miss(draw: st.DrawFn) -> tuple[str, Any, Any]:
    """A card, its answer, and a guess the game judges not spot on."""
    card_id = draw(st.sampled_from(sorted(ANSWERS)))
    truth = draw(ANSWERS[card_id])
    guess = draw(ANSWERS[card_id].filter(lambda value: value != truth))
    return card_id, truth, guess


@given(a_miss())
def test_an_answer_changed_to_exactly_the_guess_makes_the_guess_right(miss: tuple[str, Any, Any]) -> None:
    card_id, truth, guess = miss
    session, key, _ = quiz_session(card_id, truth)
    session.guess(guess, at(1))
    assume(session.phase is Phase.REVEAL)  # a near date waits for its owner, who may say it has changed while judging
    assume(session.state.quiz_results[-1][1] is not Verdict.GOT_IT)  # "2001-03-14" for "03-14" is the very day
    events = session.update_memory(key, guess, at(2))
    assert types(events) == [MemoryUpdated, VerdictChanged]
    assert session.state.quiz_results[-1] == (0, Verdict.GOT_IT)
    assert session.summary().quiz_results[0] == {Verdict.GOT_IT.value: 1}
    schedule = session.quizbook.get(key, 0)
    assert schedule is not None and schedule.last_review == at(2) and schedule.due > at(2)  # known: not due at once
    assert state_from_json(state_to_json(session.state)).quiz_results == session.state.quiz_results
    record = session.complete(at(3))[0].record  # type: ignore[attr-defined]
    assert record.outcome["verdict"] == Verdict.GOT_IT.value


def test_undo_puts_the_first_verdict_and_its_schedule_back() -> None:
    session, key, _ = quiz_session("r-choice", "Tea")
    session.guess("Coffee", at(1))
    judged = session.quizbook.get(key, 0)
    session.update_memory(key, "Coffee", at(2))
    events = session.undo(at(3))
    assert VerdictChanged(key, 0, Verdict.NOT_QUITE) in events  # the kept review reads as it did
    assert session.state.quiz_results == [(0, Verdict.NOT_QUITE)] and session.quizbook.get(key, 0) == judged
    assert session.memories[key].answer == "Tea" and session.state.changed_after_a_miss


@pytest.mark.parametrize(
    ("card_id", "truth", "guess", "changed_to", "verdict"),
    [
        ("r-scale", 7, 9, 8, Verdict.CLOSE),  # one off the new answer: close, as the game judges a scale
        ("r-choice", "Tea", "Coffee", "Neither", None),  # still a miss: nothing to judge again
        ("r-date", "03-14", "12-25", "12-24", None),  # a day off the new one: the game is not sure, the miss stands
    ],
)
def test_a_change_that_is_not_the_guess_is_judged_as_the_game_would(
    card_id: str, truth: Any, guess: Any, changed_to: Any, verdict: Verdict | None
) -> None:
    session, key, _ = quiz_session(card_id, truth)
    first = session.guess(guess, at(1))[-1]
    assert isinstance(first, QuizJudged)
    events = session.update_memory(key, changed_to, at(2))
    if verdict is None:
        assert types(events) == [MemoryUpdated]
        assert session.state.quiz_results == [(0, first.review.verdict)]
    else:
        assert events[-1] == VerdictChanged(key, 0, verdict) and session.state.quiz_results == [(0, verdict)]


def test_a_date_a_day_off_waits_for_the_one_who_remembers() -> None:
    session, _, _ = quiz_session("r-date", "12-24")
    events = session.guess("25 December", at(1))
    assert session.phase is Phase.JUDGE and not any(isinstance(event, QuizJudged) for event in events)
    assert session.state.suggestion is None and session.state.hint is None  # no percentage of two dates
    session.judge(Verdict.NOT_QUITE, at(2))  # Christmas Day is not Christmas Eve, she says
    assert session.state.quiz_results == [(0, Verdict.NOT_QUITE)]
