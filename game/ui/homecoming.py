"""Coming home: the words Home's panel is headed with, said for the moment the couple reach it.

"Welcome back" greets a couple who open the game (or switch to their couple), and a couple whose Home has sat a
while (`AWAY`) since they last came to it. A couple who come home from something they have just done read what
they did — the round, the quiz or the date night just finished, or a break taken in the middle of one — and a couple
back from a look at Settings, Our story, the studio or their names read where to go next. Never a greeting as if
they had been away when they were here a moment ago.

The screen that ends something (a summary, a "Go home" from the middle of a round) says what it was as it closes,
through `go_home`: the screen below hears it if it listens (Home does). No screen imports another (routes.py), so
they meet here.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Protocol, runtime_checkable

from game.core.events import SessionSummary

from .scene import UI

#: Opening the game, switching to a couple, or a real time away since they last came home.
WELCOME_BACK = "Welcome back"
#: Back from a look elsewhere (Settings, Our story, the studio, their names), or from a round set up and not begun.
WHERE_NEXT = "Where to next?"
#: Home from the middle of a round or a date night, with "Go home" (it waits, just where they stopped).
BREAK = "Taking a break"
ROUND_DONE = "That's the round done"
QUIZ_DONE = "That's the quiz done"
EVENING_DONE = "That's your date night done"
#: How long Home may sit after the couple came to it before its heading greets them again, as after a time away.
AWAY = timedelta(hours=1)


@runtime_checkable
class Homecoming(Protocol):
    """A screen that says what the couple has just done, when they come back to it from doing it."""

    def came_home_from(self, heading: str) -> None: ...


def round_done(summary: SessionSummary) -> str:
    """What a round's summary says it was as it closes: cards played, a quiz of questions only, or nothing at all."""
    if summary.cards_played:
        return ROUND_DONE
    return QUIZ_DONE if summary.turns else WHERE_NEXT


def go_home(ui: UI, heading: str) -> None:
    """Close the screen on top; the one below, once it shows again, hears what was just done (`heading`)."""

    def tell() -> None:
        below = ui.stack[-1] if ui.stack else None
        if isinstance(below, Homecoming):
            below.came_home_from(heading)

    ui.pop(after=tell)
