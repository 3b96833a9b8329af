"""A button with nothing to do ("Undo" with nothing to undo, "Begin our evening" before both have pledged) is drawn
unavailable in every theme, and its words still read: at 3:1 or more (WCAG) on every surface a button sits on. It
is told apart by its shape, not by fading out: no fill but the surface, an outline, and words of a lighter weight.
"""

from __future__ import annotations

import pygame
import pytest

from game.ui.theme import Theme, theme_names
from game.ui.widgets import Button

from .test_layout import _contrast

#: What a button's words can be drawn on: the page (its plain colour and the glow across it), the panels, and a
#: row's own fill (a stepper's part with nothing more to give).
UNDER = ("background", "background_glow", "surface", "button")
THEMES = [*theme_names(), "date_night"]


@pytest.mark.parametrize("theme", THEMES)
def test_a_disabled_buttons_words_read_at_3_to_1_on_every_surface(theme: str) -> None:
    t = Theme(theme, (1280, 720))
    faint = {under: round(_contrast(t.color("disabled"), t.color(under)), 2) for under in UNDER}
    faint = {under: ratio for under, ratio in faint.items() if ratio < 3.0}
    assert not faint, f"{theme}: a disabled button's words are too faint on {faint}"


@pytest.mark.parametrize("kind", ["primary", "secondary", "quiet"])
def test_a_disabled_button_is_unfilled_outlined_and_lighter(pilots, kind: str) -> None:
    """Drawn as it is on screen: the surface inside an outline (none for a quiet one), never its own fill, hovered or
    not; the words in the disabled colour and not bold."""
    p = pilots()
    ui = p.shell.ui
    t = ui.theme
    canvas = pygame.Surface(t.size)
    canvas.fill(t.color("background"))
    button = Button("Undo", lambda: None, kind=kind)
    button.rect = pygame.Rect(100, 100, 220, 54)
    button.enabled = False
    button.draw(canvas, ui, focused=False, hovered=True)
    inside = canvas.get_at((button.rect.left + 6, button.rect.centery))[:3]
    edge = canvas.get_at((button.rect.left, button.rect.centery))[:3]
    if kind == "quiet":
        assert inside == t.color("background") and edge == t.color("background")
    else:
        assert inside == t.color("surface") and edge == t.color("surface_border")
    drawn = {canvas.get_at((x, y))[:3] for x in range(button.rect.left, button.rect.right) for y in range(100, 154)}
    assert t.color("disabled") in drawn and t.color("button_text") not in drawn
    assert not t.style("button_unavailable").bold and t.style("button").bold
