"""Love map: how well a theme is known shows as a bar, and its words ("1 told · 50% known") sit beside the fill, never
over it, so a half-known theme looks half full at every text size."""

from __future__ import annotations

import pygame
import pytest

from game.core.story_charts import THEMES, ThemeKnowing
from game.ui import layout_model
from game.ui.charts import love_map_figure
from game.ui.theme import TEXT_SIZES

from .pilot import Pilot


def drawn_map(p: Pilot, score: float) -> pygame.Surface:
    """The love map as Our story's panel would hold it, every theme told once and known `score` by both."""
    ui = p.shell.ui
    rows = {seat: tuple(ThemeKnowing(theme, seat, 1, 1, score, None) for theme in THEMES[:6]) for seat in (0, 1)}
    width = ui.theme.size[0]
    surface = layout_model.NotingSurface((width - ui.theme.px(150), ui.theme.px(330)), pygame.SRCALPHA)
    love_map_figure(ui, surface, rows, ("Noa", "Darius"))
    return surface


def noted(surface: pygame.Surface, kind: str) -> list[tuple[str, pygame.Rect]]:
    return [(label, rect) for noted_kind, rect, label, _ in layout_model.notes_of(surface) if noted_kind == kind]


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
@pytest.mark.parametrize("text_size", list(TEXT_SIZES))
def test_half_known_shows_half_a_bar_and_its_words_stay_off_the_fill(pilots, size, text_size) -> None:
    p = pilots(size=size)
    p.shell.ui.set("text_size", text_size)
    half, whole = drawn_map(p, 0.5), drawn_map(p, 1.0)
    fills, full = noted(half, "fill"), noted(whole, "fill")
    assert len(fills) == len(full) == 12, "a bar for each theme, for each of you"
    accent = p.shell.ui.theme.color("accent")
    for (label, fill), (_, entire) in zip(fills, full, strict=True):
        assert 0.45 <= fill.width / entire.width <= 0.55, f"'{label}' is drawn as {fill.width} of {entire.width}"
        shown = pygame.mask.from_threshold(half.subsurface(fill), accent, (1, 1, 1, 255)).count()
        assert shown >= 0.85 * fill.width * fill.height, f"the fill of '{label}' is hidden at {text_size}"
    words = [(label, rect) for label, rect in noted(half, "text") if "%" in label]
    assert len(words) == 12
    for label, rect in words:
        assert rect.collidelist([fill for _, fill in fills]) < 0, f"'{label}' lies over a bar at {text_size}"
