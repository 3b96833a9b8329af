"""A quiz round's session (Quiz me, or a date night's quiz part), and how many questions a date night's could ask
now: the number its plan offers and sizes the part by, and "Question 1 of N" counts to (the round's own count)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from .cards import Deck
from .dealing import DealFilters
from .memories import Memory, MemoryKey
from .partner_quiz import QuizBook
from .session import Mode, Session, SessionConfig
from .turn_order import questions_due


def quiz_config(
    decks: Mapping[str, Deck], filters: DealFilters, length: int | None = None, seed: int = 0, first: int = 0
) -> SessionConfig:
    """A quiz round's session: due answers from any deck, within the round's filters (the couple's limits), asking
    `first` first."""
    return SessionConfig(mode=Mode.QUIZ, deck_ids=tuple(sorted(decks)), filters=filters, length=length, seed=seed, first=first)


def ready_to_quiz(
    decks: Mapping[str, Deck],
    filters: DealFilters,
    memories: Mapping[MemoryKey, Memory],
    quizbook: QuizBook,
    hidden: frozenset[MemoryKey],
    now: datetime,
) -> int:
    """How many questions the quiz part could ask now, leaving out the `hidden` answers: counted by the quiz session's
    own rule (turn_order.still_to_ask), as Quiz me's count is.

    So a changing answer gone stale counts: the part asks its owner whether it still holds (a check, not a guess).
    An answer given earlier today, due but not yet rested a day, does not: the plan never announces a part that
    would have nothing to ask, and never leaves one out that would.
    """
    asked = {key: memory for key, memory in memories.items() if key not in hidden}
    return sum(questions_due(Session(quiz_config(decks, filters), decks, asked, quizbook), now).values())
