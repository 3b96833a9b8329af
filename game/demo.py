"""`kindred demo`: a sample couple with about a year of history, played by the real rules.

Nothing here writes a row by hand. A seeded, simulated couple plays through the same services the
window uses — Play rounds and date nights, private answers, scenario picks and predictions, quiz
guesses and verdicts, "still true?" checks — while a clock moves forward a week at a time, so their
answers drift, their quizzes come due and their date nights leave notes and promises, exactly as a
real year would. The couple is marked (a `sample` setting, and "Sample couple" in the name shown
for it) and is removed like any couple.
"""

from __future__ import annotations

import random
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from game import identity
from game.core.answers import Verdict
from game.core.cards import WHO_VALUES, AnswerType, Card, Kind
from game.core.date_night_commands import EndBreak, FinishSegment, OpenNote, Pledge, SealNote
from game.core.date_night_plan import SMALL_THING_CARDS, EveningSetup
from game.core.date_night_state import StepKind
from game.core.dealing import DealFilters
from game.core.players import Couple
from game.core.promises import Outcome
from game.core.session import Mode, Phase, SessionConfig
from game.core.session_commands import Answer, AnswerPrivately, ChangedSince, Complete, Guess, Judge, Star, StillTrue
from game.sample_couples import SAMPLE_SETTING as SAMPLE_SETTING
from game.sample_couples import is_sample as is_sample
from game.services import GameServices
from game.storage.store import Store, StoreError
from game.stored_session import StoredSession

#: The couple setting that marks a sample couple (the window shows a badge for it).
SAMPLE_LABEL = "Sample couple"
PLAYERS = (("Amara", "#e0905f", "she"), ("Kofi", "#5b8fd9", "he"))

#: What the sample couple says, by the kind of question (a card's tags choose the pool).
ANSWERS: dict[str, tuple[str, ...]] = {
    "food": (
        "Oat flat white, no sugar",
        "Mint tea, very hot",
        "Jollof rice, the smoky kind",
        "Dark chocolate with sea salt",
        "Fried plantain",
        "A cold lemonade",
        "Toast with too much butter",
        "Spicy peanut soup",
    ),
    "fears": (
        "Being left out without knowing why",
        "Letting people down at work",
        "Deep water",
        "Hospitals, since my dad was ill",
        "Getting lost in a city at night",
        "Losing touch with old friends",
    ),
    "signals": (
        "I go quiet and start tidying",
        "I hum without noticing",
        "My answers get very short",
        "I rub my eyes and yawn",
        "I ask the same question twice",
        "I check my phone more than usual",
    ),
    "promise": (
        "Bring you coffee in bed on Saturday",
        "Take the bins out without being asked",
        "Plan a picnic for Sunday",
        "Leave my phone in the other room at dinner",
        "Cook your favourite peanut soup",
        "Walk you to the station on Monday",
        "Write you a note for your lunch box",
        "Book the concert tickets you wanted",
    ),
    "": (
        "A long walk by the river",
        "Sunday mornings with nowhere to be",
        "My grandmother's kitchen",
        "Finishing a good book in one go",
        "The sea at Cape Coast",
        "Dancing badly in the kitchen",
        "A handwritten note",
        "Being asked how my day really was",
        "Bring me a cup of tea and sit with me",
        "Take the bins out without being asked",
        "Plan a picnic for Saturday",
        "Call my mum on her birthday",
    ),
}


