"""The last turn of a round: `last_turn` says so exactly when finishing the turn on the table ends the round, in
Play rounds of any length (quizzes between cards, passes) and in Quiz me rounds."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.answers import Verdict
from game.core.cards import AnswerType, Card, Kind
from game.core.events import TurnCompleted
from game.core.memories import Memory, MemoryKey
from game.core.partner_quiz import QuizBook
from game.core.round_end import last_turn
from game.core.session import Mode, Phase, Session, SessionConfig
from tests.core.test_session import OLD_ANSWERS, OLD_DECK, SM_DECK, at, old_memory

ANSWER = {AnswerType.TEXT: "Alps", AnswerType.DATE: "03-14", AnswerType.NUMBER: 3, AnswerType.SCALE: 5, AnswerType.WHO: "me"}


def fitting(card: Card) -> Any:
    return 1 if card.answer_type is AnswerType.CHOICE else ANSWER[card.answer_type]


def step(session: Session, now: datetime, passing: bool) -> list[Any]:
    """One command a couple could give at this step of the turn on the table."""
    card, phase = session.current_card(), session.phase
    if passing and phase in (Phase.ANSWER, Phase.PRIVATE, Phase.GUESS, Phase.CHECK):
        return session.pass_card(now)
    if phase is Phase.ANSWER:
        return session.answer(fitting(card), now) if card.kind is Kind.ASK and card.remembered else session.complete(now)
    if phase is Phase.PRIVATE:
        seat = 0 if 0 not in session.state.private else 1
        return session.answer_privately(seat, [1, 2] if card.kind is Kind.SCENARIO else fitting(card), now)
    if phase is Phase.GUESS:
        return session.guess(fitting(card), now)
    if phase is Phase.JUDGE:
        return session.judge(Verdict.GOT_IT, now)
    if phase is Phase.CHECK:
        return session.still_true(now)
    return session.complete(now)  # the reveal


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**16),
    length=st.none() | st.integers(1, 14),
    quiz=st.booleans(),
    passes=st.sets(st.integers(0, 40), max_size=6),
)
def test_the_last_turn_is_the_one_whose_end_ends_the_round(seed: int, length: int | None, quiz: bool, passes: set[int]) -> None:
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    for owner in (0, 1):
        for card_id, answer in OLD_ANSWERS.items():
            old_memory(memories, book, MemoryKey(owner, "old", card_id), answer, reviewed=card_id != "r-text")
    config = SessionConfig(mode=Mode.QUIZ if quiz else Mode.PLAY, deck_ids=("sm",), length=length, seed=seed)
    session = Session(config, {"sm": SM_DECK, "old": OLD_DECK}, memories, book)
    session.begin(at(0))
    lasts = 0
    for minute in range(1, 200):
        if session.ended:
            break
        predicted = last_turn(session)
        events = step(session, at(minute), minute in passes)
        if any(isinstance(event, TurnCompleted) for event in events):
            assert session.ended == predicted, f"said last: {predicted}, ended: {session.ended}"
            lasts += predicted
    assert session.ended and lasts <= 1
