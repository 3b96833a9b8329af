"""What a couple can ask of a session, as values: `Session.apply` runs each by its type.

The window builds one of these for each thing the couple does and hands it, through the handle
that saves it, to the session. Nothing here is a rule; the session's methods of the same names are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, assert_never

from .answers import AnswerValue, Verdict
from .memories import MemoryKey

if TYPE_CHECKING:
    from .events import Event


@dataclass(frozen=True, slots=True)
class Answer:
    """The active player's answer to an ask card (None when nothing is to be remembered)."""

    value: AnswerValue | None
    private: bool = False


@dataclass(frozen=True, slots=True)
class Talked:
    """An ask card answered aloud with no note kept."""


@dataclass(frozen=True, slots=True)
class Complete:
    """Done: an action card, an ask card with nothing to remember, or a revealed outcome."""


@dataclass(frozen=True, slots=True)
class AnswerPrivately:
    """One partner's private answer to a both or scenario card (a scenario's is [own pick, guess])."""

    seat: int
    value: object


@dataclass(frozen=True, slots=True)
class PassCard:
    """The X-card: no reason needed."""


@dataclass(frozen=True, slots=True)
class Guess:
    """The active player's guess of the partner's remembered answer."""

    value: AnswerValue


@dataclass(frozen=True, slots=True)
class Judge:
    """The owner's verdict on a free-text guess."""

    verdict: Verdict


@dataclass(frozen=True, slots=True)
class StillTrue:
    """A stale changing answer still holds."""


@dataclass(frozen=True, slots=True)
class ChangedSince:
    """A stale changing answer has changed: this is the new one."""

    value: AnswerValue


@dataclass(frozen=True, slots=True)
class UpdateMemory:
    """ "That's changed" during a quiz: a new current answer for the memory."""

    key: MemoryKey
    value: AnswerValue


@dataclass(frozen=True, slots=True)
class Star:
    """Star (or unstar) the card on the table."""


@dataclass(frozen=True, slots=True)
class Undo:
    """Take back the last action of this session."""


@dataclass(frozen=True, slots=True)
class End:
    """End the session now, answers kept."""


@dataclass(frozen=True, slots=True)
class KeepWithin:
    """The round's filters narrowed (a limit lowered while it waited): a card on the table beyond them goes unplayed."""


@dataclass(frozen=True, slots=True)
class GoHome:
    """A break the couple chose ("Go home"): the round waits, and the game opens on Home until it goes on.
    `home` False: back at the table from Home ("Continue where you stopped"), so it opens on the round again."""

    home: bool = True


SessionCommand = (
    Answer
    | Talked
    | Complete
    | AnswerPrivately
    | PassCard
    | Guess
    | Judge
    | StillTrue
    | ChangedSince
    | UpdateMemory
    | Star
    | Undo
    | End
    | KeepWithin
    | GoHome
)


class Commanded(Protocol):
    """What `run` asks of a session: a method for each command (game.core.session.Session has them all). A protocol,
    not the class, so the session and its commands do not import each other round a circle."""

    def answer(self, value: str | int | float | None, now: datetime, *, private: bool = False) -> list[Event]: ...
    def talked(self, now: datetime) -> list[Event]: ...
    def complete(self, now: datetime) -> list[Event]: ...
    def answer_privately(self, seat: int, value: Any, now: datetime) -> list[Event]: ...
    def pass_card(self, now: datetime) -> list[Event]: ...
    def guess(self, value: str | int | float, now: datetime) -> list[Event]: ...
    def judge(self, verdict: Verdict, now: datetime) -> list[Event]: ...
    def still_true(self, now: datetime) -> list[Event]: ...
    def changed_since(self, value: str | int | float, now: datetime) -> list[Event]: ...
    def update_memory(self, key: MemoryKey, value: str | int | float, now: datetime) -> list[Event]: ...
    def star(self, now: datetime) -> list[Event]: ...
    def undo(self, now: datetime) -> list[Event]: ...
    def end(self, now: datetime) -> list[Event]: ...
    def keep_within(self, now: datetime) -> list[Event]: ...
    def go_home(self, home: bool, now: datetime) -> list[Event]: ...


def run(session: Commanded, command: SessionCommand, now: datetime) -> list[Event]:
    """Run one command on `session` at `now`: the session's method of the same name does the work."""
    match command:
        case Answer(value, private):
            return session.answer(value, now, private=private)
        case Talked():
            return session.talked(now)
        case Complete():
            return session.complete(now)
        case AnswerPrivately(seat, value):
            return session.answer_privately(seat, value, now)
        case PassCard():
            return session.pass_card(now)
        case Guess(value):
            return session.guess(value, now)
        case Judge(verdict):
            return session.judge(verdict, now)
        case StillTrue():
            return session.still_true(now)
        case ChangedSince(value):
            return session.changed_since(value, now)
        case UpdateMemory(key, value):
            return session.update_memory(key, value, now)
        case Star():
            return session.star(now)
        case Undo():
            return session.undo(now)
        case End():
            return session.end(now)
        case KeepWithin():
            return session.keep_within(now)
        case GoHome(home):
            return session.go_home(home, now)
        case _:
            assert_never(command)
