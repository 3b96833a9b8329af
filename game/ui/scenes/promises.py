"""Did it happen? The closing ritual's small things, asked about at the next start and the next date night.

A modal that goes through the promises it was given one by one: it happened, not yet, or let it
go; "Ask me later" (or Esc) leaves it unanswered. It closes with how many were answered.
"""

from __future__ import annotations

from functools import partial

import pygame

from game.core.players import Couple, other
from game.core.promises import OUTCOME_WORDS, Outcome, Promise

from ..drawing import heart, panel, paragraph
from ..scene import UI, ResultScene
from ..widgets import Button

THANKS = {
    Outcome.DONE: "Lovely. Noted: it happened.",
    Outcome.NOT_YET: "Noted: not yet. It comes back at your next date night.",
    Outcome.LET_GO: "Let go, no harm done.",
}


class PromiseScene(ResultScene[int]):
    """Closes with how many promises were answered (none when put off with "Ask me later" or Esc)."""

    modal = True
    hints = [("Tab", "move"), ("Enter", "choose"), ("Esc", "ask me later")]

    def __init__(self, ui: UI, couple: Couple, promises: list[Promise]) -> None:
        super().__init__(ui)
        self.couple = couple
        self.promises = list(promises)
        self.answered = 0
        self.box = pygame.Rect(0, 0, 0, 0)

    @property
    def promise(self) -> Promise:
        return self.promises[0]

    def build(self) -> None:
        for outcome, hotkey in ((Outcome.DONE, "y"), (Outcome.NOT_YET, "n"), (Outcome.LET_GO, "l")):
            kind = "primary" if outcome is Outcome.DONE else "secondary"
            self.add(Button(OUTCOME_WORDS[outcome], partial(self.answer, outcome), kind=kind, hotkey=hotkey))
        self.add(Button("Ask me later", self.later, kind="quiet"))
        self.focus = 0

    def answer(self, outcome: Outcome) -> None:
        self.ui.services.playbook.answer_promise(self.couple, self.promise, outcome)
        self.ui.toast(THANKS[outcome])
        self.answered += 1
        self.later()

    def later(self) -> None:
        self.promises.pop(0)
        if self.promises:
            self.refresh(keep_focus=False)
            self.focus = 0
        else:
            self.dismiss(self.answered)

    def back(self) -> None:
        self.dismiss(self.answered)

    def words(self) -> tuple[str, str, str]:
        who, to = self.couple.name(self.promise.owner), self.couple.name(other(self.promise.owner))
        lead = f"On {self.promise.made_at.strftime('%d %b')}, {who} promised {to} one small thing:"
        return "Did it happen?", lead, f"“{self.promise.text}”"

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        box_w = min(width - t.px(80), t.px(760))
        inner_w = box_w - t.px(64)
        heading, lead, quote = self.words()
        words_h = sum(
            self.ui.text.block(text, t.style(style), (0, 0, 0), inner_w).get_height() + t.px(12)
            for text, style in ((heading, "heading"), (lead, "body"), (quote, "body_bold"))
        )
        self.box = pygame.Rect(0, 0, box_w, min(height - t.px(40), words_h + t.px(32 + 40 + 52 + 20 + 44 + 32)))
        self.box.center = (width // 2, height // 2)
        gap = t.px(16)
        button_w = (self.box.width - t.px(64) - 2 * gap) // 3
        for index, widget in enumerate(self.widgets[:3]):
            left = self.box.left + t.px(32) + index * (button_w + gap)
            widget.rect = pygame.Rect(left, self.box.bottom - t.px(32 + 44 + 12 + 52), button_w, t.px(52))
        later = self.widgets[3]
        later_w = self.ui.text.measure(later.label, t.style("button")) + t.px(48)
        later.rect = pygame.Rect(0, 0, later_w, t.px(44))
        later.rect.midbottom = (self.box.centerx, self.box.bottom - t.px(24))

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        panel(surface, self.ui, self.box)
        heading, lead, quote = self.words()
        heart(surface, t.color("accent"), (self.box.centerx, self.box.top + t.px(30)), t.px(22))
        inner = self.box.inflate(-t.px(64), 0)
        inner.top = self.box.top + t.px(48)
        for text, style, color in ((heading, "heading", "text"), (lead, "body", "muted"), (quote, "body_bold", "text")):
            inner.top += paragraph(surface, self.ui, text, style, inner, color, align="center") + t.px(12)
        self.draw_widgets(surface)
