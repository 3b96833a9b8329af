"""What a deal reads of each card once, for every pass that trades cards between rounds.

A deal reads each card it may deal once: its level, its subjects and shapes (`topics`, see card_shapes), its facets
(see deep_facets), and the marks the passes keep or spread: heavy, warm, spicy, wide, weight (see deep_mood),
remembered (see quiz_share), answered by both partners (see both_share), `talk`, an open question (see deep_end),
and `needs`, a brave deep card (see brave_share). The passes that trade (deep_mood, deal_spread, quiz_share,
both_share, brave_share) take them together, so a mark is read in one place and each pass keeps what the others
gave a round.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from .cards import CardKey

#: The marks a deal reads, each the cards that bear it.
MARKS = ("heavy", "warm", "spicy", "wide", "weight", "remembered", "both", "talk", "needs")


@dataclass(frozen=True)
class CardReads:
    """Each card's level, topics and facets (one bit each), and the cards bearing each of MARKS (none where absent)."""

    levels: Mapping[CardKey, int]
    topics: Mapping[CardKey, frozenset[str]]
    facets: Mapping[CardKey, int] = field(default_factory=dict)
    marks: Mapping[str, Collection[CardKey]] = field(default_factory=dict)

    @cached_property
    def rows(self) -> dict[CardKey, tuple[frozenset[str], int, int, tuple[bool, ...]]]:
        """Each card's topics, level, facets and whether it bears each of MARKS, made once a deal: the passes read a
        card by one look-up here rather than one in every mark (each pass reads every card)."""
        marks = [self.marks.get(name, ()) for name in MARKS]
        return {
            key: (self.topics.get(key, frozenset()), level, self.facets.get(key, 0), tuple(key in keys for keys in marks))
            for key, level in self.levels.items()
        }
