"""Which cards hold most of another card's words: the one part of token_set_ratio that words alone decide.

rapidfuzz's `token_set_ratio` of two texts, each split into its set of words, takes the shared words I and each
text's own words A and B. When I is not empty and A or B is, it is 100. Otherwise, with s, a and b the lengths
of I, A and B joined by single spaces, it is the best of three scores, and two of them are words only:

    shared against shared-and-own:  100 - 100 * (1 + a) / (2s + 1 + a)   (when I is not empty)
    the same with the other text's own words b.

Say W(X) is the sum of (length + 1) over the words X, and spans = W(all of a card's words), so s = W(I) - 1
and s + 1 + a = spans - 1. The first score reaches 84 only when 100 (1 + a) <= 16 (2s + 1 + a) (the sums
are integers and the float error is far below one), that is 116 s >= 84 (spans - 1) - 1, that is

    116 W(I) >= 84 spans + 31.

A card whose words all lie in the other's (the case that gives 100) meets it too, since then W(I) = spans.
So a later card can reach 84 by either of these two scores, or the 100, only if it holds words of one card
worth at least (84 spans + 31) / 116 of that card's, and `holding_most` finds every such pair.

Finding them without looking at every pair: take a card's words rarest first (rarest in the whole deck). If
the other card holds fewer than j of the first p of them, the words it shares are worth at most the words
after p plus the j - 1 heaviest among the first p. When that sum is under the bound, every partner must hold
at least j of the first p words. Each word keeps the set of cards that hold it as the bits of one integer,
so "holds at least j of these p words" is a few ORs and ANDs of whole integers, and only the cards that
pass are looked at one by one. The third score (own words against own words, letter by letter) is bounded
in game.core.near_duplicates.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence

#: How many of a card's rarest words a partner must hold at most: enough that random words rarely pass.
MOST_HELD = 6


def holding_most(word_sets: Sequence[frozenset[str]]) -> dict[int, set[int]]:
    """{earlier: later ones} for every pair where one card holds words of the other worth (84 spans + 31) / 116.

    A card with no words is in no pair; a pair may be listed that is not alike (the check is only a bound)."""
    holders: dict[str, int] = {}
    for index, words in enumerate(word_sets):
        for word in words:
            holders[word] = holders.get(word, 0) | (1 << index)
    counts = {word: mask.bit_count() for word, mask in holders.items()}
    pairs: dict[int, set[int]] = {}
    for index, words in enumerate(word_sets):
        if not words:
            continue
        rarest = sorted(words, key=lambda word: (counts[word], word))
        held, first = _must_hold(rarest)
        partners = _at_least([holders[word] for word in rarest[:first]], held) & ~(1 << index)
        for other in bits(partners):
            pairs.setdefault(min(index, other), set()).add(max(index, other))
    return pairs


def _must_hold(rarest: list[str]) -> tuple[int, int]:
    """(j, p): any card alike to this one by its words holds at least j of its first p words (rarest first)."""
    weights = [len(word) + 1 for word in rarest]
    spans = sum(weights)
    for held in range(min(MOST_HELD, len(rarest)), 0, -1):
        after = spans  # the words past the first p
        ahead: list[int] = []  # the first p's weights, in order
        for first, weight in enumerate(weights, 1):
            after -= weight
            insort(ahead, weight)
            if first >= held and 116 * (after + sum(ahead[len(ahead) - held + 1 :])) < 84 * spans + 31:
                return held, first
    return 1, len(rarest)  # not reached: holding none of the words leaves nothing shared


def _at_least(masks: list[int], held: int) -> int:
    """The bits set in at least `held` of `masks`: counted up to `held` a layer at a time."""
    layers = [0] * held
    for mask in masks:
        for layer in range(held - 1, 0, -1):
            layers[layer] |= layers[layer - 1] & mask
        layers[0] |= mask
    return layers[held - 1]


def bits(mask: int) -> list[int]:
    """The positions of the set bits of `mask`, lowest first."""
    binary = bin(mask)
    top = len(binary) - 1
    found = []
    at = binary.find("1", 2)
    while at != -1:
        found.append(top - at)
        at = binary.find("1", at + 1)
    found.reverse()
    return found
