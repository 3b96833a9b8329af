"""Opening a couple's evening: home — after its passphrase if it is locked — and straight back into what was left open.

A date night paused with "Go home" is the exception, and so is a round (Play or Quiz me) left with "Go home": the
couple asked for Home, so Home it is, offering to carry on (game/ui/scenes/home.py). One left by closing the window
(or a crash) chose nothing, and comes straight back.

A round is picked up the same way from here, from Home's "Continue where you stopped" and from "Continue it" before
a new round: on the table again, or, when a limit lowered while it waited leaves nothing in it, its summary so far
(it has just ended), never an empty table.

What opening will carry straight on is said first, on the title's main button (scenes/title.py): "Carry on: card
10 of 12", "Carry on your date night". A couple who closed the window know, before they press it, where it leads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .routes import DateNight, Home, Play, Route, Summary, Unlock
from .scene import UI

if TYPE_CHECKING:  # the title imports this module: its first frame need not wait for the players' classes (~2 ms)
    from game.core.players import Couple

    from .scene import Scene


def open_couple(ui: UI, couple: Couple) -> None:
    """Home for this couple — after its passphrase if it is locked — and straight back into an unfinished date night
    (unless the couple went home from it) or session."""
    if ui.services.is_locked(couple):
        ui.push(Unlock(couple, lambda: open_couple(ui, couple)))
        return
    ui.push(Home(couple))
    evening = ui.services.resume_evening(couple)
    if evening is not None and not evening.evening.state.went_home:
        ui.push(DateNight(evening))
        return
    continue_round(ui, couple, ui.push, home_first=True)


def continue_round(ui: UI, couple: Couple, show: Callable[[Scene | Route], None], home_first: bool = False) -> bool:
    """The open round, shown by `show`: its table, or its summary when nothing in it is within the limits as they
    are now. False when no round was open. `home_first` (the game opening): a round left with "Go home" waits, and
    Home, already shown, offers to continue it."""
    handle = ui.services.resume(couple)
    if handle is None:
        return False
    if handle.session.state.went_home and not handle.session.ended:
        if home_first:
            return True
        from game.core.session_commands import GoHome  # not before the title's first frame (see above)

        handle.run(GoHome(home=False))  # back from Home: a window closed from now on comes straight back to it
    if handle.session.ended:  # picking it up kept it within the limits, and nothing in it was
        show(Summary(couple, handle.session.summary(), nothing_left=True))
    else:
        show(Play(handle, resumed=True))
    return True
