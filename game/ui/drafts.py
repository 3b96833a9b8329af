"""Half-typed answers kept as they are typed, not only when the window closes.

A tidy close keeps a draft (the scenes' `closing`), but a crash, a power cut or a killed session gives no
such moment: so while a person types, what they have written is kept every couple of seconds, and a draft
that was put back stays kept until the answer itself is saved.
"""

from __future__ import annotations

from collections.abc import Callable

#: How often a changed draft is kept while typing: often enough that little is ever lost, rarely enough that
#: the file is not written at every key.
EVERY_SECONDS = 2.0


class DraftKeeper:
    """Keeps `text` through `keep` when it has changed and `EVERY_SECONDS` have passed since it was last kept."""

    def __init__(self, keep: Callable[[str], None], kept: str = "") -> None:
        self.keep = keep
        self.kept = kept  # what is kept already (a draft put back is kept: the same words are not written again)
        self.waited = 0.0

    def tick(self, dt: float, text: str) -> None:
        self.waited += dt
        if text != self.kept and self.waited >= EVERY_SECONDS:
            self.now(text)

    def now(self, text: str) -> None:
        """Keep `text` at once if it is not kept already (the window is closing, the laptop is handed back)."""
        if text != self.kept:
            self.keep(text)
            self.kept = text
        self.waited = 0.0
