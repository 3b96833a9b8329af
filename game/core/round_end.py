"""Whether the turn on the table is its round's last, so a screen can say what comes next instead of promising
a card that will not come ("Next card" on the last one).

Asked of the rules as they stand (turn_order): a Quiz me round (or a date night's quiz part) ends once it has asked
the questions it counted as the turn began; a Play round once its length is dealt, or when no card within its
filters is left in the deal (quizzes come only between cards). A date night's part also ends once its time is up
(`part_time_up`, the director's own test), and the evening goes on to the step `after_part` names, unless the
part went quickly enough to be offered more of its cards first (`more_after_this`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from .date_night import DateNight
from .date_night_more import more_of_part
from .date_night_state import Status, Step, StepKind
from .session import Mode, Session
from .turn_order import cards_left


def last_turn(session: Session) -> bool:
    """Once the turn on the table is done (answered, revealed, completed), the round ends: nothing else is dealt."""
    turn, state = session.current, session.state
    if turn is None:
        return False
    if session.config.mode is Mode.QUIZ:
        return 0 < state.questions <= len(state.completed) + 1
    length = session.config.length
    if length is not None and not turn.is_quiz:
        played = sum(1 for done in state.completed if not done.is_quiz) + 1
        if played >= length:
            return True
    return not cards_left(session)


def part_time_up(evening: DateNight, now: datetime) -> bool:
    """The part being played has spent its time: once the turn on the table is done, the director ends it (as
    DateNight.turn_finished tests; fixed steps always play out)."""
    step = evening.step
    if step is None or step.kind is not StepKind.CARDS or step.status is not Status.ACTIVE:
        return False
    return not step.fixed and step.began is not None and evening.elapsed(now) - step.began >= step.minutes * 60


def after_part(evening: DateNight) -> Step | None:
    """The step the evening goes on to once the part being played ends (None: the evening is over)."""
    steps = evening.state.steps
    return next((step for step in steps[evening.state.index + 1 :] if step.status is not Status.SKIPPED), None)


def more_after_this(evening: DateNight, session: Session, now: datetime) -> bool:
    """Whether the part, ending as the turn on the table is done now, would be offered more of its own cards (or
    questions: see date_night_more): then its last card leads to that offer, not straight to the next part."""
    step, turn = evening.step, session.current
    if step is None or turn is None or step.kind is not StepKind.CARDS or step.status is not Status.ACTIVE:
        return False
    state = replace(evening.state, elapsed=evening.elapsed(now))
    return bool(more_of_part(state, step, session, evening.decks, evening.cards, evening.filters, now, turn))
