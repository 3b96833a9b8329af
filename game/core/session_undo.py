"""Undo for a session: what each action changed, kept so that it can be put back.

While an action runs, it is recorded: the state before it, and the memories, schedules, reviews
and turn records it touched. An action that fails is rolled back at once; one that succeeds is
kept, up to the last UNDO_DEPTH of them. A session that has ended keeps none.

Once both private answers to a card are on the table, undoing takes both back, never the second
alone: whoever answered second has seen the other's answer, and answering again with only the first
still standing would not be fair (`both_answers_back`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

import fsrs

from . import session_state as codec
from .answers import Verdict
from .events import (
    ActionUndone,
    Event,
    MemoryRestored,
    ReviewRemoved,
    ScheduleRestored,
    TurnRecordRemoved,
    VerdictChanged,
)
from .memories import Memory, MemoryKey
from .partner_quiz import QuizBook, Review
from .session_state import SessionState

UNDO_DEPTH = 50
#: The action name of one partner's private answer.
PRIVATE_ANSWER = "private answer"


class Undoable(Protocol):
    """What undo puts back in a session."""

    state: SessionState

    @property
    def memories(self) -> dict[MemoryKey, Memory]: ...

    @property
    def quizbook(self) -> QuizBook: ...

    @property
    def ended(self) -> bool: ...


@dataclass
class Change:
    """One action: the state before it, what the memories and schedules it touched were, and what it added."""

    action: str
    state: dict[str, Any]
    memories: dict[MemoryKey, Memory | None] = field(default_factory=dict)
    schedules: dict[tuple[MemoryKey, int], fsrs.Card | None] = field(default_factory=dict)
    reviews: list[Review] = field(default_factory=list)
    records: list[int] = field(default_factory=list)
    #: The verdicts of reviews judged again, as they were before (see Session.update_memory).
    verdicts: dict[tuple[MemoryKey, int], Verdict] = field(default_factory=dict)

    def events(self) -> list[Event]:
        """What taking this action back did, as events: the memories, schedules, reviews and turns put back."""
        events: list[Event] = [ActionUndone(self.action)]
        events.extend(MemoryRestored(key, memory) for key, memory in self.memories.items())
        events.extend(ScheduleRestored(key, guesser, card) for (key, guesser), card in self.schedules.items())
        events.extend(ReviewRemoved(review) for review in self.reviews)
        events.extend(TurnRecordRemoved(number) for number in self.records)
        events.extend(VerdictChanged(key, guesser, verdict) for (key, guesser), verdict in self.verdicts.items())
        return events


class UndoHistory:
    def __init__(self, depth: int = UNDO_DEPTH, changes: Iterable[Change] = ()) -> None:
        self.depth = depth
        self._changes: list[Change] = list(changes)  # (steps kept from before the window closed: see undo_kept)
        self._recording: Change | None = None

    @property
    def changes(self) -> tuple[Change, ...]:
        return tuple(self._changes)

    def can_undo(self) -> bool:
        return bool(self._changes)

    def clear(self) -> None:
        self._changes.clear()

    @contextmanager
    def action(self, name: str, table: Undoable) -> Iterator[Change]:
        """Record what the action run inside changes; roll it back if it fails."""
        change = Change(name, codec.state_to_json(table.state))
        self._recording = change
        try:
            yield change
        except BaseException:
            self._recording = None
            _put_back(table, change)
            raise
        self._recording = None
        if table.ended:
            self._changes.clear()  # a finished session is summed up and saved; nothing to take back
            return
        self._changes.append(change)
        del self._changes[: -self.depth]

    def both_answers_back(self, turn: int) -> None:
        """Both private answers to turn `turn` were just revealed: undoing now takes both back.

        Every step kept from that card's private answers is put back with neither answer given, and the
        first answer's own step, which changed nothing else, goes: one Undo lands before either answered.
        """
        if not self._changes:
            return
        revealed = self._changes[-1]
        kept = []
        for change in self._changes:
            current = change.state.get("current")
            if change.state.get("phase") == codec.Phase.PRIVATE.value and current and current.get("number") == turn:
                change.state["private"] = {}
                if change is not revealed and change.action == PRIVATE_ANSWER:
                    continue  # nothing is left for it to take back
            kept.append(change)
        self._changes = kept

    def take_back(self, table: Undoable) -> Change:
        """Put the last action's changes back in `table` and say what they were."""
        change = self._changes.pop()
        _put_back(table, change)
        return change

    # ---- notes taken while an action is recorded ----------------------------------------------

    def note_memory(self, key: MemoryKey, before: Memory | None) -> None:
        if self._recording is not None and key not in self._recording.memories:
            self._recording.memories[key] = before

    def note_schedule(self, key: MemoryKey, guesser: int, before: fsrs.Card | None) -> None:
        if self._recording is not None and (key, guesser) not in self._recording.schedules:
            self._recording.schedules[(key, guesser)] = before

    def note_review(self, review: Review) -> None:
        if self._recording is not None:
            self._recording.reviews.append(review)

    def note_verdict(self, key: MemoryKey, guesser: int, before: Verdict) -> None:
        if self._recording is not None:
            self._recording.verdicts.setdefault((key, guesser), before)

    def note_record(self, number: int) -> None:
        if self._recording is not None:
            self._recording.records.append(number)


def _put_back(table: Undoable, change: Change) -> None:
    table.state = codec.state_from_json(change.state)
    for key, memory in change.memories.items():
        if memory is None:
            table.memories.pop(key, None)
        else:
            table.memories[key] = memory
    for (key, guesser), card in change.schedules.items():
        if card is None:
            table.quizbook.remove(key, guesser)
        else:
            table.quizbook.put(key, guesser, card)
