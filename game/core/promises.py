"""Promises that come back: the closing ritual's "one small thing each this week", asked about later.

Each partner's small thing is an ordinary memory of a small-thing card (date_night_plan.SMALL_THING_CARDS);
every new answer to it is a new promise, made on the day of that answer. The couple's word on how it
went ("Did it happen?") is kept beside it: it happened, not yet, or let it go.

A promise is asked about once it has rested a day (asking the evening it was made tests nothing):
at the next start (Home) while nobody has answered, and at the next date night also when the answer
was "not yet". Only each partner's newest promise is asked about; older unanswered ones stay in the
list in Our story without a word, never as a reproach. The same words promised again at a later
evening are a new promise ("coffee in bed" again this week is asked about again): a small-thing
memory keeps a version for every answer, and is never "still true?"-checked like other answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .cards import CardKey
from .date_night_plan import SMALL_THING_CARDS
from .memories import Memory, MemoryKey
from .quiz_timing import QUIZ_REST


def is_promise(card: CardKey) -> bool:
    """Whether answers to this card are promises: every answer a new one, never checked as "still true?"."""
    return card in SMALL_THING_CARDS


class Outcome(StrEnum):
    DONE = "done"
    NOT_YET = "not_yet"
    LET_GO = "let_go"


OUTCOME_WORDS = {Outcome.DONE: "It happened", Outcome.NOT_YET: "Not yet", Outcome.LET_GO: "Let it go"}
#: What the list in Our story says of each, in the past tense.
OUTCOME_STORY = {Outcome.DONE: "it happened", Outcome.NOT_YET: "not yet", Outcome.LET_GO: "let go"}


@dataclass(frozen=True, slots=True)
class Promise:
    owner: int
    text: str
    made_at: datetime
    private: bool = False
    outcome: Outcome | None = None
    answered_at: datetime | None = None


def promises_made(
    memories: Mapping[MemoryKey, Memory], outcomes: Mapping[tuple[int, datetime], tuple[Outcome, datetime]] | None = None
) -> list[Promise]:
    """Every small thing either partner promised, oldest first, each with the couple's word on it if given.

    `outcomes` is keyed by (owner, the moment the promise was made).
    """
    found: list[Promise] = []
    for key, memory in memories.items():
        if not is_promise(key.card_key):
            continue
        for version in memory.history:
            said = outcomes.get((key.owner, version.at)) if outcomes else None
            found.append(
                Promise(
                    key.owner,
                    str(version.answer),
                    version.at,
                    memory.private,
                    said[0] if said else None,
                    said[1] if said else None,
                )
            )
    return sorted(found, key=lambda promise: (promise.made_at, promise.owner))


def waiting(promises: list[Promise], now: datetime, *, date_night: bool = False) -> list[Promise]:
    """The promises to ask "Did it happen?" about now (at most one a partner, the newest)."""
    newest: dict[int, Promise] = {}
    for promise in promises:
        newest[promise.owner] = promise
    asked = (None, Outcome.NOT_YET) if date_night else (None,)
    return [
        promise
        for seat in sorted(newest)
        if (promise := newest[seat]).outcome in asked and now - promise.made_at >= QUIZ_REST and promise.text.strip()
    ]
