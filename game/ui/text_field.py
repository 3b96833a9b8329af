"""Single- and multi-line text fields: IME composition, selection, clipboard, word-wise editing.

What a field shows is laid out in field_lines.py, as the same words are drawn once saved.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from . import layout_model
from .context import Context as UI
from .drawing import put
from .field_lines import FieldLine, caret_x, column_at, composing, field_lines, secret_line, stretches
from .intents import Composition, Confirm, Drag, Edit, Intent, Point, Text
from .widgets import Widget


def _word_left(text: str, index: int) -> int:
    while index > 0 and text[index - 1].isspace():
        index -= 1
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


def _word_right(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    while index < len(text) and not text[index].isspace():
        index += 1
    return index


class TextField(Widget):
    typing = True
    layout_kind = "field"
    clips_contents = True  # long text scrolls inside the field

    def __init__(
        self,
        label: str,
        value: str = "",
        on_submit: Callable[[str], None] | None = None,
        multiline: bool = False,
        placeholder: str = "",
        max_chars: int = 20_000,
        on_change: Callable[[str], None] | None = None,
        secret: bool = False,
        captioned: bool = False,
    ) -> None:
        super().__init__(label)
        self.secret = secret  # a passphrase: shown as dots, never copied
        #: The label drawn small along the top of the field, there while typing too (a date's Day and Year): a
        #: placeholder alone goes once something is typed, and one like "Day: 14" looked filled in already.
        self.captioned = captioned
        self.error_below = True  # a scene with no room below the field draws the error itself
        self.value = value[:max_chars]
        self.cursor = len(self.value)
        self.anchor: int | None = None  # selection start, when selecting
        self.composition = ""
        self.on_submit = on_submit
        self.on_change = on_change
        self.multiline = multiline
        #: How many lines a multi-line field shows (it scrolls past them): fewer where its screen is short of room.
        self.rows = 3
        self.placeholder = placeholder
        self.max_chars = max_chars
        self.error = ""
        #: How wide the error under the field may run before it wraps (0: the field's own width).
        self.error_width = 0
        self._lines: tuple[FieldLine, ...] = (FieldLine(0, "", "ltr", ()),)
        self._laid_for: tuple[object, ...] = ()  # what `_lines` were laid out from
        self._scroll = 0

    def fit_height(self, ui: UI, design: int) -> int:
        """A line of text (`rows` for a multi-line field) and the padding round it, at the chosen text size."""
        lines = self.rows if self.multiline else 1
        words = lines * ui.text.line_height(ui.theme.style("body")) + self._caption_height(ui)
        return max(ui.theme.px(design), words + 2 * ui.theme.px(12) + ui.theme.px(4))

    def _caption_height(self, ui: UI) -> int:
        """The room the label takes along the top of a captioned field (0 for any other)."""
        return ui.text.line_height(ui.theme.style("small")) if self.captioned else 0

    def _words_top(self, ui: UI) -> int:
        """How far below the field's top edge the typed words begin: under the label, in a captioned field."""
        return ui.theme.px(6) + self._caption_height(ui) if self.captioned else ui.theme.px(12)

    # ---- editing -----------------------------------------------------------

    def selection(self) -> tuple[int, int] | None:
        if self.anchor is None or self.anchor == self.cursor:
            return None
        return min(self.anchor, self.cursor), max(self.anchor, self.cursor)

    def insert(self, text: str) -> None:
        if not self.multiline:
            text = " ".join(text.splitlines())
        chosen = self.selection()
        if chosen:
            self.value = self.value[: chosen[0]] + self.value[chosen[1] :]
            self.cursor = chosen[0]
        room = self.max_chars - len(self.value)
        text = text[: max(0, room)]
        self.value = self.value[: self.cursor] + text + self.value[self.cursor :]
        self.cursor += len(text)
        self.anchor = None
        self._changed()

    def _delete(self, start: int, end: int) -> None:
        if end > start:
            self.value = self.value[:start] + self.value[end:]
            self.cursor = start
            self._changed()
        self.anchor = None

    def _changed(self) -> None:
        self.error = ""
        if self.on_change:
            self.on_change(self.value)

    def handle(self, intent: Intent, ui: UI) -> bool:
        if isinstance(intent, Text):
            self.composition = ""
            self.insert(intent.text)
            return True
        if isinstance(intent, Composition):
            self.composition = intent.text
            return True
        if isinstance(intent, Confirm):
            if self.multiline and intent.shift:
                self.insert("\n")
            elif self.on_submit:
                self.on_submit(self.value)
            else:
                return False
            return True
        if isinstance(intent, Edit):
            self._edit(intent, ui)
            return True
        if isinstance(intent, Point) and intent.down and self.rect.collidepoint(intent.pos):
            self.cursor = self._index_at(intent.pos, ui)
            self.anchor = self.cursor
            self.pressed = True
            return True
        if isinstance(intent, Point) and not intent.down and self.pressed:
            self.pressed = False
            return True
        if isinstance(intent, Drag) and self.pressed:
            self.cursor = self._index_at(intent.pos, ui)
            return True
        return False

    def _edit(self, intent: Edit, ui: UI) -> None:
        op, text, cursor = intent.op, self.value, self.cursor
        chosen = self.selection()
        if op in ("left", "right", "home", "end", "up", "down"):
            if intent.select and self.anchor is None:
                self.anchor = cursor
            elif not intent.select:
                if chosen and op in ("left", "right"):
                    self.cursor = chosen[0] if op == "left" else chosen[1]
                    self.anchor = None
                    return
                self.anchor = None
            if op == "left":
                self.cursor = _word_left(text, cursor) if intent.word else max(0, cursor - 1)
            elif op == "right":
                self.cursor = _word_right(text, cursor) if intent.word else min(len(text), cursor + 1)
            elif op == "home":
                self.cursor = 0 if intent.word or not self.multiline else self._line_start(cursor)
            elif op == "end":
                self.cursor = len(text) if intent.word or not self.multiline else self._line_end(cursor)
            else:
                self.cursor = self._vertical(cursor, -1 if op == "up" else 1)
        elif op == "backspace":
            if chosen:
                self._delete(*chosen)
            else:
                self._delete(_word_left(text, cursor) if intent.word else max(0, cursor - 1), cursor)
        elif op == "delete":
            if chosen:
                self._delete(*chosen)
            else:
                self._delete(cursor, _word_right(text, cursor) if intent.word else min(len(text), cursor + 1))
        elif op == "select_all":
            self.anchor, self.cursor = 0, len(text)
        elif op in ("copy", "cut") and chosen and not self.secret:
            ui.clipboard_put(text[chosen[0] : chosen[1]])
            if op == "cut":
                self._delete(*chosen)
        elif op == "paste":
            pasted = ui.clipboard_get()
            if pasted:
                self.insert(pasted.replace("\r\n", "\n"))

    # ---- layout --------------------------------------------------------------

    def _line_of(self, index: int) -> int:
        row = 0
        for number, line in enumerate(self._lines):
            if line.start <= index:
                row = number
        return row

    def _line_start(self, index: int) -> int:
        return self._lines[self._line_of(index)].start

    def _line_end(self, index: int) -> int:
        line = self._lines[self._line_of(index)]
        return line.start + len(line.text)

    def _vertical(self, index: int, step: int) -> int:
        row = self._line_of(index)
        target = min(len(self._lines) - 1, max(0, row + step))
        if target == row:
            return 0 if step < 0 else len(self.value)
        column = index - self._lines[row].start
        line = self._lines[target]
        return line.start + min(column, len(line.text))

    def _layout_lines(self, ui: UI, width: int) -> None:
        """The lines the field shows, laid out again only when the words or the room change (not every frame)."""
        style = ui.theme.style("body")
        key = (self.value, style, width, self.multiline, self.secret)
        if key == self._laid_for:
            return
        self._laid_for = key
        if self.secret:
            self._lines = (secret_line(self.value),)
        else:
            self._lines = field_lines(ui.text, self.value, style, width, self.multiline)

    def _indent(self, line: FieldLine, ui: UI, width: int) -> int:
        """How far a line is pushed right: a right-to-left paragraph's lines end at the field's right edge."""
        if line.direction != "rtl":
            return 0
        return max(0, width - ui.text.runs_width(line.runs, ui.theme.style("body")))

    def _index_at(self, pos: tuple[int, int], ui: UI) -> int:
        style = ui.theme.style("body")
        pad = ui.theme.px(12)
        height = ui.text.line_height(style)
        row = (pos[1] - self.rect.top - self._words_top(ui)) // max(1, height) + self._scroll
        line = self._lines[min(len(self._lines) - 1, max(0, row))]
        inner_width = self.rect.width - 2 * pad
        x = pos[0] - self.rect.left - pad + (self._hscroll if not self.multiline else 0) - self._indent(line, ui, inner_width)
        return line.start + column_at(ui.text, line, x, style, ui.theme.px(2))

    _hscroll = 0

    def error_wrap(self, ui: UI) -> int:
        """The width the error below the field wraps to."""
        return max(1, (self.error_width or self.rect.width) - 2 * ui.theme.px(12))

    def in_sight(self, ui: UI) -> pygame.Rect:
        """The field and the reason written under it: scrolled into sight together, the reason is read."""
        return pygame.Rect(self.rect.left, self.rect.top, self.rect.width, self.rect.height + self.error_room(ui))

    def error_room(self, ui: UI) -> int:
        """How much room the error below the field takes (0 with none): a layout keeps it clear of what follows."""
        if not (self.error and self.error_below):
            return 0
        block = ui.text.block(self.error, ui.theme.style("small"), ui.theme.color("danger"), self.error_wrap(ui))
        return int(block.get_height()) + ui.theme.px(8)

    def draw(self, surface: pygame.Surface, ui: UI, focused: bool, hovered: bool) -> None:
        theme = ui.theme
        style = theme.style("body")
        pad = theme.px(12)
        border = theme.color("danger") if self.error else theme.color("focus" if focused else "field_border")
        pygame.draw.rect(surface, theme.color("field"), self.rect, border_radius=theme.px(10))
        pygame.draw.rect(surface, border, self.rect, width=max(1, theme.px(2)), border_radius=theme.px(10))
        if focused:  # the field's own border is its focus ring
            layout_model.note(surface, "focus", self.rect, self.label)
        inner = self.rect.inflate(-2 * pad, -2 * pad)
        if self.captioned:
            small = theme.style("small")
            caption = ui.text.line(ui.text.shortened(self.label, small, inner.width), small, theme.color("muted"))
            surface.blit(caption, (inner.left, self.rect.top + theme.px(6)))
            inner = pygame.Rect(inner.left, self.rect.top + self._words_top(ui), inner.width, 0)
            inner.height = max(0, self.rect.bottom - pad - inner.top)
        clip = surface.get_clip()
        surface.set_clip(inner.inflate(theme.px(4), 0).clip(clip))  # inside a scrolled form, never past its edge
        height = ui.text.line_height(style)
        if not self.value and not self.composition:
            if self.multiline:  # a hint that is too long wraps in a tall field, and is shortened in a one-line one
                hint = ui.text.block(self.placeholder, style, theme.color("muted"), inner.width)
            else:
                hint = ui.text.line(ui.text.shortened(self.placeholder, style, inner.width), style, theme.color("muted"))
            with layout_model.tagged("placeholder"):  # unlike typed text, it does not scroll: it must fit
                surface.blit(hint, inner.topleft)
        self._layout_lines(ui, inner.width)
        visible = max(1, inner.height // max(1, height))
        row = self._line_of(self.cursor)
        self._scroll = min(max(0, self._scroll), row)
        if row >= self._scroll + visible:
            self._scroll = row - visible + 1
        start_col = self.cursor - self._lines[row].start
        cursor_line = self._lines[row]
        if self.composition:
            cursor_line = composing(self.value, cursor_line, start_col, self.composition)
        column = start_col + len(self.composition)
        cursor_x = caret_x(ui.text, cursor_line, column, style, theme.px(2)) + self._indent(cursor_line, ui, inner.width)
        if not self.multiline:
            if cursor_x - self._hscroll > inner.width:
                self._hscroll = cursor_x - inner.width
            elif cursor_x < self._hscroll:
                self._hscroll = max(0, cursor_x - inner.width // 3)
        else:
            self._hscroll = 0
        chosen = self.selection()
        for number in range(self._scroll, min(len(self._lines), self._scroll + visible)):
            line = cursor_line if number == row else self._lines[number]
            y = inner.top + (number - self._scroll) * height
            x = inner.left - self._hscroll + self._indent(line, ui, inner.width)
            if chosen and not (number == row and self.composition):
                for left, right in stretches(ui.text, line, chosen[0] - line.start, chosen[1] - line.start, style):
                    pygame.draw.rect(surface, theme.color("selection"), (x + left, y, right - left, height))
            if line.text:
                surface.blit(ui.text.laid_line(line.runs, style, theme.color("text")), (x, y))
            if number == row and self.composition:
                for left, right in stretches(ui.text, line, start_col, column, style):
                    pygame.draw.line(surface, theme.color("accent"), (x + left, y + height - 2), (x + right, y + height - 2), 2)
        if focused:
            y = inner.top + (row - self._scroll) * height
            x = inner.left - self._hscroll + cursor_x
            pygame.draw.line(surface, theme.color("focus"), (x, y + 2), (x, y + height - 2), max(2, theme.px(2)))
        surface.set_clip(clip)
        if self.error and self.error_below:
            message = ui.text.block(self.error, theme.style("small"), theme.color("danger"), self.error_wrap(ui))
            with layout_model.unowned():  # below the field, it must find room among the screen's other things
                put(surface, ui, message, (self.rect.left + pad, self.rect.bottom + theme.px(4)))  # a toast leaves it be
