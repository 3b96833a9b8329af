"""How big the window is: it fits the screen, keeps the size the couple left it at, and is never made too small.

It opens at the size it had when the game last closed (or 1280×720 the first time), made to fit the
screen with room left for the desktop's own bars, and goes back to that size when fullscreen is turned
off. It is never made smaller than MIN_SIZE, the smallest size every screen is laid out and tested at,
unless the screen itself leaves less room: then the screen's room is the smallest.
"""

from __future__ import annotations

import warnings

import pygame

DEFAULT_SIZE = (1280, 720)
MIN_SIZE = (960, 540)
#: What a window leaves of the screen for the desktop's bars: a dock at the side; a task bar or top bar and
#: the window's own title bar above or below.
PANELS = (64, 80)

Size = tuple[int, int]


def desktop_size() -> Size | None:
    """The size of the screen the window opens on (the first), once the display is started; None if unknown."""
    sizes = pygame.display.get_desktop_sizes()
    return (int(sizes[0][0]), int(sizes[0][1])) if sizes else None


def room(desktop: Size | None) -> Size | None:
    """The largest window the screen has room for beside the desktop's bars (None: no screen size is known)."""
    if desktop is None:
        return None
    return max(1, desktop[0] - PANELS[0]), max(1, desktop[1] - PANELS[1])


def smallest(desktop: Size | None) -> Size:
    """The smallest the window may be made: MIN_SIZE, or all the room there is on a screen that has less."""
    fits = room(desktop) or MIN_SIZE
    return min(MIN_SIZE[0], fits[0]), min(MIN_SIZE[1], fits[1])


def opening_size(kept: Size | None, desktop: Size | None) -> Size:
    """The window's size at the start: the size it was left at (or DEFAULT_SIZE), fitted to the screen."""
    wanted = kept or DEFAULT_SIZE
    low, high = smallest(desktop), room(desktop) or wanted
    return max(low[0], min(high[0], wanted[0])), max(low[1], min(high[1], wanted[1]))


def keep_minimum_size(minimum: Size) -> None:
    """Ask the system never to make the window smaller than `minimum`: smaller, the words would shrink past reading."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the display module's window, as pygame-ce still allows
        window = pygame.Window.from_display_module()
    window.minimum_size = minimum
