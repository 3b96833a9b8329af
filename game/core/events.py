"""Past-tense events returned by session commands. The store persists them; the UI reacts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import fsrs

from .answers import AnswerValue, Verdict
from .cards import CardKey
from .memories import Memory, MemoryKey
from .partner_quiz import Review


@dataclass(frozen=True, slots=True)
class TurnRef:
    """The turn being played: a card, or a quiz on one of the partner's memories."""

    number: int
    seat: int
    card: CardKey
    memory: MemoryKey | None = None

    @property
    def is_quiz(self) -> bool:
        return self.memory is not None


@dataclass(frozen=True, slots=True)
class TurnRecord:
    """A finished turn, for the history."""

    number: int
    seat: int
    card: CardKey
    kind: str
    outcome: dict[str, Any]
    at: datetime
    memory: MemoryKey | None = None


@dataclass(frozen=True, slots=True)
class Event:
    pass


@dataclass(frozen=True, slots=True)
class TurnStarted(Event):
    turn: TurnRef


@dataclass(frozen=True, slots=True)
class CardPassed(Event):
    card: CardKey
    seat: int


@dataclass(frozen=True, slots=True)
class AnswerSaved(Event):
    memory: Memory


@dataclass(frozen=True, slots=True)
class PrivateAnswerTaken(Event):
    seat: int


@dataclass(frozen=True, slots=True)
class Revealed(Event):
    card: CardKey
    answers: dict[int, Any]
    in_sync: dict[int, bool] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ActionDone(Event):
    """An action card done together, with follow-ups to talk over before the next card (its turn is not over yet)."""

    card: CardKey


@dataclass(frozen=True, slots=True)
class GuessMade(Event):
    memory: MemoryKey
    guess: AnswerValue
    suggestion: Verdict | None
    similarity: int | None


@dataclass(frozen=True, slots=True)
class QuizJudged(Event):
    review: Review
    schedule: fsrs.Card


@dataclass(frozen=True, slots=True)
class VerdictChanged(Event):
    """The latest review of `memory` by `guesser` now reads `verdict`: judged again against an answer changed at
    the reveal ("That's changed"), or put back as it was by Undo."""

    memory: MemoryKey
    guesser: int
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class MemoryUpdated(Event):
    memory: Memory
    schedule: fsrs.Card | None = None


@dataclass(frozen=True, slots=True)
class TurnCompleted(Event):
    record: TurnRecord


@dataclass(frozen=True, slots=True)
class CardStarred(Event):
    card: CardKey
    starred: bool


@dataclass(frozen=True, slots=True)
class MemoryRestored(Event):
    """Undo: the memory is back to `memory` (None: it no longer exists)."""

    key: MemoryKey
    memory: Memory | None


@dataclass(frozen=True, slots=True)
class ScheduleRestored(Event):
    key: MemoryKey
    guesser: int
    schedule: fsrs.Card | None


@dataclass(frozen=True, slots=True)
class ReviewRemoved(Event):
    review: Review


@dataclass(frozen=True, slots=True)
class TurnRecordRemoved(Event):
    number: int


@dataclass(frozen=True, slots=True)
class ActionUndone(Event):
    action: str


@dataclass(frozen=True, slots=True)
class SessionEnded(Event):
    summary: SessionSummary


@dataclass(frozen=True, slots=True)
class SessionSummary:
    turns: int
    cards_played: int
    passed: int
    new_memories: int
    quiz_results: dict[int, dict[str, int]]
    in_sync: tuple[int, int]
    starred: tuple[CardKey, ...]
    #: For each starred card, the answers given or asked about this session: (card, ((seat, answer), ...)).
    starred_answers: tuple[tuple[CardKey, tuple[tuple[int, AnswerValue], ...]], ...] = ()
    #: A Quiz me round (its turns are questions about each other, and "still true?" checks).
    quiz_round: bool = False
    #: Stopped before the round was through: cards or questions it had counted on were still to come.
    cut_short: bool = False
    #: The kinds of card its in-sync moments came from (`scoring.sync_kind`), so its words name no other.
    sync_kinds: tuple[str, ...] = ()
