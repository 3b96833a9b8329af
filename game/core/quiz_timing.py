"""When a memory may be quizzed: the timing rules of the quiz picker, each a small named function.

A quiz asks what a partner remembers, so it makes sense only once the answer has had time to
settle: never in the sitting (session or evening) it was given or changed in, and not within a
day of it. In a Play round quizzes are mixed in among the cards being played: they come from the
decks on the table and stop when the cards do, so a short deck never turns into an endless quiz.
The session combines these with its own bookkeeping (already asked tonight, card still loaded);
other rules (consent, depth) are further predicates beside these, not folded into them.
"""

from __future__ import annotations

from collections.abc import Collection, Container
from datetime import datetime, timedelta

from .cards import Card
from .memories import Memory, MemoryKey

#: How long the answer to a card marked `changes: true` ("lately", "right now") is trusted. Past this the
#: partner is not quizzed on it: its owner is asked first whether it is still true. Two months: long enough
#: that a favourite song is not asked about every week, short enough that "this week" answers are not quizzed stale.
FRESH_FOR = timedelta(days=60)

#: A memory rests at least this long after it was given or changed before the partner is asked about it.
QUIZ_REST = timedelta(days=1)


def made_this_sitting(key: MemoryKey, made: Container[MemoryKey], memory: Memory, now: datetime) -> bool:
    """Given (or changed) in this session and not yet rested: both partners just heard it, so asking tests nothing.

    A session left open and resumed days later is a new sitting: what was said before the break has rested.
    """
    return key in made and not rested(memory, now)


def rested(memory: Memory, now: datetime) -> bool:
    """At least QUIZ_REST has passed since the answer was given or last changed."""
    return now - memory.updated_at >= QUIZ_REST


def still_fresh(memory: Memory, card: Card, now: datetime) -> bool:
    """True for a fact that does not change; for a changing one, whether it was given or checked within FRESH_FOR."""
    return not card.changes or now - memory.updated_at < FRESH_FOR


def from_decks_in_play(key: MemoryKey, deck_ids: Collection[str]) -> bool:
    """A Play round's quizzes come from the decks the couple chose (any deck when none were named)."""
    return not deck_ids or key.deck_id in deck_ids


def quizzes_go_on(cards_left: bool) -> bool:
    """In a Play round quizzes are between cards: once the cards are gone the round ends, it does not become a quiz."""
    return cards_left
