"""The settings registry: every setting with its default and allowed values.

Stored settings are read through `with_defaults`, which fills in keys an older
save lacks and drops values that no longer fit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from .deck_bounds import LEVELS


class Setting(NamedTuple):  # not a frozen dataclass: read before the first frame, and ~0.7 ms cheaper to make
    default: Any
    choices: tuple[Any, ...] | None = None
    low: float | None = None
    high: float | None = None

    def accepts(self, value: Any) -> bool:
        if type(value) is not type(self.default) and not (isinstance(self.default, float) and isinstance(value, int)):
            return False
        if self.choices is not None and value not in self.choices:
            return False
        if self.low is not None and value < self.low:
            return False
        return self.high is None or value <= self.high


SETTINGS: dict[str, Setting] = {
    "theme": Setting("warm", ("warm", "dark", "high_contrast")),
    "text_size": Setting("medium", ("small", "medium", "large", "larger", "largest")),
    "reduced_motion": Setting(False),
    "sound": Setting(True),
    "volume": Setting(0.6, low=0.0, high=1.0),
    "fullscreen": Setting(False),
    "max_level": Setting(3, LEVELS),
    "spicy": Setting(False),
    # Cards in a Play round and questions in a Quiz me round (0: open-ended, all that are due), as last chosen.
    "session_length": Setting(12, (6, 12, 20, 0)),
    "quiz_length": Setting(12, (6, 12, 20, 0)),
    "last_couple": Setting(0, low=0),
    "date_night_music": Setting(True),
    # The window's size out of fullscreen when the game last closed, for the next start (0: not kept yet).
    "window_width": Setting(0, low=0, high=16384),
    "window_height": Setting(0, low=0, high=16384),
}

#: The game's settings that are a couple's own choice, which their own export carries: what they agreed the game may
#: deal (Settings' depth and "Offer spicy cards"). Every other one belongs to the laptop — how it looks and sounds,
#: its window, a round's length there, who played last — and stays out of a couple's export (a whole-laptop backup
#: from the command line keeps them all).
COUPLE_CHOICES = ("max_level", "spicy")
LAPTOP_SETTINGS = tuple(key for key in SETTINGS if key not in COUPLE_CHOICES)


def with_defaults(stored: Mapping[str, Any]) -> dict[str, Any]:
    """Every registered setting: the stored value where it fits, else the default."""
    out: dict[str, Any] = {}
    for key, setting in SETTINGS.items():
        value = stored.get(key, setting.default)
        out[key] = value if setting.accepts(value) else setting.default
    return out


def check(key: str, value: Any) -> None:
    setting = SETTINGS.get(key)
    if setting is None:
        raise KeyError(f"There is no setting '{key}'.")
    if not setting.accepts(value):
        raise ValueError(f"{value!r} does not fit the setting '{key}'.")
