"""A few weeks of real play for Our story's charts: sessions dealt and played by the real rules through the services.

Every evening is a Play round (with quizzes mixed in by the rules) or a Quiz me round; answers and
verdicts come from a seeded random generator, and now and then an owner says "that's changed", so
the charts have lines, themes, predictions and drift to show. The clock is the caller's: each turn
takes two minutes, each evening a week (or a few days) later than the last.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from game.core.answers import Verdict
from game.core.cards import WHO_VALUES, AnswerType, Card, Kind
from game.core.players import Couple
from game.core.session import Mode, Phase, SessionConfig
from game.core.session_commands import Answer, AnswerPrivately, ChangedSince, Complete, End, Guess, Judge, StillTrue, UpdateMemory
from game.services import GameServices
from game.storage.store import Store
from game.stored_session import StoredSession

#: Decks with trivia and understanding, scenarios, "who's more likely" cards, and answers that change.
DECKS = ("favourite-details", "fears-and-challenges", "each-others-back", "who-is-more-likely", "signals")
WORDS = ("oat milk", "rain on the roof", "being late", "the sea", "a quiet morning", "bread", "tea, no sugar", "letters")


def _answer(card: Card, rng: random.Random) -> str | int:
    kind = card.answer_type
    if kind is AnswerType.CHOICE:
        return rng.randrange(1, len(card.options) + 1)
    if kind is AnswerType.WHO:
        return rng.choice(WHO_VALUES)
    if kind is AnswerType.SCALE or kind is AnswerType.NUMBER:
        return rng.randrange(1, 11)
    if kind is AnswerType.DATE:
        return f"{rng.randrange(1, 28)} March"
    return rng.choice(WORDS)


def play_evening(services: GameServices, couple: Couple, rng: random.Random, tick: Callable[[], None], quiz: bool = False) -> int:
    """One round played to its end by the rules; returns how many turns it took."""
    config = SessionConfig(mode=Mode.QUIZ if quiz else Mode.PLAY, deck_ids=DECKS, length=8 if quiz else 12)
    handle: StoredSession = services.start(couple, config)
    session = handle.session
    turns = 0
    while not session.ended and turns < 60:
        turns += 1
        card = session.current_card()
        phase = session.phase
        if phase is Phase.ANSWER:
            if card.kind is Kind.ASK and card.remembered:
                handle.run(Answer(_answer(card, rng)))
            else:
                handle.run(Complete())
        elif phase is Phase.PRIVATE:
            for seat in (0, 1):
                if card.kind is Kind.SCENARIO:
                    options = len(card.options)
                    # each picks what they would want, and predicts the partner's pick
                    handle.run(AnswerPrivately(seat, [rng.randrange(1, options + 1), rng.randrange(1, options + 1)]))
                else:
                    handle.run(AnswerPrivately(seat, _answer(card, rng)))
        elif phase is Phase.GUESS:
            assert session.current is not None and session.current.memory is not None
            truth = session.memories[session.current.memory].answer
            guess = truth if rng.random() < 0.6 else _answer(card, rng)
            handle.run(Guess(guess))
        elif phase is Phase.JUDGE:
            handle.run(Judge(rng.choice((Verdict.GOT_IT, Verdict.GOT_IT, Verdict.CLOSE, Verdict.NOT_QUITE))))
        elif phase is Phase.CHECK:
            if rng.random() < 0.7:
                handle.run(ChangedSince(_answer(card, rng)))
            else:
                handle.run(StillTrue())
        elif phase is Phase.REVEAL:
            current = session.current
            if current is not None and current.memory is not None and rng.random() < 0.25:
                handle.run(UpdateMemory(current.memory, _answer(card, rng)))  # "that's changed"
            handle.run(Complete())
        tick()
    if not session.ended:
        handle.run(End())
    return turns


def play_weeks(services: GameServices, couple: Couple, advance: Callable[[timedelta], None], weeks: int, seed: int = 5) -> None:
    """`weeks` weeks of play: a Play round each week, and a Quiz me round a few days after it from the second week."""
    rng = random.Random(seed)

    def tick() -> None:
        advance(timedelta(minutes=2))

    for week in range(weeks):
        play_evening(services, couple, rng, tick)
        advance(timedelta(days=3))
        if week:
            play_evening(services, couple, rng, tick, quiz=True)
        advance(timedelta(days=4))


class Clock:
    """A wall clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


#: The couple `played_store` plays as, unless told otherwise.
AMA_AND_KOFI = (("Ama", "#c8593f"), ("Kofi", "#4f8a4b"))


@contextmanager
def played_store(
    folder: Path, names: Sequence[tuple[str, str]] = AMA_AND_KOFI, weeks: int = 5
) -> Iterator[tuple[Store, GameServices, Couple, Clock]]:
    """A real store in `folder` where a couple called `names` has played `weeks` weeks from 1 September 2026, 7 pm;
    closed when done."""
    clock = Clock(datetime(2026, 9, 1, 19, 0, tzinfo=UTC))
    store = Store.open(folder, clock.now)
    try:
        services = GameServices(store, folder, 3, clock=clock)
        couple = services.create_couple(list(names))
        play_weeks(services, couple, clock.advance, weeks)
        yield store, services, couple, clock
    finally:
        store.close()
