"""Widgets the deck studio needs beyond the common ones: a row of choices, a small icon button, a pick list."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pygame

from .context import Context as UI
from .intents import Confirm, Intent, Move, Point, Wheel
from .list_view import ListItem, ListView
from .scene import Scene
from .widgets import Button, Widget


class Segmented(Widget):
    """One choice among a few, side by side: ←→ or a click picks; Enter moves on to the next."""

    layout_kind = "choice"

    def __init__(self, label: str, options: Sequence[tuple[str, str]], value: str, on_change: Callable[[str], None]) -> None:
        super().__init__(label)
        self.options = list(options)
        self.value = value
        self.on_change = on_change
        self._natural: list[int] = []

    def _index(self) -> int:
        values = [value for value, _ in self.options]
        return values.index(self.value) if self.value in values else 0

    def choose(self, value: str, ui: UI) -> None:
        if value != self.value:
            self.value = value
            ui.sound.play("tick")
            self.on_change(value)

    def segment_rect(self, value: str) -> pygame.Rect:
        """Each segment as wide as its words need, sharing out what room is left evenly."""
        values = [option for option, _ in self.options]
        index = values.index(value)
        natural = self._natural if len(self._natural) == len(values) else [0] * len(values)
        room = self.rect.width - sum(natural)
        edges = [self.rect.left + sum(natural[:number]) + room * number // len(values) for number in range(len(values) + 1)]
        return pygame.Rect(edges[index], self.rect.top, edges[index + 1] - edges[index], self.rect.height)

    def measure(self, ui: UI) -> None:
        """Remember how wide each option's words are (needed before segment_rect)."""
        style = ui.theme.style("button")
        self._natural = [ui.text.measure(words, style) for _, words in self.options]
        if sum(self._natural) > self.rect.width:
            self._natural = [self.rect.width // len(self.options)] * len(self.options)

    def fit_height(self, ui: UI, design: int) -> int:
        """Tall enough for the option whose words need the most lines in its segment."""
        theme = ui.theme
        style = theme.style("button")
        self.measure(ui)
        lines = max(
            len(ui.text.wrap(words, style, max(1, self.segment_rect(value).width - theme.px(14))))
            if ui.text.measure(words, style) > self.segment_rect(value).width - theme.px(14)
            else 1
            for value, words in self.options
        )
        return max(theme.px(design), lines * ui.text.line_height(style) + theme.px(14))

    def handle(self, intent: Intent, ui: UI) -> bool:
        if isinstance(intent, Move) and intent.dx:
            index = min(len(self.options) - 1, max(0, self._index() + intent.dx))
            self.choose(self.options[index][0], ui)
            return True
        if isinstance(intent, Confirm):
            self.choose(self.options[(self._index() + 1) % len(self.options)][0], ui)
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
            ink = theme.color("accent_text" if chosen else "button_text")
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
