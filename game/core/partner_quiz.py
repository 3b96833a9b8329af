"""Quiz scheduling: one FSRS schedule per memory per guesser, due first.

The index is kept sorted by due date so that picking the next quiz among many
thousands of memories looks at a handful of them, not all.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

import fsrs

from .answers import AnswerValue, Verdict
from .memories import MemoryKey

RATINGS = {Verdict.GOT_IT: fsrs.Rating.Good, Verdict.CLOSE: fsrs.Rating.Hard, Verdict.NOT_QUITE: fsrs.Rating.Again}

#: How many of the most overdue memories are weighed by exact retrievability.
PICK_WINDOW = 16


def make_scheduler() -> fsrs.Scheduler:
    """Day-scale intervals and no fuzzing (fuzzing would use the global random generator)."""
    return fsrs.Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


@dataclass(frozen=True, slots=True)
class Review:
    """One judged quiz: who guessed what about which memory, and the verdict."""

    memory: MemoryKey
    guesser: int
    guess: AnswerValue
    verdict: Verdict
    at: datetime


ScheduleKey = tuple[MemoryKey, int]


class QuizBook:
    """The FSRS cards of every (memory, guesser) pair, indexed by due date per guesser."""

    def __init__(self, scheduler: fsrs.Scheduler | None = None) -> None:
        self.scheduler = scheduler or make_scheduler()
        self._cards: dict[ScheduleKey, fsrs.Card] = {}
        self._by_due: dict[int, list[tuple[datetime, MemoryKey]]] = {0: [], 1: []}

    def __len__(self) -> int:
        return len(self._cards)

    def get(self, memory: MemoryKey, guesser: int) -> fsrs.Card | None:
        return self._cards.get((memory, guesser))

    def items(self) -> Iterator[tuple[ScheduleKey, fsrs.Card]]:
        return iter(self._cards.items())

    def new(self, memory: MemoryKey, guesser: int, now: datetime) -> fsrs.Card:
        card = fsrs.Card(card_id=0, due=now)
        self.put(memory, guesser, card)
        return card

    def put(self, memory: MemoryKey, guesser: int, card: fsrs.Card) -> None:
        self.remove(memory, guesser)
        self._cards[(memory, guesser)] = card
        insort(self._by_due[guesser], (card.due, memory))

    def remove(self, memory: MemoryKey, guesser: int) -> None:
        old = self._cards.pop((memory, guesser), None)
        if old is not None:
            index = self._by_due[guesser]
            del index[bisect_left(index, (old.due, memory))]

    def review(self, memory: MemoryKey, guesser: int, verdict: Verdict, now: datetime) -> fsrs.Card:
        card = self._cards.get((memory, guesser)) or fsrs.Card(card_id=0, due=now)
        updated, _log = self.scheduler.review_card(card, RATINGS[verdict], review_datetime=now)
        self.put(memory, guesser, updated)
        return updated

    def retrievability(self, memory: MemoryKey, guesser: int, now: datetime) -> float | None:
        card = self._cards.get((memory, guesser))
        if card is None or card.last_review is None:
            return None
        return float(self.scheduler.get_card_retrievability(card, now))

    def due(self, guesser: int, now: datetime) -> Iterator[MemoryKey]:
        """Memories this guesser is due to be quizzed on, the most overdue first."""
        index = self._by_due[guesser]
        for i in range(bisect_right(index, (now, _LAST))):
            yield index[i][1]

    def count_due(self, guesser: int, now: datetime) -> int:
        return bisect_right(self._by_due[guesser], (now, _LAST))

    def pick(self, guesser: int, now: datetime, eligible: Callable[[MemoryKey], bool]) -> MemoryKey | None:
        """The due memory this guesser is closest to forgetting, among the most overdue few."""
        window: list[MemoryKey] = []
        for memory in self.due(guesser, now):
            if eligible(memory):
                window.append(memory)
                if len(window) == PICK_WINDOW:
                    break
        if not window:
            return None

        def forgetting(memory: MemoryKey) -> float:
            value = self.retrievability(memory, guesser, now)
            return -1.0 if value is None else value  # never quizzed yet: first of all

        return min(window, key=forgetting)


_LAST = MemoryKey(2, "\U0010ffff", "\U0010ffff")
