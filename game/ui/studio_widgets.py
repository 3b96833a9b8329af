"""Widgets the deck studio needs beyond the common ones: a row of choices, a small icon button, a pick list."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import pygame

from .context import Context as UI
from .intents import Confirm, Intent, Move, Point, Wheel
from .list_view import ListItem, ListView
from .scene import Scene
from .widgets import Button, Widget


class Segmented(Widget):
    """One choice among a few, side by side: ←→ or a click picks; Enter moves on to the next.

    When a word of some choice would not fit its share of the row (six choices at the largest text), the
    choices go onto two rows (or more), so that a word is never broken: "Number", never "Numb" and "er".
    A choice that does not apply just now (`unavailable`) keeps its place, drawn faint, and cannot be chosen:
    the row never reshapes under the mouse as another choice on the form changes.
    """

    arrow_keys = True

    layout_kind = "choice"

    def __init__(
        self,
        label: str,
        options: Sequence[tuple[str, str]],
        value: str,
        on_change: Callable[[str], None],
        unavailable: Collection[str] = (),
    ) -> None:
        super().__init__(label)
        self.options = list(options)
        self.unavailable = frozenset(unavailable)
        self.value = value
        self.on_change = on_change
        self._natural: list[int] = []
        self.rows = 1

    def choose(self, value: str, ui: UI) -> None:
        if value != self.value and value not in self.unavailable:
            self.value = value
            ui.sound.play("tick")
            self.on_change(value)

    def _per_row(self) -> int:
        return -(-len(self.options) // max(1, self.rows))

    def segment_rect(self, value: str) -> pygame.Rect:
        """Each segment as wide as its words need, sharing out what room is left in its row evenly."""
        values = [option for option, _ in self.options]
        index = values.index(value)
        per_row = self._per_row()
        row, first = divmod(index, per_row)
        members = range(row * per_row, min(len(values), (row + 1) * per_row))
        natural = self._natural if len(self._natural) == len(values) else [0] * len(values)
        widths = [natural[number] for number in members]
        room = self.rect.width - sum(widths)
        edges = [self.rect.left + sum(widths[:number]) + room * number // len(widths) for number in range(len(widths) + 1)]
        tops = [self.rect.top + self.rect.height * number // self.rows for number in range(self.rows + 1)]
        return pygame.Rect(edges[first], tops[row], edges[first + 1] - edges[first], tops[row + 1] - tops[row])

    def word_room(self, ui: UI, value: str) -> int:
        """How wide a line of a choice's words may be in its segment, as `draw` lays them out."""
        return self.segment_rect(value).width - ui.theme.px(14)

    def measure(self, ui: UI) -> None:
        """Remember how wide each option's words are and how many rows they need (needed before segment_rect)."""
        style = ui.theme.style("button")
        words = [ui.text.measure(text, style) for _, text in self.options]
        longest = [max((ui.text.measure(word, style) for word in text.split()), default=0) for _, text in self.options]
        for rows in range(1, len(self.options) + 1):
            self.rows = rows
            per_row = self._per_row()
            self._natural = []
            for start in range(0, len(words), per_row):
                row = words[start : start + per_row]
                self._natural += row if sum(row) <= self.rect.width else [self.rect.width // len(row)] * len(row)
            if all(self.word_room(ui, value) >= word for (value, _), word in zip(self.options, longest, strict=True)):
                return

    def fit_height(self, ui: UI, design: int) -> int:
        """Tall enough for the option whose words need the most lines in its segment, on each row."""
        theme = ui.theme
        style = theme.style("button")
        self.measure(ui)
        lines = max(
            len(ui.text.wrap(words, style, max(1, self.word_room(ui, value))))
            if ui.text.measure(words, style) > self.word_room(ui, value)
            else 1
            for value, words in self.options
        )
        row = lines * ui.text.line_height(style) + theme.px(14)
        return max(theme.px(design), self.rows * row) if self.rows > 1 else max(theme.px(design), row)

    def handle(self, intent: Intent, ui: UI) -> bool:
        open_ = [value for value, _ in self.options if value not in self.unavailable]
        at = open_.index(self.value) if self.value in open_ else 0
        if isinstance(intent, Move) and intent.dx:
            self.choose(open_[min(len(open_) - 1, max(0, at + intent.dx))], ui)
            return True
        if isinstance(intent, Confirm):
            self.choose(open_[(at + 1) % len(open_)], ui)
            return True
        if isinstance(intent, Point) and intent.down and self.rect.collidepoint(intent.pos):
            for value, _ in self.options:
                if self.segment_rect(value).collidepoint(intent.pos):
                    self.choose(value, ui)
            return True
        return False

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        theme = ui.theme
        radius = theme.px(10)
        pygame.draw.rect(surface, theme.color("button"), self.rect, border_radius=radius)
        pygame.draw.rect(surface, theme.color("surface_border"), self.rect, width=1, border_radius=radius)
        style = theme.style("button")
        self.measure(ui)
        for value, words in self.options:
            box = self.segment_rect(value).inflate(-theme.px(6), -theme.px(6))
            chosen = value == self.value
            if chosen:
                pygame.draw.rect(surface, theme.color("accent"), box, border_radius=theme.px(8))
            ink = theme.color("accent_text" if chosen else "disabled" if value in self.unavailable else "button_text")
            text = ui.text.line(words, style, ink)
            if text.get_width() > box.width - theme.px(8):  # too wide at this text size: onto a second line
                text = ui.text.block(words, style, ink, max(1, box.width - theme.px(8)), align="center")
            surface.blit(text, text.get_rect(center=box.center))
        if focused:
            self.draw_focus(surface, ui)


class IconButton(Button):
    """A small square button drawn as a symbol (×); its label says in words what it does."""

    def __init__(self, label: str, symbol: str, on_press: Callable[[], None]) -> None:
        super().__init__(label, on_press, kind="quiet")
        self.symbol = symbol

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        theme = ui.theme
        if hovered or focused or self.pressed:
            pygame.draw.rect(
                surface, theme.color("button_hover" if self.pressed else "button"), self.rect, border_radius=theme.px(8)
            )
        ink = theme.color("muted" if not self.enabled else "text")
        mark = ui.text.line(self.symbol, theme.style("body_bold"), ink)
        surface.blit(mark, mark.get_rect(center=self.rect.center))
        if focused:
            self.draw_focus(surface, ui)


class PickList(ListView):
    """A list where a click or ↑↓ selects a row, and Enter (or a click on the selected row) opens it."""

    def __init__(
        self,
        label: str,
        items: Sequence[ListItem],
        selected: int,
        on_select: Callable[[int], None],
        on_open: Callable[[int], None],
        offset: int = 0,
    ) -> None:
        super().__init__(label, items, on_choose=on_open)
        self.selected = min(max(0, selected), max(0, len(self.items) - 1))
        self.offset = offset
        self.on_select = on_select

    def handle(self, intent: Intent, ui: UI) -> bool:
        if isinstance(intent, Point) and intent.down and self.rect.collidepoint(intent.pos):
            row = self.row_at(intent.pos[1])
            if row is None:
                return True
            if row == self.selected and self.on_choose is not None:
                self.on_choose(row)
            else:
                self.selected = row
                ui.sound.play("tick")
                self.on_select(row)
            return True
        if isinstance(intent, Move) and intent.dy and self.items:
            before = self.selected
            super().handle(intent, ui)
            if self.selected != before:
                self.on_select(self.selected)
            return True
        if isinstance(intent, (Wheel, Confirm)):
            return super().handle(intent, ui)
        return False

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        super().draw(surface, ui, focused, hovered)
        if self.items and self._heights and self.selected < len(self._heights):
            row = self.row_rect(self.selected)  # a line round the chosen row: a fill alone vanishes in high contrast
            row.height -= ui.theme.px(6)
            row.width -= ui.theme.px(8)
            clip = surface.get_clip()
            surface.set_clip(self.rect)
            pygame.draw.rect(surface, ui.theme.color("accent"), row, width=max(1, ui.theme.px(2)), border_radius=ui.theme.px(10))
            surface.set_clip(clip)

    def row_at(self, y: int) -> int | None:
        y = y - self.rect.top + self.offset
        for index, height in enumerate(self._heights):
            if y < height:
                return index
            y -= height
        return None

    def row_rect(self, index: int) -> pygame.Rect:
        """Where a row is on screen now (after the last draw)."""
        top = self.rect.top - self.offset + sum(self._heights[:index])
        return pygame.Rect(self.rect.left, top, self.rect.width, self._heights[index] if index < len(self._heights) else 0)

    def reveal(self, index: int) -> None:
        if self._heights:
            self._reveal(index)


class ListedScene(Scene):
    """A studio screen built around one PickList: which row is chosen, and how far it is scrolled."""

    list_label = ""
    selected = 0
    offset = 0

    def listing(self) -> PickList:
        found = self.widget(self.list_label)
        assert isinstance(found, PickList)
        return found

    def select(self, index: int) -> None:
        self.selected = index
        self.offset = self.listing().offset
        self.refresh()
