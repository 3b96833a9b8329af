"""Private limits: each partner's own depth cap and spicy consent (game.core.consent combines them without saying whose)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .deck_bounds import LEVELS


@dataclass(frozen=True, slots=True)
class Limit:
    cap: int = 3
    spicy: bool = False

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Limit:
        if not data:
            return cls()
        cap = data.get("cap", 3)
        return cls(cap if cap in LEVELS else 3, bool(data.get("spicy", False)))

    def to_json(self) -> dict[str, Any]:
        return {"cap": self.cap, "spicy": self.spicy}
