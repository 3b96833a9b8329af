"""A round's share of cards both partners answer.

Most cards ask one partner, the one whose turn it is; a `both` card asks each for their own answer, shown side by
side, and a "who's more likely" card has both answer privately. Readers of first evenings of twenty counted "only
two cards have both partners answer" and "only two with both playing equally", most of all at the deep end. So
each of a round's first MENDED runs holds at least one card in BOTH_EVERY that both partners answer where the deal
allows: a card asked of one partner, the deepest level's latest first, trades with a later run's card both answer
of the same level and kind (an open question or not), of its own deck or one the round has not met, alike to the
mood rules and as remembered (see quiz_share), bringing no shape the round meets once, and at the deepest level on
no facet the level's other cards are on. It is a preference: nothing leaves the deal.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from .card_reads import CardReads
from .cards import CardKey
from .deep_facets import facets_at
from .deep_mood import MENDED, Trades

#: One card in this many of a round, at least, answered by both partners where the deal allows (four in twenty).
BOTH_EVERY = 5

#: What a trade keeps as it was: the mood (see deep_mood) and whether a card is remembered (see quiz_share).
_ALIKE = ("heavy", "warm", "spicy", "wide", "weight", "menu", "together", "remembered")


def both_partners(
    order: Sequence[CardKey],
    length: int,
    fresh: int,
    reads: CardReads,
) -> list[CardKey]:
    """`order` with each of its first MENDED whole runs of `length` fresh cards holding at least one card in
    BOTH_EVERY that both partners answer where a later card can come (see the module's words; what each card is, read
    in `reads`)."""
    deal = Trades(order, length, fresh, reads)
    level, both = deal.marks["level"], deal.marks["both"]
    least = length // BOTH_EVERY
    for start in range(0, min(fresh - length + 1, MENDED * length), length):
        places = range(start, start + length)
        deepest = max(level[i] for i in places)
        for i in sorted((i for i in places if deal.free[i]), key=lambda i: (-level[i], -i)):
            if deal.count("both", places) >= least:
                break
            if both[i]:
                continue
            met = {deal.out[p].deck_id for p in places} - {deal.out[i].deck_id}
            beside = [p for p in places if p != i and level[p] == deepest] if level[i] == deepest else []
            deal.trade(i, start, partial(_both_twin, deal, i, (met, facets_at(deal.marks["theme"], beside))))
    return deal.out


def _both_twin(deal: Trades, i: int, keep: tuple[set[str], int], j: int) -> bool:
    """Whether card `j`, answered by both, may take card `i`'s place: of a deck the round has not met but for `i`'s
    (`keep[0]`), alike to the mood rules and as remembered, and on none of the facets `keep[1]`."""
    met, others = keep
    marks = deal.marks
    return (
        bool(marks["both"][j])
        and deal.out[j].deck_id not in met
        and all(marks[name][j] == marks[name][i] for name in _ALIKE)
        and not marks["theme"][j] & others
    )
