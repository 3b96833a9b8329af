"""A round's range: each deck once where the deal allows, and a grievance kept from a spicy card's side.

Readers of first evenings of twenty saw each card's deck and counted "hopes and dreams twice, arguing twice" as a
deck's range narrower than twenty cards should show. A couple who has not opted into a deck holds eighteen, and one
of them (Openers & Closers) gives both ends, so a round of twenty can meet each of the other seventeen once and one
of them twice. So each of a round's first MENDED runs trades a second card of a deck (the later one first) for a
later run's card of a deck the round has not met, as the mood rules trade (deep_mood): of the same level and kind
(an open question or not), bringing no shape the round meets once, and losing nothing the mood keeps. It is a
preference: nothing leaves the deal.

A card that asks for a complaint or a shortfall (a GRIEVANCE: "What have you asked me for more than once?") met
straight after a spicy card whose hand stays put "however serious", and just before a spicy one: readers named both
as an evening's roughest joins. So a grievance never comes straight after a spicy card or a HELD one, nor just
before a spicy one, where a card of its level in its round can take its place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from functools import partial

from .card_reads import CardReads
from .card_shapes import CLOSER, GRIEVANCE, HELD, OPENER
from .cards import CardKey
from .deep_facets import facets_at
from .deep_mood import MENDED, Trades

_NONE: frozenset[str] = frozenset()
_ENDS = frozenset({OPENER, CLOSER})

#: What a level of a round keeps where one card alone has it: a warm card, one of WIDE_TAGS, one with weight, something
#: to do together (see deep_mood).
_LONE = ("warm", "wide", "weight", "together")

#: What a card is to the mood rules: a card of a round they mended trades only for its like (at its deepest level, on
#: no new facet there).
_MOOD = ("heavy", "warm", "spicy", "wide", "weight", "menu", "together")


def one_deck_each(
    order: Sequence[CardKey],
    length: int,
    fresh: int,
    reads: CardReads,
) -> list[CardKey]:
    """`order` with each of its first MENDED whole runs of `length` fresh cards meeting each deck once where it can:
    a card whose deck the run meets again (the deck of an opener or a closer counts as met; the later card first)
    trades with the nearest fresh card of a later run whose deck this run has not met (one whose run has not met this
    card's deck first), of the same level and kind (an open question or not), bringing no once-a-round shape, as spicy
    and as warm, no heavier, no pick from a list where it is none, and each of what it alone gives its level (a warm
    card, one of WIDE_TAGS, one with weight, something to do together); at the run's deepest level, on no facet (see
    deep_facets) another card there is on (all read in `reads`). A card of a run the mood rules mended trades only for
    its like, so that run keeps all they gave it."""
    deal = Trades(order, length, fresh, reads)
    for start in range(0, min(fresh - length + 1, MENDED * length), length):
        places = range(start, start + length)
        deepest = max(deal.marks["level"][i] for i in places)
        tried: set[int] = set()
        met = _met(deal, start)
        # What a later card of a deck the run has not met can be (read once: a spicy card has no other deck to go to).
        kinds = {_kind(deal.marks, j) for j in range(start + length, fresh) if deal.free[j] and not met[deal.out[j].deck_id]}
        # The later card of a deck met twice goes first; where it cannot, the earlier one may.
        for i in (*reversed(places), *places):
            met = _met(deal, start)
            if i in tried or not deal.free[i] or met[deal.out[i].deck_id] < 2 or _kind(deal.marks, i) not in kinds:
                continue
            tried.add(i)
            level = deal.marks["level"]
            group = [p for p in places if level[p] == level[i] and deal.free[p]]
            lone = frozenset(name for name in _LONE if deal.marks[name][i] and deal.count(name, group) == 1)
            # At the deepest level, the facets of its other cards and of a closer there (see deep_facets).
            beside = [p for p in places if p != i and level[p] == deepest and (deal.free[p] or p not in group)]
            others = facets_at(deal.marks["theme"], beside) if level[i] == deepest else 0
            # A card whose run has not met this deck first (so that run stays spread), then any.
            spares: tuple[dict[int, bool], bool] = ({}, False)
            for spare in spares:
                if deal.trade(i, start, partial(_fresh_deck, deal, (i, spare), (met, lone, others))):
                    break
    return deal.out


def _kind(marks: Mapping[str, list[int]], i: int) -> tuple[int, int, int]:
    """What card `i` must be met by to trade: its level, an open question or not, spicy or not."""
    return marks["level"][i], marks["talk"][i], marks["spicy"][i]


def _met(deal: Trades, start: int) -> Counter[str]:
    """How often the run at `start` meets each deck: its cards' decks, an opener's and a closer's deck once."""
    run = range(start, start + deal.length)
    met = Counter(deal.out[i].deck_id for i in run if deal.free[i])
    met.update({deal.out[i].deck_id for i in run if not deal.free[i]})
    return met


