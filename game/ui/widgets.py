"""Widgets: button, toggle and slider. Every widget has a label: the words drawn.

Text fields live in text_field.py, the scrolling list in list_view.py.
"""

from __future__ import annotations

import functools
import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from . import layout_model
from .context import Context as UI

if TYPE_CHECKING:
    from .intents import Intent


class Widget(ABC):
    focusable = True
    typing = False
    #: What the layout model calls it ("button", "field", "toggle", "slider", "list", "choice").
    layout_kind = "button"
    #: A widget that scrolls its own contents (a field, a list) cuts its text on purpose; others never may.
    clips_contents = False
    #: One of a set that is a single Tab stop, moved along with the arrow keys (see focus_groups.py).
    group: str | None = None
    #: In the screen's top bar (End session, a card form's Cancel): set by its screen's layout (see focus_return.py).
    top_bar = False
    #: The arrow keys change it (a slider, a stepper, a row of choices): its ring shows even after a click, when the
    #: key hints offer them (see focus_shown.py).
    arrow_keys = False
    #: An answer to pick (a card's option): a screen never starts on it, so Enter alone never picks one unasked.
    picked_on_purpose = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "draw" in cls.__dict__:  # each widget notes where it shows, and reports itself to the layout model
            cls.draw = layout_model.widget_draw(_noting_where_shown(cls.draw))  # type: ignore[method-assign]

    def __init__(self, label: str, hotkey: str | None = None) -> None:
        self.label = label
        self.hotkey = hotkey
        self.rect = pygame.Rect(0, 0, 0, 0)
        self.enabled = True
        self.visible = True
        self.pressed = False
        #: Set by the scene while a text field has focus: letters then need this first ("Alt+"), and say so.
        self.chord = ""
        #: Other words this widget may show in its place ("Star" and "Unstar"): a layout keeps room for the longest.
        self.also: tuple[str, ...] = ()
        #: Where it showed in the last frame: its part inside a scrolled area, empty when it was not drawn (scrolled
        #: out of sight); None before its first frame.
        self.shown: pygame.Rect | None = None

    def handle(self, intent: Intent, ui: UI) -> bool:
        return False

    @abstractmethod
    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        """Draw at self.rect; `focused` asks for the focus ring."""

    def fit_height(self, ui: UI, design: int) -> int:
        """How tall this widget must be, at its current width, for its words at the chosen text size (at least
        `design` pixels at 1280×720): a screen lays out with it, so large text makes room rather than overlapping."""
        return ui.theme.px(design)

    def in_sight(self, ui: UI) -> pygame.Rect:
        """What a side that scrolls must show of this widget when it has the focus: itself (a field adds its error)."""
        return self.rect

    def draw_focus(self, surface: pygame.Surface, ui: UI) -> None:
        ring = self.rect.inflate(ui.theme.px(8), ui.theme.px(8))
        pygame.draw.rect(surface, ui.theme.color("focus"), ring, width=max(2, ui.theme.px(3)), border_radius=ui.theme.px(14))
        layout_model.note(surface, "focus", ring, self.label)


