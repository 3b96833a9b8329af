"""Did it happen? The closing ritual's small things, asked about at the next start and the next date night.

A modal that goes through the promises it was given one by one: it happened, not yet, or let it
go; "Ask me later" (or Esc) leaves it unanswered. It closes with how many were answered.
"""

from __future__ import annotations

from functools import partial

import pygame

from game.core.players import Couple, other
from game.core.promises import OUTCOME_WORDS, Outcome, Promise
from game.core.quote_marks import in_quotes

from ..drawing import heart, panel
from ..page import Page, PagedScene
from ..scene import UI, ResultScene
from ..widgets import Button

THANKS = {
    Outcome.DONE: "Lovely. Noted: it happened.",
    Outcome.NOT_YET: "Noted: not yet. It comes back at your next date night.",
    Outcome.LET_GO: "Let go, no harm done.",
}


class PromiseScene(PagedScene, ResultScene[int]):
    """Closes with how many promises were answered (none when put off with "Ask me later" or Esc)."""

    modal = True
    hints = [("Tab", "move"), ("Enter", "choose"), ("Esc", "ask me later")]

    def __init__(self, ui: UI, couple: Couple, promises: list[Promise]) -> None:
        super().__init__(ui)
        self.couple = couple
        self.promises = list(promises)
        self.answered = 0
        self.box = pygame.Rect(0, 0, 0, 0)
        self.heart_at = pygame.Rect(0, 0, 0, 0)  # room kept on the page for the heart

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
        return "Did it happen?", lead, f"{in_quotes(self.promise.text)}"

    def layout(self) -> None:
        t = self.ui.theme
        self.box = self.lay_out_box(min(t.size[0] - t.px(80), t.px(760)), t.px(32), self.place)

    def place(self, page: Page) -> None:
        """The heart, the question and the promise, then the three answers side by side when their words fit on a
        line (one under another when they do not), and "Ask me later" below: the page scrolls when it must."""
        heading, lead, quote = self.words()
        self.heart_at = page.mark(36, gap=4)
        page.text(heading, "heading", align="center", gap=12)
        page.text(lead, "body", "muted", align="center", gap=12)
        page.text(quote, "body_bold", align="center", gap=28)
        page.row(self.widgets[:3], 52, gap=12)
        later = self.widgets[3]
        later_w = self.ui.text.measure(later.label, self.ui.theme.style("button")) + self.ui.theme.px(48)
        page.widget(later, 44, width=later_w, align="center", gap=0)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        panel(surface, self.ui, self.box)
        if self.heart_at.colliderect(self.page.area):
            heart(surface, t.color("accent"), self.heart_at.center, t.px(22))
        self.draw_page(surface)
