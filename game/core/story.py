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
from .scoring import Knowledge, in_sync_rate, knowledge, sync_kind, sync_moments


@dataclass(frozen=True)
class Story:
    memories: dict[int, list[Memory]]  # by owner seat, newest first
    knowledge: dict[int, Knowledge]  # by guesser seat
    in_sync: float | None
    #: In-sync moments over all time: (matched, made), as `scoring.sync_moments` counts them.
    sync: tuple[int, int]
    reviews: dict[MemoryKey, list[Review]]
    cards: dict[CardKey, Card]
    #: The kinds of card those moments came from (`scoring.sync_kind`), for the words to name no other.
    sync_kinds: tuple[str, ...] = ()


def sync_outcomes(turns: Iterable[Mapping[str, Any]], cards: Mapping[CardKey, Card]) -> list[tuple[str, bool]]:
    """Each in-sync moment of the turns played (`scoring.sync_moments`): the kind of card it came from, and whether
    it matched."""
    out: list[tuple[str, bool]] = []
    for turn in turns:
        answers = turn.get("outcome", {}).get("answers", {})
        card = cards.get(CardKey(turn["deck_id"], turn["card_id"]))
        kind = sync_kind(card) if card is not None else None
        if card is None or kind is None or not isinstance(answers, Mapping):
            continue
        out.extend((kind, hit) for hit in sync_moments(card, {seat: answers.get(str(seat)) for seat in (0, 1)}))
    return out


@dataclass(frozen=True)
class Shared:
    """What each has shared that the couple may see now (Our memories' list): less to work out than `Knowing`."""

    memories: dict[int, list[Memory]]  # by owner seat, newest first
    cards: dict[CardKey, Card]


@dataclass(frozen=True)
class Knowing:
    """How well each knows the other and how often they are in sync (the panel beside the list)."""

    knowledge: dict[int, Knowledge]  # by guesser seat
    in_sync: float | None
    sync: tuple[int, int]
    reviews: dict[MemoryKey, list[Review]]
    sync_kinds: tuple[str, ...] = ()


def shared_memories(memories: Mapping[MemoryKey, Memory], cards: Mapping[CardKey, Card], consent: Consent) -> Shared:
    """The memories the couple may see now, by owner, newest first; and the cards their consent allows."""
    shown = consent.memory_rule(cards)
    by_owner: dict[int, list[Memory]] = {0: [], 1: []}
    for memory in memories.values():
        if shown(memory.key):
            by_owner[memory.key.owner].append(memory)
    for seat in by_owner:
        by_owner[seat].sort(key=lambda m: (m.updated_at, str(m.key)), reverse=True)
    return Shared(memories=by_owner, cards={key: card for key, card in cards.items() if consent.allows(card)})


def knowing(
    reviews: Sequence[Review],
    quizbook: QuizBook,
    cards: Mapping[CardKey, Card],
    turns: Sequence[Mapping[str, Any]],
    now: datetime,
    consent: Consent,
) -> Knowing:
    """How well each knows the other from the quizzes on memories their consent lets them see, and the in-sync
    moments of the cards it allows."""
    shown = consent.memory_rule(cards)
    reviews = [review for review in reviews if shown(review.memory)]
    grouped: dict[MemoryKey, list[Review]] = {}
    for review in reviews:
        grouped.setdefault(review.memory, []).append(review)
    card_shown = consent.card_rule(cards)
    outcomes = sync_outcomes((turn for turn in turns if card_shown(CardKey(turn["deck_id"], turn["card_id"]))), cards)
    return Knowing(
        knowledge={seat: knowledge(seat, reviews, quizbook, cards, now) for seat in (0, 1)},
        in_sync=in_sync_rate(hit for _, hit in outcomes),
        sync=(sum(hit for _, hit in outcomes), len(outcomes)),
        reviews=grouped,
        sync_kinds=tuple(dict.fromkeys(kind for kind, _ in outcomes)),
    )


def card_map(decks: Iterable[Deck]) -> dict[CardKey, Card]:
    """Every card of `decks` by its key."""
    return {card.key: card for deck in decks for card in deck.cards}


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
    cards = card_map(decks)
    shared = shared_memories(memories, cards, consent)
    known = knowing(reviews, quizbook, cards, turns, now, consent)
    return Story(
        memories=shared.memories,
        knowledge=known.knowledge,
        in_sync=known.in_sync,
        sync=known.sync,
        sync_kinds=known.sync_kinds,
        reviews=known.reviews,
        cards=shared.cards,
    )