def _noting_where_shown(draw: Callable[[Widget, pygame.Surface, UI, bool, bool], None]) -> Callable[..., None]:
    """Wrap a widget class's `draw` to note the part of the widget its surface's clip lets show."""

    @functools.wraps(draw)
    def drawing(widget: Widget, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        widget.shown = widget.rect.clip(surface.get_clip())
        draw(widget, surface, ui, focused, hovered)

    return drawing


def kept_together(label: str) -> str:
    """`label` with a number held to the minutes it counts ("60 min" never splits over two lines): only where it
    is wrapped, the label itself (what is read out and clicked by) unchanged."""
    return re.sub(r"(\d) min\b", "\\1\u00a0min", label)


class Button(Widget):
    def __init__(
        self,
        label: str,
        on_press: Callable[[], None],
        kind: str = "secondary",
        hotkey: str | None = None,
        hint: str | None = None,
        chosen: bool | None = None,
    ) -> None:
        super().__init__(label, hotkey)
        self.on_press = on_press
        self.kind = kind  # primary, secondary, quiet, danger
        self.hint = hint
        #: One of a set where one is chosen (a length, a tab): a round mark shows which, filled when chosen,
        #: so the choice never looks like the focus ring or the screen's main action. None: not one of a set.
        self.chosen = chosen

    def mark_width(self, ui: UI) -> int:
        """Room the round choice mark takes before the words (none for a button that is not one of a set)."""
        return 0 if self.chosen is None else ui.theme.px(26)

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

    def one_line_width(self, ui: UI) -> int:
        """How wide the button must be for its words, mark and key on one line, with room either side (the key
        sits a little apart from the words, so the room beside it is the smaller)."""
        words = ui.text.measure(self.label, ui.theme.style("button"))
        return words + self.chip_width(ui) + self.mark_width(ui) + ui.theme.px(56)

    def fit_height(self, ui: UI, design: int) -> int:
        style = ui.theme.style("button")
        room = self.rect.width - self.chip_width(ui) - self.mark_width(ui) - ui.theme.px(28)
        fits = ui.text.measure(self.label, style) <= room
        lines = 1 if fits else len(ui.text.wrap(kept_together(self.label), style, max(1, room)))
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
            # Unavailable ("nothing to undo") reads as such by its shape: no fill of its own but the surface, an
            # outline, and words of a lighter weight in the theme's disabled colour, which still reads at 3:1.
            ink = theme.color("disabled")
            fill = theme.color("surface") if fill is not None else None
        rect = self.rect.move(0, theme.px(2)) if self.pressed else self.rect
        if fill is not None:
            if hovered and self.kind in ("primary", "danger") and self.enabled:
                fill = tuple(min(255, c + 18) for c in fill)  # type: ignore[assignment]
            pygame.draw.rect(surface, fill, rect, border_radius=radius)
            if self.kind == "secondary" or not self.enabled:  # a chosen one is told by its mark alone, not an outline
                pygame.draw.rect(surface, theme.color("surface_border"), rect, width=1, border_radius=radius)
        if self.kind == "quiet" and (hovered or focused) and self.enabled:
            pygame.draw.rect(surface, theme.color("button"), rect, border_radius=radius)
        style = theme.style("button" if self.enabled else "button_unavailable")
        chip = None
        if self.hint or self.hotkey:
            chip = ui.text.line(self.hint or self.shortcut_label(), theme.style("hint"), ink)
        chip_w = chip.get_width() + theme.px(10) if chip else 0
        mark_w = self.mark_width(ui)
        text = ui.text.line(self.label, style, ink)
        room = rect.width - chip_w - mark_w - theme.px(28)
        if text.get_width() > room > 0 and rect.height >= 2 * ui.text.line_height(style):
            text = ui.text.block(kept_together(self.label), style, ink, room, align="center")  # a long one wraps
        total = mark_w + text.get_width() + chip_w
        x = rect.centerx - total // 2
        if self.chosen is not None:
            self.draw_mark(surface, ui, (x + theme.px(9), rect.centery), ink)
            x += mark_w
        surface.blit(text, (x, rect.centery - text.get_height() // 2))
        if chip is not None:
            chip_rect = pygame.Rect(0, 0, chip.get_width() + theme.px(10), chip.get_height())
            chip_rect.midleft = (x + text.get_width() + theme.px(8), rect.centery)
            pygame.draw.rect(surface, ink, chip_rect, width=1, border_radius=theme.px(5))
            surface.blit(chip, chip.get_rect(center=chip_rect.center))
        if focused:
            self.draw_focus(surface, ui)

    def draw_mark(self, surface: pygame.Surface, ui: UI, center: tuple[int, int], ink: tuple[int, int, int]) -> None:
        """The round mark of one of a set: a ring, with a dot in it when this one is chosen."""
        theme = ui.theme
        color = theme.color("accent") if self.enabled else ink
        pygame.draw.circle(surface, color, center, theme.px(9), width=max(2, theme.px(2)))
        if self.chosen:
            pygame.draw.circle(surface, color, center, theme.px(5))
        ring = pygame.Rect(0, 0, theme.px(18), theme.px(18))
        ring.center = center
        layout_model.note(surface, "mark", ring, self.label)


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
    arrow_keys = True
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
