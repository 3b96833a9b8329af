"""Modal scenes that close with a result: a question with two answers, a yes/no question, and the hand-off curtain."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

import pygame

from game.core.direction import quoted

from .drawing import heart, panel, paragraph
from .scene import UI, ResultScene
from .widgets import Button

if TYPE_CHECKING:
    from .intents import Intent

T = TypeVar("T")


class QuestionScene(ResultScene[T]):
    """Asks one question with two buttons; closes with the value of the one chosen, or `cancel` on Esc."""

    modal = True
    hint_colors = ("text", "text", "text")  # over the veil, the muted hints of a bare screen would fade out

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        """Enter names the button it presses: the focused one, which is also the one drawn filled."""
        focused = self.focused()
        return [("Enter", focused.label if focused is not None else "choose"), ("Tab", "move"), ("Esc", "cancel")]

    def __init__(self, ui: UI, question: str, yes: tuple[str, T], no: tuple[str, T], cancel: T, detail: str = "") -> None:
        super().__init__(ui)
        (self.yes, self.yes_value), (self.no, self.no_value) = yes, no
        self.question, self.cancel, self.detail = question, cancel, detail
        self.box = pygame.Rect(0, 0, 0, 0)
        #: Closed with Esc or the safe answer: the keyboard's focus goes back below (see focus_return.py).
        self.declined = False

    def dismiss(self, result: T) -> None:
        self.declined = result in (self.no_value, self.cancel)
        super().dismiss(result)

    def build(self) -> None:
        self.add(Button(self.no, lambda: self.dismiss(self.no_value)))
        self.add(Button(self.yes, lambda: self.dismiss(self.yes_value)))
        self.focus = 0  # the safe answer: Enter alone never goes home, ends a round or erases
        self.mark_default()

    def mark_default(self) -> None:
        """The button Enter presses (the focused one) is drawn filled, the other outlined: the look never says one
        answer is the default while Enter gives the other. Tab or a click moves the fill with the focus."""
        focused = self.focused()
        for widget in self.widgets:
            if isinstance(widget, Button):
                widget.kind = "primary" if widget is focused else "secondary"

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        words = max(self.ui.text.measure(w.label, t.style("button")) for w in self.widgets) + t.px(56)
        box_w = min(width - t.px(80), max(t.px(620), 2 * words + t.px(96)))
        words_h = self.words_height(box_w - t.px(64))
        # The box stays clear of the key hints under it, as tall as it may be and no taller.
        foot = self.ui.hints_top(self.hints) - t.px(8)
        tallest = min(height - t.px(40), foot - t.px(20))
        room = tallest - t.px(32 + 32 + 52 + 32)
        if words_h > room and box_w < width - t.px(80):
            box_w = width - t.px(80)  # too many words for the window's height (a long folder name): as wide as it goes
            words_h = self.words_height(box_w - t.px(64))
        # The box grows with the words (larger text, a long question) so they never run under the buttons.
        self.box = pygame.Rect(0, 0, box_w, min(tallest, max(t.px(280), words_h + t.px(32 + 32 + 52 + 32))))
        self.box.center = (width // 2, height // 2)
        self.box.bottom = min(self.box.bottom, foot)
        button_w = (self.box.width - t.px(96)) // 2
        for index, widget in enumerate(self.widgets):
            widget.rect = pygame.Rect(
                self.box.left + t.px(32) + index * (button_w + t.px(32)), self.box.bottom - t.px(84), button_w, t.px(52)
            )

    def words_height(self, inner_w: int) -> int:
        """How tall the question and its detail stand, wrapped to `inner_w`."""
        t = self.ui.theme
        words_h = self.ui.text.block(self.question, t.style("heading"), (0, 0, 0), inner_w).get_height()
        if self.detail:
            words_h += t.px(10) + self.ui.text.block(self.detail, t.style("body"), (0, 0, 0), inner_w).get_height()
        return int(words_h)

    def back(self) -> None:
        self.dismiss(self.cancel)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        self.mark_default()
        panel(surface, self.ui, self.box)
        inner = self.box.inflate(-t.px(64), 0)
        inner.top = self.box.top + t.px(32)
        used = paragraph(surface, self.ui, self.question, "heading", inner, align="center")
        if self.detail:
            inner.top += used + t.px(10)
            paragraph(surface, self.ui, self.detail, "body", inner, "muted", align="center")
        self.draw_widgets(surface)


class ConfirmScene(QuestionScene[bool]):
    """Asks one question; closes with True (yes) or False (no, or Esc)."""

    def __init__(self, ui: UI, question: str, yes: str, no: str = "Cancel", detail: str = "") -> None:
        super().__init__(ui, question, (yes, True), (no, False), False, detail)


#: On the curtain, when keys are typed before it is lifted: nothing of it was kept, and what to do.
TYPED_TOO_SOON = "Nothing typed here is kept: {name}, press Enter first, then type."


class CurtainScene(ResultScene[bool]):
    """The hand-off: the right person takes the laptop and the other looks away; True once they are ready."""

    modal = True
    hints = [("Enter", "I'm ready"), ("Esc", "not now")]
    hint_colors = ("curtain_text", "curtain_text", "curtain_text")

    def __init__(self, ui: UI, to_name: str, away_name: str, purpose: str) -> None:
        super().__init__(ui)
        self.to_name, self.away_name, self.purpose = quoted(to_name), quoted(away_name), purpose
        self.heart_center = (0, 0)
        self.placed: list[tuple[str, str, pygame.Rect]] = []

    def build(self) -> None:
        self.add(Button(f"I'm {self.to_name} — show me", self.lift, kind="primary"))

    def lift(self) -> None:
        if self.ui.toast_text == TYPED_TOO_SOON.format(name=self.to_name):
            self.ui.toast_left = 0.0  # it was about typing on the curtain: on the answer screen every key is kept
        self.dismiss(True)

    def lines(self) -> list[tuple[str, str]]:
        """The curtain's words, top to bottom: (text, style)."""
        return [
            (f"{self.to_name}, your turn", "title"),
            (f"{self.away_name}, please look away for a moment.", "heading"),
            (self.purpose, "body"),
        ]

    def layout(self) -> None:
        t = self.ui.theme
        text = self.ui.text
        width = t.size[0]
        wide = width - t.px(80)
        # Long names and larger text wrap the words onto more lines; the whole stack stays centred between
        # the top and the key hints, the button under it as wide and tall as its words need.
        button = self.widgets[0]
        button_w = min(wide, max(t.px(460), text.measure(button.label, t.style("button")) + t.px(60)))
        lines_needed = 1 if text.measure(button.label, t.style("button")) + t.px(60) <= button_w else 2
        button_h = max(t.px(60), lines_needed * text.line_height(t.style("button")) + t.px(24))
        gaps = (t.px(16), t.px(22), t.px(36))
        heights = [text.block(words, t.style(style), (0, 0, 0), wide, "center").get_height() for words, style in self.lines()]
        heart = t.px(56) + t.px(20)
        total = heart + sum(heights) + sum(gaps) + button_h
        foot = self.ui.hints_top(self.hints) - t.px(12)
        top = max(t.px(16), (foot - total) // 2)
        self.heart_center = (width // 2, top + t.px(28))
        y = top + heart
        self.placed = []
        for (words, style), tall, gap in zip(self.lines(), heights, gaps, strict=True):
            self.placed.append((words, style, pygame.Rect(width // 2 - wide // 2, y, wide, tall)))
            y += tall + gap
        button.rect = pygame.Rect(0, 0, button_w, button_h)
        button.rect.midtop = (width // 2, y)

    def back(self) -> None:
        self.dismiss(False)

    def handle(self, intent: Intent) -> None:
        from .intents import Confirm, Key  # see intents.py

        # Someone typing their answer before the curtain is up: none of it is taken, and a Space between their
        # words lifts nothing (the rest would land in the answer with its start gone). Enter or a click lifts it.
        if isinstance(intent, Key) or (isinstance(intent, Confirm) and intent.space):
            self.ui.toast(TYPED_TOO_SOON.format(name=self.to_name))
            return
        super().handle(intent)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        surface.fill(t.color("curtain"))
        heart(surface, t.color("accent"), self.heart_center, t.px(56))
        for words, style, rect in self.placed:
            paragraph(surface, self.ui, words, style, rect, "curtain_text", "center")
        self.draw_widgets(surface)
