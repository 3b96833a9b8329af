"""The have-my-back playbook, opened from Our story: a page each, and the promises kept over time.

Each partner's page lists what they said helps them, by situation. Enter or a click hides a line
from the page (and from Our book); the same again shows it. Just-between-us answers come in only
when both partners switched them on. The third tab lists every promised small thing with its day
and how it went; Enter on one asks "Did it happen?" again.
"""

from __future__ import annotations

from functools import partial

import pygame

from game.core.direction import quoted
from game.core.playbook import Playbook, PlaybookLine, stale_words
from game.core.players import Couple, other
from game.core.promises import OUTCOME_STORY, Promise

from ..drawing import panel, paragraph
from ..list_view import ListItem, ListView
from ..page import hint_bar
from ..routes import Promises
from ..scene import UI, Scene
from ..widgets import Button, Toggle

PROMISES = 2
ABOUT = "For a hard Tuesday, not only for date night: what {name} said helps, in {name}'s own words."
HOW = "Enter or a click hides a line from this page and from Our book; do it again to show it."
PRIVATE = "Just-between-us answers come in only when you both agree:"
PROMISES_ABOUT = "The small things you promised each other at date nights, and how they went."


LINE_HINTS = [("Tab", "move"), ("↑↓", "choose"), ("Enter", "hide or show a line"), ("Esc", "back")]
PROMISE_HINTS = [("Tab", "move"), ("↑↓", "choose"), ("Enter", "did it happen?"), ("Esc", "back")]


