"""Opening a couple's evening: home — after its passphrase if it is locked — and straight back into what was left open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .routes import DateNight, Home, Play, Unlock
from .scene import UI

if TYPE_CHECKING:  # the title imports this module: its first frame need not wait for the players' classes (~2 ms)
    from game.core.players import Couple


def open_couple(ui: UI, couple: Couple) -> None:
    """Home for this couple — after its passphrase if it is locked — and straight back into an unfinished date night or session."""
    if ui.services.is_locked(couple):
        ui.push(Unlock(couple, lambda: open_couple(ui, couple)))
        return
    ui.push(Home(couple))
    evening = ui.services.resume_evening(couple)
    if evening is not None:
        ui.push(DateNight(evening))
        return
    handle = ui.services.resume(couple)
    if handle is not None and not handle.session.ended:
        ui.push(Play(handle, resumed=True))
