"""The window's background: the theme's glow fading down into its background colour, drawn as bands of one colour.

Filling a few dozen bands costs what copying a whole-window picture of them would, without making that picture
(~2 ms before the first frame, and a window's worth of memory).
"""

from __future__ import annotations

import itertools
import math

import pygame

from .drawing import mix
from .theme import Theme

Band = tuple[tuple[int, int, int], pygame.Rect]


class Backdrop:
    """The background's bands, made once per window size and theme."""

    def __init__(self) -> None:
        self._made: tuple[tuple[object, ...], list[Band]] | None = None

    def bands(self, theme: Theme, size: tuple[int, int]) -> list[Band]:
        key = (size, theme.name)
        if self._made is None or self._made[0] != key:
            top, bottom = theme.color("background_glow"), theme.color("background")
            height = max(1, size[1])
            span = height * 0.75  # the glow fades over the top three quarters; below, every row is `bottom`
            ramp = min(height, math.ceil(span))
            rows = [mix(top, bottom, y / span) for y in range(ramp)] + [bottom] * (height - ramp)
            bands, y = [], 0
            for color, band in itertools.groupby(rows):
                count = len(list(band))
                bands.append((color, pygame.Rect(0, y, size[0], count)))
                y += count
            self._made = (key, bands)
        return self._made[1]

    def draw(self, surface: pygame.Surface, theme: Theme) -> None:
        for color, band in self.bands(theme, surface.get_size()):
            surface.fill(color, band)
