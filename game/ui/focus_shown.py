"""When the focus ring shows: the one rule, kept where the shell and every screen's drawing read it.

The ring is for the keyboard. A key shows it (Tab, an arrow, a letter, Enter). A click hides it, since the pointer
shows where the player is, except on a control the arrow keys change (a slider, a stepper, a row of choices, a
pronoun button) while the key hints offer ← → for it: the footer then names keys for that very control, and the
ring shows which one they will move. Enter after a click first shows the ring rather than press something unseen
(see Shell.dispatch); a click on a key hint counts as its key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .scene import Scene


def shown_after_click(scene: Scene) -> bool:
    """Whether the ring shows on what a click left focused: a control the arrows change, with ← → in the hints."""
    focused = scene.focused()
    if focused is None or not (focused.arrow_keys or focused.group is not None):
        return False
    return any("←" in keys or "→" in keys for keys, _ in scene.hints)
