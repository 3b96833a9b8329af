"""Widgets: button, toggle, slider and a scrolling list. Every widget has a label: the words drawn.

Text fields live in text_field.py.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

import pygame

from . import layout_model
from .context import Context as UI
from .drawing import mix

if TYPE_CHECKING:
    from .intents import Intent


class Widget(ABC):
    focusable = True
    typing = False
    #: What the layout model calls it ("button", "field", "toggle", "slider", "list", "choice").
    layout_kind = "button"
    #: A widget that scrolls its own contents (a field, a list) cuts its text on purpose; others never may.
    clips_contents = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "draw" in cls.__dict__:  # each widget reports itself to the layout model while it draws
            cls.draw = layout_model.widget_draw(cls.draw)  # type: ignore[method-assign]

    def __init__(self, label: str, hotkey: str | None = None) -> None:
        self.label = label
        self.hotkey = hotkey
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.enabled = True
        self.visible = True
        self.pressed = False
        #: Set by the scene while a text field has focus: letters then need this first ("Alt+"), and say so.
        self.chord = ""

    def handle(self, intent: Intent, ui: UI) -> bool:
        return False

    @abstractmethod
    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        """Draw at self.rect; `focused` asks for the focus ring."""

    def fit_height(self, ui: UI, design: int) -> int:
        """How tall this widget must be, at its current width, for its words at the chosen text size (at least
        `design` pixels at 1280×720): a screen lays out with it, so large text makes room rather than overlapping."""
        return ui.theme.px(design)

    def draw_focus(self, surface: pygame.Surface, ui: UI) -> None:
        ring = self.rect.inflate(ui.theme.px(8), ui.theme.px(8))
        pygame.draw.rect(surface, ui.theme.color("focus"), ring, width=max(2, ui.theme.px(3)), border_radius=ui.theme.px(14))
        layout_model.note(surface, "focus", ring, self.label)


class Button(Widget):
    def __init__(
        self,
        label: str,
        on_press: Callable[[], None],
        kind: str = "secondary",
        hotkey: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(label, hotkey)
        self.on_press = on_press
        self.kind = kind  # primary, secondary, quiet, danger
        self.hint = hint

    def press(self, ui: UI) -> None:
        if self.enabled:
            ui.sound.play("tap")
            self.on_press()

    def handle(self, intent: Intent, ui: UI) -> bool:
        from .intents import Confirm, Key, Point  # see intents.py

        if not self.enabled:
            return False
        if isinstance(intent, Confirm):
            self.press(ui)
            return True
        if isinstance(intent, Point):
            if intent.down and self.rect.collidepoint(intent.pos):
                self.pressed = True
                return True
            if not intent.down and self.pressed:
                self.pressed = False
                if self.rect.collidepoint(intent.pos):
                    self.press(ui)
                return True
        if isinstance(intent, Key) and self.hotkey and intent.char.lower() == self.hotkey.lower():
            self.press(ui)
            return True
        return False

    def shortcut_label(self) -> str:
        if not self.hotkey:
            return ""
        return f"{self.chord}{self.hotkey.upper()}" if self.hotkey.isalpha() else self.hotkey.upper()

    def chip_width(self, ui: UI) -> int:
        """How wide the shortcut (or hint) chip beside the words is: none without one."""
        if not (self.hint or self.hotkey):
            return 0
        return ui.text.measure(self.hint or self.shortcut_label(), ui.theme.style("hint")) + ui.theme.px(10)

    def fit_height(self, ui: UI, design: int) -> int:
        style = ui.theme.style("button")
        room = self.rect.width - self.chip_width(ui) - ui.theme.px(28)
        lines = 1 if ui.text.measure(self.label, style) <= room else len(ui.text.wrap(self.label, style, max(1, room)))
        return max(ui.theme.px(design), lines * ui.text.line_height(style) + ui.theme.px(12))

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        theme = ui.theme
        radius = theme.px(12)
        if self.kind == "primary":
            fill, ink = theme.color("accent"), theme.color("accent_text")
        elif self.kind == "danger":
            fill, ink = theme.color("danger"), theme.color("accent_text")
        elif self.kind == "quiet":
            fill, ink = None, theme.color("muted")
        else:
            fill = theme.color("button_hover" if hovered or self.pressed else "button")
            ink = theme.color("button_text")
        if not self.enabled:
            # Fainter than a quiet button, so "nothing to undo" reads as unavailable.
            ink = mix(theme.color("muted"), theme.color("background"), 0.55)
            fill = theme.color("surface") if fill is not None else None
        rect = self.rect.move(0, theme.px(2)) if self.pressed else self.rect
        if fill is not None:
            if hovered and self.kind in ("primary", "danger") and self.enabled:
                fill = tuple(min(255, c + 18) for c in fill)  # type: ignore[assignment]
            pygame.draw.rect(surface, fill, rect, border_radius=radius)
            if self.kind == "secondary":
                pygame.draw.rect(surface, theme.color("surface_border"), rect, width=1, border_radius=radius)
        if self.kind == "quiet" and (hovered or focused):
            pygame.draw.rect(surface, theme.color("button"), rect, border_radius=radius)
        style = theme.style("button")
        chip = None
        if self.hint or self.hotkey:
            chip = ui.text.line(self.hint or self.shortcut_label(), theme.style("hint"), ink)
        chip_w = chip.get_width() + theme.px(10) if chip else 0
        text = ui.text.line(self.label, style, ink)
        room = rect.width - chip_w - theme.px(28)
        if text.get_width() > room > 0 and rect.height >= 2 * ui.text.line_height(style):
            text = ui.text.block(self.label, style, ink, room, align="center")  # a long option wraps onto a second line
        total = text.get_width() + chip_w
        x = rect.centerx - total // 2
        surface.blit(text, (x, rect.centery - text.get_height() // 2))
        if chip is not None:
            chip_rect = pygame.Rect(0, 0, chip.get_width() + theme.px(10), chip.get_height())
            chip_rect.midleft = (x + text.get_width() + theme.px(8), rect.centery)
            pygame.draw.rect(surface, ink, chip_rect, width=1, border_radius=theme.px(5))
            surface.blit(chip, chip.get_rect(center=chip_rect.center))
        if focused:
            self.draw_focus(surface, ui)


class Toggle(Widget):
    layout_kind = "toggle"

    def __init__(self, label: str, value: bool, on_change: Callable[[bool], None], hotkey: str | None = None) -> None:
        super().__init__(label, hotkey)
        self.value = value
        self.on_change = on_change

    def flip(self, ui: UI) -> None:
        self.value = not self.value
        ui.sound.play("tap")
        self.on_change(self.value)

    def handle(self, intent: Intent, ui: UI) -> bool:
        from .intents import Confirm, Key, Point  # ~12 ms to build: not before the first frame (see intents.py)

        if isinstance(intent, Confirm) or (isinstance(intent, Key) and self.hotkey and intent.char == self.hotkey):
            self.flip(ui)
            return True
        if isinstance(intent, Point) and intent.down and self.rect.collidepoint(intent.pos):
            self.flip(ui)
            return True
        return False

    def _label_room(self, ui: UI) -> int:
        theme = ui.theme
        state = max(ui.text.measure(word, theme.style("small")) for word in ("On", "Off"))
        return max(1, self.rect.width - theme.px(10 + 10 + 52 + 10 + 10) - state)

    def fit_height(self, ui: UI, design: int) -> int:
        style = ui.theme.style("body")
        lines = len(ui.text.wrap(self.label, style, self._label_room(ui)))
        return max(ui.theme.px(design), ui.theme.px(28) + ui.theme.px(12), lines * ui.text.line_height(style) + ui.theme.px(12))

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        theme = ui.theme
        if hovered:
            pygame.draw.rect(surface, theme.color("button"), self.rect, border_radius=theme.px(10))
        track = pygame.Rect(0, 0, theme.px(52), theme.px(28))
        track.midright = (self.rect.right - theme.px(10), self.rect.centery)
        pygame.draw.rect(surface, theme.color("accent" if self.value else "field_border"), track, border_radius=track.height // 2)
        layout_model.note(surface, "part", track, "switch")
        knob_x = track.right - track.height // 2 if self.value else track.left + track.height // 2
        pygame.draw.circle(surface, theme.color("surface"), (knob_x, track.centery), track.height // 2 - theme.px(4))
        text = ui.text.line(self.label, theme.style("body"), theme.color("text"))
        room = self._label_room(ui)
        if text.get_width() > room:  # a long name wraps rather than running under the switch
            text = ui.text.block(self.label, theme.style("body"), theme.color("text"), room)
        surface.blit(text, (self.rect.left + theme.px(10), self.rect.centery - text.get_height() // 2))
        state = ui.text.line("On" if self.value else "Off", theme.style("small"), theme.color("muted"))
        surface.blit(state, (track.left - state.get_width() - theme.px(10), self.rect.centery - state.get_height() // 2))
        if focused:
            self.draw_focus(surface, ui)


class Slider(Widget):
    layout_kind = "slider"

    def __init__(
        self,
        label: str,
        value: float,
        low: float,
        high: float,
        step: float,
        on_change: Callable[[float], None],
        describe: Callable[[float], str] = lambda v: f"{v:g}",
    ) -> None:
        super().__init__(label)
        self.value, self.low, self.high, self.step = value, low, high, step
        self.on_change = on_change
        self.describe = describe
        self._track = pygame.Rect(0, 0, 0, 0)

    def fit_height(self, ui: UI, design: int) -> int:
        """The words on top (wrapped, with their longest value), the track and its knob below."""
        style = ui.theme.style("body")
        values = [self.low + step * self.step for step in range(round((self.high - self.low) / self.step) + 1)][:50]
        longest = max((f"{self.label}: {self.describe(v)}" for v in values), key=lambda w: ui.text.measure(w, style))
        lines = len(ui.text.wrap(longest, style, max(1, self.rect.width - ui.theme.px(20))))
        return max(ui.theme.px(design), lines * ui.text.line_height(style) + ui.theme.px(4 + 32))

    def set(self, value: float, ui: UI) -> None:
        snapped = round((value - self.low) / self.step) * self.step + self.low
        snapped = min(self.high, max(self.low, round(snapped, 6)))
        if snapped != self.value:
            self.value = snapped
            ui.sound.play("tick")
            self.on_change(snapped)

    def handle(self, intent: Intent, ui: UI) -> bool:
        from .intents import Drag, Move, Point  # ~12 ms to build: not before the first frame (see intents.py)

        if isinstance(intent, Move) and intent.dx:
            self.set(self.value + intent.dx * self.step, ui)
            return True
        if isinstance(intent, (Point, Drag)) and (self.pressed or self.rect.collidepoint(intent.pos)):
            if isinstance(intent, Point):
                self.pressed = intent.down
            if self._track.width:
                share = (intent.pos[0] - self._track.left) / self._track.width
                self.set(self.low + share * (self.high - self.low), ui)
            return True
        return False

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        theme = ui.theme
        words = f"{self.label}: {self.describe(self.value)}"
        label = ui.text.line(words, theme.style("body"), theme.color("text"))
        if label.get_width() > self.rect.width - theme.px(20):
            label = ui.text.block(words, theme.style("body"), theme.color("text"), self.rect.width - theme.px(20))
        surface.blit(label, (self.rect.left + theme.px(10), self.rect.top + theme.px(4)))
        self._track = pygame.Rect(self.rect.left + theme.px(10), 0, self.rect.width - theme.px(20), theme.px(8))
        self._track.top = self.rect.bottom - theme.px(20)
        pygame.draw.rect(surface, theme.color("field_border"), self._track, border_radius=theme.px(4))
        share = (self.value - self.low) / (self.high - self.low) if self.high > self.low else 0
        filled = self._track.copy()
        filled.width = max(theme.px(8), int(self._track.width * share))
        pygame.draw.rect(surface, theme.color("accent"), filled, border_radius=theme.px(4))
        pygame.draw.circle(surface, theme.color("accent"), (filled.right, self._track.centery), theme.px(11))
        pygame.draw.circle(surface, theme.color("surface"), (filled.right, self._track.centery), theme.px(6))
        knob = theme.px(11)
        layout_model.note(surface, "part", self._track.inflate(0, 2 * knob - self._track.height), "track")
        if focused:
            self.draw_focus(surface, ui)


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
        self, label: str, items: Sequence[ListItem], on_choose: Callable[[int], None] | None = None, enter_chooses: bool = True
    ) -> None:
        super().__init__(label)
        self.items = list(items)
        self.on_choose = on_choose
        self.enter_chooses = enter_chooses  # False where choosing changes something a stray Enter should not (a click still does)
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
        if isinstance(intent, Confirm) and self.on_choose and self.enter_chooses and self.items:
            self.on_choose(self.selected)
            return True
        if isinstance(intent, Point) and intent.down and self.rect.collidepoint(intent.pos):
            y = intent.pos[1] - self.rect.top + self.offset
            for index, height in enumerate(self._heights):
                if y < height:
                    self.selected = index
                    if self.on_choose:
                        self.on_choose(index)
                    break
                y -= height
            return True
        return False

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


def button_size(ui: UI, button: Button, min_w: int, max_w: int, min_h: int) -> tuple[int, int]:
    """How big `button` must be for its words and shortcut chip at the chosen text size.

    As wide as the words need (at least `min_w`); past `max_w` the words wrap onto more lines and the
    button grows taller instead, so a long name is never cut off or squeezed.
    """
    theme, text = ui.theme, ui.text
    style = theme.style("button")
    chip_text = button.hint or button.shortcut_label()
    chip = text.measure(chip_text, theme.style("hint")) + theme.px(18) if chip_text else 0
    words = text.measure(button.label, style)
    line = text.line_height(style)
    if words + chip + theme.px(48) <= max_w:
        return max(min_w, words + chip + theme.px(48)), max(min_h, line + theme.px(16))
    lines = len(text.wrap(button.label, style, max_w - chip - theme.px(28)))
    return max_w, max(min_h, lines * line + theme.px(16))
