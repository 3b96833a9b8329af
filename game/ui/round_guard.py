"""Before a new round: a round already on the table is never ended without asking.

Play, Quiz me and Date night each start something new; when a round is still open they ask
first, and whatever the couple chooses is said out loud (the old round goes on, or it ends with
its answers kept).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from game.core.players import Couple
from game.core.session_summary import played_if_ended

from .modals import QuestionScene
from .opening import continue_round
from .routes import Route
from .scene import UI, Scene

QUESTION = "You have a round in progress: continue it, or end it and start this one?"
CONTINUE = "Continue it"
END_AND_START = "End it and start this one"


class OpenRound(Enum):
    """What the couple chose for the round still on the table."""

    CONTINUE = "continue"
    END_AND_START = "end and start"


class RoundInProgressScene(QuestionScene[OpenRound | None]):
    """Closes with OpenRound.END_AND_START, OpenRound.CONTINUE, or None (Esc: neither, stay here)."""

    def __init__(self, ui: UI, cards_played: int) -> None:
        played = f"{cards_played} card{'s' if cards_played != 1 else ''} played so far" if cards_played else "Nothing played yet"
        yes, no = (END_AND_START, OpenRound.END_AND_START), (CONTINUE, OpenRound.CONTINUE)
        super().__init__(ui, QUESTION, yes, no, None, f"{played}; ending it keeps every answer.")


def ask_first(ui: UI, couple: Couple, then: Callable[[OpenRound | None], None]) -> bool:
    """Ask when a round is open, `then` acting on the answer (True), or do nothing (False: go ahead).

    A round that ends as it is picked up (a limit lowered while it waited left nothing in it) is not asked about:
    there is nothing to continue. The couple is told it ended, and the new one goes ahead.
    """
    if not ui.services.has_open_session(couple):
        return False
    handle = ui.services.resume(couple)
    if handle is None or handle.session.ended:
        if handle is not None:
            ui.toast(round_gone_words(handle.session.summary().cards_played))
        return False
    ui.push(RoundInProgressScene(ui, played_if_ended(handle.session)), then)
    return True


def answered(ui: UI, couple: Couple, choice: OpenRound | None, show: Callable[[Scene | Route], None]) -> bool:
    """Act on the answer: continue the open round, shown by `show` (False), or end it, saying so (True: start the new one)."""
    if choice is None:
        return False
    if choice is OpenRound.CONTINUE:
        continue_round(ui, couple, show)
        return False
    summary = ui.services.end_round(couple)
    if summary is not None:
        ui.toast(round_ended_words(summary.cards_played))
    return True


def round_ended_words(played: int) -> str:
    """The toast once an earlier round is ended to start another."""
    if played == 0:
        return "Your earlier round is closed: none of its cards had been played yet."
    return f"Your earlier round has ended after {played} card{'s' if played != 1 else ''}; every answer is kept."


def round_gone_words(played: int) -> str:
    """The toast when the earlier round ended as it was picked up: nothing left in it was within the limits."""
    if not played:
        return "Your earlier round has ended, as nothing in it is within your limits as they are now."
    cards = f"{played} card{'s' if played != 1 else ''}"
    why = "nothing left in it is within your limits as they are now"
    return f"Your earlier round has ended after {cards}, as {why}. Every answer is kept."
