"""What a deep card is about, read from all its tags: its facets.

Readers of first evenings named a deep end "one conversation dealt five times": an apology that lands, making up
after the smallest disagreement, thanking for the unthanked, noticing the one who let you down. Each card led with
another theme tag (values, repair, appreciation, signals), so a rule on the first theme tag alone let all four
through. A facet gathers the tags a reader hears as one subject: the cards above share mending or thanks. A round's
deepest level keeps its cards, and its closer, on different facets where the deal allows (see deep_mood).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .cards import Card

#: Each facet and the tags (docs/DECKS.md, "The tag vocabulary") that put a card on it.
FACETS: dict[str, frozenset[str]] = {
    "mending": frozenset({"repair"}),
    "trust": frozenset({"trust", "first-to-know"}),
    "fears": frozenset({"fears", "grief"}),
    "desire": frozenset({"intimacy"}),
    "thanks": frozenset({"appreciation", "listening"}),
    "the past": frozenset({"past", "childhood", "family", "turning-points", "first-impressions", "dates"}),
    "the future": frozenset({"future", "hopes", "plans"}),
    "values": frozenset({"values", "perspectives"}),
    "closeness": frozenset({"romance", "rituals"}),
    "backing": frozenset({"have-my-back", "signals"}),
    "play": frozenset({"play", "who-is-more-likely", "favourites"}),
}

_BITS = {tag: 1 << n for n, tags in enumerate(FACETS.values()) for tag in tags}


def facets(card: Card) -> frozenset[str]:
    """The facets `card`'s tags put it on."""
    return frozenset(name for name, tags in FACETS.items() if tags.intersection(card.tags))


def facet_bits(tags: Iterable[str]) -> int:
    """The facets of a card with `tags`, one bit each, so two cards share a facet where their bits meet."""
    bits = 0
    for tag in tags:
        bits |= _BITS.get(tag, 0)
    return bits


def facets_at(bits: Sequence[int], places: Iterable[int]) -> int:
    """The facets of the cards at `places`, read from each card's `bits` (see facet_bits)."""
    found = 0
    for p in places:
        found |= bits[p]
    return found
