"""A brave card at a round's deep end.

Readers of first evenings named the deep end in three evenings of four: "warm rather than brave: nothing touches
need, conflict or what hurts", "tender but safe: no fears about the relationship, no hurts, no needs". The deep
cards a round met looked back at hurts already mended, mistakes forgiven, thanks and the early days. A card tagged
NEEDS asks for something present and not yet said: a need not asked for, a worry still live, a fear about the two of
you, what one would change about how you are now. So the deepest level of each of a round's first MENDED runs, where
it holds WEIGHT_FROM cards or more, holds one NEEDS card where the deal allows: a card of that level that is not one
trades with a later run's NEEDS card of the same level and kind (an open question or not), of its own deck or one
the round has not met where one can come (else of a deck it meets once, while it meets at most one twice), alike in
mood (no heavier, no less warm, spicy alike) and as remembered, answered by both if it was, keeping any weight or
wider view it gave the level, bringing no shape the round meets once and no facet the level's other cards are on.
And it holds no more than BRAVE_MOST: with about one deep card in five a NEEDS card, three or four came to one deep
end of six in one first evening in six, and a deep end of nothing but hard things to say is a session, not an
evening; a later one trades the same way for a like card that is not one. It is a preference: nothing leaves the
deal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import partial

from .card_reads import CardReads
from .card_shapes import NEEDS
from .cards import CardKey
from .deep_facets import facets_at
from .deep_mood import MENDED, WEIGHT_FROM, Trades

#: The most NEEDS cards a round's deepest level holds where a like card can take the place of another.
BRAVE_MOST = 2

#: What a trade keeps as it was (see deep_mood and quiz_share); `both`, `weight` and `wide` it keeps where given.
_ALIKE = ("heavy", "warm", "spicy", "menu", "together", "remembered")
_KEPT = ("both", "weight", "wide")


def brave(order: Sequence[CardKey], length: int, fresh: int, reads: CardReads) -> list[CardKey]:
    """`order` with the deepest level of each of its first MENDED whole runs of `length` fresh cards holding one
    NEEDS card, and no more than BRAVE_MOST, where it holds WEIGHT_FROM cards or more and a later card can come (see
    the module's words; what each card is, read in `reads`)."""
    deal = Trades(order, length, fresh, reads)
    level, needs = deal.marks["level"], deal.marks["needs"]
    for start in range(0, min(fresh - length + 1, MENDED * length), length):
        places = range(start, start + length)
        deepest = max(level[i] for i in places)
        deep = [i for i in places if level[i] == deepest]
        if len(deep) < WEIGHT_FROM:
            continue
        held = sum(needs[i] for i in deep)
        # The latest first, as both_share: a card that is not NEEDS where none is, a NEEDS card past BRAVE_MOST.
        for i in sorted((i for i in deep if deal.free[i]), key=lambda i: -i):
            if 0 < held <= BRAVE_MOST:
                break
            want = held == 0
            if bool(needs[i]) == want:
                continue
            others = [p for p in deep if p != i]
            beside = facets_at(deal.marks["theme"], others)
            spare = any(deal.marks["weight"][p] for p in others)  # the level keeps its weight without card `i`
            if deal.trade_spread(i, start, partial(_brave_twin, deal, i, (beside, want, spare, _barred(deal, places, i)))):
                held += 1 if want else -1
    return deal.out


def _barred(deal: Trades, places: range, i: int) -> frozenset[str]:
    """The decks a card may not come from to take card `i`'s place in the run at `places`: one the run meets twice
    already, and, once it meets two decks twice, any it meets (its opener and closer aside); never `i`'s own."""
    met = Counter(deal.out[p].deck_id for p in places if p != i and deal.free[p])
    twice = {deck for deck, n in met.items() if n > 1}
    return frozenset((set(met) if len(twice) > 1 else twice) - {deal.out[i].deck_id})


def _brave_twin(deal: Trades, i: int, keep: tuple[int, bool, bool, frozenset[str]], j: int) -> bool:
    """Whether card `j` may take card `i`'s place: a NEEDS card or not as `keep[1]` wants, of no deck in `keep[3]`, on
    none of the facets `keep[0]`, keeping what `i` gave (both, a wider view, and weight unless `keep[2]` says the
    level has more), as remembered, and alike in mood; a card that takes a NEEDS card's place may be lighter (no
    heavier, warm or not)."""
    others, want, spare, barred = keep
    marks = deal.marks
    alike = _ALIKE if want else _ALIKE[2:]
    kept = _KEPT if want or not spare else _KEPT[::2]
    return (
        bool(marks[NEEDS][j]) == want
        and deal.out[j].deck_id not in barred
        and all(marks[name][j] == marks[name][i] for name in alike)
        and all(marks[name][j] >= marks[name][i] for name in kept)
        and marks["heavy"][j] <= marks["heavy"][i]
        and not marks["theme"][j] & others
    )
