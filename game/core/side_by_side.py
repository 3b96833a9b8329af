"""Side by side: no two spicy cards, and no deck twice, next to each other where another order can keep them apart.

The dealer spreads each level so two cards of one deck, or two spicy cards, do not meet (dealing.climbing), but
the passes after it (the rests spaced among the open questions, deep_end.breathing) choose each slot's card one
at a time and can leave a level's last card beside the next level's first: readers met "Desire & Intimacy" at
level 1 and again, spicy both times, as the first card of level 2. So a last pass trades two cards of one level
in a run, neither its opener nor its closer, where that leaves fewer such pairs and nothing worse: no more cards
that share a subject or a shape (or a deck) side by side, no more heavy cards back to back, no more spicy cards
beside a heavy one, no grievance newly beside a spicy or after a held card, the card before the closer no heavier
and no less warm, and, where an open question trades with a card that is none, no run of open questions longer
than three (deep_end.LONGEST_TALK), or longer than the longest there was. Levels, each run's cards and its
opener and closer stay as they were.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from .card_shapes import CLOSER, GRIEVANCE, HELD, OPENER
from .cards import CardKey
from .deep_end import LONGEST_TALK
from .deep_mood import MENDED

_NONE: frozenset[str] = frozenset()
_ENDS = frozenset({OPENER, CLOSER})


def kept_apart(
    order: Sequence[CardKey],
    length: int,
    levels: Mapping[CardKey, int],
    topics: Mapping[CardKey, frozenset[str]],
    marks: tuple[Collection[CardKey], Collection[CardKey], Collection[CardKey], Collection[CardKey]],
) -> list[CardKey]:
    """`order` (climbed and spaced) with each of its first MENDED runs of `length` holding as few spicy pairs
    (`marks[2]`) and decks twice in a row as trades of two of its cards allow: each trade is of two cards of one level,
    neither an opener nor a closer, that leaves fewer such pairs and none of what else the dealer keeps worse (see
    the module; `marks[0]` heavy, `marks[1]` warm, `marks[3]` open questions); of those, the one that leaves the
    fewest, then one of the same kind (an open question or not), then the nearest. Where no trade can, the cards
    stay."""
    heavy, warm, spicy, talk = marks
    out = list(order)

    def pair(a: CardKey, b: CardKey) -> tuple[int, ...]:
        """Two cards side by side: whether they are a spicy pair or one deck twice, then what else the dealer keeps
        apart (a shared subject, shape or deck; two heavy cards; a spicy card beside a heavy or a spicy one; a
        grievance soured)."""
        return (
            a.deck_id == b.deck_id or (a in spicy and b in spicy),
            a.deck_id == b.deck_id or bool(topics.get(a, _NONE) & topics.get(b, _NONE)),
            a in heavy and b in heavy,
            (a in heavy or a in spicy) and (b in heavy or b in spicy),
            _sour(a, b, spicy, topics),
            0,
            0,
        )

    def cost(places: set[int], start: int, end: int) -> list[int]:
        """The sum of `pair` over the pairs of the run that touch `places`, and the card before its closer."""
        near = {q for p in places for q in (p - 1, p) if start <= q and q + 1 < end}
        total = [sum(column) for column in zip(*(pair(out[q], out[q + 1]) for q in near), strict=True)] or [0] * 7
        if end - 2 in places and end - 2 > start and CLOSER in topics.get(out[end - 1], _NONE):
            total[5], total[6] = out[end - 2] in heavy, out[end - 2] not in warm
        return total

    def talking(start: int, end: int) -> list[int]:
        """The run's open questions in a row: the longest (or LONGEST_TALK, where none is longer), and how many
        cards past LONGEST_TALK all runs of them go."""
        streaks = [0]
        for key in out[start:end]:
            streaks.append(streaks[-1] + 1 if key in talk else 0)
        ends = [a for a, b in zip(streaks, [*streaks[1:], 0], strict=True) if a and not b]
        return [max(*streaks, LONGEST_TALK), sum(max(0, streak - LONGEST_TALK) for streak in ends)]

    for start in range(0, min(len(out), MENDED * length), length):
        end = min(start + length, len(out))
        movable = [p for p in range(start, end) if not topics.get(out[p], _NONE) & _ENDS]
        while True:
            # Only a trade that moves a card of a spicy pair or of a deck twice can leave fewer of them.
            close = {q for p in range(start, end - 1) if pair(out[p], out[p + 1])[0] for q in (p, p + 1)}
            best: tuple[int, bool, int] | None = None
            chosen: tuple[int, int] | None = None
            for i in sorted(close.intersection(movable)):
                for k in movable:
                    if k == i or levels[out[i]] != levels[out[k]]:
                        continue
                    other = (out[i] in talk) != (out[k] in talk)
                    was = cost({i, k}, start, end) + (talking(start, end) if other else [])
                    out[i], out[k] = out[k], out[i]
                    now = cost({i, k}, start, end) + (talking(start, end) if other else [])
                    out[i], out[k] = out[k], out[i]
                    if now[0] < was[0] and all(n <= w for n, w in zip(now[1:], was[1:], strict=True)):
                        score = (now[0] - was[0], other, abs(k - i))
                        if best is None or score < best:
                            best, chosen = score, (i, k)
            if chosen is None:
                break
            i, k = chosen
            out[i], out[k] = out[k], out[i]
    return out


def _sour(before: CardKey, after: CardKey, spicy: Collection[CardKey], topics: Mapping[CardKey, frozenset[str]]) -> bool:
    """Whether a grievance comes straight after a spicy or a held card, or just before a spicy one (deal_spread)."""
    first, second = topics.get(before, _NONE), topics.get(after, _NONE)
    held = before in spicy or HELD in first
    return (GRIEVANCE in second and held) or (GRIEVANCE in first and after in spicy)
