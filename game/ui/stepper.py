"""A choice made one step at a time: its words, with − and + at its right end (the text size in Settings).

Unlike a button that steps round its choices, it stops at either end: from the largest, nothing but −
goes smaller, so a couple who need large text never land on the smallest by surprise. The arrow keys
step it as − and + do, and Enter steps it up as far as it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from . import layout_model
from .context import Context as UI
from .theme import TEXT_SIZES, Theme
from .widgets import Widget

if TYPE_CHECKING:
    from .intents import Intent

#: What the two buttons are called (they are drawn as signs).
LESS, MORE = "smaller", "larger"


class Stepper(Widget):
    arrow_keys = True

    def __init__(self, label: str, index: int, count: int, on_step: Callable[[int], None]) -> None:
        """`index` of `count` choices is chosen; `on_step` is handed the index chosen next."""
        super().__init__(label)
        self.index, self.count = index, count
        self.on_step = on_step

    def can(self, step: int) -> bool:
        return 0 <= self.index + step < self.count

    def step(self, step: int, ui: UI) -> None:
        if self.can(step):
            self.index += step
            ui.sound.play("tick")
            self.on_step(self.index)

    def parts(self, ui: UI) -> tuple[pygame.Rect, pygame.Rect]:
        """Where − and + are drawn: two square buttons at the right end, as large as the text size makes their marks,
        each centred in its `slot`, so a step of the text size leaves both where the pointer is."""
        t = ui.theme
        side = min(self.rect.height - t.px(8), max(t.px(40), ui.text.line_height(t.style("button")) + t.px(10)))
        less_slot, more_slot = self.slots(ui)
        less, more = pygame.Rect(0, 0, side, side), pygame.Rect(0, 0, side, side)
        less.center, more.center = less_slot.center, more_slot.center
        return less, more

    def slots(self, ui: UI) -> tuple[pygame.Rect, pygame.Rect]:
        """Where a click steps the size down and up: as wide as − and + are at the largest text size, and the row's
        height, at every text size alike, so a second click on the same spot lands on the same sign."""
        t = ui.theme
        largest = Theme(t.name, t.size, max(TEXT_SIZES.values()))
        side = max(t.px(40), ui.text.line_height(largest.style("button")) + t.px(10))
        more = pygame.Rect(0, self.rect.top, side, self.rect.height)
        more.right = self.rect.right - t.px(8)
        return more.move(-(side + t.px(8)), 0), more

    def handle(self, intent: Intent, ui: UI) -> bool:
        from .intents import Confirm, Move, Point  # ~12 ms to build: not before the first frame (see intents.py)

        if isinstance(intent, Move) and intent.dx:
            self.step(intent.dx, ui)
            return True  # at either end too: the arrow does not wander off to the next row
        if isinstance(intent, Confirm):
            self.step(1, ui)
            return True
        if isinstance(intent, Point) and intent.down and self.rect.collidepoint(intent.pos):
            less, more = self.slots(ui)
            if less.collidepoint(intent.pos):
                self.step(-1, ui)
            elif more.collidepoint(intent.pos):
                self.step(1, ui)
            return True
        return False

    def _words_room(self, ui: UI) -> int:
        less, _ = self.slots(ui)
        return max(1, less.left - self.rect.left - ui.theme.px(20))

    def fit_height(self, ui: UI, design: int) -> int:
        style = ui.theme.style("body")
        lines = len(ui.text.wrap(self.label, style, self._words_room(ui)))
        button = ui.text.line_height(ui.theme.style("button")) + ui.theme.px(18)
        return max(ui.theme.px(design), button, lines * ui.text.line_height(style) + ui.theme.px(12))

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        t = ui.theme
        radius = t.px(12)
        pygame.draw.rect(surface, t.color("button_hover" if hovered else "button"), self.rect, border_radius=radius)
        pygame.draw.rect(surface, t.color("surface_border"), self.rect, width=1, border_radius=radius)
        ink = t.color("button_text")
        words = ui.text.line(self.label, t.style("body"), ink)
        if words.get_width() > self._words_room(ui):
            words = ui.text.block(self.label, t.style("body"), ink, self._words_room(ui))
        surface.blit(words, (self.rect.left + t.px(12), self.rect.centery - words.get_height() // 2))
        for part, step in zip(self.parts(ui), (-1, 1), strict=True):
            able = self.can(step)
            fill = t.color("surface") if able else t.color("button")
            pygame.draw.rect(surface, fill, part, border_radius=t.px(10))
            pygame.draw.rect(surface, t.color("surface_border"), part, width=1, border_radius=t.px(10))
            color = ink if able else t.color("disabled")  # as a button with nothing to do
            # The signs are drawn, not typed: as crisp in every font, and as large as the text size makes the part.
            arm, thick = part.width // 5, max(2, t.px(3))
            x, y = part.center
            pygame.draw.rect(surface, color, pygame.Rect(x - arm, y - thick // 2, 2 * arm + 1, thick))
            if step > 0:
                pygame.draw.rect(surface, color, pygame.Rect(x - thick // 2, y - arm, thick, 2 * arm + 1))
            layout_model.note(surface, "part", part, LESS if step < 0 else MORE)
        if focused:
            self.draw_focus(surface, ui)
