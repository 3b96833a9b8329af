"""Sets of choices that are one Tab stop (a player's six colours), as a row of radio buttons is.

Tab lands on the one chosen and then leaves the set; the arrow keys move along it, choosing as they go,
and stop at either end. A widget joins a set by its `group`; one with none is a Tab stop of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .scene import Scene
    from .widgets import Widget


def tab_stops(widgets: Sequence[Widget], focusable: Sequence[int], focus: int) -> list[int]:
    """The widgets Tab visits, in order: of each set, only the focused one, else the chosen one, else its first."""
    stops = []
    for index in focusable:
        group = widgets[index].group
        if group is None:
            stops.append(index)
            continue
        members = [i for i in focusable if widgets[i].group == group]
        stop = focus if focus in members else next((i for i in members if getattr(widgets[i], "chosen", False)), members[0])
        if index == stop:
            stops.append(index)
    return stops


def along_group(scene: Scene, dx: int) -> bool:
    """Left or right along the set the focus is in, choosing the one it lands on; True when the focus is in a set
    (at either end it stays where it is)."""
    current = scene.focused()
    if current is None or current.group is None or not dx:
        return False
    members = [i for i in scene.focusable() if scene.widgets[i].group == current.group]
    members.sort(key=lambda i: scene.widgets[i].rect.x)
    at = members.index(scene.focus) + (1 if dx > 0 else -1)
    if 0 <= at < len(members):
        from .intents import Confirm  # see intents.py

        scene.focus = members[at]
        scene.widgets[scene.focus].handle(Confirm(), scene.ui)  # chosen as it is reached, as a radio button is
    return True
