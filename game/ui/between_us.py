"""What "just between us" means, said in the same words wherever an answer is marked or unmarked.

One rule: a memory marked just between us stays so, answered again or not, until the couple unmark it
themselves: with P (or the button) in Our story, or by switching off the answer's own "Just between us" as
they answer it again and saving. Nothing else unmarks it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.core.memories import MemoryKey
    from game.core.players import Couple
    from game.core.session import Session

    from .scene import UI

NO_LONGER = "No longer just between us."
STAYS = "It stays just between us, even answered again, until you unmark it"


def unmark_saved(ui: UI, couple: Couple, session: Session, key: MemoryKey) -> None:
    """The answer just saved as `key`, whose "Just between us" its owner switched off: no longer just between us.
    The round's own copy says so too (a later save would mark it again); Undo of the answer gives the mark back."""
    memory = session.memories.get(key)
    if memory is None or not memory.private:
        return
    ui.services.set_private(couple, key, False)
    session.memories[key] = replace(memory, private=False)
    ui.toast(f"{NO_LONGER} Our story can mark it again.")
