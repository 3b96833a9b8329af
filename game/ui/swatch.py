"""A colour swatch a player picks on the couple form and a deck's form: a circle, ringed when chosen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from .context import Context as UI
from .theme import hex_color
from .widgets import Widget

if TYPE_CHECKING:
    from .intents import Intent


class Swatch(Widget):
    """One colour a player can pick."""

    arrow_keys = True

    def __init__(self, label: str, color: str, chosen: bool, on_pick: Callable[[], None], group: str | None = None) -> None:
        """`group`: the set of colours it is one of, a single Tab stop (see focus_groups.py)."""
        super().__init__(label)
        self.group = group
        self.color = color
        self.chosen = chosen
        self.on_pick = on_pick

    def handle(self, intent: Intent, ui: UI) -> bool:
        from .intents import Confirm, Point  # ~12 ms to build: not before the first frame (see intents.py)

        if isinstance(intent, Confirm) or (isinstance(intent, Point) and intent.down and self.rect.collidepoint(intent.pos)):
            ui.sound.play("tick")
            self.on_pick()
            return True
        return False

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        t = ui.theme
        radius = self.rect.width // 2 - t.px(4)
        pygame.draw.circle(surface, hex_color(self.color), self.rect.center, radius)
        if self.chosen:
            pygame.draw.circle(surface, t.color("text"), self.rect.center, radius + t.px(4), width=max(2, t.px(3)))
        if focused:
            pygame.draw.circle(surface, t.color("focus"), self.rect.center, radius + t.px(8), width=max(2, t.px(2)))