class MovingClock:
    """The sample couple's own time: it moves only when told to."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def later(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass(frozen=True, slots=True)
class DemoMade:
    couple: Couple
    evenings: int
    date_nights: int
    commands: int


def _pool(card: Card) -> tuple[str, ...]:
    if card.key in SMALL_THING_CARDS:
        return ANSWERS["promise"]
    for tag in ("food", "fears", "signals"):
        if tag in card.tags:
            return ANSWERS[tag]
    return ANSWERS[""]


class SampleCouple:
    """Plays a session's current step the way this couple would; some answers change as the year goes on."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.skill = 0.35  # how often a guess is right; it grows as they play

    def value(self, card: Card, seat: int, fresh: bool = False) -> Any:
        """`seat`'s answer to `card`: the same each time for a steady fact, a new one when `fresh`."""
        rng = self.rng if fresh else random.Random(f"{self.seed}:{seat}:{card.deck_id}/{card.id}")
        kind = card.answer_type
        if kind is AnswerType.CHOICE:
            return rng.choice(card.options)
        if kind is AnswerType.DATE:
            return f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if kind is AnswerType.NUMBER:
            return rng.randint(2, 12)
        if kind is AnswerType.SCALE:
            return rng.randint(3, 10)
        if kind is AnswerType.WHO:
            return rng.choice(WHO_VALUES)
        return rng.choice(_pool(card))

    def play(self, handle: StoredSession, clock: MovingClock) -> int:
        """Play `handle`'s session to its end (or its director's time-up); returns the number of commands."""
        session, commands = handle.session, 0
        while not session.ended:
            card = session.current_card()
            phase = session.phase
            turn = session.current
            if phase is Phase.PRIVATE:
                seat = 0 if 0 not in session.state.private else 1
                if card.kind is Kind.SCENARIO:
                    guess = self.value(card, 1 - seat) if self.rng.random() < self.skill else self.value(card, seat, fresh=True)
                    handle.run(AnswerPrivately(seat, [self.value(card, seat), guess]))
                else:
                    handle.run(AnswerPrivately(seat, self.value(card, seat, fresh=card.changes)))
            elif phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered:
                handle.run(Answer(self.value(card, turn.seat if turn else 0)))
            elif phase is Phase.GUESS and turn is not None and turn.memory is not None:
                truth = session.memories[turn.memory].answer
                handle.run(Guess(truth if self.rng.random() < self.skill else self.value(card, turn.seat, fresh=True)))
            elif phase is Phase.JUDGE:
                right = session.state.guess == session.memories[turn.memory].answer if turn and turn.memory else False
                handle.run(Judge(Verdict.GOT_IT if right else self.rng.choice((Verdict.CLOSE, Verdict.NOT_QUITE))))
            elif phase is Phase.CHECK and turn is not None and turn.memory is not None:
                if self.rng.random() < 0.6:
                    handle.run(StillTrue())
                else:
                    handle.run(ChangedSince(self.value(card, turn.memory.owner, fresh=True)))
            else:
                if phase is Phase.ANSWER and self.rng.random() < 0.05:
                    handle.run(Star())
                handle.run(Complete())
                clock.later(minutes=3)
            commands += 1
        return commands


def _evening(services: GameServices, couple: Couple, player: SampleCouple, clock: MovingClock, seed: int) -> int:
    evening = services.start_evening(couple, EveningSetup(minutes=60, depth=2, caps=(3, 2), spicy=(False, False), seed=seed))
    commands = 0
    for _ in range(200):
        step = evening.evening.step
        if step is None:
            return commands
        if step.kind is StepKind.PLEDGE:
            evening.run(Pledge())
        elif step.kind is StepKind.OPEN_NOTE:
            evening.run(OpenNote())
        elif step.kind is StepKind.BREAK:
            evening.run(EndBreak())
        elif step.kind is StepKind.SEAL_NOTE:
            evening.run(SealNote(player.rng.choice(("Same table, next month?", "You were lovely tonight.", None))))
        else:
            _, handle = evening.begin_segment()
            if handle is not None:
                commands += player.play(handle, clock)
                evening.run(FinishSegment(handle.session))
        commands += 1
    return commands


PLAY_DECKS = ("each-others-back", "signals", "fears-and-challenges", "favourite-details")
OTHER_DECKS = ("hopes-and-dreams", "everyday-rituals", "our-story-so-far", "listening-and-appreciation", "plans", "best-friends")


