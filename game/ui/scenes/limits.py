"""One partner's private limits, set behind the curtain: how deep to go, and whether spicy cards are welcome."""

from __future__ import annotations

import pygame

from game.core.limits import Limit

from ..drawing import panel, paragraph, text_at
from ..scene import UI, Scene
from ..session_choices import LEVELS
from ..widgets import Button, Slider, Toggle


class LimitsScene(Scene):
    """Closes with the partner's Limit, or None if they step back."""

    hints = [("Tab", "move"), ("←→", "adjust"), ("Enter", "keep it private"), ("Esc", "back")]

    def __init__(self, ui: UI, name: str, current: Limit) -> None:
        super().__init__(ui)
        self.name = name
        self.cap, self.spicy = current.cap, current.spicy
        self.box = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        self.add(Slider("How deep I'm happy to go", self.cap, 1, 3, 1, self._cap, lambda v: LEVELS[int(v)]))
        self.add(Toggle("I'm up for spicy cards", self.spicy, self._spicy))
        self.add(Button("Keep it private", lambda: self.ui.pop(Limit(self.cap, self.spicy)), kind="primary"))

    def _cap(self, value: float) -> None:
        self.cap = int(value)

    def _spicy(self, value: bool) -> None:
        self.spicy = value

    def back(self) -> None:
        self.ui.pop(None)

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        self.box = pygame.Rect(0, 0, min(width - t.px(80), t.px(700)), t.px(440))
        self.box.center = (width // 2, height // 2 - t.px(10))
        left, inner = self.box.left + t.px(48), self.box.width - t.px(96)
        slider, toggle, button = self.widgets
        slider.rect = pygame.Rect(left, self.box.top + t.px(190), inner, t.px(64))
        toggle.rect = pygame.Rect(left - t.px(10), self.box.top + t.px(276), inner + t.px(20), t.px(50))
        button.rect = pygame.Rect(0, 0, t.px(260), t.px(54))
        button.rect.midtop = (self.box.centerx, self.box.top + t.px(350))

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        surface.fill(t.color("background"))
        panel(surface, self.ui, self.box)
        text_at(
            surface,
            self.ui,
            f"Only {self.name} is looking",
            "heading",
            (self.box.centerx, self.box.top + t.px(30)),
            anchor="midtop",
        )
        words = (
            "Your own limits, kept until you change them. The game uses the lower of your two depths "
            "and never says whose; spicy cards come only if you both say yes."
        )
        rect = pygame.Rect(self.box.left + t.px(48), self.box.top + t.px(90), self.box.width - t.px(96), 0)
        paragraph(surface, self.ui, words, "body", rect, "muted", "center")
        self.draw_widgets(surface)
