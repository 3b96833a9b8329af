"""Our story: what a couple knows of each other, gathered for display."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .cards import Card, CardKey, Deck
from .consent import Consent
from .memories import Memory, MemoryKey
from .partner_quiz import QuizBook, Review
from .scoring import Knowledge, in_sync_rate, knowledge, sync_moments


@dataclass(frozen=True)
class Story:
    memories: dict[int, list[Memory]]  # by owner seat, newest first
    knowledge: dict[int, Knowledge]  # by guesser seat
    in_sync: float | None
    #: In-sync moments over all time: (matched, made), as `scoring.sync_moments` counts them.
    sync: tuple[int, int]
    reviews: dict[MemoryKey, list[Review]]
    cards: dict[CardKey, Card]


def sync_outcomes(turns: Iterable[Mapping[str, Any]], cards: Mapping[CardKey, Card]) -> list[bool]:
    """Each in-sync moment of the turns played (`scoring.sync_moments`): did it match?"""
    out: list[bool] = []
    for turn in turns:
        answers = turn.get("outcome", {}).get("answers", {})
        card = cards.get(CardKey(turn["deck_id"], turn["card_id"]))
        if card is None or not isinstance(answers, Mapping):
            continue
        out.extend(sync_moments(card, {seat: answers.get(str(seat)) for seat in (0, 1)}))
    return out


def build_story(
    memories: Mapping[MemoryKey, Memory],
    reviews: Sequence[Review],
    quizbook: QuizBook,
    decks: Iterable[Deck],
    turns: Sequence[Mapping[str, Any]],
    now: datetime,
    consent: Consent,
) -> Story:
    """What the couple may see of their story now: only memories (and quizzes on them) their consent allows."""
    cards = {card.key: card for deck in decks for card in deck.cards}
    shown = consent.memory_rule(cards)
    by_owner: dict[int, list[Memory]] = {0: [], 1: []}
    for memory in memories.values():
        if shown(memory.key):
            by_owner[memory.key.owner].append(memory)
    for seat in by_owner:
        by_owner[seat].sort(key=lambda m: (m.updated_at, str(m.key)), reverse=True)
    reviews = [review for review in reviews if shown(review.memory)]
    grouped: dict[MemoryKey, list[Review]] = {}
    for review in reviews:
        grouped.setdefault(review.memory, []).append(review)
    card_shown = consent.card_rule(cards)
    outcomes = sync_outcomes((turn for turn in turns if card_shown(CardKey(turn["deck_id"], turn["card_id"]))), cards)
    return Story(
        memories=by_owner,
        knowledge={seat: knowledge(seat, reviews, quizbook, cards, now) for seat in (0, 1)},
        in_sync=in_sync_rate(outcomes),
        sync=(sum(outcomes), len(outcomes)),
        reviews=grouped,
        cards={key: card for key, card in cards.items() if consent.allows(card)},
    )