def play_year(
    services: GameServices,
    couple: Couple,
    clock: MovingClock,
    *,
    weeks: int = 52,
    seed: int = 1,
    progress: Callable[[int], None] | None = None,
) -> tuple[int, int, int]:
    """A week at a time: a Play round most weeks, a Quiz me round and a date night once a month each.

    Returns (evenings, date nights, commands).
    """
    player = SampleCouple(seed)
    known = {deck.id for deck in services.decks()}
    evenings = date_nights = commands = 0
    for week in range(weeks):
        player.skill = min(0.85, 0.35 + 0.5 * week / max(1, weeks))
        services.seed = seed * 1000 + week
        for promise in services.playbook.waiting_promises(couple, date_night=week % 4 == 3):
            word = player.rng.choices((Outcome.DONE, Outcome.NOT_YET, Outcome.LET_GO), weights=(6, 3, 1))[0]
            services.playbook.answer_promise(couple, promise, word)
        if week % 4 == 3:
            commands += _evening(services, couple, player, clock, seed * 1000 + week)
            date_nights += 1
        elif week % 4 == 1 and any(services.due_count(couple).values()):
            quiz = SessionConfig(Mode.QUIZ, tuple(sorted(known)), DealFilters(max_level=3), length=12)
            commands += player.play(services.start(couple, quiz), clock)
        else:
            extra = OTHER_DECKS[week % len(OTHER_DECKS)]
            decks = tuple(deck for deck in (*PLAY_DECKS, extra) if deck in known)
            handle = services.start(couple, SessionConfig(Mode.PLAY, decks, DealFilters(max_level=3), length=16))
            commands += player.play(handle, clock)
        evenings += 1
        if progress is not None:
            progress(week + 1)
        clock.later(days=7)
        clock.now = clock.now.replace(hour=19, minute=30)
    return evenings, date_nights, commands


def make_sample_couple(services: GameServices) -> Couple:
    couple = services.create_couple([PLAYERS[0], PLAYERS[1]])
    services.store.settings.save(SAMPLE_SETTING, True, couple_id=couple.id)
    return couple


def make_demo(root: Path, now: datetime, *, weeks: int = 52, seed: int = 1) -> DemoMade:
    """Add a sample couple to the store in `root` whose year of play ends at `now`."""
    clock = MovingClock((now - timedelta(weeks=weeks)).astimezone(UTC).replace(hour=19, minute=30, second=0, microsecond=0))
    store = Store.open(root, now)
    try:
        services = GameServices(store, root, seed=seed, clock=clock)
        couple = make_sample_couple(services)
        evenings, date_nights, commands = play_year(services, couple, clock, weeks=weeks, seed=seed)
        services.saves.flush()
        return DemoMade(couple, evenings, date_nights, commands)
    finally:
        store.close()


def remove_samples(root: Path, now: datetime) -> list[Couple]:
    """Remove every sample couple in the store in `root`, with all of theirs; real couples stay."""
    store = Store.open(root, now)
    try:
        samples = [couple for couple in store.couples.all() if is_sample(store, couple)]
        for couple in samples:
            store.couples.delete(couple.id)
        return samples
    finally:
        store.close()


def demo_command(
    root: Path, now: datetime, seed: int | None, out: TextIO, err: TextIO, remove: bool = False, data_dir: str | None = None
) -> int:
    """`kindred demo`: add the sample couple to the data folder and say what was made (or, `remove`, take it away).

    `data_dir` is the --data-dir the person gave, if any, so the hint to remove the couple names the same folder."""
    try:
        if remove:
            gone = remove_samples(root, now)
            names = ", ".join(f"{couple.name(0)} & {couple.name(1)}" for couple in gone)
            print(f"Removed the {SAMPLE_LABEL.lower()} {names}." if gone else "There is no sample couple here.", file=out)
            return 0
        made = make_demo(root, now, seed=1 if seed is None else seed)
    except StoreError as error:
        print(error, file=err)
        return 1
    except OSError as error:  # a data folder that cannot be written: one sentence, not a traceback
        from game.cli_text import os_error_sentence

        print(os_error_sentence(error), file=err)
        return 1
    a, b = made.couple.players
    folder = f" --data-dir {shlex.quote(data_dir)}" if data_dir else ""
    print(
        f"Added the {SAMPLE_LABEL.lower()} {a.name} & {b.name}: a year of play ({made.evenings} evenings, "
        f"{made.date_nights} of them date nights). Look around in Our story; `{identity.command()}{folder} demo --remove` "
        "or Home's Remove the sample couple takes them away.",
        file=out,
    )
    return 0
