"""The close of a round: the cards of the level that leads into its closer, put in their best order.

Readers named a heavy card as the evening's last word before its ritual ("a heavy worry two cards before the
end"), heavy cards side by side, a spicy card beside a heavy one, and a row of open questions at the close. A
round's last block is short (seven cards at most), so every order of it is weighed and the best kept (see
`lightened`); a round still climbs, and its closer stays last.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from itertools import pairwise, permutations

from .card_shapes import CLOSER, OPENER
from .cards import CardKey
from .deep_end import LONGEST_TALK
from .deep_mood import MENDED

_NONE: frozenset[str] = frozenset()

#: The most cards before a closer put in their best order (every order of them is weighed: 720 at most). A longer
#: level keeps its first cards where they are and orders its last six: a round of twenty holds seven deep cards, eight
#: now and then, and weighing the 5,040 orders of seven doubled the time a deal takes.
LONGEST_BLOCK = 6


def lightened(
    order: Sequence[CardKey],
    length: int,
    levels: Mapping[CardKey, int],
    topics: Mapping[CardKey, frozenset[str]],
    marks: tuple[Collection[CardKey], Collection[CardKey], Collection[CardKey], Collection[CardKey]],
) -> list[CardKey]:
    """`order` (climbed and spaced) with the cards of the level that leads into each of its first MENDED runs' closer
    put in their best order. Best is, in turn: no heavy card (`marks[0]`) just before the closer (the evening's last
    word before its ritual), nor the card before that in a block of three or more, the fewest heavy cards back to
    back (counting the cards either side), the fewest spicy cards (`marks[3]`) beside a heavy or a spicy one, no run
    of open questions (`marks[2]`, counting those before the block) longer than the spacing allows
    (deep_end.LONGEST_TALK), the fewest cards that share a subject or shape (or a deck) side by side, a warm card
    (`marks[1]`) just before the closer, and the fewest cards moved. The last LONGEST_BLOCK cards are ordered. (A rest
    may move: with five deep cards, two heavy, a rest kept in its place could leave only a heavy card or two heavy
    ones side by side before the closer.)"""
    out = list(order)
    for start in range(0, min(len(out), MENDED * length), length):
        end = min(start + length, len(out))
        if end - start < 3 or CLOSER not in topics.get(out[end - 1], _NONE):
            continue
        first = end - 1
        while first > start and levels[out[first - 1]] == levels[out[end - 2]] and not _ends(out[first - 1], topics):
            first -= 1
        first = max(first, end - 1 - LONGEST_BLOCK)
        block = out[first : end - 1]
        if len(block) < 2:
            continue
        before = [out[first - 1]] if first > start else []
        streak = 0
        while first - streak > start and out[first - streak - 1] in marks[2]:
            streak += 1
        out[first : end - 1] = _best_order(block, [*before, out[end - 1]], marks, topics, streak)
    return out


def _best_order(
    block: list[CardKey],
    ends: list[CardKey],
    marks: tuple[Collection[CardKey], Collection[CardKey], Collection[CardKey], Collection[CardKey]],
    topics: Mapping[CardKey, frozenset[str]],
    streak: int,
) -> list[CardKey]:
    """The order of `block` that `lightened` wants, between `ends` (the card before it, if any, and the closer), after
    `streak` open questions in a row."""
    heavy, warm, talk, spicy = marks
    lead = len(ends) - 1  # the card before the block, if any, comes first; the closer last
    cards = [*ends[:-1], *block, ends[-1]]
    weighs = [key in heavy for key in cards]
    charged = [key in heavy or key in spicy for key in cards]
    talks = [key in talk for key in block]
    warms = [key in warm for key in block]
    near = [[not _apart(key, other, topics) for other in cards] for key in cards]  # read once, not per order
    closer = len(cards) - 1
    best: tuple[int, ...] | None = None
    chosen = block
    for order in permutations(range(len(block))):
        # Readers: "a heavy worry two cards before the end". An order already worse there is not costed further.
        ending = (weighs[lead + order[-1]], len(order) > 2 and weighs[lead + order[-2]])
        if best is not None and ending > best[:2]:
            continue
        pairs = list(pairwise([*range(lead), *(lead + i for i in order), closer]))
        cost = (
            *ending,
            sum(weighs[a] and weighs[b] for a, b in pairs),
            sum(charged[a] and charged[b] for a, b in pairs),
            max(0, _longest_talk([talks[i] for i in order], streak) - LONGEST_TALK),
            sum(near[a][b] for a, b in pairs),
            not warms[order[-1]],
            sum(i != n for n, i in enumerate(order)),
        )
        if best is None or cost < best:
            best, chosen = cost, [block[i] for i in order]
    return chosen


def _longest_talk(talks: Sequence[bool], streak: int) -> int:
    """The longest run of open questions (`talks`: whether each card of an order is one), counting the `streak` of them
    just before it."""
    longest = streak
    for talking in talks:
        streak = streak + 1 if talking else 0
        longest = max(longest, streak)
    return longest


def _apart(key: CardKey, other: CardKey, topics: Mapping[CardKey, frozenset[str]]) -> bool:
    return key.deck_id != other.deck_id and not topics.get(key, _NONE) & topics.get(other, _NONE)


def _ends(key: CardKey, topics: Mapping[CardKey, frozenset[str]]) -> bool:
    return bool(topics.get(key, _NONE) & {OPENER, CLOSER})
