"""Modal scenes that return a result: a yes/no question, and the hand-off curtain."""

from __future__ import annotations

import pygame

from .drawing import heart, panel, paragraph, text_at
from .scene import UI, Scene
from .widgets import Button


class ConfirmScene(Scene):
    """Asks one question; closes with True or False."""

    modal = True
    hints = [("Enter", "choose"), ("Esc", "cancel")]

    def __init__(self, ui: UI, question: str, yes: str, no: str = "Cancel", detail: str = "") -> None:
        super().__init__(ui)
        self.question, self.yes, self.no, self.detail = question, yes, no, detail
        self.box = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        self.add(Button(self.no, lambda: self.ui.pop(False)))
        self.add(Button(self.yes, lambda: self.ui.pop(True), kind="primary"))
        self.focus = 0

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        words = max(self.ui.text.measure(w.label, t.style("button")) for w in self.widgets) + t.px(56)
        box_w = min(width - t.px(80), max(t.px(620), 2 * words + t.px(96)))
        inner_w = box_w - t.px(64)
        words_h = self.ui.text.block(self.question, t.style("heading"), (0, 0, 0), inner_w).get_height()
        if self.detail:
            words_h += t.px(10) + self.ui.text.block(self.detail, t.style("body"), (0, 0, 0), inner_w).get_height()
        # The box grows with the words (larger text, a long question) so they never run under the buttons.
        self.box = pygame.Rect(0, 0, box_w, min(height - t.px(40), max(t.px(280), words_h + t.px(32 + 32 + 52 + 32))))
        self.box.center = (width // 2, height // 2)
        button_w = (self.box.width - t.px(96)) // 2
        for index, widget in enumerate(self.widgets):
            widget.rect = pygame.Rect(
                self.box.left + t.px(32) + index * (button_w + t.px(32)), self.box.bottom - t.px(84), button_w, t.px(52)
            )

    def back(self) -> None:
        self.ui.pop(False)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        panel(surface, self.ui, self.box)
        inner = self.box.inflate(-t.px(64), 0)
        inner.top = self.box.top + t.px(32)
        used = paragraph(surface, self.ui, self.question, "heading", inner, align="center")
        if self.detail:
            inner.top += used + t.px(10)
            paragraph(surface, self.ui, self.detail, "body", inner, "muted", align="center")
        self.draw_widgets(surface)


class CurtainScene(Scene):
    """The hand-off: the right person takes the laptop and the other looks away."""

    modal = True
    hints = [("Enter", "I'm ready"), ("Esc", "not now")]
    hint_colors = ("curtain_text", "curtain_text", "curtain_text")

    def __init__(self, ui: UI, to_name: str, away_name: str, purpose: str) -> None:
        super().__init__(ui)
        self.to_name, self.away_name, self.purpose = to_name, away_name, purpose

    def build(self) -> None:
        self.add(Button(f"I'm {self.to_name} — show me", lambda: self.ui.pop(True), kind="primary"))

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        button = self.widgets[0]
        button.rect = pygame.Rect(0, 0, min(width - t.px(120), t.px(460)), t.px(60))
        button.rect.center = (width // 2, height // 2 + t.px(150))

    def back(self) -> None:
        self.ui.pop(False)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        width, height = t.size
        surface.fill(t.color("curtain"))
        heart(surface, t.color("accent"), (width // 2, height // 2 - t.px(170)), t.px(56))
        text_at(
            surface, self.ui, f"{self.to_name}, your turn", "title", (width // 2, height // 2 - t.px(110)), "curtain_text", "midtop"
        )
        text_at(
            surface,
            self.ui,
            f"{self.away_name}, please look away for a moment.",
            "heading",
            (width // 2, height // 2 - t.px(10)),
            "curtain_text",
            "midtop",
        )
        text_at(surface, self.ui, self.purpose, "body", (width // 2, height // 2 + t.px(56)), "curtain_text", "midtop")
        self.draw_widgets(surface)