def _fresh_deck(
    deal: Trades, card: tuple[int, dict[int, bool] | bool], keep: tuple[Counter[str], frozenset[str], int], j: int
) -> bool:
    """Whether card `j` may take card `card[0]`'s place in a run: its deck is none the run has met (`keep[0]`), it
    is as spicy and as warm, no heavier and no pick from a list where the card is none, it is each of `keep[1]` (what
    the card alone gives its level), it shares none of the facets `keep[2]` that the card does not, alike to the mood
    rules where its own run is one they mended, and, where `card[1]` is a dict (of the runs read so far, whether each
    meets the card's deck), its own run has not met the card's deck."""
    i, spare = card
    met, lone, others = keep
    marks, out = deal.marks, deal.out
    if met[out[j].deck_id] or marks["spicy"][j] != marks["spicy"][i] or marks["theme"][j] & others & ~marks["theme"][i]:
        return False
    if marks["heavy"][j] > marks["heavy"][i] or marks["menu"][j] > marks["menu"][i] or marks["warm"][j] < marks["warm"][i]:
        return False
    if not all(marks[n][j] for n in lone):
        return False
    if j < MENDED * deal.length and not _alike(marks, i, j, deal.length):
        return False  # a round the mood rules mended keeps all they gave it
    if isinstance(spare, dict):  # the runs read so far, each as whether it meets the card's deck
        there = j - j % deal.length
        if there not in spare:
            spare[there] = any(key.deck_id == out[i].deck_id for key in out[there : there + deal.length])
        return not spare[there]
    return True


def _alike(marks: Mapping[str, list[int]], i: int, j: int, length: int) -> bool:
    """Whether card `i` in the place of card `j` of a run the mood rules mended keeps all they gave it: alike to `j`
    in the mood, and at its run's deepest level on no facet of that level's other cards that `j` is not on."""
    if any(marks[name][j] != marks[name][i] for name in _MOOD):
        return False
    there, level = j - j % length, marks["level"]
    deep = [p for p in range(there, there + length) if p != j and level[p] == level[j]]
    return level[j] < max(level[there : there + length]) or not marks["theme"][i] & ~marks["theme"][j] & facets_at(
        marks["theme"], deep
    )


def unsoured(
    order: Sequence[CardKey],
    length: int,
    levels: Mapping[CardKey, int],
    topics: Mapping[CardKey, frozenset[str]],
    marks: tuple[Collection[CardKey], Collection[CardKey], Collection[CardKey]],
) -> list[CardKey]:
    """`order` (climbed and spaced) with no GRIEVANCE card straight after a spicy (`marks[1]`) or a HELD card, nor
    just before a spicy one: it trades places with a card of its level in its run of `length` (no opener or closer)
    where neither then sits badly; of those, one of its kind (an open question, `marks[2]`, or not) first, then the
    fewest neighbours that share a deck, a subject or a shape, or are heavy (`marks[0]`) side by side, then the
    nearest. Where no card can, it stays."""
    out = list(order)
    heavy, spicy, talk = marks

    def sour(p: int) -> bool:
        """Whether the card at `p` is a grievance beside a spicy card, or after a held one, or such a neighbour."""
        return any(_soured(out, q, spicy, topics) for q in (p - 1, p, p + 1) if 0 <= q < len(out))

    def clashes(p: int) -> int:
        pairs = [(q, q + 1) for q in (p - 1, p) if q >= 0 and q + 1 < len(out)]
        apart = sum(
            out[a].deck_id == out[b].deck_id or bool(topics.get(out[a], _NONE) & topics.get(out[b], _NONE)) for a, b in pairs
        )
        return apart + sum(out[a] in heavy and out[b] in heavy for a, b in pairs)

    for i in range(len(out)):
        if not _soured(out, i, spicy, topics):
            continue
        start = i - i % length
        best: tuple[bool, int, int] | None = None
        chosen = None
        for k in range(start, min(start + length, len(out))):
            if k == i or levels[out[k]] != levels[out[i]] or topics.get(out[k], _NONE) & _ENDS:
                continue
            out[i], out[k] = out[k], out[i]
            if not sour(i) and not sour(k):
                cost = ((out[i] in talk) != (out[k] in talk), clashes(i) + clashes(k), abs(k - i))
                if best is None or cost < best:
                    best, chosen = cost, k
            out[i], out[k] = out[k], out[i]
        if chosen is not None:
            out[i], out[chosen] = out[chosen], out[i]
    return out


def _soured(out: Sequence[CardKey], i: int, spicy: Collection[CardKey], topics: Mapping[CardKey, frozenset[str]]) -> bool:
    """Whether the card at `i` is a grievance straight after a spicy or a held card, or just before a spicy one."""
    if GRIEVANCE not in topics.get(out[i], _NONE):
        return False
    before = out[i - 1] if i else None
    after = out[i + 1] if i + 1 < len(out) else None
    held = before is not None and (before in spicy or HELD in topics.get(before, _NONE))
    return held or (after is not None and after in spicy)
