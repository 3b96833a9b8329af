"""`kindred demo`: a sample couple with about a year of history, played by the real rules.

Nothing here writes a row by hand. A seeded, simulated couple plays through the same services the
window uses — Play rounds and date nights, private answers, scenario picks and predictions, quiz
guesses and verdicts, "still true?" checks — while a clock moves forward a week at a time, so their
answers drift, their quizzes come due and their date nights leave notes and promises, exactly as a
real year would. The couple is marked (a `sample` setting, and "Sample couple" in the name shown
for it) and is removed like any couple.

What they say in words is written for each card (game.demo_words), so every answer fits its question,
a later answer is a real change of mind, and a quiz guess comes close or misses as a partner's would.
Their decks are the game's own, cut to the cards they can play: those answered by a pick, a date or a
number, or not answered at all, and those they have words for (`SampleServices`).
"""

from __future__ import annotations

import random
import shlex
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from game import identity
from game.core.answers import Verdict
from game.core.cards import WHO_VALUES, AnswerType, Card, Kind
from game.core.date_night_commands import DeclineMore, EndBreak, FinishSegment, OpenNote, Pledge, SealNote
from game.core.date_night_plan import EveningSetup
from game.core.date_night_state import Status, StepKind
from game.core.dealing import DealFilters
from game.core.memories import Memory, MemoryKey
from game.core.players import Couple
from game.core.promises import Outcome
from game.core.session import Mode, Phase, Session, SessionConfig
from game.core.session_commands import (
    Answer,
    AnswerPrivately,
    ChangedSince,
    Complete,
    Guess,
    Judge,
    PassCard,
    Star,
    StillTrue,
    Talked,
)
from game.demo_words import WORDS, takes_words, words_for
from game.sample_couples import SAMPLE_SETTING as SAMPLE_SETTING
from game.sample_couples import is_sample as is_sample
from game.services import GameServices
from game.storage.store import Store, StoreError
from game.stored_session import StoredSession

#: The couple setting that marks a sample couple (the window shows a badge for it).
SAMPLE_LABEL = "Sample couple"
PLAYERS = (("Amara", "#e0905f", "she"), ("Kofi", "#5b8fd9", "he"))


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


def playable(card: Card) -> bool:
    """Whether the sample couple can play `card`: it asks nothing of them in words, or they have words for it."""
    return not takes_words(card) or card.key in WORDS


class SampleServices(GameServices):
    """The game's services as the sample couple has them: each deck cut to the cards they can play."""

    def _took_decks(self) -> None:
        super()._took_decks()
        self._decks = [replace(deck, cards=tuple(filter(playable, deck.cards)), _index={}) for deck in self._decks]


