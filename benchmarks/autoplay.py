"""A simulated couple for the benchmarks: the next command a session's current step needs.

`next_command(session, rng)` returns the session command (game.core.session_commands) to run next,
playing every kind of turn the way a couple would: answers in each card's answer type,
private answers and scenario picks, guesses and the owner's verdict on a free-text guess.
"""

from __future__ import annotations

import random
from typing import Any

from game.core.answers import Verdict
from game.core.cards import WHO_VALUES, AnswerType, Card, Kind
from game.core.session import Phase, Session
from game.core.session_commands import Answer, AnswerPrivately, ChangedSince, Complete, Guess, Judge, SessionCommand, StillTrue

WORDS = ("coffee", "the sea", "a long walk", "pancakes", "jazz", "her sister", "the old flat", "rain", "green", "Lisbon")


def value_for(card: Card, rng: random.Random) -> Any:
    """A plausible answer to `card`, in its answer type."""
    kind = card.answer_type
    if kind is AnswerType.CHOICE:
        return rng.randint(1, len(card.options))
    if kind is AnswerType.DATE:
        return f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind is AnswerType.NUMBER:
        return rng.randint(1, 40)
    if kind is AnswerType.SCALE:
        return rng.randint(1, 10)
    if kind is AnswerType.WHO:
        return rng.choice(WHO_VALUES)
    return f"{rng.choice(WORDS)} and {rng.choice(WORDS)}"


def next_command(session: Session, rng: random.Random) -> SessionCommand:
    """What to do now; the session must not have ended."""
    card = session.current_card()
    phase = session.phase
    if phase is Phase.ANSWER:
        if card.kind is Kind.ASK and card.remembered:
            return Answer(value_for(card, rng))
        return Complete()
    if phase is Phase.PRIVATE:
        seat = next(s for s in (0, 1) if s not in session.state.private)
        if card.kind is Kind.SCENARIO:
            return AnswerPrivately(seat, [value_for(card, rng), value_for(card, rng)])
        return AnswerPrivately(seat, value_for(card, rng))
    if phase is Phase.GUESS:
        return Guess(value_for(card, rng))
    if phase is Phase.JUDGE:
        return Judge(rng.choice(list(Verdict)))
    if phase is Phase.CHECK:  # a changing answer gone stale: its owner keeps it or gives a new one
        return StillTrue() if rng.random() < 0.5 else ChangedSince(value_for(card, rng))
    return Complete()  # the reveal
