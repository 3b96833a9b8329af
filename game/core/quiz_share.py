"""A first evening's share of cards remembered for a quiz.

A card with a quiz keeps its answer for a later round's quiz. Readers of first evenings of twenty counted seven
such cards and up to eleven ("seven in twenty is a lot to carry into the next round") and named the trivial ones
among them. So each of a round's first MENDED runs keeps at most one card in REMEMBERED_EVERY remembered: the
latest extra card of its most remembered level trades with a later run's card of the same deck, level and kind (an
open question or not) that is not remembered, alike to the mood rules (as heavy, warm, spicy, wide, with weight,
a pick or not, something to do together or not), bringing no shape the round meets once, and at the deepest level
on no facet the level's other cards are on. So the deck spread, the mood and the facets the earlier passes gave a
round stay. It is a preference: nothing leaves the deal, and a later round meets the card.

And a round keeps at least one remembered card in REMEMBERED_LEAST the same way, the other way round: readers of
first evenings found "only two cards remembered: the recall game hardly features", and a first evening of twelve
kept one or two in 35 of 300 deals. The quiz a couple meets the next time is made of these.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from .card_reads import CardReads
from .cards import CardKey
from .deep_facets import facets_at
from .deep_mood import MENDED, Trades

#: One remembered card in this many of a round, at most, where the deal allows (six in a round of twenty: a reader
#: of five quizzed cards found "the recall quiz adds little").
REMEMBERED_EVERY = 3

#: One remembered card in this many of a round, at least, where the deal allows (three in twelve, five in twenty).
REMEMBERED_LEAST = 4

#: What a card is to the mood rules: a trade keeps each of these as it was.
_ALIKE = ("heavy", "warm", "spicy", "wide", "weight", "menu", "together")


def measured_quizzes(
    order: Sequence[CardKey],
    length: int,
    fresh: int,
    reads: CardReads,
) -> list[CardKey]:
    """`order` with each of its first MENDED whole runs of `length` fresh cards holding at most one remembered card
    in every REMEMBERED_EVERY, and at least one in every REMEMBERED_LEAST, where a later card can take a card's place
    (see the module's words; what each card is, read in `reads`)."""
    deal = Trades(order, length, fresh, reads)
    level, remembered = deal.marks["level"], deal.marks["remembered"]
    most, least = length // REMEMBERED_EVERY, length // REMEMBERED_LEAST
    for start in range(0, min(fresh - length + 1, MENDED * length), length):
        places = range(start, start + length)
        deepest = max(level[i] for i in places)
        for extra in (True, False):  # too many remembered, then too few
            tried: set[int] = set()
            while deal.count("remembered", places) > most if extra else deal.count("remembered", places) < least:
                spare = [i for i in places if bool(remembered[i]) == extra and deal.free[i] and i not in tried]
                if not spare:
                    break
                held = {
                    depth: sum(bool(remembered[p]) == extra for p in places if level[p] == depth)
                    for depth in set(level[p] for p in places)
                }
                i = max(spare, key=lambda p: (held[level[p]], p))  # the latest of the level with most of them
                tried.add(i)
                beside = [p for p in places if p != i and level[p] == deepest] if level[i] == deepest else []
                deal.trade(i, start, partial(_twin, deal, i, facets_at(deal.marks["theme"], beside)))
    return deal.out


def _twin(deal: Trades, i: int, others: int, j: int) -> bool:
    """Whether card `j`, remembered where card `i` is not (or not where it is), may take card `i`'s place: of its
    deck, alike to the mood rules, and on none of the facets `others`."""
    marks = deal.marks
    return (
        bool(marks["remembered"][j]) != bool(marks["remembered"][i])
        and deal.out[j].deck_id == deal.out[i].deck_id
        and all(marks[name][j] == marks[name][i] for name in _ALIKE)
        and not marks["theme"][j] & others
    )
