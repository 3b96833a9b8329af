"""Scores, for fun and for the couple alone.

How well one partner knows the other: the latest verdict on each of the
partner's memories, weighted by how fresh it still is (FSRS retrievability).
Trivia (a coffee order) and understanding (a fear) are kept apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from .cards import Card, CardKey
from .memories import MemoryKey
from .partner_quiz import QuizBook, Review


@dataclass(frozen=True, slots=True)
class Knowledge:
    """How well `guesser` knows the partner: each value 0–1, None where nothing was quizzed."""

    guesser: int
    overall: float | None
    quizzed: int
    by_deck: dict[str, float] = field(default_factory=dict)
    by_category: dict[str, float] = field(default_factory=dict)


def knowledge(
    guesser: int,
    reviews: Iterable[Review],
    quizbook: QuizBook,
    card_of: Mapping[CardKey, Card],
    now: datetime,
) -> Knowledge:
    latest: dict[MemoryKey, Review] = {}
    for review in reviews:
        if review.guesser == guesser and (review.memory not in latest or review.at >= latest[review.memory].at):
            latest[review.memory] = review
    values: list[float] = []
    decks: dict[str, list[float]] = {}
    categories: dict[str, list[float]] = {}
    for memory, review in latest.items():
        freshness = quizbook.retrievability(memory, guesser, now)
        value = review.verdict.value_score * (1.0 if freshness is None else freshness)
        values.append(value)
        decks.setdefault(memory.deck_id, []).append(value)
        card = card_of.get(memory.card_key)
        if card is not None:
            categories.setdefault(card.category, []).append(value)
    return Knowledge(
        guesser=guesser,
        overall=_mean(values),
        quizzed=len(values),
        by_deck={deck: _mean(v) or 0.0 for deck, v in decks.items()},
        by_category={name: _mean(v) or 0.0 for name, v in categories.items()},
    )


def in_sync_rate(predictions: Iterable[bool]) -> float | None:
    """The share of scenario predictions that matched the partner's own pick."""
    hits = list(predictions)
    return _mean([1.0 if hit else 0.0 for hit in hits])


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
