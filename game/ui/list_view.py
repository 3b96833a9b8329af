"""The scrolling list: rows of a title and a detail, moved through by the wheel or the arrow keys.

Only the rows near the view are measured; the others' heights are guessed from their length until they come near.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

import pygame

from .context import Context as UI
from .widgets import Widget

if TYPE_CHECKING:
    from .intents import Intent


class ListItem(NamedTuple):  # not a dataclass: this module is loaded for the first frame (see text.TextStyle)
    title: str
    detail: str = ""
    color: tuple[int, int, int] | None = None


#: Rows measured beyond each edge of a list's view, so the next scroll or arrow key finds them measured.
_MARGIN = 3
#: Words whose average letter width guesses how many lines a row not yet measured wraps to.
_SAMPLE = "How we met, what we fear, the coffee each of you drinks: 1234567890."


class ListView(Widget):
    """A scrolling list; the wheel or the arrow keys move through it."""

    layout_kind = "list"
    clips_contents = True

    def __init__(
        self,
        label: str,
        items: Sequence[ListItem],
        on_choose: Callable[[int], None] | None = None,
        enter_chooses: bool = True,
        click_chooses: bool = True,
        nudge: Callable[[int], None] | None = None,
    ) -> None:
        """`on_choose` is what choosing a row does. Where it changes something a stray Enter or a click meant only
        to pick the row should not (what goes into an export), `enter_chooses` or `click_chooses` is False: the
        screen chooses with a key of its own, a click only selects, and `nudge` is told, to say which key does."""
        super().__init__(label)
        self.items = list(items)
        self.on_choose = on_choose
        self.enter_chooses = enter_chooses
        self.click_chooses = click_chooses
        self.nudge = nudge
        self.selected = 0
        self.offset = 0  # pixels scrolled
        #: Each row's height: measured for the rows that have been in view or near it, guessed for the others.
        self._heights: list[int] = []
        self._known: list[bool] = []  # which of `_heights` are measured
        self._shape: tuple[object, ...] = ()  # (width, text styles) the heights are for
        self._pending: int | None = None  # a row revealed by its guessed place, to reveal again once measured
        self._measured: dict[tuple[object, ...], int] = {}  # (item, width, text styles) -> row height

    def handle(self, intent: Intent, ui: UI) -> bool:
        from .intents import Confirm, Move, Point, Wheel  # ~12 ms to build: not before the first frame (see intents.py)

        if isinstance(intent, Wheel):
            self.scroll(-intent.dy * ui.theme.px(60))
            return True
        if isinstance(intent, Move) and intent.dy and self.items:
            self.selected = min(len(self.items) - 1, max(0, self.selected + intent.dy))
            self._reveal(self.selected)
            return True
        if isinstance(intent, Confirm) and self.on_choose and self.items:
            self._choose(self.selected, self.enter_chooses)
            return True
        if isinstance(intent, Point) and intent.down and self.rect.collidepoint(intent.pos):
            y = intent.pos[1] - self.rect.top + self.offset
            for index, height in enumerate(self._heights):
                if y < height:
                    self.selected = index
                    self._choose(index, self.click_chooses)
                    break
                y -= height
            return True
        return False

    def _choose(self, index: int, chooses: bool) -> None:
        if chooses and self.on_choose:
            self.on_choose(index)
        elif not chooses and self.nudge:
            self.nudge(index)

    def rows_height(self, ui: UI, most: int) -> int:
        """How tall the rows are at the list's width, up to `most`: a short list need not be a tall empty box."""
        theme = ui.theme
        pad = theme.px(12)
        width = self.rect.width - 2 * pad - theme.px(8)
        total = 0
        for index, item in enumerate(self.items):
            total += self._row_height(ui, index, item, width, pad)
            if total >= most:  # enough measured: a long list fills its room
                return most
        return total

    def _row_height(self, ui: UI, index: int, item: ListItem, width: int, pad: int) -> int:
        """A row's height from its wrapped lines, measured once (no text is rendered for it)."""
        theme = ui.theme
        key = (index, width, theme.style("body_bold"), theme.style("small"))
        height = self._measured.get(key)
        if height is None:

            def block_height(text: str, style: str) -> int:
                lines = sum(len(ui.text.wrap(part, theme.style(style), width)) for part in text.split("\n"))
                return max(1, ui.text.line_height(theme.style(style)) * lines)

            height = block_height(item.title, "body_bold") + 2 * pad
            if item.detail:
                height += block_height(item.detail, "small") + theme.px(4)
            self._measured[key] = height
        return height

    def _guesser(self, ui: UI, width: int, pad: int) -> Callable[[ListItem], int]:
        """A row's height before it is measured, from how many letters it has: no text is measured for it.

        Years of memories make a list of a thousand rows, and wrapping every one before the first frame
        would cost more than reading them; the scroll bar needs only their sum to be about right."""
        theme = ui.theme
        wide = max(1, width)

        def lines_of(style: str) -> Callable[[str], int]:
            chosen = theme.style(style)
            letter = ui.text.measure(_SAMPLE, chosen) / len(_SAMPLE)  # a letter's average width
            line = ui.text.line_height(chosen)
            return lambda text: max(1, line * sum(max(1, math.ceil(len(part) * letter / wide)) for part in text.split("\n")))

        title, detail = lines_of("body_bold"), lines_of("small")
        gap = theme.px(4)
        return lambda item: title(item.title) + 2 * pad + (detail(item.detail) + gap if item.detail else 0)

    def _settle(self, ui: UI, width: int, pad: int) -> None:
        """Measure the rows in view (and `_MARGIN` either side); the others keep their guessed heights until they come
        near the view. Rows measured above the view move the offset by what they grew, so what shows stays put."""
        theme = ui.theme
        shape = (width, theme.style("body_bold"), theme.style("small"))
        if shape != self._shape or len(self._heights) != len(self.items):  # a new size or text size: all guessed again
            self._shape = shape
            guess = self._guesser(ui, width, pad)
            self._heights = [guess(item) for item in self.items]
            self._known = [False] * len(self.items)

        def measure(index: int) -> int:
            """Measure row `index` if it is still a guess; how much taller it turned out (negative: shorter)."""
            if self._known[index]:
                return 0
            height = self._row_height(ui, index, self.items[index], width, pad)
            grew = height - self._heights[index]
            self._heights[index], self._known[index] = height, True
            return grew

        for _ in range(4):  # a clamp at the end or a row to reveal can bring other rows into view: settle again
            first, into = self._row_at(self.offset)
            for index in range(max(0, first - _MARGIN), first):
                self.offset += measure(index)
            y, index, after = -into, first, 0
            while index < len(self.items):
                if y >= self.rect.height:  # below the view
                    if after == _MARGIN:
                        break
                    after += 1
                measure(index)
                y += self._heights[index]
                index += 1
            before = self.offset
            if self._pending is not None and self._pending < len(self.items):
                measure(self._pending)
                self._reveal(self._pending)
            self._pending = None
            self.offset = max(0, min(max(0, sum(self._heights) - self.rect.height), self.offset))
            if self.offset == before:
                return

    def _row_at(self, offset: int) -> tuple[int, int]:
        """The row `offset` pixels down the list falls in, and how far into that row it is."""
        top = 0
        for index, height in enumerate(self._heights):
            if top + height > offset:
                return index, offset - top
            top += height
        return len(self._heights), offset - top

    def scroll(self, delta: int) -> None:
        total = sum(self._heights)
        self.offset = max(0, min(max(0, total - self.rect.height), self.offset + delta))

    def _reveal(self, index: int) -> None:
        top = sum(self._heights[:index])
        bottom = top + (self._heights[index] if index < len(self._heights) else 0)
        if top < self.offset:
            self.offset = top
        elif bottom > self.offset + self.rect.height:
            self.offset = bottom - self.rect.height
        if index < len(self._known) and not self._known[index]:
            self._pending = index  # placed by a guess: placed again once the draw has measured it

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        theme = ui.theme
        clip = surface.get_clip()
        surface.set_clip(self.rect.clip(clip))
        pad = theme.px(12)
        width = self.rect.width - 2 * pad - theme.px(8)
        self._settle(ui, width, pad)
        y = self.rect.top - self.offset
        for index, item in enumerate(self.items):
            height = self._heights[index]
            if y > self.rect.bottom:
                break  # the rows below the view: nothing to draw
            row = pygame.Rect(self.rect.left, y, self.rect.width - theme.px(8), height - theme.px(6))
            if row.bottom >= self.rect.top and row.top <= self.rect.bottom:
                # Only rows in view are rendered: a list of years of memories would not fit the text cache.
                title = ui.text.block(item.title, theme.style("body_bold"), theme.color("text"), width)
                detail = ui.text.block(item.detail, theme.style("small"), theme.color("muted"), width) if item.detail else None
                selected = index == self.selected and (focused or self.on_choose is not None)
                pygame.draw.rect(surface, theme.color("button" if selected else "surface"), row, border_radius=theme.px(10))
                if item.color:
                    bar = pygame.Rect(row.left, row.top, theme.px(6), row.height)
                    pygame.draw.rect(surface, item.color, bar, border_radius=theme.px(3))
                surface.blit(title, (row.left + pad, row.top + pad))
                if detail:
                    surface.blit(detail, (row.left + pad, row.top + pad + title.get_height() + theme.px(4)))
            y += height
        total = sum(self._heights)
        if total > self.rect.height:
            bar_height = max(theme.px(30), self.rect.height * self.rect.height // total)
            bar_top = self.rect.top + (self.rect.height - bar_height) * self.offset // max(1, total - self.rect.height)
            bar = pygame.Rect(self.rect.right - theme.px(5), bar_top, theme.px(5), bar_height)
            pygame.draw.rect(surface, theme.color("field_border"), bar, border_radius=theme.px(3))
        surface.set_clip(clip)
        if focused:
            self.draw_focus(surface, ui)
