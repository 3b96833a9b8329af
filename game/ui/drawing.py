"""Drawing helpers shared by scenes: panels, headings, the card face with its shadow.

The words a scene draws go through `text_at`, `paragraph` or `put`, which note where they lie on the window
(words_drawn.py): a toast keeps clear of them.
"""

from __future__ import annotations

import functools
from typing import Any

import pygame

from . import layout_model
from .context import Context as UI
from .theme import hex_color

Color = tuple[int, int, int]


def panel(surface: pygame.Surface, ui: UI, rect: pygame.Rect, color: str = "surface") -> None:
    theme = ui.theme
    pygame.draw.rect(surface, theme.color(color), rect, border_radius=theme.px(18))
    pygame.draw.rect(surface, theme.color("surface_border"), rect, width=1, border_radius=theme.px(18))
    layout_model.note(surface, "panel", rect)


def text_at(
    surface: pygame.Surface, ui: UI, text: str, style: str, pos: tuple[int, int], color: str = "text", anchor: str = "topleft"
) -> pygame.Rect:
    rendered = ui.text.line(text, ui.theme.style(style), ui.theme.color(color))
    rect = rendered.get_rect(**{anchor: pos})
    surface.blit(rendered, rect)
    ui.words.add(surface, rect)
    return rect


def paragraph(
    surface: pygame.Surface,
    ui: UI,
    text: str,
    style: str,
    rect: pygame.Rect,
    color: str = "text",
    align: str = "left",
) -> int:
    """Wrapped text inside `rect` (top-aligned); returns the height used."""
    rendered = ui.text.block(text, ui.theme.style(style), ui.theme.color(color), rect.width, align)
    surface.blit(rendered, rect.topleft)
    ui.words.add(surface, rendered.get_rect(topleft=rect.topleft))
    return int(rendered.get_height())


def put(surface: pygame.Surface, ui: UI, source: pygame.Surface, dest: Any, area: Any = None) -> pygame.Rect:
    """Blit `source` (a block of words, or a surface with words drawn into it: a card's face, a chart) onto
    `surface`, noting where its words lie."""
    done = surface.blit(source, dest, area)
    ui.words.put(surface, source, dest, area, done)
    return done


@functools.lru_cache(maxsize=2)
def _shadow(width: int, height: int, radius: int, spread: int, color: Color) -> pygame.Surface:
    """A soft shadow made once per size: stacked translucent rounded rectangles."""
    surface = pygame.Surface((width + 2 * spread, height + 2 * spread), pygame.SRCALPHA)
    steps = max(1, spread // 2)
    for step in range(steps):
        inset = step * spread // steps
        alpha = int(60 * (step + 1) / steps / steps * 2)
        rect = pygame.Rect(inset, inset, width + 2 * (spread - inset), height + 2 * (spread - inset))
        pygame.draw.rect(surface, (*color, min(255, alpha)), rect, border_radius=radius + spread - inset)
    return surface


def card_face(ui: UI, size: tuple[int, int], deck_color: str) -> pygame.Surface:
    """A new blank card with a deck-coloured band and a shadow (the blank is made once per size and theme)."""
    radius, spread = ui.theme.px(22), ui.theme.px(14)
    surface = _blank_face(size, ui.theme.name, ui.theme.color("card"), radius, spread).copy()
    accent = hex_color(deck_color)
    body = pygame.Rect(spread, spread, *size)
    band = pygame.Rect(body.left, body.top, size[0], max(8, radius))
    pygame.draw.rect(surface, accent, band, border_top_left_radius=radius, border_top_right_radius=radius)
    pygame.draw.rect(surface, accent, body, width=2, border_radius=radius)
    layout_model.note_inside(surface, "card", body, "the card")
    return surface


@functools.lru_cache(maxsize=2)
def _blank_face(size: tuple[int, int], theme: str, fill: Color, radius: int, spread: int) -> pygame.Surface:
    width, height = size
    shadow = _shadow(width, height, radius, spread, (40, 20, 10))
    surface = layout_model.NotingSurface(shadow.get_size(), pygame.SRCALPHA)  # its copies note the text put on them
    surface.blit(shadow, (0, spread // 2))
    pygame.draw.rect(surface, fill, pygame.Rect(spread, spread, width, height), border_radius=radius)
    return surface


def mix(a: Color, b: Color, share: float) -> Color:
    return (
        round(a[0] + (b[0] - a[0]) * share),
        round(a[1] + (b[1] - a[1]) * share),
        round(a[2] + (b[2] - a[2]) * share),
    )


def heart(surface: pygame.Surface, color: Color, center: tuple[int, int], size: int) -> None:
    """The game's mark: a heart, drawn large once and smoothly scaled down."""
    mark = _heart(color, max(4, size))
    surface.blit(mark, mark.get_rect(center=center))


@functools.lru_cache(maxsize=32)
def _heart(color: Color, size: int) -> pygame.Surface:
    big = size * 4
    canvas = pygame.Surface((big, big), pygame.SRCALPHA)
    r = big // 4
    cx, cy = big // 2, big // 2
    pygame.draw.circle(canvas, color, (cx - r + r // 8, cy - r // 2), r)
    pygame.draw.circle(canvas, color, (cx + r - r // 8, cy - r // 2), r)
    pygame.draw.polygon(
        canvas, color, [(cx - 2 * r + r // 7, cy - r // 6), (cx + 2 * r - r // 7, cy - r // 6), (cx, cy + int(1.75 * r))]
    )
    return pygame.transform.smoothscale(canvas, (size, size))


def dot(surface: pygame.Surface, color: Color, center: tuple[int, int], radius: int, filled: bool = True) -> None:
    """A smooth dot (filled) or ring, supersampled."""
    mark = _dot(color, radius, filled)
    surface.blit(mark, mark.get_rect(center=center))


@functools.lru_cache(maxsize=32)
def _dot(color: Color, radius: int, filled: bool) -> pygame.Surface:
    big = radius * 8
    canvas = pygame.Surface((big + 8, big + 8), pygame.SRCALPHA)
    pygame.draw.circle(canvas, color, (big // 2 + 4, big // 2 + 4), big // 2, width=0 if filled else max(4, big // 6))
    return pygame.transform.smoothscale(canvas, (2 * radius + 2, 2 * radius + 2))
