"""What a couple can ask of the date-night director, as values: `DateNight.apply` runs each by its type."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .date_night_plan import History
from .limits import Limit
from .memories import Memory, MemoryKey
from .partner_quiz import QuizBook
from .session import Session


@dataclass(frozen=True, slots=True)
class Pledge:
    """Both have put their phones away: the evening begins."""


@dataclass(frozen=True, slots=True)
class OpenNote:
    """The note sealed at the last date night has been read together."""


@dataclass(frozen=True, slots=True)
class BeginSegment:
    """Choose the current card step's cards from the time left, given what the couple remembers."""

    memories: Mapping[MemoryKey, Memory]
    quizbook: QuizBook


@dataclass(frozen=True, slots=True)
class ReopenSegment:
    """The current step began but its session was lost: begin it afresh."""


@dataclass(frozen=True, slots=True)
class TurnFinished:
    """A turn of the current segment is done: is its time up, or does the part begin again within changed limits?"""


@dataclass(frozen=True, slots=True)
class FinishSegment:
    """The segment's session has ended: add up what it played and move on (`afresh`: begin the part again)."""

    session: Session
    afresh: bool = False


@dataclass(frozen=True, slots=True)
class TakeMore:
    """Yes to the more offered of a part that went quickly: deal them (the quiz part's are counted again from these)."""

    memories: Mapping[MemoryKey, Memory]
    quizbook: QuizBook


@dataclass(frozen=True, slots=True)
class DeclineMore:
    """No, thank you, to the more offered: on to the next part."""


@dataclass(frozen=True, slots=True)
class TakeBreak:
    """The break begins."""


@dataclass(frozen=True, slots=True)
class EndBreak:
    """Back from the break (or on without one)."""


@dataclass(frozen=True, slots=True)
class SealNote:
    """Keep a note for the next date night (None or blank: no note), and end the evening."""

    text: str | None


@dataclass(frozen=True, slots=True)
class WrapUp:
    """Skip what is left of the middle of the evening and go to the closing."""


@dataclass(frozen=True, slots=True)
class Pause:
    """Stop the evening's clock: the window closes, or the couple stepped away (`home`: they chose "Go home")."""

    home: bool = False


@dataclass(frozen=True, slots=True)
class Resume:
    """The window is open again: the evening's clock runs on."""


@dataclass(frozen=True, slots=True)
class KeepWithinLimits:
    """The limits as they are now (Settings' spicy switch, both private limits): what is still to come keeps within them.

    `history` orders the cards that take the place of planned ones beyond the limits, as when the evening was planned.
    """

    offered: bool
    limits: Mapping[int, Limit]
    history: History


EveningCommand = (
    Pledge
    | OpenNote
    | BeginSegment
    | ReopenSegment
    | TurnFinished
    | FinishSegment
    | TakeMore
    | DeclineMore
    | TakeBreak
    | EndBreak
    | SealNote
    | WrapUp
    | Pause
    | Resume
    | KeepWithinLimits
)
