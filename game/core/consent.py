"""Consent: the one rule that decides whether a card, or a memory made from one, may be shown.

Three things must agree before anything reaches a screen or a file a couple shares:

- the couple's Settings: "Offer spicy cards" and the depth they chose (or the depth chosen
  for this round, which may only be lower),
- each partner's private depth cap (the lower one wins, and the game never says whose it was),
- each partner's private spicy consent (spicy only when the setting is on and both said yes).

Every path asks here: dealing in Play and date night, which memories a quiz may ask about,
Our story, session summaries, keepsakes, Our book and the JSON export. A memory is judged by
the card it was made from; a memory whose card is no longer in any deck cannot be judged, so
it is not shown where it could be shared. (A card of the game's own that moved deck is not lost:
its memories follow it at start, see game.core.card_moves.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .cards import Card, CardKey
from .deck_bounds import LEVELS
from .limits import Limit
from .memories import MemoryKey


def card_allowed(card: Card, max_level: int, spicy: bool) -> bool:
    """The rule itself: no deeper than `max_level`, and spicy only when `spicy` is allowed."""
    return card.level <= max_level and (spicy or not card.spicy)


@dataclass(frozen=True, slots=True)
class Consent:
    """What the couple has agreed to for a round: the combined depth and whether spicy cards may come."""

    max_level: int = 3
    spicy: bool = False

    @classmethod
    def of(cls, spicy_offered: bool, limits: Mapping[int, Limit], depth: int) -> Consent:
        """Combine the setting, both private limits and the depth chosen for the round (never saying whose cap won)."""
        mine, yours = limits.get(0, Limit()), limits.get(1, Limit())
        level = max(1, min(depth if depth in LEVELS else 3, mine.cap, yours.cap))
        return cls(level, bool(spicy_offered and mine.spicy and yours.spicy))

    @classmethod
    def from_settings(cls, settings: Mapping[str, object], limits: Mapping[int, Limit], depth: int | None = None) -> Consent:
        """The consent of a couple's Settings ("Offer spicy cards", depth) and private limits."""
        chosen = settings.get("max_level", 3) if depth is None else depth
        return cls.of(bool(settings.get("spicy", False)), limits, chosen if isinstance(chosen, int) else 3)

    def allows(self, card: Card) -> bool:
        return card_allowed(card, self.max_level, self.spicy)

    def allows_memory(self, key: MemoryKey, cards: Mapping[CardKey, Card]) -> bool:
        """A memory may be shown when the card it was made from may be; an unknown card may not."""
        card = cards.get(key.card_key)
        return card is not None and self.allows(card)

    def memory_rule(self, cards: Mapping[CardKey, Card]) -> Callable[[MemoryKey], bool]:
        return lambda key: self.allows_memory(key, cards)

    def card_rule(self, cards: Mapping[CardKey, Card]) -> Callable[[CardKey], bool]:
        def shown(key: CardKey) -> bool:
            card = cards.get(key)
            return card is not None and self.allows(card)

        return shown


def as_json(consent: Consent) -> dict[str, object]:
    """The combined limits only, as a shared file may hold them: never either partner's own."""
    return {"max_level": consent.max_level, "spicy": consent.spicy}
