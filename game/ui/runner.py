"""Open the window and run the game; everything else is wired by the caller's services."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game import identity, resources

from .routes import Title
from .scene import UI
from .shell import Shell
from .window import Size, desktop_size, keep_minimum_size, opening_size, smallest

if TYPE_CHECKING:
    from .services import Services

WINDOW_ICON = 128  # px; window managers scale it for task bars and switchers


def kept_size(settings: dict[str, Any]) -> Size | None:
    """The window's size when the game last closed, as the settings keep it (None before it was first kept)."""
    width, height = settings["window_width"], settings["window_height"]
    return (width, height) if width and height else None


def open_window(size: Size | None, fullscreen: bool, kept: Size | None = None) -> tuple[pygame.Surface, Size, Size]:
    """The window, fullscreen or at `size` (asked for on the command line) or else at the size it was left at,
    fitted to the screen; with its windowed size and the smallest it may be made."""
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_caption(identity.NAME)
    pygame.display.set_icon(pygame.image.load(str(resources.icon(WINDOW_ICON))))
    desktop = desktop_size()
    windowed, minimum = size or opening_size(kept, desktop), smallest(desktop)
    if fullscreen:
        window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
    else:
        window = pygame.display.set_mode(windowed, pygame.RESIZABLE)
    keep_minimum_size(minimum)
    pygame.key.set_repeat(400, 35)
    pygame.key.start_text_input()
    return window, windowed, minimum


def build_shell(services: Services, size: Size | None = None, fullscreen: bool | None = None) -> Shell:
    settings = services.settings()
    full = settings["fullscreen"] if fullscreen is None else fullscreen
    window, windowed, minimum = open_window(size, full, kept_size(settings))
    ui = UI(services, window.get_size())
    return Shell(ui, window, Title(), fullscreen=full, windowed=windowed, minimum=minimum)
