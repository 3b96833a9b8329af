"""A deck can change under a remembered answer: the answer is still shown as it was said, never judged
by machine against the new card and never quizzed (a free-text answer on a card that became a scale
used to crash the judge)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from game.core.answers import Verdict, answer_fits, auto_verdict, describe
from game.core.cards import Card, deck_from_data
from game.core.events import SessionEnded
from game.core.memories import Memory, MemoryKey
from game.core.partner_quiz import QuizBook
from game.core.session import Mode, Phase, Session, SessionConfig
from tests.core.test_session import T0, types


def card(answer: str, **more: object) -> Card:
    data = {"id": "d", "name": "D", "cards": [{"id": "c", "text": "Text?", "quiz": "q", "answer": answer, **more}]}
    return deck_from_data(data).cards[0]


@pytest.mark.parametrize(
    ("answer", "extra", "fits", "does_not"),
    [
        ("text", {}, ["Alps", ""], [7, 2.5]),
        ("choice", {"options": ["Tea", "Coffee"]}, ["Tea", "coffee"], ["Cocoa", 1, "Tea please"]),
        ("scale", {}, [1, 7, 10], ["seven", 0, 11, 7.5, True, "7"]),
        ("number", {}, [3, 2.5, -1], ["three", float("nan"), float("inf"), False]),
        ("date", {}, ["03-14", "2001-03-14", "02-29"], ["last spring", "13-01", "02-30", 314]),
        ("who", {}, ["me", "you", "both", "neither"], ["Me!", "Sam", 1]),
    ],
)
def test_answer_fits_its_card_or_not(answer, extra, fits, does_not) -> None:
    c = card(answer, **extra)
    assert all(answer_fits(c, value) for value in fits), [v for v in fits if not answer_fits(c, v)]
    assert not any(answer_fits(c, value) for value in does_not), [v for v in does_not if answer_fits(c, v)]


def test_an_answer_that_no_longer_fits_is_shown_as_said_and_left_to_the_judge() -> None:
    scale = card("scale")
    assert describe(scale, "most days, honestly") == "most days, honestly"
    assert auto_verdict(scale, "most days, honestly", 7) is None
    assert auto_verdict(scale, 7, 8) is Verdict.CLOSE
    dated = card("date")
    assert describe(dated, "the spring we met") == "the spring we met"
    assert describe(dated, "03-14") == "14 March"
    choice = card("choice", options=["Tea", "Coffee"])
    assert auto_verdict(choice, "Hot chocolate", "Tea") is None


def _round_over(memory_answer: object, now_card: dict[str, object], days_old: int = 3) -> tuple[Session, list[object]]:
    deck = deck_from_data({"id": "d", "name": "D", "cards": [{"id": "c", "text": "Text?", "quiz": "q", **now_card}]})
    key = MemoryKey(1, "d", "c")
    made = T0 - timedelta(days=days_old)
    memories = {key: Memory.first(key, memory_answer, made)}  # type: ignore[arg-type]
    book = QuizBook()
    book.new(key, 0, made)
    session = Session(SessionConfig(mode=Mode.QUIZ, deck_ids=("d",), length=None), {"d": deck}, memories, book)
    return session, session.begin(T0)


def test_a_memory_the_deck_changed_under_is_never_quizzed() -> None:
    session, events = _round_over("most days, honestly", {"answer": "scale"})
    assert types(events) == [SessionEnded]
    session, events = _round_over(7, {"answer": "scale"})
    assert session.phase is Phase.GUESS


def test_a_stale_memory_the_deck_changed_under_is_not_checked_either() -> None:
    fits = {"answer": "choice", "options": ["Tea", "Coffee"], "changes": True}
    session, events = _round_over("Tea", fits, days_old=200)
    assert session.phase is Phase.CHECK  # a fitting stale answer is checked ("Still true?")
    _, events = _round_over("Long walks", fits, days_old=200)
    assert types(events) == [SessionEnded]


def test_an_option_only_re_punctuated_keeps_the_answers_saved_under_it() -> None:
    """A deck that changes an option's commas, colons or quote marks has not changed its meaning: the
    answer saved before still fits, is still quizzed, and a guess of the new wording gets it."""
    before = "Full chat, I'm up and running"
    now = card("choice", options=["Full chat: I’m up and running", "Grunts until coffee"])
    assert answer_fits(now, before)
    assert auto_verdict(now, before, "Full chat: I’m up and running") is Verdict.GOT_IT
    assert auto_verdict(now, before, "Grunts until coffee") is Verdict.NOT_QUITE
    assert not answer_fits(now, "Full chat, I'm up")  # a word gone is a different option
    emoji = card("choice", options=["🙂", "🙃"])
    assert answer_fits(emoji, "🙂") and auto_verdict(emoji, "🙂", "🙃") is Verdict.NOT_QUITE
