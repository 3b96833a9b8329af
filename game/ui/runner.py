"""Open the window and run the game; everything else is wired by the caller's services."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game import identity, resources

from .routes import Title
from .scene import UI
from .shell import Shell, keep_minimum_size

if TYPE_CHECKING:
    from .services import Services

DEFAULT_SIZE = (1280, 720)
WINDOW_ICON = 128  # px; window managers scale it for task bars and switchers


def open_window(size: tuple[int, int], fullscreen: bool) -> pygame.Surface:
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_caption(identity.NAME)
    pygame.display.set_icon(pygame.image.load(str(resources.icon(WINDOW_ICON))))
    window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN) if fullscreen else pygame.display.set_mode(size, pygame.RESIZABLE)
    keep_minimum_size()
    pygame.key.set_repeat(400, 35)
    pygame.key.start_text_input()
    return window


def build_shell(services: Services, size: tuple[int, int] | None = None, fullscreen: bool | None = None) -> Shell:
    settings = services.settings()
    full = settings["fullscreen"] if fullscreen is None else fullscreen
    window = open_window(size or DEFAULT_SIZE, full)
    ui = UI(services, window.get_size())
    return Shell(ui, window, Title(), fullscreen=full)
