"""Dealing: which cards a session offers, in what order.

Seeded and reproducible. Cards pass the level and spicy filters; decks are mixed
evenly, and each round's worth of cards is played lightest first, so a round warms up and
ends on its deepest cards (the cards dealt stay the same: nothing is held back). The climb
is the warm-up: a first round of many decks holds cards of every level, not the lightest
card of each deck. Within a round, two cards of one deck, or of one subject (health, money,
childhood…), or of one shape (see card_shapes), do not come back to back where another card can go
between, and a round holds one card of each shape a round should meet once ("who's more likely", a
first time…) and of each subject it should meet once (bedtime, presents, a date on the calendar…)
where a later card can take the place of the second, an opener or a closer moved last. Cards this
couple saw recently come after every fresh card, the least recently seen first.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from .both_share import both_partners
from .brave_share import brave
from .card_reads import MARKS, CardReads
from .card_shapes import CLOSER, GRIEVANCE, NEEDS, ONCE_A_ROUND, OPENER, TOGETHER, answered_by_both, shapes
from .cards import Card, CardKey, Deck, Kind
from .consent import Consent, card_allowed
from .deal_spread import one_deck_each, unsoured
from .deep_close import lightened
from .deep_end import breathing, even_depth, is_open_question, with_rests
from .deep_facets import facet_bits
from .deep_mood import HEAVY, TENDER, has_weight, is_heavy, is_warm, is_wide, moods
from .quiz_share import measured_quizzes
from .side_by_side import kept_apart
from .tags import subjects

#: The shapes of a round's first and last cards, which a trade moves only where no other card can go.
ENDS = frozenset({OPENER, CLOSER})

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
    bookends: bool = False,
) -> tuple[CardKey, ...]:
    """Every eligible card of `decks` once, in the order a session should offer them.

    With `round_length`, each run of that many cards climbs from its lightest level to its deepest; with `bookends`
    as well (a round of a set length, not an endless one's waves), the round starts on an opener and ends on a closer.
    """
    seen = recently_seen or {}
    levels: dict[CardKey, int] = {}
    topics: dict[CardKey, frozenset[str]] = {}
    talk: set[CardKey] = set()
    heavy: set[CardKey] = set()
    warm: set[CardKey] = set()
    spicy: set[CardKey] = set()  # of the cards dealt: none where the couple has not chosen them
    wide: set[CardKey] = set()
    weight: set[CardKey] = set()
    remembered: set[CardKey] = set()
    both: set[CardKey] = set()  # answered by both partners: a `both` card, or "who's more likely"
    needs: set[CardKey] = set()  # a brave deep card (see brave_share)
    themes: dict[CardKey, int] = {}
    rng = random.Random(seed)
    fresh_piles: list[list[CardKey]] = []
    stale: list[tuple[datetime, CardKey]] = []
    for deck in sorted(decks, key=lambda d: d.id):
        cards = [card for card in deck.cards if filters.allows(card)]
        levels.update((card.key, card.level) for card in cards)
        topics.update((card.key, subjects(card.tags) | shapes(card)) for card in cards)
        talk.update(card.key for card in cards if is_open_question(card))
        heavy.update(card.key for card in cards if is_heavy(card))
        warm.update(card.key for card in cards if is_warm(card))
        spicy.update(card.key for card in cards if card.spicy)
        wide.update(card.key for card in cards if is_wide(card))
        weight.update(card.key for card in cards if has_weight(card))
        remembered.update(card.key for card in cards if card.remembered)
        both.update(card.key for card in cards if answered_by_both(card))
        needs.update(card.key for card in cards if NEEDS in card.tags)
        themes.update((card.key, facet_bits(card.tags)) for card in cards)
        rng.shuffle(cards)
        keys = [card.key for card in cards]
        fresh_piles.append([card.key for card in cards if card.key not in seen])
        stale.extend((seen[key], key) for key in keys if key in seen)
    for key in heavy:  # kept from coming back to back, as a subject is
        topics[key] |= {HEAVY, TENDER}
    for key in spicy:  # and a spicy card from a heavy one, or from another spicy one
        topics[key] |= {TENDER}
    for key in [key for key, shaped in topics.items() if GRIEVANCE in shaped]:  # and a grievance from both
        topics[key] |= {TENDER}
    order = _interleave(fresh_piles, rng)
    fresh = len(order)
    order.extend(key for _, key in sorted(stale, key=lambda pair: (pair[0], rng.random())))
    if not round_length:
        return tuple(order)
    order = even_depth(order, round_length, levels, topics, fresh)
    if bookends:
        order = bookended(order, round_length, topics, levels, fresh)
    spaced = with_rests(once_a_round(order, round_length, topics, levels, fresh), round_length, levels, talk, topics, fresh)
    if bookends:
        marks = (heavy, warm, spicy, wide, weight, remembered, both, talk, needs)
        reads = CardReads(levels, topics, themes, dict(zip(MARKS, marks, strict=True)))
        for trades in (moods, one_deck_each, measured_quizzes, both_partners, brave):  # each keeps what those before it gave
            spaced = trades(spaced, round_length, fresh, reads)
    climbed = breathing(climbing(spaced, levels, round_length, topics, bookends=bookends), round_length, levels, talk, topics)
    if not bookends:
        return tuple(climbed)
    lit = lightened(climbed, round_length, levels, topics, (heavy, warm, talk, spicy))
    unsour = unsoured(lit, round_length, levels, topics, (heavy, spicy, talk))
    return tuple(kept_apart(unsour, round_length, levels, topics, (heavy, warm, spicy, talk)))


def bookended(
    order: Sequence[CardKey], length: int, topics: Mapping[CardKey, frozenset[str]], levels: Mapping[CardKey, int], fresh: int
) -> list[CardKey]:
    """`order` with a fresh opener and a fresh closer brought into the first run of `length` if it holds none and a
    later fresh card is one: each trades places with the first run's card most like it (of no shape a round meets
    once, then of the same deck, then of the same level, the latest of equals). So a first round of a set length
    can start on an opener and end on a closer when the decks chosen hold them. The closer is the one whose level
    is nearest the deepest of the round's other cards ("Slow-dance to end the night" ends a light round, "Say one
    thing that's easier to say in the dark" a deep one), and the opener the one nearest its lightest (readers found
    "Which question are you hoping no card asks you tonight?" too heavy a first minute); of equals, one to do
    together (readers: "the evening doesn't start on a ritual", "closes on a deep question rather than a ritual"),
    then one that is not heavy (a reader: "four heavy cards in a row, then 'doubt us' in the closer").
    One the run holds trades with a later one that fits better."""
    out = list(order)
    none: frozenset[str] = frozenset()
    first = range(min(length, fresh))
    for end in (OPENER, CLOSER):
        held = [i for i in first if end in topics.get(out[i], none)]
        later = [j for j in range(len(first), fresh) if end in topics.get(out[j], none)]
        if later:
            plain_levels = [levels[out[i]] for i in first if not topics.get(out[i], none) & {OPENER, CLOSER}]
            fit = max(plain_levels, default=1) if end == CLOSER else min(plain_levels, default=1)

            fits = {
                k: (abs(levels[out[k]] - fit), TOGETHER not in topics.get(out[k], none), HEAVY in topics.get(out[k], none))
                for k in (*held, *later)
            }
            j = min(later, key=fits.__getitem__)  # nearest in level, a ritual to do together, not heavy; the first of equals
            for i in held:
                if fits[j] < fits[i]:
                    out[i], out[j] = out[j], out[i]
                    break
        if held or not later:
            continue
        plain = [i for i in first if not topics.get(out[i], none) & {OPENER, CLOSER}]
        if not plain:
            continue
        deepest = max(levels[out[i]] for i in plain)
        alone = [i for i in plain if levels[out[i]] == deepest][1:] == []  # the round's one card of its deepest level
        i = min(
            plain,
            key=lambda i: (
                bool(topics.get(out[i], none) & ONCE_A_ROUND),
                alone and levels[out[i]] == deepest,  # kept, so the closer chosen for that depth still fits it
                *_unlike(out[i], out[j], levels),
                -i,
            ),
        )
        out[i], out[j] = out[j], out[i]
    return out


def once_a_round(
    order: Sequence[CardKey], length: int, topics: Mapping[CardKey, frozenset[str]], levels: Mapping[CardKey, int], fresh: int
) -> list[CardKey]:
    """`order` with a repeat of a once-a-round shape in a run of `length` traded away: the second card of the shape
    (or, if it cannot go, the first; an opener or a closer last) for a card of another run whose run does not hold
    that shape, and which brings no once-a-round shape this run holds. A later card goes before an earlier one, then
    one of the same level (so each round keeps its depth), then of the same deck, the nearest of equals. Every trade
    takes a repeat away and adds none, and trading goes on while one can; another round's opener or closer is never
    the card traded in. A fresh card trades only with a fresh one
    (the first `fresh` of `order`), a seen one with a seen one, so the fresh still come first; where no card can
    trade, the cards stay."""
    out = list(order)
    none: frozenset[str] = frozenset()
    once = [ONCE_A_ROUND.intersection(topics.get(key, none)) for key in out]  # each card's once-a-round shapes, traded with it
    depth = [levels[key] for key in out]  # each card's level, traded with it (read once, not per candidate)
    runs = [Counter(s for shape in once[start : start + length] for s in shape) for start in range(0, len(out), length)]

    shapes_of = list(dict.fromkeys(once))  # the few distinct sets of shapes the cards have
    kinds = {shape: n for n, shape in enumerate(shapes_of)}
    kind = [kinds[shape] for shape in once]  # each card's set, by number, traded with it
    trades = [0]  # trades made so far
    stuck: dict[int, int] = {}  # a place whose card found none to trade with, and the trades made by then

    def trade(i: int, start: int, end: int) -> bool:
        if stuck.get(i) == trades[0]:  # nothing has moved since it found none
            return False
        here, mine = runs[start // length], once[i]
        segment = range(fresh) if i < fresh else range(fresh, len(out))
        # A card may come here if it is no other round's opener or closer and this run would not meet its shapes twice;
        welcome = [not theirs & ENDS and not _holds(here, theirs, mine) for theirs in shapes_of]
        # and may leave its run if that run, once it goes, meets none of this card's shapes.

        def places(r: int, step: int) -> Iterator[int]:
            run = runs[r]
            theirs = [shape for shape in mine if run[shape] > 0]
            if theirs and any(run[shape] > 1 for shape in theirs):
                return
            ends = (max(r * length, segment.start), min(r * length + length, segment.stop))
            for j in range(ends[0], ends[1]) if step > 0 else range(ends[1] - 1, ends[0] - 1, -1):
                if welcome[kind[j]] and all(shape in once[j] for shape in theirs):  # the one card holding them may go
                    yield j

        # A later card before an earlier one, then one of the same level, then of the same deck, the nearest of equals:
        # read outwards from this run, so the first card of the same level and deck ends the search.
        here_run, best, found = start // length, (True, True), -1
        for runs_read, step in ((range(here_run + 1, len(runs)), 1), (range(here_run - 1, -1, -1), -1)):
            for j in (j for r in runs_read for j in places(r, step)):
                unlike = (depth[j] != depth[i], out[j].deck_id != out[i].deck_id)
                if found < 0 or unlike < best:
                    best, found = unlike, j
                    if unlike == (False, False):
                        break
            if found >= 0:
                break
        if found < 0:
            stuck[i] = trades[0]
            return False
        trades[0] += 1
        j = found
        here.subtract(mine)
        here.update(once[j])
        runs[j // length].subtract(once[j])
        runs[j // length].update(mine)
        out[i], out[j] = out[j], out[i]
        once[i], once[j] = once[j], once[i]
        kind[i], kind[j] = kind[j], kind[i]
        depth[i], depth[j] = depth[j], depth[i]
        return True

    traded = True
    while traded:  # a trade can open a place an earlier run could not use; each one takes a repeat away, so this ends
        traded = False
        for start in range(0, len(out), length):
            end = min(start + length, len(out))
            for i in range(start, end):
                earlier = [p for p in range(start, i) if once[p] & once[i]] if once[i] else []
                # The later card goes first, an opener or a closer last: a round keeps its ends where another can go.
                twins = sorted([i, *earlier], key=lambda p: bool(once[p] & ENDS))
                if earlier and any(trade(p, start, end) for p in twins):
                    traded = True
    return out


def _holds(run: Counter[str], shapes: frozenset[str], leaving: frozenset[str]) -> bool:
    """Whether `run` would still hold one of `shapes` once the card with shapes `leaving` leaves it."""
    return any(run[shape] - (shape in leaving) > 0 for shape in shapes)


def _unlike(key: CardKey, other: CardKey, levels: Mapping[CardKey, int]) -> tuple[bool, bool]:
    """How `key` differs from `other`: of another deck, of another level (a trade prefers neither)."""
    return key.deck_id != other.deck_id, levels[key] != levels[other]


def climbing(
    order: Sequence[CardKey],
    levels: Mapping[CardKey, int],
    length: int,
    topics: Mapping[CardKey, frozenset[str]] | None = None,
    *,
    bookends: bool = False,
) -> list[CardKey]:
    """`order` with each run of `length` cards sorted lightest level first, and within a level spread so two cards of
    one deck never come back to back where another deck's card could go between (a round of two decks alternates),
    nor two cards that share a subject or shape in `topics` where another deck's next card shares none. With
    `bookends`, a card whose topics say opener starts the first run and one that says closer ends its run, whatever
    its level (a couple who play on after a round's end meet no second opener at the start of the next)."""
    out: list[CardKey] = []
    none: frozenset[str] = frozenset()
    for start in range(0, len(order), length):
        run = order[start : start + length]
        first = [key for key in run if bookends and not out and OPENER in topics.get(key, none)] if topics else []
        last = [key for key in run if bookends and CLOSER in topics.get(key, none) and key not in first] if topics else []
        middle = [key for key in run if key not in first and key not in last]
        out.extend(first)
        for level in sorted({levels[key] for key in middle}):
            out.extend(_spread([key for key in middle if levels[key] == level], out[-1] if out else None, topics or {}))
        out.extend(last)
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
