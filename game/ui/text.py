"""Drawing text: runs across fallback fonts, right-to-left runs, word wrapping, and a cache of rendered surfaces.

A line is first cut into directional runs in display order (`bidi.visual_runs`); each run is then cut
by which font has each glyph. A right-to-left run's pieces are drawn in reverse order, each with a
right-to-left font, so HarfBuzz joins Arabic letters and puts a Hebrew word's first letter on the right.

A wrapped block is laid out as UAX #9 lays out lines: each paragraph's levels are resolved whole, the
paragraph is broken into lines measuring its words in typed order, and each line is then reordered
from its share of those levels (`bidi.line_runs`, `laid_out`). Resolving each line on its own would
let a comma or "؟" between two Persian words take the direction of the line's edge when a break
falls beside it.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from typing import NamedTuple

import pygame

from . import fonts, layout_model
from .bidi import CONTROLS, Run, base_direction, levels, line_runs, plain, visual_runs
from .fonts import FontBook, runs, script_of

Color = tuple[int, int, int]
#: Room an emoji keeps either side in a line of words, as a share of the text size: about a letter's.
EMOJI_BEARING = 0.05


class TextStyle(NamedTuple):
    """How text is drawn. A named tuple, as the small records the first frame needs are: a frozen dataclass
    compiles its methods when the module loads (~0.9 ms each), a named tuple takes a sixth of that."""

    role: str  # "ui" or "card"
    size: int  # pixels
    bold: bool = False


class Line(NamedTuple):
    """One line of a wrapped block as it is drawn."""

    text: str  # in typed (logical) order
    direction: str  # its paragraph's: "ltr" or "rtl"
    runs: tuple[Run, ...]  # in the order they are drawn from left to right, with the paragraph's levels
    start: int = 0  # where the line begins in its paragraph


class TextRenderer:
    def __init__(self, cache_bytes: int = 6 * 1024 * 1024) -> None:
        self.fonts = FontBook()
        self._cache: OrderedDict[tuple[object, ...], pygame.Surface] = OrderedDict()
        self._cache_bytes = cache_bytes  # a budget in pixels' bytes, not entries: one 4K block weighs a hundred words
        self._held = 0
        self._trims: dict[tuple[TextStyle, int, str], tuple[int, int]] = {}

    def fit_cache_to(self, size: tuple[int, int]) -> None:
        """Keep about two screens' worth of rendered text: enough for every surface one screen needs."""
        self._cache_bytes = max(4 * 1024 * 1024, size[0] * size[1] * 4 * 2)

    def line_height(self, style: TextStyle) -> int:
        return int(self.fonts.get(style.role, 0, style.size, style.bold).get_linesize())

    def measure(self, text: str, style: TextStyle) -> int:
        return sum(self._width(style, index, part, script) for index, part, script in pieces(text, style.role))

    def caret_x(
        self, line: str, column: int, style: TextStyle, direction: str | None = None, laid: tuple[Run, ...] | None = None
    ) -> int:
        """Where the caret before `line[column]` is drawn, from the left edge of the drawn line.

        The caret sits just after the letter typed last (`line[column - 1]`): on its left side when that
        letter runs right to left, on its right side otherwise; at the very start it sits before the
        first letter. `direction` is the paragraph's, as the line is drawn with; `laid`, the line's runs as
        they are drawn when it is one line of a wrapped paragraph (`laid_out`), ordered from its levels.
        """
        if not line:
            return 0
        drawn = laid if laid is not None else tuple(visual_runs(line, direction))
        if len(drawn) == 1 and not drawn[0].rtl:
            return self.measure(line[:column], style)
        after = column > 0
        index = column - 1 if after else 0
        x = 0
        for run in drawn:
            wide = self.run_width(run, style)
            if run.start <= index < run.start + len(run.text):
                cut = index - run.start + (1 if after else 0)
                if run.rtl:  # measured from the run's left end: the letters cut off keep the joined forms they are drawn in
                    return x + min(wide, self.run_width(Run(run.text[cut:], run.level), style))
                return x + self.run_width(Run(run.text[:cut], run.level), style)
            x += wide
        return x

    def run_width(self, run: Run, style: TextStyle) -> int:
        """How wide `run` is drawn: shaped in its own direction, as `laid_line` draws it."""
        return self.runs_width((run,), style)

    def runs_width(self, laid: tuple[Run, ...], style: TextStyle) -> int:
        """How wide a line drawn from `laid` (its runs in drawn order) is: the width of `laid_line`'s surface."""
        return sum(self._width(style, index, part, script) for index, part, script in line_pieces(laid, style.role))

    def _font(self, style: TextStyle, index: int, rtl_script: str | None) -> pygame.font.Font:
        return self.fonts.get(style.role, index, style.size, style.bold, rtl_script)

    def _width(self, style: TextStyle, index: int, part: str, script: str | None) -> int:
        """How wide `part` is drawn in the chain's font `index`: its advance, less what `_trim` takes off an emoji."""
        left, right = self._trim(style, index, part)
        return int(self._font(style, index, script).size(part)[0]) - left - right

    def _trim(self, style: TextStyle, index: int, part: str) -> tuple[int, int]:
        """Pixels to take off the left and right of a piece in the emoji font, which draws each emoji in the middle
        of a wide square (about a fifth of the size spare on each side): in a line of words that reads as a space,
        "Sam 🌻 's turn". An emoji keeps a letter's room either side instead. Other fonts' pieces lose nothing."""
        if fonts.chain(style.role)[index] != fonts.EMOJI or part.isspace():
            return 0, 0
        key = (style, index, part)
        found = self._trims.get(key)
        if found is None:
            font = self._font(style, index, None)
            advance = font.size(part)[0]
            ink = font.render(part, True, (0, 0, 0)).get_bounding_rect() if advance else pygame.Rect(0, 0, 0, 0)
            keep = max(1, round(style.size * EMOJI_BEARING))
            found = (0, 0) if not ink.width else (max(0, ink.left - keep), max(0, advance - ink.right - keep))
            self._trims[key] = found
        return found

    def _render_part(self, font: pygame.font.Font, part: str, color: Color, trim: tuple[int, int] = (0, 0)) -> pygame.Surface:
        if font.size(part)[0] == 0:  # only marks that draw nothing: SDL_ttf refuses such a run ("Text has zero width")
            return pygame.Surface((0, font.get_height()), pygame.SRCALPHA)
        drawn = font.render(part, True, color)
        if trim == (0, 0):
            return drawn
        left, right = trim
        return drawn.subsurface(pygame.Rect(left, 0, max(0, drawn.get_width() - left - right), drawn.get_height())).copy()

    def line(self, text: str, style: TextStyle, color: Color, direction: str | None = None) -> pygame.Surface:
        """One line of text, never wrapped; `direction` is its paragraph's when it is part of one (else its own first letter's)."""
        key = ("line", text, style, color, direction)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        surface = self._render_line(text, style, color, direction)
        layout_model.rendered_text(surface, text, style)
        self._remember(key, surface)
        return surface

    def laid_line(self, laid: tuple[Run, ...], style: TextStyle, color: Color) -> pygame.Surface:
        """One line of a wrapped paragraph from its runs in drawn order (`laid_out`), as `block` draws it."""
        key = ("laid", laid, style, color)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        surface = self._render_pieces(line_pieces(laid, style.role), style, color)
        layout_model.rendered_text(surface, "".join(run.text for run in sorted(laid, key=lambda run: run.start)), style)
        self._remember(key, surface)
        return surface

    def block(self, text: str, style: TextStyle, color: Color, width: int, align: str = "left") -> pygame.Surface:
        """Text wrapped to `width` pixels; blank lines in the text are kept."""
        key = ("block", text, style, color, width, align)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        lines = self.laid_out(text, style, width)
        height = self.line_height(style)
        surface = pygame.Surface((max(1, width), max(1, height * len(lines))), pygame.SRCALPHA)
        for row, line in enumerate(lines):
            rendered = self._render_pieces(line_pieces(line.runs, style.role), style, color)
            if align == "center":
                x = (width - rendered.get_width()) // 2
            elif align == "right" or line.direction == "rtl":  # "left" is the start side: a right-to-left paragraph's right
                x = width - rendered.get_width()
            else:
                x = 0
            surface.blit(rendered, (x, row * height))
        layout_model.rendered_text(surface, text, style)
        self._remember(key, surface)
        return surface

    def laid_out(self, text: str, style: TextStyle, width: int) -> list[Line]:
        """`text` wrapped to `width` pixels, each line with the runs `block` draws it in.

        A paragraph's levels are resolved whole before it is broken into lines (UAX #9): a neutral keeps
        the direction of the words around it even when a line ends beside it.
        """
        out: list[Line] = []
        for paragraph in text.split("\n"):
            direction = base_direction(paragraph)
            spans = self._spans(paragraph, style, width)
            if plain(paragraph, direction):  # most of what the game draws: nothing to reorder
                out.extend(Line(paragraph[a:b], direction, (Run(paragraph[a:b], 0),) if b > a else (), a) for a, b in spans)
                continue
            laid = _paragraph_runs(paragraph, tuple(spans), direction)
            out.extend(Line(paragraph[a:b], direction, runs, a) for (a, b), runs in zip(spans, laid, strict=True))
        return out

    def wrap(self, text: str, style: TextStyle, width: int) -> list[str]:
        """Greedy word wrap, measuring each word once (a word wider than the line is broken)."""
        return [paragraph[a:b] for paragraph in text.split("\n") for a, b in self._spans(paragraph, style, width)]

    def _spans(self, paragraph: str, style: TextStyle, width: int) -> list[tuple[int, int]]:
        """Where each wrapped line of `paragraph` begins and ends in it; the space a line breaks at belongs to neither."""
        space = self.measure(" ", style)
        spans: list[tuple[int, int]] = []
        current: list[str] = []
        used = begin = at = 0  # `begin`: where the line being filled starts; `at`: where the next word starts
        for word in paragraph.split(" "):
            wide = self.measure(word, style)
            while wide > width and len(word) > 1:
                if current:
                    spans.append((begin, at - 1))
                    current, used = [], 0
                cut = self._fit(word, style, width)
                hyphen = word.rfind("-", 0, cut)
                if hyphen > 0:  # a double name breaks after its hyphen, not in the middle of a name
                    cut = hyphen + 1
                spans.append((at, at + cut))
                word, at = word[cut:], at + cut
                wide = self.measure(word, style)
            if current and not self._fits(current, word, used + space + wide, style, width):
                spans.append((begin, at - 1))
                current, used = [], 0
            if not current:
                begin = at
            used = used + space + wide if current else wide
            current.append(word)
            at += len(word) + 1
        spans.append((begin, at - 1))
        return spans

    def _fits(self, current: list[str], word: str, estimate: int, style: TextStyle, width: int) -> bool:
        """Whether `word` fits on the line after `current`. The words' widths summed (`estimate`) can fall a few
        pixels short of the line drawn whole (kerning, rounding): near the edge, the line itself is measured (a space
        at its end draws nothing, as where two spaces meet: it never carries on to start the next line)."""
        if estimate > width:
            return False
        return estimate <= width - width // 10 or self.measure(" ".join([*current, word]).rstrip(" "), style) <= width

    def shortened(self, text: str, style: TextStyle, width: int) -> str:
        """`text`, or as much of it as fits in `width` followed by "…": for a name shown in full elsewhere."""
        if self.measure(text, style) <= width:
            return text
        cut = self._fit(text, style, max(1, width - self.measure("…", style)))
        short = text[:cut].rstrip() + "…"
        layout_model.shortened_on_purpose(short)
        return short

    def _fit(self, text: str, style: TextStyle, width: int) -> int:
        low, high = 1, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if self.measure(text[:middle], style) <= width:
                low = middle
            else:
                high = middle - 1
        return max(1, low)

    def _render_line(self, text: str, style: TextStyle, color: Color, direction: str | None = None) -> pygame.Surface:
        return self._render_pieces(pieces(text, style.role, direction), style, color)

    def _render_pieces(self, laid: tuple[tuple[int, str, str | None], ...], style: TextStyle, color: Color) -> pygame.Surface:
        parts = [
            self._render_part(self._font(style, index, script), part, color, self._trim(style, index, part))
            for index, part, script in laid
        ]
        height = self.line_height(style)
        width = sum(part.get_width() for part in parts)
        surface = pygame.Surface((max(1, width), height), pygame.SRCALPHA)
        x = 0
        primary_ascent = self.fonts.get(style.role, 0, style.size, style.bold).get_ascent()
        for (index, _, _), part in zip(laid, parts, strict=True):
            ascent = self.fonts.get(style.role, index, style.size, style.bold).get_ascent()
            surface.blit(part, (x, primary_ascent - ascent))
            x += part.get_width()
        return surface

    def _remember(self, key: tuple[object, ...], surface: pygame.Surface) -> None:
        self._cache[key] = surface
        self._held += _weight(surface)
        while self._held > self._cache_bytes and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            self._held -= _weight(old)


