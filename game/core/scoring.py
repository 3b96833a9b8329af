"""Scores, for fun and for the couple alone.

How well one partner knows the other: the latest verdict on each of the
partner's memories, weighted by how fresh it still is (FSRS retrievability).
Trivia (a coffee order) and understanding (a fear) are kept apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from .answers import who_agrees
from .cards import WHO_VALUES, AnswerType, Card, CardKey, Kind
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


#: What the in-sync line calls each kind of moment it counts (`sync_kind`), in the order it names them.
SYNC_WORDS = {"scenario": "scenario predictions", "who": "“who's more likely” cards"}


def sync_kind(card: Card) -> str | None:
    """Which kind of in-sync moment `card` gives once both partners have answered it, if any: a scenario's
    predictions, or a "who's more likely" card's names (see `sync_moments`)."""
    if card.kind is Kind.SCENARIO:
        return "scenario"
    return "who" if card.kind is Kind.BOTH and card.answer_type is AnswerType.WHO else None


def sync_moments(card: Card, answers: Mapping[int, object]) -> list[bool]:
    """What "in sync" means, everywhere it is counted (round summary, date night, keepsake, Our story, its chart).

    A scenario card gives two moments, one per partner: did their prediction match the other's
    own pick? A "who's more likely" card both answered gives one: did they name the same person?
    Other cards give none. `answers` are the two partners' answers by seat.
    """
    kind = sync_kind(card)
    if kind == "scenario":
        mine, yours = answers.get(0), answers.get(1)
        if not (isinstance(mine, list | tuple) and isinstance(yours, list | tuple) and len(mine) == len(yours) == 2):
            return []  # a hidden or malformed answer counts for nothing
        return [mine[1] == yours[0], yours[1] == mine[0]]
    if kind == "who" and all(answers.get(seat) in WHO_VALUES for seat in (0, 1)):
        return [who_agrees(answers)]
    return []


def in_sync_words(hits: int, made: int, kinds: Iterable[str]) -> str:
    """The in-sync line every screen shows, saying what it counts: only the `kinds` of moment (`sync_kind`) that were
    counted, so a round of scenarios alone never names a "who's more likely" card it did not deal. None named
    when the kinds are not known (a date night saved before they were kept)."""
    if not made:
        return "In sync: no scenario or “who's more likely” cards played"
    share = round(100 * hits / made)
    counted = set(kinds)
    named = " and ".join(words for kind, words in SYNC_WORDS.items() if kind in counted)
    return f"In sync on {hits} of {made} ({share}%)" + (f": {named}" if named else "")


def in_sync_rate(predictions: Iterable[bool]) -> float | None:
    """The share of in-sync moments (`sync_moments`) that matched."""
    hits = list(predictions)
    return _mean([1.0 if hit else 0.0 for hit in hits])


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
