"""Before a new round: a round already on the table is never ended without asking.

Play, Quiz me and Date night each start something new; when a round is still open they ask
first, and whatever the couple chooses is said out loud (the old round goes on, or it ends with
its answers kept).
"""

from __future__ import annotations

from collections.abc import Callable

from game.core.players import Couple

from .modals import ConfirmScene
from .routes import Play, Route
from .scene import UI, Scene

QUESTION = "You have a round in progress: continue it, or end it and start this one?"
CONTINUE = "Continue it"
END_AND_START = "End it and start this one"


class RoundInProgressScene(ConfirmScene):
    """Closes with True (end it and start the new one), False (continue it) or None (Esc: neither, stay here)."""

    def __init__(self, ui: UI, cards_played: int) -> None:
        played = f"{cards_played} card{'s' if cards_played != 1 else ''} played so far" if cards_played else "Nothing played yet"
        super().__init__(ui, QUESTION, END_AND_START, CONTINUE, f"{played}; ending it keeps every answer.")

    def back(self) -> None:
        self.ui.pop(None)


def ask_first(ui: UI, couple: Couple, push: Callable[[RoundInProgressScene], None]) -> bool:
    """Push the question when a round is open (True), or do nothing (False: go ahead)."""
    if not ui.services.has_open_session(couple):
        return False
    handle = ui.services.resume(couple)
    played = handle.session.summary().cards_played if handle is not None else 0
    push(RoundInProgressScene(ui, played))
    return True


def answered(ui: UI, couple: Couple, value: object, show: Callable[[Scene | Route], None]) -> bool:
    """Act on the answer: continue the open round, shown by `show` (False), or end it, saying so (True: start the new one)."""
    if value is None:
        return False
    if not value:
        handle = ui.services.resume(couple)
        if handle is not None:
            show(Play(handle, resumed=True))
        return False
    summary = ui.services.end_round(couple)
    if summary is not None:
        played = summary.cards_played
        ui.toast(f"Your earlier round has ended after {played} card{'s' if played != 1 else ''}; every answer is kept.")
    return True
