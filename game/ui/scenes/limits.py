"""One partner's private limits, set behind the curtain: how deep to go, and whether spicy cards are welcome."""

from __future__ import annotations

import pygame

from game.core.limits import Limit

from ..drawing import panel
from ..page import Page, PagedScene
from ..scene import UI, ResultScene
from ..session_choices import LEVELS
from ..widgets import Button, Slider, Toggle

WORDS = (
    "Your own limits, kept until you change them. The game uses the lower of your two depths "
    "and never says whose; spicy cards come only if you both say yes."
)


class LimitsScene(PagedScene, ResultScene[Limit | None]):
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
        self.add(Button("Keep it private", lambda: self.dismiss(Limit(self.cap, self.spicy)), kind="primary"))

    def _cap(self, value: float) -> None:
        self.cap = int(value)

    def _spicy(self, value: bool) -> None:
        self.spicy = value

    def back(self) -> None:
        self.dismiss(None)

    def layout(self) -> None:
        t = self.ui.theme
        self.box = self.lay_out_box(min(t.size[0] - t.px(80), t.px(700)), t.px(40), self.place)

    def place(self, page: Page) -> None:
        slider, toggle, button = self.widgets
        page.text(f"Only {self.name} is looking", "heading", align="center", gap=16)
        page.text(WORDS, "body", "muted", align="center", gap=28)
        page.widget(slider, 64, gap=20)
        page.widget(toggle, 50, gap=24)
        page.widget(button, 54, width=self.ui.theme.px(260), align="center", gap=0)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.ui.theme.color("background"))
        panel(surface, self.ui, self.box)
        self.draw_page(surface)
