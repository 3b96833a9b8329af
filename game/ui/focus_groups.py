"""Sets of choices that are one Tab stop (a player's six colours), as a row of radio buttons is.

Tab lands on the one chosen and then leaves the set; the arrow keys move along it, choosing as they go,
and stop at either end. A widget joins a set by its `group`; one with none is a Tab stop of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import Context as UI
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


def along_group(widgets: Sequence[Widget], focusable: Sequence[int], focus: int, dx: int, ui: UI) -> int | None:
    """Left or right along the set the focus is in, choosing the one it lands on (at either end, staying where it
    is): where the focus goes. None when the focus is in no set."""
    group = widgets[focus].group if focus in focusable else None
    if group is None or not dx:
        return None
    members = sorted((i for i in focusable if widgets[i].group == group), key=lambda i: widgets[i].rect.x)
    at = members.index(focus) + (1 if dx > 0 else -1)
    if not 0 <= at < len(members):
        return focus
    from .intents import Confirm  # see intents.py

    widgets[members[at]].handle(Confirm(), ui)  # chosen as it is reached, as a radio button is
    return members[at]
