"""Private limits: each partner's own depth cap and spicy consent, combined without saying whose."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Limit:
    cap: int = 3
    spicy: bool = False

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Limit:
        if not data:
            return cls()
        cap = data.get("cap", 3)
        return cls(cap if cap in (1, 2, 3) else 3, bool(data.get("spicy", False)))

    def to_json(self) -> dict[str, Any]:
        return {"cap": self.cap, "spicy": self.spicy}


def combined(limits: Mapping[int, Limit], wanted_depth: int, spicy_offered: bool) -> tuple[int, bool]:
    """The depth and spicy setting a deal may use: the lower cap wins; spicy only when both said yes (see consent)."""
    from .consent import Consent

    consent = Consent.of(spicy_offered, limits, wanted_depth)
    return consent.max_level, consent.spicy
