"""Where the key hints at the foot of the window go: one row, or, when larger text makes it wider than the window,
rows wrapped upwards, so no hint is cut off at the right edge; and where their one row ends, for what shares the foot."""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from .text import TextRenderer
from .theme import Theme

#: One hint placed: its key, its action, the key's box, and where the action's words start.
HintPlace = tuple[str, str, pygame.Rect, tuple[int, int]]


def hint_rows(theme: Theme, text: TextRenderer, hints: Sequence[tuple[str, str]]) -> list[HintPlace]:
    """Each key hint's place, in the order given, measured at the theme's text size."""
    style = theme.style("hint")
    width, height = theme.size
    row_h = text.line_height(style) + theme.px(4)
    left, right = theme.px(24), width - theme.px(24)
    rows: list[list[tuple[str, str, int, int]]] = [[]]
    x = left
    for key, action in hints:
        box_w = text.measure(key, style) + theme.px(12)
        words_w = text.measure(action, style)
        if rows[-1] and x + box_w + theme.px(6) + words_w > right:
            rows.append([])
            x = left
        rows[-1].append((key, action, x, box_w))
        x += box_w + words_w + theme.px(22)
    bottom = min(height - theme.px(30) + row_h, height - theme.px(6))  # where a row always sat, unless large text needs more
    places: list[HintPlace] = []
    for number, row in enumerate(rows):
        y = bottom - row_h - (len(rows) - 1 - number) * (row_h + theme.px(4))
        for key, action, x, box_w in row:
            box = pygame.Rect(x, y, box_w, row_h)
            places.append((key, action, box, (box.right + theme.px(6), y + theme.px(2))))
    return places


def hints_right(theme: Theme, text: TextRenderer, hints: Sequence[tuple[str, str]]) -> int:
    """Where the row of key hints ends, so something sharing the window's foot can keep clear of it."""
    style = theme.style("hint")
    x = theme.px(24)
    for key, action in hints:
        x += text.measure(key, style) + theme.px(12) + theme.px(6) + text.measure(action, style) + theme.px(22)
    return x