@functools.lru_cache(maxsize=4096)
def last_words_together(text: str) -> str:
    """`text` with each paragraph's last two words joined by a space no line breaks at, so that a paragraph of
    three words or more never ends on a line of one word alone (a name closing a sentence, "…9 for / Noa.")."""
    out = []
    for paragraph in text.split("\n"):
        head, space, last = paragraph.rstrip(" ").rpartition(" ")
        out.append(f"{head}\u00a0{last}" if space and head.strip(" ").count(" ") else paragraph)
    return "\n".join(out)


def pieces(text: str, role: str, direction: str | None = None) -> tuple[tuple[int, str, str | None], ...]:
    """(font index, text, right-to-left script or None) in the order they are drawn from left to right.

    `direction` is the paragraph's ("ltr"/"rtl"); None takes it from `text`'s first strong letter.
    """
    return _pieces_of(visual_runs(text, direction), role)


@functools.lru_cache(maxsize=512)
def _paragraph_runs(paragraph: str, spans: tuple[tuple[int, int], ...], direction: str) -> tuple[tuple[Run, ...], ...]:
    """Each line's runs in drawn order, from the paragraph's levels resolved once (kept, as `pieces` keeps a line's,
    so drawing the same words again in another colour or place does no bidi work)."""
    found, base = levels(paragraph, direction), 1 if direction == "rtl" else 0
    return tuple(tuple(line_runs(paragraph, found, a, b, base)) for a, b in spans)


