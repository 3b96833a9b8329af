"""The have-my-back playbook, opened from Our story: a page each, and the promises kept over time.

Each partner's page lists what they said helps them, by situation. H hides the chosen line from
the page (and from the book an export writes, Our book); H again shows it. A click only chooses a
line, and a click or Enter on one says which key hides it. Just-between-us answers come in only
when both partners switched them on. The third tab lists every promised small thing with its day
and how it went; Enter on one asks "Did it happen?" again. Beside the list, a panel says what the
page is; when larger text makes its words taller than their room, they scroll (the wheel over it,
PgUp PgDn).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.core.direction import quoted
from game.core.playbook import Playbook, PlaybookLine, stale_words
from game.core.players import Couple, other
from game.core.promises import OUTCOME_STORY, Promise

from ..drawing import panel, paragraph, put
from ..list_view import ListItem, ListView
from ..page import hint_bar
from ..routes import Promises
from ..scene import UI, Scene
from ..scroll import ScrollArea
from ..widgets import Button, Toggle

if TYPE_CHECKING:
    from ..intents import Intent

PROMISES = 2
ABOUT = "For a hard Tuesday, not only for date night: what {name} said helps, in {name}'s own words."
HOW = "H hides the chosen line from this page and from the book you export; H again shows it."
PRIVATE = "Just-between-us answers come in only when you both agree:"
PROMISES_ABOUT = "The small things you promised each other at date nights, and how they went."


LINE_HINTS = [("Tab", "move"), ("↑↓", "choose"), ("H", "hide or show a line"), ("Esc", "back to Our story")]
PROMISE_HINTS = [("Tab", "move"), ("↑↓", "choose"), ("Enter", "did it happen?"), ("Esc", "back to Our story")]
PAGE_KEYS = ("PgUp PgDn", "scroll the panel")


def _with_page_keys(keys: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The hints while the panel's words scroll: the page keys before Esc."""
    return [*keys[:-1], PAGE_KEYS, keys[-1]]


