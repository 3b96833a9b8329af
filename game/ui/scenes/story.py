"""Our story: what each of you has shared, how well you know each other, and how it changed, in sections.

The sections are a list (`StoryScene.sections`): each has a tab, its own widgets, a layout and a
drawing; a fifth tab opens the playbook. The number keys choose the tabs in order, and the focus goes
with the choice. The figures are computed once, when a section first shows them, and drawn once per window size.
The first frame shows the memories' list; how well each knows the other is worked out just after it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.core.answers import describe
from game.core.direction import quoted
from game.core.memories import Memory
from game.core.players import Couple
from game.core.story import Knowing, Shared
from game.core.story_charts import Step, StoryCharts, ThemeKnowing, answered_each_evening

from ..charts import (
    ChartCache,
    day_label,
    knowing_figure,
    knowing_height,
    knowing_lines,
    love_map_figure,
    love_map_head,
    love_map_height,
    sync_figure,
    sync_height,
    sync_lines,
)
from ..drawing import panel, put, text_at
from ..list_view import ListItem, ListView
from ..page import buttons_at_foot
from ..routes import CorrectAnswer, Playbook
from ..scene import UI, Scene
from ..scroll import ScrollArea
from ..theme import hex_color
from ..widgets import Button
from .story_marks import MemoryMarks
from .story_panel import draw_knowledge

if TYPE_CHECKING:
    from datetime import datetime

    from ..intents import Intent


@dataclass(frozen=True)
class StorySection:
    """One tab of Our story: its words, the widgets it adds, where they go, and what it draws around them."""

    key: str
    label: str
    build: Callable[[], None]
    layout: Callable[[pygame.Rect], None]
    draw: Callable[[pygame.Surface, pygame.Rect], None]


class StoryScene(MemoryMarks, Scene):
    def __init__(self, ui: UI, couple: Couple) -> None:
        super().__init__(ui)
        self.couple = couple
        self.owner = 0
        self.story: Shared = ui.services.story_memories(couple)
        #: How well each knows the other, and the date nights: worked out after the first frame (see `update`).
        self._knowing: Knowing | None = None
        self._evenings: list[tuple[datetime, int, int]] | None = None
        self._shown_once = False
        self._charts: StoryCharts | None = None  # the figures: worked out when a section first shows them
        self.figures = ChartCache()
        self.box = pygame.Rect(0, 0, 0, 0)
        self.knowledge = ScrollArea()  # the panel's words, when larger text makes them taller than the panel
        self.love_map = ScrollArea()  # the love map's rows, when the largest text in a small window makes them taller
        self.tabs_bottom = 0  # where the section tabs end (they take two rows at large text)
        #: Large text in a short window: no heading above the tabs, and the memories without the panel beside them
        #: (Over time shows how well you know each other), so the list shows two memories whole.
        self.snug = False
        self.tabs: list[Button] = []
        self.listing: ListView | None = None
        #: Under the list, acting on the memory chosen there: marks it just between us (P), corrects it (C), forgets it (F).
        self.foot: list[Button] = []
        self.shown: list[Memory] = []
        self.sections = [
            StorySection("memories", "Our memories", self.build_memories, self.layout_memories, self.draw_memories),
            StorySection("over_time", "Over time", lambda: None, lambda area: None, self.draw_over_time),
            StorySection("love_map", "Love map", lambda: None, lambda area: None, self.draw_love_map),
            StorySection("changes", "What changed", self.build_changes, self.layout_changes, lambda surface, area: None),
        ]
        self.current = self.sections[0]

    @property
    def knowing(self) -> Knowing:
        """The panel's quizzes and in-sync moments: they read every review and schedule, so the list shows first."""
        if self._knowing is None:
            self._knowing = self.ui.services.story_knowing(self.couple)
        return self._knowing

    @property
    def knowing_so_far(self) -> Knowing | None:
        """How well each knows the other, or None until it is worked out (just after the first frame)."""
        return self._knowing

    @property
    def evenings(self) -> list[tuple[datetime, int, int]]:
        if self._evenings is None:
            self._evenings = self.ui.services.past_evenings(self.couple)
        return self._evenings

    def update(self, dt: float) -> bool:
        if self._shown_once and self._knowing is None and self.current.key == "memories":
            _ = self.knowing, self.evenings  # the first frame is on the screen: now the panel's words
            self.ui.dirty = True
        return False

    @property
    def charts(self) -> StoryCharts:
        """The figures and what changed, worked out once, when the first section that shows them opens: Our
        memories opens first, and after years of play the figures' pass over every answer and turn is the longer."""
        if self._charts is None:
            self._charts = self.ui.services.story_charts(self.couple)
        return self._charts

    # ---- sections -------------------------------------------------------------------

    def build(self) -> None:
        self.tabs = []
        for number, section in enumerate(self.sections, start=1):  # each tab shows the number the key hints count
            kind = "primary" if section is self.current else "secondary"
            tab = Button(section.label, lambda s=section: self.open(s), kind=kind, hotkey=str(number))  # type: ignore[misc]
            self.tabs.append(tab)
            self.add(tab)
        playbook = Button("Playbook & promises", self.open_playbook, hotkey=str(len(self.sections) + 1))  # its own screen
        self.tabs.append(playbook)
        self.add(playbook)
        self.listing = None
        self.current.build()

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        """P marks and C corrects while there are memories; the page keys only while the panel (or the love map) has
        more than it shows."""
        return self.key_hints(paging=self.paged() is not None and self.paged().scrolls)  # type: ignore[union-attr]

    def paged(self) -> ScrollArea | None:
        """What the page keys and the wheel scroll in the section shown: the memories' panel, or the love map."""
        return {"memories": self.knowledge, "love_map": self.love_map}.get(self.current.key)

    def key_hints(self, paging: bool) -> list[tuple[str, str]]:
        mark = [("P", "mark just between us"), ("C", "correct"), ("F", "forget")] if self.listing is not None and self.shown else []
        panel = [("PgUp PgDn", "scroll the panel")] if paging else []
        return [("Tab", "move"), (f"1–{len(self.sections) + 1}", "section"), ("↑↓", "choose"), *mark, *panel, ("Esc", "back")]

    def open(self, section: StorySection) -> None:
        """Show `section`, with the focus on its tab: chosen by its number, the ring goes where the choice went."""
        if section is not self.current:
            self.current = section
            self.love_map.offset = 0  # each time from its first row
            self.refresh()
        self.focus_on(self.tabs[self.sections.index(section)])

    def open_playbook(self) -> None:
        self.focus_on(self.tabs[-1])  # back from it, the focus is where it was opened
        self.ui.push(Playbook(self.couple))

    def handle_key(self, char: str) -> bool:
        """1 to 4 open the sections and 5 the playbook, the tabs in the order they are drawn."""
        if char.isdecimal() and 1 <= int(char) <= len(self.sections):
            self.open(self.sections[int(char) - 1])
            return True
        if char in (str(len(self.sections) + 1), "b"):  # B as its tab once showed, for those used to it
            self.open_playbook()
            return True
        paged = self.paged()
        if char in ("page_up", "page_down") and paged is not None and paged.scrolls:
            step = max(1, paged.viewport.height * 3 // 4)  # a page, keeping a line or two in view
            paged.by(step if char == "page_down" else -step)
            return True
        return False

    def layout(self) -> None:
        t = self.ui.theme
        self.snug = False
        self.place_tabs()
        bold, small = (self.ui.text.line_height(t.style(style)) for style in ("body_bold", "small"))
        buttons = max(t.px(40), self.ui.text.line_height(t.style("button")) + t.px(12)) + t.px(12)
        if self.area().height < 2 * (2 * bold + small + t.px(28)) + 2 * buttons:  # two memories and their buttons
            self.snug = True
            self.place_tabs()
        self.current.layout(self.area())

    def place_tabs(self) -> None:
        t = self.ui.theme
        x, y = t.px(56), self.tabs_top()
        tall = max(t.px(44), self.ui.text.line_height(t.style("button")) + t.px(12))
        for tab in self.tabs:
            wide = max(t.px(120), self.ui.text.measure(tab.label, t.style("button")) + tab.chip_width(self.ui) + t.px(40))
            if x > t.px(56) and x + wide > t.size[0] - t.px(56):  # larger text: the tabs take a second row
                x, y = t.px(56), y + tall + t.px(8)
            tab.rect = pygame.Rect(x, y, wide, tall)
            x += wide + t.px(10)
        self.tabs_bottom = y + tall

    def tabs_top(self) -> int:
        """Just below the heading, however large the text."""
        t = self.ui.theme
        return t.px(16) if self.snug else max(t.px(96), t.px(36) + self.ui.text.line_height(t.style("heading")) + t.px(6))

    def area(self) -> pygame.Rect:
        """Where a section goes: below the tabs, above the key hints however many rows they take at large text (as
        many as with the panel's page keys, which come and go as its words scroll: the list does not jump with them)."""
        t = self.ui.theme
        width = t.size[0]
        top = max(self.tabs_top() + t.px(60), self.tabs_bottom + t.px(16))
        bottom = self.ui.hints_top(self.key_hints(paging=self.paged() is not None)) - t.px(12)
        return pygame.Rect(t.px(56), top, width - t.px(112), bottom - top)

    def draw(self, surface: pygame.Surface) -> None:
        if not self.snug:
            text_at(surface, self.ui, "Our story", "heading", (self.ui.theme.px(56), self.ui.theme.px(36)))
        self.current.draw(surface, self.area())
        self.draw_widgets(surface)
        self._shown_once = True

    # ---- our memories -------------------------------------------------------------------

    def build_memories(self) -> None:
        for seat in (0, 1):
            self.add(
                Button(
                    f"{quoted(self.couple.name(seat))}'s answers",
                    lambda s=seat: self.show(s),  # type: ignore[misc]
                    kind="primary" if seat == self.owner else "secondary",
                )
            )
        items, self.shown, self.foot = [], [], []
        decks = {deck.id: deck for deck in self.ui.services.memory_decks(self.couple)}  # a deleted one's name too

        def by_deck(memory):  # type: ignore[no-untyped-def]
            deck = decks.get(memory.key.deck_id)
            return (deck.name if deck else memory.key.deck_id).casefold()

        for memory in sorted(self.story.memories[self.owner], key=by_deck):
            card = self.story.cards.get(memory.key.card_key)
            if card is None:
                continue
            deck = decks.get(card.deck_id)
            # How it drifted: a closing ritual's card is answered afresh each date night, so its latest answer alone.
            drift = (memory.history[-1],) if answered_each_evening(card.key) else memory.drift()
            history = " → ".join(quoted(describe(card, version.answer)) for version in drift)
            when = memory.updated_at.strftime("%d %b %Y")
            title = self.couple.quiz_text(card, self.owner)
            detail = f"{history}   ·   {quoted(deck.name) if deck else card.deck_id}, {when}"
            if len(drift) > 1:
                detail += f"   ·   changed {len(drift) - 1}×"
            if drift[-1] is not memory.history[-1]:
                detail += f"   ·   still true on {memory.updated_at.strftime('%d %b %Y')}"
            if memory.private:
                detail = "🔒 just between us   ·   " + detail
            items.append(ListItem(title, detail, _rgb(deck.color) if deck else None))
            self.shown.append(memory)
        if not items:
            items.append(ListItem("Nothing here yet.", "Play a few cards: answers you save show up here, with how they change."))
        else:  # under the list, for the memory chosen: the mouse's way, as P, C and F are the keyboard's
            self.foot = [
                Button("Just between us", self.mark_chosen, hotkey="p"),
                Button("Correct it", self.correct_chosen, hotkey="c"),
                Button("Forget this", self.forget_chosen, hotkey="f"),
            ]
        # Marked by P only: Enter or a click on a memory says which key marks it.
        mark, nudge = (self.toggle_private, self.how_to_mark) if self.shown else (None, None)
        listing = ListView("Memories", items, mark, enter_chooses=False, click_chooses=False, nudge=nudge)
        self.listing = listing
        self.add(listing)
        self.widgets.extend(self.foot)  # after the list, as they are read: Tab goes down the screen

    def correct_chosen(self) -> None:
        """The memory chosen in the list, opened to put its answer right (a mistake, not a change)."""
        if self.listing is not None and self.shown:
            place, memory = (self.listing.selected, self.listing.offset), self.shown[self.listing.selected]
            card = self.story.cards[memory.key.card_key]  # the list shows only memories whose card it knows
            self.ui.push(CorrectAnswer(self.couple, memory, card), lambda done: self.corrected(place, done))

    def corrected(self, place: tuple[int, int], memory: Memory | None) -> None:
        """Back from correcting: the list with the new answer when it was saved, and the same row, where it was."""
        if memory is not None:
            self.ui.toast("Corrected. Your story keeps the right answer, with no change to show.")
        self.reread(place, again=memory is not None)

    def reread(self, place: tuple[int, int], again: bool = True) -> None:
        """The list read `again` after a mark or a correction, with the same row chosen and scrolled as it was."""
        if again:
            self.story = self.ui.services.story_memories(self.couple)
            self._knowing = None  # what the quizzes count can change with it: worked out again after the next frame
            self.refresh()
        if self.listing is not None:
            self.listing.selected, self.listing.offset = place

    def show(self, seat: int) -> None:
        self.owner = seat
        self.refresh()

    def layout_memories(self, area: pygame.Rect) -> None:
        t = self.ui.theme
        foot = [w for w in self.foot if w in self.widgets]
        owners = [w for w in self.widgets if isinstance(w, Button) and w not in self.tabs and w not in foot]
        side = 0 if self.snug else t.px(380)
        self.box = pygame.Rect(area.right - side, area.top, side, area.height)
        if self.snug:
            self.knowledge.fit(self.box, 0, [])  # no panel: nothing for the page keys to scroll
        room = self.box.left - (0 if self.snug else t.px(34)) - area.left
        wides = [max(t.px(180), self.ui.text.measure(w.label, t.style("button")) + t.px(40)) for w in owners]
        # Both names' buttons side by side when they fit left of the panel; else one above the other, wrapping.
        beside = sum(wides) + t.px(10) * (len(wides) - 1) <= room
        x, y = area.left, area.top
        for widget, wide in zip(owners, wides, strict=True):
            widget.rect = pygame.Rect(x, y, min(wide, room), t.px(40))
            widget.rect.height = widget.fit_height(self.ui, 40)
            if beside:
                x += wide + t.px(10)
            else:
                y = widget.rect.bottom + t.px(8)
        below = max((w.rect.bottom for w in owners), default=area.top) + t.px(8)
        top = buttons_at_foot(self.ui, foot, area.left, area.bottom, room)  # under the list: for the memory chosen
        if self.listing is not None:
            self.listing.rect = pygame.Rect(area.left, below, room, (top - t.px(8) if foot else area.bottom) - below)

    def draw_memories(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        """The knowledge panel beside the list (see story_panel): its words scroll inside it when they must."""
        if not self.snug:
            draw_knowledge(self, surface)

    def handle(self, intent: Intent) -> None:
        from ..intents import Wheel

        if isinstance(intent, Wheel) and self.current.key == "love_map":
            if self.love_map.by(-intent.dy * self.ui.theme.px(60)):
                self.ui.dirty = True
            return
        if isinstance(intent, Wheel) and self.current.key == "memories" and self.box.collidepoint(pygame.mouse.get_pos()):
            if self.knowledge.by(-intent.dy * self.ui.theme.px(60)):
                self.ui.dirty = True
            return
        super().handle(intent)

    # ---- the figures ---------------------------------------------------------------------

    def names(self) -> tuple[str, str]:
        return self.couple.name(0), self.couple.name(1)

    def draw_over_time(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        """How well you know each other above, in sync below: three fifths and two, unless one box shows lines and
        the other only words (then the words' box is as tall as its words), and never so that either box is too
        short to show its lines whole (in sync first, where both cannot be: its box is the smaller)."""
        t = self.ui.theme
        gap, pad = t.px(16), t.px(28)
        room, wide = area.height - gap, area.width - t.px(36)
        charts = self.charts
        upper_need = knowing_height(self.ui, charts.knowing, self.names(), wide) + pad
        lower_need = sync_height(self.ui, charts.in_sync, self.suggestion("back"), wide) + pad
        upper_lines = knowing_lines(charts.knowing, 0) or knowing_lines(charts.knowing, 1)
        share = room * 3 // 5
        if upper_lines != sync_lines(charts.in_sync):
            share = room - lower_need if upper_lines else upper_need
        upper = pygame.Rect(area.left, area.top, area.width, min(max(share, upper_need), room - lower_need))
        lower = pygame.Rect(area.left, upper.bottom + gap, area.width, area.bottom - upper.bottom - gap)
        for box, name in ((upper, "knowing"), (lower, "in_sync")):
            panel(surface, self.ui, box)
            inner = box.inflate(-t.px(36), -pad)
            figure = self.figures.get(self.ui, name, inner.size, lambda s, name=name: self.figure(name, s))  # type: ignore[misc]
            put(surface, self.ui, figure, inner.topleft)

    def draw_love_map(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        """A row per theme, as tall as the panel allows and never shorter than its words: taller than the panel (the
        largest text in a small window), the rows scroll under the column heads, with the wheel and the page keys."""
        t = self.ui.theme
        panel(surface, self.ui, area)
        inner = area.inflate(-t.px(36), -t.px(28))
        tall = max(inner.height, love_map_height(self.ui, len(self.charts.love_map[0])))
        scrolls = tall > inner.height
        head = love_map_head(self.ui)
        foot = area.bottom - t.px(2) if scrolls else inner.bottom  # scrolled, the rows run to the panel's foot
        view = pygame.Rect(area.left, inner.top + head, area.width, foot - inner.top - head)
        had = self.love_map.scrolls
        self.love_map.fit(view, tall - head + (view.bottom - inner.bottom), [])
        if self.love_map.scrolls != had:
            self.ui.dirty = True  # the key hints name the page keys once there is more than shows
        wide = inner.width - (t.px(14) if scrolls else 0)  # clear of the scroll bar
        figure = self.figures.get(self.ui, "love_map", (wide, tall), lambda s: self.figure("love_map", s))
        put(surface, self.ui, figure, inner.topleft, pygame.Rect(0, 0, wide, head))
        with self.love_map.clipped(surface):
            put(surface, self.ui, figure, (inner.left, view.top - self.love_map.offset), pygame.Rect(0, head, wide, tall - head))
        self.love_map.draw_bar(surface, t)

    def figure(self, name: str, surface: pygame.Surface) -> None:
        if name == "knowing":
            knowing_figure(self.ui, surface, self.charts.knowing, self.names())
        elif name == "in_sync":
            sync_figure(self.ui, surface, self.charts.in_sync, self.suggestion("back"))
        else:
            love_map_figure(self.ui, surface, self.charts.love_map, self.names())

    def suggestion(self, theme: str) -> str | None:
        known: ThemeKnowing | None = next((k for k in self.charts.love_map[0] if k.theme.key == theme), None)
        return known.suggestion if known else None

    # ---- what changed ------------------------------------------------------------------------

    def build_changes(self) -> None:
        items = []
        for change in self.charts.changes:
            owner = change.memory.key.owner
            title = self.couple.quiz_text(change.card, owner)
            steps = [
                f"{quoted(describe(change.card, v.answer))} ({day_label(v.at.date(), Step.EVENING)} {v.at.year})"
                for v in change.versions
            ]
            mark = "🔒 just between us   ·   " if change.memory.private else ""
            items.append(ListItem(title, f"{mark}{quoted(self.couple.name(owner))}: " + " → ".join(steps)))
        if not items:
            items.append(
                ListItem(
                    "Nothing has changed yet.",
                    "When one of you says “that's changed” about an answer, its story shows here: what it was, and what it is now.",
                )
            )
        self.add(ListView("Changes", items))

    def layout_changes(self, area: pygame.Rect) -> None:
        """The changes, as tall as their rows (up to the section's room): below a short list, room for a toast."""
        listing = self.widgets[-1]
        listing.rect = area.copy()
        if isinstance(listing, ListView):
            listing.rect.height = listing.rows_height(self.ui, area.height)


def _rgb(color: str) -> tuple[int, int, int]:
    return hex_color(color)