@functools.lru_cache(maxsize=1024)
def line_pieces(laid: tuple[Run, ...], role: str) -> tuple[tuple[int, str, str | None], ...]:
    """`pieces` of one line of a wrapped block, from its runs in drawn order (`TextRenderer.laid_out`)."""
    return _pieces_of(laid, role)


def _pieces_of(laid: list[Run] | tuple[Run, ...], role: str) -> tuple[tuple[int, str, str | None], ...]:
    out: list[tuple[int, str, str | None]] = []
    for run in laid:
        shown = "".join(char for char in run.text if char not in CONTROLS) if CONTROLS.intersection(run.text) else run.text
        if not shown:
            continue  # isolates and direction marks steer the order and draw nothing
        found = runs(shown, role)
        if run.rtl:
            out.extend((index, part, script_of(part)) for index, part in reversed(_spaces_joined(found, role)))
        else:
            out.extend((index, part, None) for index, part in found)
    return tuple(out)


def _spaces_joined(found: tuple[tuple[int, str], ...], role: str) -> list[tuple[int, str]]:
    """Spaces between two words of one script font join them, so a right-to-left sentence is shaped as one piece.

    (Spaces are otherwise drawn with the role's own font: the emoji font's space is far wider.)
    """
    emoji = fonts.chain(role).index(fonts.EMOJI)
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(found):
        index, part = found[i]
        if out and part.isspace() and i + 1 < len(found) and found[i + 1][0] == out[-1][0] != emoji:
            out[-1] = (out[-1][0], out[-1][1] + part + found[i + 1][1])
            i += 2
            continue
        out.append((index, part))
        i += 1
    return out


def _weight(surface: pygame.Surface) -> int:
    return int(surface.get_width() * surface.get_height() * surface.get_bytesize())
