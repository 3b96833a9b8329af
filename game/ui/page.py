"""A screen's words and controls placed top to bottom, measured at the chosen text size, scrolling when they must.

Large text on a small window needs more height than there is: rather than shrink the words or let
them run under each other, a `Page` stacks them in order inside its area and, when they do not fit,
scrolls (the mouse wheel, and the keyboard focus, which it keeps in view). A scene calls
`begin` in its `layout`, places things, calls `end`, and draws with `draw`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from . import layout_model
from .drawing import paragraph
from .scene import Scene
from .widgets import Button, Widget

if TYPE_CHECKING:
    from .intents import Intent
    from .scene import UI


@dataclass
class Words:
    text: str
    style: str
    color: str
    rect: pygame.Rect
    align: str


class Page:
    def __init__(self) -> None:
        self.area = pygame.Rect(0, 0, 0, 0)
        self.scroll = 0
        self.content = 0  # the height everything placed needs
        self.words: list[Words] = []
        self.widgets: list[Widget] = []
        self.marks: list[pygame.Rect] = []  # room kept for a drawing (a heart): it moves when the page scrolls
        self.y = 0
        self.left = 0
        self.width = 0
        self._ui: UI | None = None

    @property
    def scrolls(self) -> bool:
        return self.content > self.area.height

    def begin(self, ui: UI, area: pygame.Rect, pad: int = 0) -> Page:
        """Start placing inside `area` (the part of the screen this page may use), `pad` pixels in from each side."""
        self._ui = ui
        self.area = pygame.Rect(area)
        self.left = area.left + pad
        self.width = area.width - 2 * pad
        self.words, self.widgets, self.marks = [], [], []
        self.y = area.top + pad - self.scroll
        return self

    @property
    def ui(self) -> UI:
        assert self._ui is not None, "Page.begin first"
        return self._ui

    def gap(self, design: int) -> None:
        self.y += self.ui.theme.px(design)

    def mark(self, design: int, gap: int = 0) -> pygame.Rect:
        """A full-width strip `design` pixels tall kept for a drawing; the rect follows the scroll."""
        rect = pygame.Rect(self.left, self.y, self.width, self.ui.theme.px(design))
        self.marks.append(rect)
        self.y += rect.height + self.ui.theme.px(gap)
        return rect

    def error_room(self, widget: Widget) -> None:
        """Room below a field for its error message, when it shows one."""
        if getattr(widget, "error", "") and getattr(widget, "error_below", False):
            self.y += self.ui.text.line_height(self.ui.theme.style("small")) + self.ui.theme.px(6)

    def text(
        self, text: str, style: str, color: str = "text", align: str = "left", gap: int = 12, indent: int = 0, width: int = 0
    ) -> pygame.Rect:
        """Words wrapped to the page's width (or `width`, centred, if narrower), `indent` design pixels in."""
        t = self.ui.theme
        inset = t.px(indent) if indent else 0
        wide = min(width, self.width - inset) if width else self.width - inset
        left = self.left + inset + (self.width - inset - wide) // 2
        height = self.ui.text.block(text, t.style(style), t.color(color), wide, align).get_height()
        rect = pygame.Rect(left, self.y, wide, height)
        self.words.append(Words(text, style, color, rect, align))
        self.y += height + t.px(gap)
        return rect

    def widget(
        self, widget: Widget, design: int, width: int | None = None, align: str = "left", gap: int = 16, indent: int = 0
    ) -> pygame.Rect:
        """`widget` on its own row, `design` pixels tall at 1280×720 or taller if its words need it."""
        t = self.ui.theme
        w = min(self.width - indent, width) if width is not None else self.width - indent
        x = self.left + indent if align == "left" else self.left + (self.width - w) // 2
        widget.rect = pygame.Rect(x, self.y, w, t.px(design))
        widget.rect.height = widget.fit_height(self.ui, design)
        self.widgets.append(widget)
        self.y += widget.rect.height + t.px(gap)
        return widget.rect

    def row(
        self,
        widgets: Sequence[Widget],
        design: int,
        gap: int = 16,
        between: int = 16,
        width: int | None = None,
        natural: bool = False,
    ) -> None:
        """Side by side, sharing the width (at most `width` each, centred) or each as wide as its words (`natural`,
        from the left), when each one's words fit on a line; one under another when they do not."""
        t = self.ui.theme
        if not widgets:
            return
        space = t.px(between)
        style = t.style("button")
        share = (self.width - space * (len(widgets) - 1)) // len(widgets)
        if width is not None:
            share = min(share, width)
        widths = [share] * len(widgets)
        if natural:
            widths = [self.ui.text.measure(w.label, style) + t.px(70) for w in widgets]
            fits = sum(widths) + space * (len(widgets) - 1) <= self.width
        else:
            # A button's shortcut chip and its round choice mark sit beside its words: they need room on the line too.
            chip = [w.chip_width(self.ui) + w.mark_width(self.ui) if isinstance(w, Button) else 0 for w in widgets]
            fits = all(self.ui.text.measure(w.label, style) + t.px(40) + c <= share for w, c in zip(widgets, chip, strict=True))
        if not fits:
            for widget, w in zip(widgets, widths, strict=True):
                last = widget is widgets[-1]
                wide = w if natural else width
                self.widget(widget, design, width=wide, align="left" if natural else "center", gap=gap if last else between // 2)
            return
        total = sum(widths) + space * (len(widgets) - 1)
        x = self.left if natural else self.left + (self.width - total) // 2
        height = 0
        for widget, w in zip(widgets, widths, strict=True):
            widget.rect = pygame.Rect(x, self.y, w, t.px(design))
            height = max(height, widget.fit_height(self.ui, design))
            x += w + space
        for widget in widgets:
            widget.rect.height = height
            self.widgets.append(widget)
        self.y += height + t.px(gap)

    def end(self, centre: bool = False) -> None:
        """Done placing: keep the scroll within what there is; `centre` a page that fits in the middle of its area."""
        self.content = self.y + self.scroll - self.area.top
        limit = max(0, self.content - self.area.height)
        if self.scroll > limit:
            self._shift(self.scroll - limit)
            self.scroll = limit
        if centre and not self.scrolls:
            self._shift(-((self.area.height - self.content) // 2))

    def tail(self) -> tuple[int, int, int]:
        """A bookmark: what is placed after it can be sent to the foot of the area with `to_foot`."""
        return len(self.words), len(self.widgets), len(self.marks)

    def to_foot(self, bookmark: tuple[int, int, int], pad: int = 0) -> None:
        """After `end`: when the page does not scroll, what was placed after `bookmark` sits at the area's foot."""
        if self.scrolls:
            return
        down = self.area.bottom - (self.ui.theme.px(pad) if pad else 0) - self.y
        if down <= 0:
            return
        words, widgets, marks = bookmark
        for item in self.words[words:]:
            item.rect.move_ip(0, down)
        for widget in self.widgets[widgets:]:
            widget.rect.move_ip(0, down)
        for rect in self.marks[marks:]:
            rect.move_ip(0, down)

    def _shift(self, up: int) -> None:
        for words in self.words:
            words.rect.move_ip(0, -up)
        for widget in self.widgets:
            widget.rect.move_ip(0, -up)
        for rect in self.marks:
            rect.move_ip(0, -up)
        self.y -= up

    def scroll_by(self, delta: int) -> bool:
        """Scroll by `delta` pixels (within what there is); True if it moved."""
        limit = max(0, self.content - self.area.height)
        target = max(0, min(limit, self.scroll + delta))
        if target == self.scroll:
            return False
        self._shift(target - self.scroll)
        self.scroll = target
        return True

    def reveal(self, widget: Widget | None) -> bool:
        """Scroll so the focused widget (and its ring) is in view."""
        if widget is None or widget not in self.widgets or not self.scrolls:
            return False
        margin = self.ui.theme.px(12)
        shown = widget.rect.copy()
        if getattr(widget, "error", "") and getattr(widget, "error_below", False):  # and the words below it
            shown.height += self.ui.text.line_height(self.ui.theme.style("small")) + self.ui.theme.px(6)
        if shown.top - margin < self.area.top:
            return self.scroll_by(shown.top - margin - self.area.top)
        if shown.bottom + margin > self.area.bottom:
            return self.scroll_by(min(shown.bottom + margin - self.area.bottom, shown.top - margin - self.area.top))
        return False

    def draw(self, surface: pygame.Surface, focused: Widget | None, hover: Widget | None) -> None:
        """The words and this page's widgets, cut to the page's area while it scrolls, with a scroll bar."""
        if self._ui is None:  # not laid out yet
            return
        ui = self.ui
        t = ui.theme
        clip = surface.get_clip()
        if self.scrolls:
            surface.set_clip(self.area.clip(clip))
        reach = (self.scroll, self.content - self.area.height - self.scroll)
        with layout_model.viewport(self.area, reach) if self.scrolls else _nothing():
            for words in self.words:
                if words.rect.bottom >= self.area.top and words.rect.top <= self.area.bottom:
                    paragraph(surface, ui, words.text, words.style, words.rect, words.color, words.align)
            for widget in self.widgets:
                if widget.visible and (not self.scrolls or widget.rect.colliderect(self.area)):
                    widget.draw(surface, ui, widget is focused and ui.show_focus, widget is hover)
        surface.set_clip(clip)
        if self.scrolls:
            share = self.area.height / max(1, self.content)
            bar_h = max(t.px(30), int(self.area.height * share))
            room = self.area.height - bar_h
            top = self.area.top + int(room * self.scroll / max(1, self.content - self.area.height))
            bar = pygame.Rect(self.area.right - t.px(6), top, t.px(5), bar_h)
            pygame.draw.rect(surface, t.color("field_border"), bar, border_radius=t.px(3))


def hint_bar(ui: UI) -> int:
    """How much of the window's foot the key hints take, at the chosen text size."""
    return max(ui.theme.px(36), ui.text.line_height(ui.theme.style("hint")) + ui.theme.px(16))


def buttons_at_foot(ui: UI, buttons: Sequence[Button], left: int, bottom: int, room: int) -> int:
    """Buttons side by side, the last row's foot at `bottom`; one wraps to a row of its own below when `room` (the
    width from `left`) has no space for it (the largest text in a small window). Returns the first row's top."""
    t = ui.theme
    rows: list[list[Button]] = []
    x = left
    for button in buttons:
        words = ui.text.measure(button.label, t.style("button"))
        button.rect = pygame.Rect(0, 0, min(room, button.chip_width(ui) + words + t.px(48)), t.px(44))
        if not rows or x + button.rect.width > left + room:
            rows.append([])
            x = left
        button.rect.left = x
        x += button.rect.width + t.px(10)
        rows[-1].append(button)
    y = bottom
    for row in reversed(rows):
        tall = max(button.fit_height(ui, 44) for button in row)
        for button in row:
            button.rect.height, button.rect.bottom = tall, y
        y -= tall + t.px(10)
    return y + t.px(10)


def free_area(ui: UI, top: int = 20) -> pygame.Rect:
    """The window less a margin at the top and the key hints at the foot."""
    width, height = ui.theme.size
    margin = ui.theme.px(top)
    return pygame.Rect(0, margin, width, height - margin - hint_bar(ui))


class PagedScene(Scene):
    """A scene whose words and controls sit on a `Page`: the wheel scrolls it and the focus stays in view."""

    def __init__(self, ui: UI) -> None:
        super().__init__(ui)
        self.page = Page()
        #: The main action's row kept whole under a page that scrolls (`lay_out_box_with_foot`); empty otherwise.
        self.foot_page = Page()

    def handle(self, intent: Intent) -> None:
        from .intents import Drag, Hover, Point, Wheel

        if isinstance(intent, Wheel) and self.page.scrolls:
            under = next((w for w in self.widgets if w.visible and w.rect.collidepoint(pygame.mouse.get_pos())), None)
            if under is None or not under.clips_contents:  # a list or a field under the pointer scrolls itself
                self.page.scroll_by(-intent.dy * self.ui.theme.px(60))
                self.ui.dirty = True
                return
        super().handle(intent)
        focused = self.focused()
        pos = getattr(intent, "pos", None)
        # A click must not move what it is releasing on; but when it sent the focus elsewhere (to a field with
        # an error), that is shown.
        if isinstance(intent, (Drag, Hover)):
            return  # moving the mouse never scrolls the page: what is under the pointer stays there
        clicked = isinstance(intent, Point) and (focused is None or pos is None or focused.rect.collidepoint(pos))
        if not clicked and self.page.reveal(focused):
            self.ui.dirty = True

    def lay_out_box(
        self, width: int, pad: int, place: Callable[[Page], None], within: pygame.Rect | None = None, top: int | None = None
    ) -> pygame.Rect:
        """A box `width` wide and as tall as what `place` puts on the page needs (up to `within`, by default the
        window above the key hints), centred there or hung from `top`; wider when that is too tall and there is
        width to spare, and the page scrolls inside it when it must still."""
        room = within or free_area(self.ui)
        scroll = self.page.scroll
        self.page.scroll = 0
        # Too tall for the room: wider, where the window has width to spare (larger text on a wide window), when the
        # words then take few enough lines to show whole; up to half as wide again, past which lines grow too long
        # to read. A box that scrolls even so keeps its width, and the room beside it.
        widest = max(width, min(room.width - self.ui.theme.px(80), width * 3 // 2))
        tries = [width, *range(width + self.ui.theme.px(60), widest, self.ui.theme.px(60)), widest]
        for wide in dict.fromkeys(tries):
            needed = self._measure(wide, pad, place)
            if needed <= room.height:
                width = wide
                break
        else:
            needed = self._measure(width, pad, place)
        box = pygame.Rect(0, 0, width, min(room.height, needed))
        box.center = room.center
        if top is not None:  # the box hangs from `top` (a left edge too, when `within` says so)
            box.topleft = (room.left if within is not None else box.left, top)
        self.page.scroll = scroll
        self.page.begin(self.ui, box.inflate(0, -2 * pad) if needed > room.height else box, 0 if needed > room.height else pad)
        if needed > room.height:
            self.page.left, self.page.width = box.left + pad, box.width - 2 * pad
        place(self.page)
        self.page.end()
        return box

    def lay_out_box_with_foot(
        self,
        width: int,
        pad: int,
        place: Callable[[Page], None],
        foot: Callable[[Page], None],
        within: pygame.Rect | None = None,
        top: int | None = None,
    ) -> pygame.Rect:
        """As `lay_out_box` with `foot` (the main action's row) placed after `place`; when the box would scroll, the
        foot stays whole at the box's foot and only what `place` puts scrolls above it."""
        self.foot_page = Page()

        def whole(page: Page) -> None:
            place(page)
            foot(page)

        box = self.lay_out_box(width, pad, whole, within, top)
        if not self.page.scrolls:
            return box
        t = self.ui.theme
        foot_top = self.pin_foot(box, pad, foot)
        scroll = self.page.scroll
        self.page.scroll = 0
        area = pygame.Rect(box.left, box.top + pad, box.width, foot_top + pad - t.px(12) - box.top - pad)
        self.page.begin(self.ui, area, 0)
        self.page.left, self.page.width = box.left + pad, box.width - 2 * pad
        place(self.page)
        self.page.end()
        self.page.scroll_by(scroll)
        return box

    def pin_foot(self, column: pygame.Rect, pad: int, foot: Callable[[Page], None]) -> int:
        """`foot` (the main action's row) laid on the foot page, whole at the bottom of `column`, so that only the page
        above it scrolls; the top of the foot's area."""
        self.foot_page.begin(self.ui, pygame.Rect(column.left, 0, column.width, 1 << 20), pad)
        foot(self.foot_page)
        self.foot_page.end()
        tall = self.foot_page.y - pad  # the foot's own height
        self.foot_page.begin(self.ui, pygame.Rect(column.left, column.bottom - 2 * pad - tall, column.width, tall + 2 * pad), pad)
        foot(self.foot_page)
        self.foot_page.end()
        return self.foot_page.area.top

    def _measure(self, width: int, pad: int, place: Callable[[Page], None]) -> int:
        """How tall a box `width` wide must be for what `place` puts on the page."""
        self.page.begin(self.ui, pygame.Rect(0, 0, width, 1 << 20), pad)
        place(self.page)
        self.page.end()
        return self.page.y - pad + 2 * pad

    def draw_page(self, surface: pygame.Surface) -> None:
        """The page, then any widget not on it."""
        focused = self.focused()
        self.page.draw(surface, focused, self.hover)
        self.foot_page.draw(surface, focused, self.hover)
        for widget in self.widgets:
            if widget.visible and widget not in self.page.widgets and widget not in self.foot_page.widgets:
                widget.draw(surface, self.ui, widget is focused and self.ui.show_focus, widget is self.hover)


class _Nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _nothing() -> _Nothing:
    return _Nothing()