class SampleCouple:
    """Plays a session's current step the way this couple would; some answers change as the year goes on.

    What they say in words is their own, card by card (game.demo_words); a pick, a date or a number is drawn.
    """

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.skill = 0.35  # how often a guess is right; it grows as they play

    def value(self, card: Card, seat: int, fresh: bool = False) -> Any:
        """`seat`'s pick, date or number for `card`: the same each time for a steady fact, a new one when `fresh`."""
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
        raise ValueError(f"The sample couple answers {card.key} in words, not with a value.")

    def answer(self, session: Session, card: Card, seat: int, fresh: bool = False) -> Any:
        """`seat`'s answer to `card`: in words, what they said last time (or, when `fresh`, what they say next)."""
        if not takes_words(card):
            return self.value(card, seat, fresh)
        words = words_for(card)
        memory = session.memories.get(MemoryKey(seat, card.deck_id, card.id))
        said = None if memory is None else memory.answer
        if fresh:
            return words.after(seat, said)
        return said if said in words.answers(seat) else words.answers(seat)[0]

    def guess(self, card: Card, guesser: int, memory: Memory) -> Any:
        """`guesser`'s guess of `memory`'s answer: right (in their own words) as often as they know each other."""
        right = self.rng.random() < self.skill
        if not takes_words(card):
            return memory.answer if right else self.value(card, guesser, fresh=True)
        words, owner = words_for(card), memory.key.owner
        if right:
            return words.near(owner, memory.answer)
        return self.rng.choice((*words.misses, *words.earlier(owner, memory.answer)))

    def verdict(self, card: Card, memory: Memory, guess: object) -> Verdict:
        """The owner's verdict: a guess that says their answer got it, their answer from before a change came close."""
        if guess == memory.answer:
            return Verdict.GOT_IT
        if not takes_words(card):
            return self.rng.choice((Verdict.CLOSE, Verdict.NOT_QUITE))
        words, owner = words_for(card), memory.key.owner
        if guess == words.near(owner, memory.answer):
            return Verdict.GOT_IT if self.rng.random() < 0.85 else Verdict.CLOSE  # said another way: now and then "so close"
        return Verdict.CLOSE if guess in words.earlier(owner, memory.answer) else Verdict.NOT_QUITE

    def play(self, handle: StoredSession, clock: MovingClock) -> int:
        """Play `handle`'s session to its end (or its director's time-up); returns the number of commands."""
        session, commands = handle.session, 0
        while not session.ended:
            card = session.current_card()
            phase = session.phase
            turn = session.current
            memory = session.memories[turn.memory] if turn is not None and turn.memory is not None else None
            if phase in (Phase.ANSWER, Phase.PRIVATE) and not playable(card):
                # Decks not cut for them (a benchmark plays with the game's own services): a card they have no words
                # for is talked through with no note kept, or passed when it asks each of them to write.
                handle.run(Talked() if card.kind is Kind.ASK else PassCard())
                clock.later(minutes=3)
            elif phase is Phase.PRIVATE:
                seat = 0 if 0 not in session.state.private else 1
                if card.kind is Kind.SCENARIO:
                    guess = self.value(card, 1 - seat) if self.rng.random() < self.skill else self.value(card, seat, fresh=True)
                    handle.run(AnswerPrivately(seat, [self.value(card, seat), guess]))
                else:
                    handle.run(AnswerPrivately(seat, self.answer(session, card, seat, fresh=card.changes)))
            elif phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered:
                handle.run(Answer(self.answer(session, card, turn.seat if turn else 0)))
            elif phase is Phase.GUESS and turn is not None and memory is not None:
                handle.run(Guess(self.guess(card, turn.seat, memory)))
            elif phase is Phase.JUDGE and memory is not None:
                handle.run(Judge(self.verdict(card, memory, session.state.guess)))
            elif phase is Phase.CHECK and memory is not None:
                if self.rng.random() < 0.6:
                    handle.run(StillTrue())
                else:
                    handle.run(ChangedSince(self.answer(session, card, memory.key.owner, fresh=True)))
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
        elif step.status is Status.OFFERED:
            evening.run(DeclineMore())  # more of a part that went quickly: the sample couple go on as planned
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

    Each Play round deals from PLAY_DECKS and the next of OTHER_DECKS in turn. Returns (evenings, date nights,
    commands).
    """
    player = SampleCouple(seed)
    known = {deck.id for deck in services.decks()}
    evenings = date_nights = commands = rounds = 0
    for week in range(weeks):
        player.skill = min(0.85, 0.35 + 0.5 * week / max(1, weeks))
        services.seed = seed * 1000 + week
        for promise in services.playbook.waiting_promises(couple, date_night=week % 4 == 3):
            word = player.rng.choices((Outcome.DONE, Outcome.NOT_YET, Outcome.LET_GO), weights=(6, 3, 1))[0]
            services.playbook.answer_promise(couple, promise, word)
        if week % 4 == 3:
            commands += _evening(services, couple, player, clock, seed * 1000 + week)
            date_nights += 1
        elif week % 4 == 1 and any(services.due_count(couple, services.consent(couple)).values()):
            quiz = SessionConfig(Mode.QUIZ, tuple(sorted(known)), DealFilters(max_level=3), length=12)
            commands += player.play(services.start(couple, quiz), clock)
        else:
            extra = OTHER_DECKS[rounds % len(OTHER_DECKS)]  # by round, not by week: Play weeks are every other one
            rounds += 1
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


def make_demo(root: Path, now: datetime, *, weeks: int = 52, seed: int = 1) -> DemoMade | Couple:
    """Add a sample couple to the store in `root` whose year of play ends at `now`.

    A sample couple already there is returned as it is, and nothing is added: one is enough to look around.
    """
    clock = MovingClock((now - timedelta(weeks=weeks)).astimezone(UTC).replace(hour=19, minute=30, second=0, microsecond=0))
    store = Store.open(root, now)
    try:
        here = next((couple for couple in store.couples.all() if is_sample(store, couple)), None)
        if here is not None:
            return here
        services = SampleServices(store, root, seed=seed, clock=clock)
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
        if isinstance(made, Couple):
            print(f"The {SAMPLE_LABEL.lower()} {made.name(0)} & {made.name(1)} is already here; nothing was added.", file=out)
            return 0
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
