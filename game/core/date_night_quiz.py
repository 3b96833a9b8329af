"""A quiz round's session (Quiz me, or a date night's quiz part), and how many answers a date night's could ask about
now."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from .cards import Deck
from .dealing import DealFilters
from .memories import Memory, MemoryKey
from .partner_quiz import QuizBook
from .session import Mode, Session, SessionConfig
from .turn_order import quizzes_ready


def quiz_config(decks: Mapping[str, Deck], filters: DealFilters, length: int | None = None, seed: int = 0) -> SessionConfig:
    """A quiz round's session: due answers from any deck, within the round's filters (the couple's limits)."""
    return SessionConfig(mode=Mode.QUIZ, deck_ids=tuple(sorted(decks)), filters=filters, length=length, seed=seed)


def ready_to_quiz(
    decks: Mapping[str, Deck],
    filters: DealFilters,
    memories: Mapping[MemoryKey, Memory],
    quizbook: QuizBook,
    hidden: frozenset[MemoryKey],
    now: datetime,
) -> int:
    """How many answers the quiz part could ask about now, leaving out the `hidden` ones.

    Counted by the quiz session's own rules (turn_order), so an answer given earlier today, due but not yet rested
    a day, is not counted: the plan never announces a part that would have nothing to ask.
    """
    asked = {key: memory for key, memory in memories.items() if key not in hidden}
    return quizzes_ready(Session(quiz_config(decks, filters), decks, asked, quizbook), now)
