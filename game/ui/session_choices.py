"""The choices a round offers, in the words the screens show: how deep, and how many cards."""

from __future__ import annotations

LEVELS = {1: "light only", 2: "up to personal", 3: "all the way to deep"}
#: Cards in a session; 0 is open-ended.
LENGTHS = (6, 12, 20, 0)