class PlaybookScene(Scene):
    hints = LINE_HINTS

    def __init__(self, ui: UI, couple: Couple, page: int = 0) -> None:
        super().__init__(ui)
        self.couple = couple
        self.page = page
        self.books, self.promises = ui.services.playbook.pages(couple)
        self.rows: list[PlaybookLine | Promise | None] = []
        self.box = pygame.Rect(0, 0, 0, 0)

    def enter(self) -> None:
        super().enter()
        self.focus = 3  # the list: arrows move through the lines at once

    def build(self) -> None:
        self.hints = PROMISE_HINTS if self.page == PROMISES else LINE_HINTS
        for seat in (0, 1):
            kind = "primary" if seat == self.page else "secondary"
            self.add(Button(f"{quoted(self.couple.name(seat))}'s playbook", partial(self.show, seat), kind=kind))
        self.add(Button("Promises", lambda: self.show(PROMISES), kind="primary" if self.page == PROMISES else "secondary"))
        items = self._promise_items() if self.page == PROMISES else self._line_items(self.books[self.page])
        self.add(ListView("Playbook", items, self.choose if any(row is not None for row in self.rows) else None))
        if self.page != PROMISES:
            choices = self.ui.services.playbook.private_choices(self.couple)
            for seat in (0, 1):
                self.add(
                    Toggle(
                        f"{quoted(self.couple.name(seat))} agrees",
                        choices[seat],
                        partial(self.choose_private, seat),
                    )
                )

    def _line_items(self, book: Playbook) -> list[ListItem]:
        items: list[ListItem] = []
        self.rows = []
        accent = self.ui.theme.color("accent")
        for section in book.sections:
            items.append(ListItem(section.title, "", accent))
            self.rows.append(None)
            for line in section.lines:
                detail = f"{line.prompt}   ·   {stale_words(line)}"
                if line.private:
                    detail = "🔒 just between us   ·   " + detail
                if line.hidden:
                    items.append(ListItem(f"Hidden: {line.answer}", "Not on the page. Enter shows it again.   ·   " + detail))
                else:
                    items.append(ListItem(line.answer, detail))
                self.rows.append(line)
        if not items:
            name = book.name
            items.append(
                ListItem(
                    "Nothing here yet.",
                    f"Play Each Other's Back, Signals, Fears and Favourite Details: what {name} answers fills this page.",
                )
            )
            self.rows.append(None)
        return items

    def _promise_items(self) -> list[ListItem]:
        self.rows = []
        items: list[ListItem] = []
        for promise in reversed(self.promises):
            said = OUTCOME_STORY[promise.outcome] if promise.outcome else "no word yet"
            if promise.answered_at is not None:
                said += f" ({promise.answered_at.strftime('%d %b %Y')})"
            who = quoted(self.couple.name(promise.owner))
            to = quoted(self.couple.name(other(promise.owner)))
            made = promise.made_at.strftime("%d %b %Y")
            items.append(ListItem(f"{who}, for {to}: {quoted(promise.text)}", f"promised {made}   ·   {said}"))
            self.rows.append(promise)
        if not items:
            closing = "At the end of a date night, each of you names one small thing to do this week."
            items.append(ListItem("No promises yet.", closing))
            self.rows.append(None)
        return items

    def choose(self, index: int) -> None:
        row = self.rows[index] if index < len(self.rows) else None
        if isinstance(row, PlaybookLine):
            self.ui.services.playbook.hide_line(self.couple, row.key, not row.hidden)
            self.ui.toast("Shown on the page again." if row.hidden else "Hidden from the page and from Our book.")
            self._reload(index)
        elif isinstance(row, Promise):
            self.ui.push(Promises(self.couple, [row]), self.promise_asked)

    def promise_asked(self, count: int) -> None:
        """Back from "Did it happen?" (answered or not): the list shows what is known now."""
        self._reload(self._listing().selected)

    def choose_private(self, seat: int, include: bool) -> None:
        self.ui.services.playbook.choose_private(self.couple, seat, include)
        both = all(self.ui.services.playbook.private_choices(self.couple).values())
        if include and both:
            self.ui.toast("You both said yes: just-between-us answers are in your playbooks.")
        elif include:
            self.ui.toast(f"Waiting for {self.couple.name(other(seat))} to say yes too.")
        self._reload(self._listing().selected)

    def _listing(self) -> ListView:
        listing = self.widgets[3]
        assert isinstance(listing, ListView)
        return listing

    def _reload(self, selected: int) -> None:
        self.books, self.promises = self.ui.services.playbook.pages(self.couple)
        offset = self._listing().offset
        self.refresh()
        listing = self._listing()
        listing.selected, listing.offset = min(selected, len(listing.items) - 1), offset

    def show(self, page: int) -> None:
        self.page = page
        self.refresh()

    def title(self) -> str:
        return "Promises that came back" if self.page == PROMISES else self.books[self.page].title

    def layout(self) -> None:
        """The title (wrapping when long names make it wider than the window), the three page buttons below it (a
        second row when they do not fit on one), then the list and, beside it, the panel with the agree switches
        at its foot, each as tall as its words need."""
        t = self.ui.theme
        width, height = t.size
        margin = t.px(56)
        title_h = self.ui.text.block(self.title(), t.style("heading"), t.color("text"), width - 2 * margin).get_height()
        x, y = margin, max(t.px(110), t.px(40) + title_h + t.px(12))
        tall = max(t.px(48), self.ui.text.line_height(t.style("button")) + t.px(12))
        for widget in self.widgets[:3]:
            wide = min(width - 2 * margin, max(t.px(160), self.ui.text.measure(widget.label, t.style("button")) + t.px(48)))
            if x > margin and x + wide > width - margin:
                x, y = margin, y + tall + t.px(10)
            widget.rect = pygame.Rect(x, y, wide, tall)
            widget.rect.height = widget.fit_height(self.ui, 48)
            x += wide + t.px(14)
        top = max(w.rect.bottom for w in self.widgets[:3]) + t.px(18)
        bottom = height - max(t.px(80), hint_bar(self.ui) + t.px(12))
        # The panel widens to half the room when, with larger text, its switches and their sentence need more height.
        for wide in (t.px(380), (width - 2 * margin - t.px(34)) // 2):
            self.box = pygame.Rect(width - margin - wide, top, wide, bottom - top)
            y = self.box.bottom - t.px(12)
            for widget in reversed(self.widgets[4:]):
                widget.rect = pygame.Rect(self.box.left + t.px(12), y, self.box.width - t.px(24), t.px(48))
                widget.rect.height = widget.fit_height(self.ui, 48)
                widget.rect.bottom = y
                y = widget.rect.top - t.px(4)
            if self.page == PROMISES or y - t.px(6) - self.private_height() >= self.box.top + t.px(20):
                break
        self._listing().rect = pygame.Rect(margin, top, self.box.left - t.px(34) - margin, bottom - top)

    def private_height(self) -> int:
        t = self.ui.theme
        return int(self.ui.text.block(PRIVATE, t.style("small"), t.color("muted"), self.box.width - t.px(48)).get_height())

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        title = pygame.Rect(t.px(56), t.px(40), t.size[0] - 2 * t.px(56), 0)
        paragraph(surface, self.ui, self.title(), "heading", title)
        panel(surface, self.ui, self.box)
        inner = self.box.inflate(-t.px(48), -t.px(40))
        y = inner.top
        if self.page == PROMISES:
            paragraph(surface, self.ui, PROMISES_ABOUT, "body", pygame.Rect(inner.left, y, inner.width, 0))
        else:
            # What to do about just between us sits right above its switches; the rest from the top, as far as it fits
            # (with larger text the how-to gives way first: the key hints say it too).
            toggles_top = min(widget.rect.top for widget in self.widgets[4:])
            private_h = self.private_height()
            above = pygame.Rect(inner.left, toggles_top - t.px(6) - private_h, inner.width, 0)
            paragraph(surface, self.ui, PRIVATE, "small", above, "muted")
            room = toggles_top - t.px(6) - private_h - t.px(12)
            name = self.books[self.page].name
            for text, style, color, gap in ((ABOUT.format(name=name), "body", "text", t.px(14)), (HOW, "small", "muted", 0)):
                needed = self.ui.text.block(text, t.style(style), t.color(color), inner.width).get_height()
                if y + needed > room:
                    break
                y += paragraph(surface, self.ui, text, style, pygame.Rect(inner.left, y, inner.width, 0), color) + gap
        self.draw_widgets(surface)
