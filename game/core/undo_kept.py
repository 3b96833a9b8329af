"""Undo across a closed window: a round's last steps, kept with its saved state so Undo still reaches them.

A couple who answer a card, close the window and continue the round expect Undo to take that answer
back, as it could before they closed. So the session's last undo steps (session_undo.Change) are kept
with its state, back to the last answer given (at most `KEPT` steps), each with what it would put back;
and beside them the memories and schedules as the round left them. Taken up again they count only if
those are still as the round left them: an answer put right in Our story, or played again at a date
night since, would otherwise be undone with them. What else rules them out is the caller's to know
(game.services, game.stored_evening): another round played since, or a limit lowered while the round
waited (Undo could bring back a card beyond it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import fsrs

from .answers import Verdict
from .memories import Memory, MemoryKey, MemoryVersion
from .partner_quiz import Review
from .session_state import SessionState, first_deal
from .session_undo import PRIVATE_ANSWER, Change, Undoable

#: The actions that give an answer: the steps kept reach back to the last of these.
ANSWERS = frozenset({"answer", "talked", "done", PRIVATE_ANSWER, "guess", "still true", "changed", "update"})
#: At most this many steps are kept (a handful reach back past any answer's reveal and judging).
KEPT = 8


def kept(changes: Sequence[Change], table: Undoable) -> dict[str, Any]:
    """What to save beside the session's state: {"undo": its last steps}, or nothing when no answer is among them.

    A step taken while a private answer was given to a card that went unrevealed (passed) is not kept, nor any before
    it: that answer is not written down again."""
    tail = list(changes[-KEPT:])
    current = table.state.current.number if table.state.current is not None else None
    secret = [index for index, change in enumerate(tail) if _holds_an_answer_gone(change, current)]
    tail = tail[secret[-1] + 1 :] if secret else tail
    last = max((index for index, change in enumerate(tail) if change.action in ANSWERS), default=None)
    if last is None:
        return {}
    tail = tail[last:]
    deal = [str(key) for key in first_deal(table.state)]
    memories = {key for change in tail for key in change.memories}
    schedules = {schedule for change in tail for schedule in change.schedules}
    return {"undo": {"steps": [_change(change, deal) for change in tail], "left": _left(table, memories, schedules)}}


def _holds_an_answer_gone(change: Change, current: int | None) -> bool:
    """The step's state holds a private answer to a card no longer on the table (it was passed, never revealed)."""
    turn = change.state.get("current") or {}
    return bool(change.state.get("private")) and turn.get("number") != current


def taken_up(data: Mapping[str, Any] | None, table: Undoable) -> list[Change]:
    """The kept steps, if what they would put back is still as the round left it; else none."""
    if not data:
        return []
    changes = [_change_from(step, table.state) for step in data.get("steps", [])]
    memories = {key for change in changes for key in change.memories}
    schedules = {schedule for change in changes for schedule in change.schedules}
    return changes if _left(table, memories, schedules) == data.get("left") else []


# ---- the steps as JSON --------------------------------------------------------------------------------------


def _left(table: Undoable, memories: Iterable[MemoryKey], schedules: Iterable[tuple[MemoryKey, int]]) -> dict[str, Any]:
    """The memories and schedules as they are now, sorted, to be compared whole."""
    return {
        "memories": [[*_key(key), _memory(table.memories.get(key))] for key in sorted(memories)],
        "schedules": [[*_key(key), guesser, _card(table.quizbook.get(key, guesser))] for key, guesser in sorted(schedules)],
    }


def _change(change: Change, deal: list[str]) -> dict[str, Any]:
    state = dict(change.state)
    if state.get("deal") == deal:
        del state["deal"]  # the same as the session's own, saved once (its moves are kept with each state)
    return {
        "action": change.action,
        "state": state,
        "memories": [[*_key(key), _memory(memory)] for key, memory in change.memories.items()],
        "schedules": [[*_key(key), guesser, _card(card)] for (key, guesser), card in change.schedules.items()],
        "reviews": [[*_key(r.memory), r.guesser, r.guess, r.verdict.value, _moment(r.at)] for r in change.reviews],
        "records": list(change.records),
        "verdicts": [[*_key(key), guesser, verdict.value] for (key, guesser), verdict in change.verdicts.items()],
    }


def _change_from(data: Mapping[str, Any], state: SessionState) -> Change:
    before = dict(data["state"])
    before.setdefault("deal", [str(key) for key in first_deal(state)])
    return Change(
        str(data["action"]),
        before,
        {_key_from(item): _memory_from(_key_from(item), item[3]) for item in data.get("memories", [])},
        {(_key_from(item), int(item[3])): _card_from(item[4]) for item in data.get("schedules", [])},
        [
            Review(_key_from(item), int(item[3]), item[4], Verdict(item[5]), datetime.fromisoformat(item[6]))
            for item in data.get("reviews", [])
        ],
        [int(number) for number in data.get("records", [])],
        {(_key_from(item), int(item[3])): Verdict(item[4]) for item in data.get("verdicts", [])},
    )


def _key(key: MemoryKey) -> list[Any]:
    return [key.owner, key.deck_id, key.card_id]


def _key_from(item: Sequence[Any]) -> MemoryKey:
    return MemoryKey(int(item[0]), str(item[1]), str(item[2]))


def _moment(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()  # as the store keeps moments, so a memory read back compares equal


def _memory(memory: Memory | None) -> dict[str, Any] | None:
    if memory is None:
        return None
    return {"history": [[version.answer, _moment(version.at)] for version in memory.history], "private": memory.private}


def _memory_from(key: MemoryKey, data: Mapping[str, Any] | None) -> Memory | None:
    if data is None:
        return None
    history = tuple(MemoryVersion(answer, datetime.fromisoformat(at)) for answer, at in data["history"])
    return Memory(key, history, bool(data.get("private", False)))


def _card(card: fsrs.Card | None) -> dict[str, Any] | None:
    return None if card is None else dict(card.to_dict())


def _card_from(data: Mapping[str, Any] | None) -> fsrs.Card | None:
    return None if data is None else fsrs.Card.from_dict(dict(data))  # type: ignore[arg-type]
