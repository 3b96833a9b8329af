"""Before a couple with a passphrase is erased: their passphrase, or their word that it is forgotten.

The person at the keyboard may not be one of the couple (a laptop shared by two couples, left open), so erasing a
locked couple, alone or with everyone, asks for their passphrase first, as unlocking does (with the same wait after a
wrong one). A forgotten passphrase is said plainly: only erasing everything (every couple on the laptop) can
remove them then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from game.core.direction import quoted
from game.core.players import Couple

from ..scene import UI
from ..widgets import Button
from .passphrase import UnlockScene

#: How the question ends: the passphrase opened the profile, or they have forgotten it.
Answer = Literal["known", "forgotten"]


def names(couple: Couple) -> str:
    return f"{quoted(couple.name(0))} & {quoted(couple.name(1))}"


def forgotten_words(couple: Couple, others: int) -> str:
    """What it takes to remove a couple whose passphrase is forgotten (`others`: how many other couples there are)."""
    everyone = f"every couple on this laptop ({others + 1})" if others else "every couple on this laptop"
    return (
        f"Without the passphrase, only “Erase everything” can remove {names(couple)}. "
        f"It erases {everyone}, with all their answers, memories and settings, and nothing can bring them back."
    )


class EraseCheckScene(UnlockScene):
    """Asks a locked couple's passphrase before they are erased; `answered` hears "known" or "forgotten" (Esc: not at
    all, and nothing is erased)."""

    def __init__(self, ui: UI, couple: Couple, everyone: bool, answered: Callable[[Answer], None]) -> None:
        super().__init__(ui, couple, lambda: answered("known"))
        self.everyone, self.answered = everyone, answered
        self.others = False  # no Switch couple here: Esc stops the erase
        self.hints = [("Enter", "go on"), ("Esc", "stop")]

    def build(self) -> None:
        super().build()
        self.widgets[1].label = "Go on"
        self.add(Button("We've forgotten it", self.forgot, kind="quiet"))

    def asking(self) -> str:
        if self.everyone:
            return "This profile has a passphrase. To erase everything, type it first."
        return "To erase your profile, type your passphrase first."

    def forgot(self) -> None:
        self.ui.pop()
        self.answered("forgotten")
