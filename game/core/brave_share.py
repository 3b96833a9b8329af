"""A brave card at a round's deep end.

Readers of first evenings named the deep end in three evenings of four: "warm rather than brave: nothing touches
need, conflict or what hurts", "tender but safe: no fears about the relationship, no hurts, no needs". The deep
cards a round met looked back at hurts already mended, mistakes forgiven, thanks and the early days. A card tagged
NEEDS asks for something present and not yet said: a need not asked for, a worry still live, a fear about the two
of you, what one would change about how you are now. So the deepest level of each of a round's first MENDED runs,
where it holds WEIGHT_FROM cards or more, holds one NEEDS card where the deal allows: a card of that level that is
not one trades with a later run's NEEDS card of the same level and kind (an open question or not), of its own deck
or one the round has not met, alike in mood (no heavier, no less warm, spicy alike) and as remembered, answered by
both if it was, keeping any weight or wider view it gave the level, bringing no shape the round meets once and no
facet the level's other cards are on. It is a preference: nothing leaves the deal. One is enough: a round of
twenty is an evening, not a session.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from .card_reads import CardReads
from .cards import CardKey
from .deep_facets import facets_at
from .deep_mood import MENDED, WEIGHT_FROM, Trades

#: The tag of a deep card that asks for something present and not yet said (docs/DECKS.md, "The tag vocabulary").
NEEDS = "needs"

#: What a trade keeps as it was (see deep_mood and quiz_share); `both`, `weight` and `wide` it keeps where given.
_ALIKE = ("heavy", "warm", "spicy", "menu", "together", "remembered")
_KEPT = ("both", "weight", "wide")


def brave(order: Sequence[CardKey], length: int, fresh: int, reads: CardReads) -> list[CardKey]:
    """`order` with the deepest level of each of its first MENDED whole runs of `length` fresh cards holding a NEEDS
    card where it holds WEIGHT_FROM cards or more and a later card can come (see the module's words; what each card
    is, read in `reads`)."""
    deal = Trades(order, length, fresh, reads)
    level, needs = deal.marks["level"], deal.marks["needs"]
    for start in range(0, min(fresh - length + 1, MENDED * length), length):
        places = range(start, start + length)
        deepest = max(level[i] for i in places)
        deep = [i for i in places if level[i] == deepest]
        if len(deep) < WEIGHT_FROM or any(needs[i] for i in deep):
            continue
        for i in sorted((i for i in deep if deal.free[i]), key=lambda i: -i):  # the latest first, as both_share
            met = {deal.out[p].deck_id for p in places} - {deal.out[i].deck_id}
            beside = facets_at(deal.marks["theme"], [p for p in deep if p != i])
            if deal.trade(i, start, partial(_brave_twin, deal, i, (met, beside))):
                break
    return deal.out


def _brave_twin(deal: Trades, i: int, keep: tuple[set[str], int], j: int) -> bool:
    """Whether NEEDS card `j` may take card `i`'s place: of a deck the round has not met but for `i`'s (`keep[0]`),
    alike in mood and as remembered, keeping what `i` gave (both, weight, a wider view), on none of the facets
    `keep[1]`."""
    met, others = keep
    marks = deal.marks
    return (
        bool(marks[NEEDS][j])
        and deal.out[j].deck_id not in met
        and all(marks[name][j] == marks[name][i] for name in _ALIKE)
        and all(marks[name][j] >= marks[name][i] for name in _KEPT)
        and not marks["theme"][j] & others
    )
