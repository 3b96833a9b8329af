"""What date-night commands return: past-tense events. The store persists them; the evening's screens react."""

from __future__ import annotations

from dataclasses import dataclass

from .date_night_state import Segment, StepKind, Tally
from .events import Event
from .memories import MemoryKey
from .session import SessionConfig


@dataclass(frozen=True, slots=True)
class StepStarted(Event):
    index: int
    kind: StepKind
    segment: Segment


@dataclass(frozen=True, slots=True)
class Pledged(Event):
    pass


@dataclass(frozen=True, slots=True)
class NoteOpened(Event):
    pass


@dataclass(frozen=True, slots=True)
class SegmentBegan(Event):
    """Play this segment as a Session with `config`, leaving the `hidden` memories out of its quizzes."""

    segment: Segment
    config: SessionConfig
    hidden: frozenset[MemoryKey]


@dataclass(frozen=True, slots=True)
class SegmentSkipped(Event):
    """A part left out as it was about to begin: `empty` when nothing was ready for it, else for want of time."""

    segment: Segment
    empty: bool = False


@dataclass(frozen=True, slots=True)
class SegmentTimeUp(Event):
    segment: Segment


@dataclass(frozen=True, slots=True)
class SegmentToBeginAgain(Event):
    """The limits changed while this part was played, and its card on the table is done: end its session and begin the
    part again within them (`DateNight.finish_segment(session, afresh=True)`), with what is left of it."""

    segment: Segment


@dataclass(frozen=True, slots=True)
class MoreOffered(Event):
    """The part ended well ahead of its time: `cards` more of it are offered, to take (`TakeMore`) or not."""

    segment: Segment
    cards: int


@dataclass(frozen=True, slots=True)
class SegmentFinished(Event):
    segment: Segment


@dataclass(frozen=True, slots=True)
class BreakTaken(Event):
    minutes: float


@dataclass(frozen=True, slots=True)
class BreakOver(Event):
    taken: bool


@dataclass(frozen=True, slots=True)
class NoteSealed(Event):
    text: str


@dataclass(frozen=True, slots=True)
class NoteLeftUnwritten(Event):
    pass


@dataclass(frozen=True, slots=True)
class EveningPaused(Event):
    pass


@dataclass(frozen=True, slots=True)
class EveningResumed(Event):
    pass


@dataclass(frozen=True, slots=True)
class LimitsChanged(Event):
    """The limits changed while the evening waited: from here on it keeps within these (never saying whose they were)."""

    max_level: int
    spicy: bool


@dataclass(frozen=True, slots=True)
class EveningEnded(Event):
    tally: Tally
