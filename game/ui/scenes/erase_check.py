"""Before a couple with a passphrase is erased: their passphrase, or their word that it is forgotten.

The person at the keyboard may not be one of the couple (a laptop shared by two couples, left open), so erasing a
locked couple, alone or with everyone, asks for their passphrase first, as unlocking does (with the same wait after a
wrong one). A forgotten passphrase is said plainly: only erasing everything (every couple on the laptop) can
remove them then.
"""

from __future__ import annotations

from collections.abc import Callable

from game.core.players import Couple

from ..erase_flow import FORGOTTEN, KNOWN, names
from ..scene import UI
from ..widgets import Button
from .passphrase import UnlockScene


class EraseCheckScene(UnlockScene):
    """Asks a locked couple's passphrase before they are erased; `answered` hears KNOWN or FORGOTTEN (see
    game.ui.erase_flow; Esc: neither, and nothing is erased)."""

    def __init__(self, ui: UI, couple: Couple, everyone: bool, answered: Callable[[str], None]) -> None:
        super().__init__(ui, couple, lambda: answered(KNOWN))
        self.everyone, self.answered = everyone, answered
        self.others = False  # no Switch couple here: Esc stops the erase
        self.hints = [("Enter", "go on"), ("Esc", "stop")]

    def build(self) -> None:
        super().build()
        self.widgets[1].label = "Go on"
        self.add(Button("We've forgotten it", self.forgot, kind="quiet"))

    def asking(self) -> str:
        if self.everyone:
            return f"{names(self.couple)} have a passphrase. To erase everything, one of them types it first."
        return "To erase your profile, type your passphrase first."

    def forgot(self) -> None:
        self.ui.pop()
        self.answered(FORGOTTEN)
