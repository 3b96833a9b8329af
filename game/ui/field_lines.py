"""The lines a text field shows, drawn as the same words are drawn once saved, and the way between them and the typed text.

A partner's answer is drawn on the card and in Our story as a wrapped block (text.py): each paragraph's
bidi levels are resolved whole, the paragraph is wrapped word by word, and each line is reordered from
its share of those levels. The field lays its value out the same way, so a Persian answer with an
English word, or a Hebrew question ending in "?", reads in the field as it will read once saved. Each
line keeps where it begins in the field's value: the caret, a selection and a click go between an
index in the value and a place on the drawn line through the line's runs.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from .bidi import Run, base_direction, levels, line_runs, visual_runs
from .text import TextRenderer, TextStyle


class FieldLine(NamedTuple):
    start: int  # where the line begins in the field's value
    text: str  # in typed order; the space a wrapped line breaks at belongs to neither line
    direction: str  # its paragraph's: "ltr" or "rtl"
    runs: tuple[Run, ...]  # in the order they are drawn from left to right; each run's start is in `text`


def field_lines(renderer: TextRenderer, value: str, style: TextStyle, width: int, multiline: bool) -> tuple[FieldLine, ...]:
    """`value` as the field shows it: wrapped to `width` as `TextRenderer.laid_out` wraps it (one line unless `multiline`)."""
    if not multiline:
        return (_one_line(value),)
    out: list[FieldLine] = []
    position = 0
    for paragraph in value.split("\n"):
        out.extend(
            FieldLine(position + line.start, line.text, line.direction, line.runs)
            for line in renderer.laid_out(paragraph, style, width)
        )
        position += len(paragraph) + 1
    return tuple(out)


def secret_line(value: str) -> FieldLine:
    """A passphrase's line: a dot for each letter, left to right."""
    dots = "•" * len(value)
    return FieldLine(0, dots, "ltr", (Run(dots, 0),) if dots else ())


@functools.lru_cache(maxsize=64)
def _one_line(value: str) -> FieldLine:
    direction = base_direction(value)
    return FieldLine(0, value, direction, tuple(visual_runs(value, direction)))


@functools.lru_cache(maxsize=64)
def composing(value: str, line: FieldLine, column: int, composition: str) -> FieldLine:
    """`line` with text still being composed (an input method's) shown at `column`, ordered from its paragraph with it in."""
    begin = value.rfind("\n", 0, line.start) + 1
    end = value.find("\n", line.start)
    paragraph = value[begin : end if end >= 0 else len(value)]
    at = line.start - begin + column
    paragraph = paragraph[:at] + composition + paragraph[at:]
    direction = base_direction(paragraph)
    first = line.start - begin
    text = line.text[:column] + composition + line.text[column:]
    runs = line_runs(paragraph, levels(paragraph, direction), first, first + len(text), 1 if direction == "rtl" else 0)
    return FieldLine(line.start, text, direction, tuple(runs))


def level_at(line: FieldLine, index: int) -> int:
    """The bidi level `line.text[index]` is drawn at."""
    for run in line.runs:
        if run.start <= index < run.start + len(run.text):
            return run.level
    return 0


def caret_x(renderer: TextRenderer, line: FieldLine, column: int, style: TextStyle, nudge: int = 0) -> int:
    """Where the caret before `line.text[column]` is drawn, from the left edge of the drawn line.

    After a right-to-left letter the caret is on the letter's left, `nudge` pixels further: off a final letter's tail.
    """
    x = renderer.caret_x(line.text, column, style, line.direction, line.runs)
    return x - nudge if column > 0 and level_at(line, column - 1) % 2 else x


def column_at(renderer: TextRenderer, line: FieldLine, x: int, style: TextStyle, nudge: int = 0) -> int:
    """The column whose caret is drawn nearest `x` (from the left edge of the drawn line): where a click puts it."""
    places = [abs(caret_x(renderer, line, column, style, nudge) - x) for column in range(len(line.text) + 1)]
    return places.index(min(places))


def stretches(renderer: TextRenderer, line: FieldLine, low: int, high: int, style: TextStyle) -> list[tuple[int, int]]:
    """Where `line.text[low:high]` is drawn, as (left, right) stretches from the line's left edge.

    A selection of typed text that runs across a change of direction is drawn in more than one place:
    "Lisbon" and the Persian word after it are next to each other as typed, at two ends of the line as read.
    """
    out: list[tuple[int, int]] = []
    x = 0
    for run in line.runs:
        wide = renderer.run_width(run, style)
        first, last = max(low, run.start) - run.start, min(high, run.start + len(run.text)) - run.start
        if last > first:
            if run.rtl:  # measured from the run's left end, as the caret is
                left = renderer.run_width(Run(run.text[last:], run.level), style)
                out.append((x + left, x + min(wide, renderer.run_width(Run(run.text[first:], run.level), style))))
            else:
                left = renderer.run_width(Run(run.text[:first], run.level), style)
                out.append((x + left, x + renderer.run_width(Run(run.text[:last], run.level), style)))
        x += wide
    return out
