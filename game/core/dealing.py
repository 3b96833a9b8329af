"""Dealing: which cards a session offers, in what order.

Seeded and reproducible. Cards pass the level and spicy filters; decks are mixed
evenly, and each round's worth of cards is played lightest first, so a round warms up and
ends on its deepest cards (the cards dealt stay the same: nothing is held back). The climb
is the warm-up: a first round of many decks holds cards of every level, not the lightest
card of each deck. Within a round, two cards of one deck, or of one subject (health, money,
childhood…), do not come back to back where another card can go between. Cards this couple saw
recently come after every fresh card, the least recently seen first.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from .cards import Card, CardKey, Deck, Kind
from .consent import Consent, card_allowed
from .tags import subjects

#: How many cards an endless round climbs through before it starts light again (a usual round's length).
ENDLESS_RUN = 12


@dataclass(frozen=True, slots=True)
class DealFilters:
    min_level: int = 1
    max_level: int = 3
    spicy: bool = False
    kinds: frozenset[Kind] | None = None

    @classmethod
    def within(cls, consent: Consent, min_level: int = 1, kinds: frozenset[Kind] | None = None) -> DealFilters:
        """Filters that keep within what the couple agreed to, shaped by the round (lowest level, kinds)."""
        return cls(min_level=min_level, max_level=consent.max_level, spicy=consent.spicy, kinds=kinds)

    @property
    def consent(self) -> Consent:
        return Consent(self.max_level, self.spicy)

    def narrowed(self, consent: Consent) -> DealFilters:
        """These filters kept within `consent` as well (a limit lowered while a round waited): the lower wins."""
        return replace(self, max_level=min(self.max_level, consent.max_level), spicy=self.spicy and consent.spicy)

    def consents_to(self, card: Card) -> bool:
        """Whether the card (or a memory made from it) may be shown in this round at all: the consent rule."""
        return card_allowed(card, self.max_level, self.spicy)

    def allows(self, card: Card) -> bool:
        """Whether the card may be dealt: within consent, and of the round's shape (lowest level, kinds)."""
        if not self.consents_to(card) or card.level < self.min_level:
            return False
        return self.kinds is None or card.kind in self.kinds


def deal(
    decks: Sequence[Deck],
    filters: DealFilters,
    seed: int,
    recently_seen: Mapping[CardKey, datetime] | None = None,
    round_length: int | None = None,
) -> tuple[CardKey, ...]:
    """Every eligible card of `decks` once, in the order a session should offer them.

    With `round_length`, each run of that many cards climbs from its lightest level to its deepest.
    """
    seen = recently_seen or {}
    levels: dict[CardKey, int] = {}
    topics: dict[CardKey, frozenset[str]] = {}
    rng = random.Random(seed)
    fresh_piles: list[list[CardKey]] = []
    stale: list[tuple[datetime, CardKey]] = []
    for deck in sorted(decks, key=lambda d: d.id):
        cards = [card for card in deck.cards if filters.allows(card)]
        levels.update((card.key, card.level) for card in cards)
        topics.update((card.key, subjects(card.tags)) for card in cards)
        rng.shuffle(cards)
        keys = [card.key for card in cards]
        fresh_piles.append([card.key for card in cards if card.key not in seen])
        stale.extend((seen[key], key) for key in keys if key in seen)
    order = _interleave(fresh_piles, rng)
    order.extend(key for _, key in sorted(stale, key=lambda pair: (pair[0], rng.random())))
    return tuple(climbing(order, levels, round_length, topics) if round_length else order)


def climbing(
    order: Sequence[CardKey],
    levels: Mapping[CardKey, int],
    length: int,
    topics: Mapping[CardKey, frozenset[str]] | None = None,
) -> list[CardKey]:
    """`order` with each run of `length` cards sorted lightest level first, and within a level spread so two cards of
    one deck never come back to back where another deck's card could go between (a round of two decks alternates),
    nor two cards that share a subject in `topics` where another deck's next card shares none."""
    out: list[CardKey] = []
    for start in range(0, len(order), length):
        run = order[start : start + length]
        for level in sorted({levels[key] for key in run}):
            out.extend(_spread([key for key in run if levels[key] == level], out[-1] if out else None, topics or {}))
    return out


def _spread(block: list[CardKey], after: CardKey | None, topics: Mapping[CardKey, frozenset[str]]) -> list[CardKey]:
    """`block` reordered so no deck deals twice in a row where that can be helped, each deck's cards in their order.

    Each step takes the next card of another deck than the last card's that shares no subject with it, the one whose
    subject most cards left share (the earliest of equals); else the earliest card of another deck; else the earliest
    card. But when one deck holds so many of the cards left that it must go now for the rest to stay apart, its next
    card goes.
    """
    left = list(block)
    counts = Counter(key.deck_id for key in left)
    none: frozenset[str] = frozenset()
    crowd = Counter(topic for key in left for topic in topics.get(key, none))
    out: list[CardKey] = []
    last = after
    while left:
        most, most_left = counts.most_common(1)[0]
        if most_left > len(left) // 2:
            pick = next(key for key in left if key.deck_id == most)
        else:
            others = [key for key in _heads(left) if last is None or key.deck_id != last.deck_id]
            shared = topics.get(last, none) if last is not None else none
            clear = [key for key in others if not topics.get(key, none) & shared]
            # Of those, a card of the subject most cards left share goes first, so a crowded subject is spread early.
            fallback = others[0] if others else left[0]
            pick = max(clear, key=lambda key: max((crowd[topic] for topic in topics.get(key, none)), default=0), default=fallback)
        left.remove(pick)
        counts[pick.deck_id] -= 1
        crowd.subtract(topics.get(pick, none))
        out.append(pick)
        last = pick
    return out


def _heads(keys: list[CardKey]) -> list[CardKey]:
    """Each deck's first card in `keys`, in the order they come."""
    decks: set[str] = set()
    out: list[CardKey] = []
    for key in keys:
        if key.deck_id not in decks:
            decks.add(key.deck_id)
            out.append(key)
    return out


def _interleave(piles: list[list[CardKey]], rng: random.Random) -> list[CardKey]:
    """Round after round, one card from each pile that still has some, piles in a shuffled order."""
    out: list[CardKey] = []
    piles = [pile for pile in piles if pile]
    depth = 0
    while piles:
        rng.shuffle(piles)
        out.extend(pile[depth] for pile in piles)
        depth += 1
        piles = [pile for pile in piles if len(pile) > depth]
    return out
