"""What a shared export leaves out, counted and said plainly, never saying whose.

A shared export (the JSON file, "Our book") keeps to the consent rule: answers marked just between
us, answers to cards beyond the couple's agreed limits (deeper than the lower of the two depths, or
spicy without both yeses) and answers to cards no longer in any deck stay out. The couple is told
how many of each, so nothing goes missing silently; which partner's limit kept an answer out is
never said.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .cards import Card, CardKey
from .consent import Consent
from .memories import Memory, MemoryKey


@dataclass(frozen=True, slots=True)
class LeftOut:
    just_between_us: int = 0
    deeper: int = 0  # deeper than the agreed depth (the lower of the two partners' caps)
    spicy: int = 0  # spicy, where spicy cards are not agreed
    card_gone: int = 0

    def __add__(self, other: LeftOut) -> LeftOut:
        return LeftOut(
            self.just_between_us + other.just_between_us,
            self.deeper + other.deeper,
            self.spicy + other.spicy,
            self.card_gone + other.card_gone,
        )

    def sentences(self) -> list[str]:
        """One sentence per reason that left something out, e.g. "3 answers deeper than your agreed limits were left out."."""
        out = []
        if self.just_between_us:
            out.append(f"{_answers(self.just_between_us)} marked just between us {_were(self.just_between_us)} left out.")
        if self.deeper:
            out.append(f"{_answers(self.deeper)} deeper than your agreed limits {_were(self.deeper)} left out.")
        if self.spicy:
            out.append(f"{_answers(self.spicy)} to spicy cards {_were(self.spicy)} left out, as your agreed limits ask.")
        if self.card_gone:
            out.append(f"{_answers(self.card_gone)} to cards no longer in any deck {_were(self.card_gone)} left out.")
        return out


def left_out(memories: Mapping[MemoryKey, Memory], consent: Consent, cards: Mapping[CardKey, Card]) -> LeftOut:
    """Why each memory a shared export hides is hidden: just between us first, then a missing card, then the agreed limits."""
    private = deeper = spicy = gone = 0
    for key, memory in memories.items():
        card = cards.get(key.card_key)
        if memory.private:
            private += 1
        elif card is None:
            gone += 1
        elif card.level > consent.max_level:
            deeper += 1
        elif not consent.allows(card):
            spicy += 1
    return LeftOut(private, deeper, spicy, gone)


def total(parts: Iterable[LeftOut]) -> LeftOut:
    return sum(parts, LeftOut())


def _answers(count: int) -> str:
    return f"{count} answer{'s' if count != 1 else ''}"


def _were(count: int) -> str:
    return "was" if count == 1 else "were"
