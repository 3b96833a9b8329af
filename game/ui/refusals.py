"""When the saved data says no for now to something that cannot wait, the window says so and stays.

Another program (a backup or sync tool) holding the file, a full disk, a file or folder that has
become read-only, or a drive that can't be reached just now refuses a write. What can wait does
(game.pending_saves) and never gets here; what cannot (a new couple, new names, a passphrase) is not
saved: a toast says why, and the screen stays as it was, with what was typed still on it, to be saved
again, rather than the window closing. A read refused (a screen that could not be opened just now) is
told as a read, in words of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .services import Services


class Telling(Protocol):
    """What of the UI this needs: its services, and its toast."""

    services: Services

    def toast(self, text: str, seconds: float = 3.5) -> None: ...


def told_if_refused(ui: Telling, action: Callable[[], object]) -> None:
    """Do `action`; a refusal by the saved data is told in a toast, and anything else raised as ever."""
    try:
        action()
    except Exception as error:
        said = ui.services.refused(error)
        if said is None:
            raise
        ui.toast(said, 8.0)
