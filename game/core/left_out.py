"""What a shared export leaves out, counted and said plainly, never saying whose.

A shared export (the JSON file, "Our book") keeps to the consent rule: answers marked just between
us, answers to cards beyond the couple's agreed limits (deeper than the lower of the two depths, or
spicy without both yeses) and answers to cards no longer in any deck stay out. The couple is told
how many, so nothing goes missing silently, but never whose limit kept an answer out: an answer too
deep and one to a spicy card are counted together. Told apart ("3 answers to spicy cards were left
out"), the count would say, beside Settings' "Offer spicy cards: On", that one of them said no, and
to the partner who said yes, which one.
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
    #: Deeper than the agreed depth, or spicy where spicy cards are not agreed: one count, so it never says which.
    beyond_limits: int = 0
    card_gone: int = 0

    def __add__(self, other: LeftOut) -> LeftOut:
        return LeftOut(
            self.just_between_us + other.just_between_us,
            self.beyond_limits + other.beyond_limits,
            self.card_gone + other.card_gone,
        )

    def sentences(self) -> list[str]:
        """One sentence per reason that left something out, e.g. "7 answers beyond what you've both agreed to were left out."."""
        out = []
        if self.just_between_us:
            out.append(f"{_answers(self.just_between_us)} marked just between us {_were(self.just_between_us)} left out.")
        if self.beyond_limits:
            out.append(f"{_answers(self.beyond_limits)} beyond what you've both agreed to {_were(self.beyond_limits)} left out.")
        if self.card_gone:
            out.append(f"{_answers(self.card_gone)} to cards no longer in any deck {_were(self.card_gone)} left out.")
        return out


def left_out(memories: Mapping[MemoryKey, Memory], consent: Consent, cards: Mapping[CardKey, Card]) -> LeftOut:
    """Why each memory a shared export hides is hidden: just between us first, then a missing card, then the agreed limits."""
    private = beyond = gone = 0
    for key, memory in memories.items():
        card = cards.get(key.card_key)
        if memory.private:
            private += 1
        elif card is None:
            gone += 1
        elif not consent.allows(card):
            beyond += 1
    return LeftOut(private, beyond, gone)


def total(parts: Iterable[LeftOut]) -> LeftOut:
    return sum(parts, LeftOut())


def _answers(count: int) -> str:
    return f"{count} answer{'s' if count != 1 else ''}"


def _were(count: int) -> str:
    return "was" if count == 1 else "were"