class PlaybookScene(Scene):
    def __init__(self, ui: UI, couple: Couple, page: int = 0) -> None:
        super().__init__(ui)
        self.couple = couple
        self.page = page
        self.books, self.promises = ui.services.playbook.pages(couple)
        self.rows: list[PlaybookLine | Promise | None] = []
        self.box = pygame.Rect(0, 0, 0, 0)
        self.words = ScrollArea()  # the panel's words above its switches, when larger text makes them taller than that
        #: The two "agrees" switches at the panel's foot (none on the promises page).
        self.toggles: list[Toggle] = []

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        """The page keys only while the panel's words scroll."""
        keys = PROMISE_HINTS if self.page == PROMISES else LINE_HINTS
        return _with_page_keys(keys) if self.words.scrolls else keys

    def enter(self) -> None:
        super().enter()
        self.focus_on(self._listing())  # arrows move through the lines at once

    def build(self) -> None:
        for seat in (0, 1):
            kind = "primary" if seat == self.page else "secondary"
            self.add(Button(f"{quoted(self.couple.name(seat))}'s playbook", partial(self.show, seat), kind=kind))
        self.add(Button("Promises", lambda: self.show(PROMISES), kind="primary" if self.page == PROMISES else "secondary"))
        items = self._promise_items() if self.page == PROMISES else self._line_items(self.books[self.page])
        choose = self.choose if any(row is not None for row in self.rows) else None
        if self.page == PROMISES:  # Enter or a click asks "Did it happen?", changing nothing by itself
            self.add(ListView("Playbook", items, choose))
        else:  # a line is hidden by H (or the button) only: Enter or a click on it says so
            self.add(ListView("Playbook", items, choose, enter_chooses=False, click_chooses=False, nudge=self.how_to_hide))
        self.toggles.clear()
        if self.page != PROMISES:
            choices = self.ui.services.playbook.private_choices(self.couple)
            for seat in (0, 1):
                toggle = Toggle(f"{quoted(self.couple.name(seat))} agrees", choices[seat], partial(self.choose_private, seat))
                self.toggles.append(toggle)
                self.add(toggle)
            if any(isinstance(row, PlaybookLine) for row in self.rows):  # the mouse's way, as H is the keyboard's
                self.add(Button("Hide or show", self.hide_chosen, hotkey="h"))  # the line chosen

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
                    items.append(ListItem(f"Hidden: {quoted(line.answer)}", "Not on the page. H shows it again.   ·   " + detail))
                else:
                    items.append(ListItem(line.answer, detail))
                self.rows.append(line)
        if not items:
            name = book.name
            items.append(
                ListItem(
                    "Nothing here yet.",
                    f"An answer or a note {name} saves on Each Other's Back, Signals, Fears and Favourite Details cards "
                    "fills this page. A card talked through aloud, with nothing saved, leaves it as it is.",
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

    def hide_chosen(self) -> None:
        self.choose(self._listing().selected)

    def how_to_hide(self, index: int) -> None:
        """A click or Enter on a line: say which key hides it (both once did, and a couple may expect them to)."""
        row = self.rows[index] if index < len(self.rows) else None
        if isinstance(row, PlaybookLine):
            self.ui.toast(
                "H shows it on the page again (or the button above the list)."
                if row.hidden
                else "H hides it from the page and from the book you export (or the button above the list)."
            )

    def choose(self, index: int) -> None:
        row = self.rows[index] if index < len(self.rows) else None
        if isinstance(row, PlaybookLine):
            self.ui.services.playbook.hide_line(self.couple, row.key, not row.hidden)
            if row.hidden:
                self.ui.toast("Shown on the page again. H hides it.")
            else:
                self.ui.toast("Hidden from the page and from the book you export. H shows it again.")
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
        return next(widget for widget in self.widgets if isinstance(widget, ListView))

    def _row_buttons(self) -> list[Button]:
        """The three page buttons and, on a page of lines, the button that hides the chosen one: the row at the top."""
        return [widget for widget in self.widgets if isinstance(widget, Button)]

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
        second row when they do not fit on one), then the list and, beside it, the panel: its words from the top
        (scrolling when they are taller than their room), and the agree switches at its foot with their sentence
        right above them, each as tall as its words need."""
        t = self.ui.theme
        width, height = t.size
        margin = t.px(56)
        title_h = self.ui.text.block(self.title(), t.style("heading"), t.color("text"), width - 2 * margin).get_height()
        x, y = margin, max(t.px(110), t.px(40) + title_h + t.px(12))
        tall = max(t.px(48), self.ui.text.line_height(t.style("button")) + t.px(12))
        for button in self._row_buttons():
            words = self.ui.text.measure(button.label, t.style("button")) + button.chip_width(self.ui)  # its key too
            wide = min(width - 2 * margin, max(t.px(160), words + t.px(48)))
            if x > margin and x + wide > width - margin:
                x, y = margin, y + tall + t.px(10)
            button.rect = pygame.Rect(x, y, wide, tall)
            button.rect.height = button.fit_height(self.ui, 48)
            x += wide + t.px(14)
        top = max(w.rect.bottom for w in self._row_buttons()) + t.px(18)
        hints_top = min(self.ui.hints_top(_with_page_keys(keys)) for keys in (LINE_HINTS, PROMISE_HINTS))
        bottom = min(height - max(t.px(80), hint_bar(self.ui) + t.px(12)), hints_top - t.px(12))  # above the hints, however long
        # The panel widens to half the room when, with larger text, its words and switches need more height.
        for wide in (t.px(380), (width - 2 * margin - t.px(34)) // 2):
            self.box = pygame.Rect(width - margin - wide, top, wide, bottom - top)
            y = self.box.bottom - t.px(12)
            for widget in reversed(self.toggles):
                widget.rect = pygame.Rect(self.box.left + t.px(12), y, self.box.width - t.px(24), t.px(48))
                widget.rect.height = widget.fit_height(self.ui, 48)
                widget.rect.bottom = y
                y = widget.rect.top - t.px(4)
            self.fit_words()
            if not self.words.scrolls:
                break
        self._listing().rect = pygame.Rect(margin, top, self.box.left - t.px(34) - margin, bottom - top)

    def about(self) -> list[tuple[str, str, str, int]]:
        """The panel's words from its top: (text, style, colour, the gap after it)."""
        t = self.ui.theme
        if self.page == PROMISES:
            return [(PROMISES_ABOUT, "body", "text", 0)]
        return [(ABOUT.format(name=self.books[self.page].name), "body", "text", t.px(14)), (HOW, "small", "muted", 0)]

    def fit_words(self) -> None:
        """Where the panel's words go: from its top to just above the sentence over the switches (the whole panel on
        the promises page); with a scroll bar at the side when they are taller than that."""
        t = self.ui.theme
        inner = self.box.inflate(-t.px(48), -t.px(40))
        bottom = inner.bottom
        if self.page != PROMISES:
            bottom = min(widget.rect.top for widget in self.toggles) - t.px(6) - self.private_height() - t.px(12)
        viewport = pygame.Rect(inner.left, inner.top, inner.width, max(0, bottom - inner.top))
        self.words.fit(viewport, self.words_height(viewport.width), [])
        if self.words.scrolls:  # the words keep clear of the scroll bar
            self.words.fit(viewport, self.words_height(viewport.width - t.px(14)), [])

    def words_height(self, width: int) -> int:
        t = self.ui.theme
        return sum(
            int(self.ui.text.block(text, t.style(style), t.color(color), width).get_height()) + gap
            for text, style, color, gap in self.about()
        )

    def private_height(self) -> int:
        t = self.ui.theme
        return int(self.ui.text.block(PRIVATE, t.style("small"), t.color("muted"), self.box.width - t.px(48)).get_height())

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        title = pygame.Rect(t.px(56), t.px(40), t.size[0] - 2 * t.px(56), 0)
        paragraph(surface, self.ui, self.title(), "heading", title)
        panel(surface, self.ui, self.box)
        view = self.words.viewport
        wide = view.width - (t.px(14) if self.words.scrolls else 0)
        y = view.top - self.words.offset
        with self.words.clipped(surface):
            for text, style, color, gap in self.about():
                block = self.ui.text.block(text, t.style(style), t.color(color), wide)
                if y + block.get_height() > view.top and y < view.bottom:
                    put(surface, self.ui, block, (view.left, y))
                y += block.get_height() + gap
        self.words.draw_bar(surface, t)
        if self.page != PROMISES:  # what to do about just between us sits right above its switches
            toggles_top = min(widget.rect.top for widget in self.toggles)
            inner = self.box.inflate(-t.px(48), -t.px(40))
            above = pygame.Rect(inner.left, toggles_top - t.px(6) - self.private_height(), inner.width, 0)
            paragraph(surface, self.ui, PRIVATE, "small", above, "muted")
        self.draw_widgets(surface)

    def handle(self, intent: Intent) -> None:
        from ..intents import Wheel

        if isinstance(intent, Wheel) and self.words.scrolls and self.box.collidepoint(pygame.mouse.get_pos()):
            if self.words.by(-intent.dy * self.ui.theme.px(60)):
                self.ui.dirty = True
            return
        super().handle(intent)

    def handle_key(self, char: str) -> bool:
        if char in ("page_up", "page_down") and self.words.scrolls:
            step = max(1, self.words.viewport.height * 3 // 4)  # a page, keeping a line or two in view
            self.words.by(step if char == "page_down" else -step)
            return True
        return False
