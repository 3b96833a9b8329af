"""Date night's candle-lit palette takes the place of Warm and Dark, never of High contrast.

Every palette an evening can be drawn in reads at WCAG AA: words 4.5:1 on what they sit on, a control's
edge or an unavailable button's words 3:1. Its setup fits a 1920×1080 screen at Larger text without
scrolling, each length on one line.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pygame
import pytest

from game.ui.theme import Theme
from game.ui.widgets import Button

from .date_night_tour import set_up
from .test_layout import _contrast
from .tour import start

#: Words and what they are drawn on: 4.5:1 (WCAG AA for text).
WORDS = [
    ("text", "background"),
    ("text", "surface"),
    ("text", "field"),
    ("muted", "background"),
    ("muted", "surface"),
    ("button_text", "button"),
    ("button_text", "button_hover"),
    ("accent_text", "accent"),
    ("card_text", "card"),
    ("card_muted", "card"),
    ("curtain_text", "curtain"),
    ("good", "background"),
    ("close", "background"),
    ("danger", "background"),
]
#: A control's edge, or the words of a button with nothing to do (on its own fill or on the page): 3:1.
CONTROLS = [
    ("disabled", "surface"),
    ("disabled", "background"),
    ("accent", "background"),
    ("accent", "surface"),
    ("field_border", "field"),
    ("focus", "background"),
]


@pytest.mark.parametrize("chosen", ["warm", "dark", "high_contrast"])
def test_date_night_follows_high_contrast_and_dims_warm_and_dark(tmp_path: Path, now: datetime, chosen: str) -> None:
    p = start(tmp_path / "data", now)
    try:
        p.shell.ui.set("theme", chosen)
        expected = "high_contrast" if chosen == "high_contrast" else "date_night"
        p.click("Date night")
        assert p.scene_name == "DateNightSetupScene"
        assert p.shell.ui.theme.name == expected
        p.press(pygame.K_ESCAPE)
        assert p.scene_name == "HomeScene" and p.shell.ui.theme.name == chosen, "home again, in the couple's own theme"
        set_up(p)
        assert p.scene_name == "DateNightScene"
        assert "Begin our evening" in p.labels() and not p.widget("Begin our evening").enabled
        assert p.shell.ui.theme.name == expected, "the evening itself keeps the chosen look"
    finally:
        p.close()


@pytest.mark.parametrize("palette", ["date_night", "high_contrast"])
def test_every_palette_of_an_evening_reads_at_wcag_aa(palette: str) -> None:
    t = Theme(palette, (1280, 720))
    weak = [(a, b, round(_contrast(t.color(a), t.color(b)), 2)) for a, b in WORDS if _contrast(t.color(a), t.color(b)) < 4.5]
    weak += [(a, b, round(_contrast(t.color(a), t.color(b)), 2)) for a, b in CONTROLS if _contrast(t.color(a), t.color(b)) < 3.0]
    assert not weak, f"{palette}: too faint to read (colour, on, ratio): {weak}"


@pytest.mark.parametrize("theme", ["warm", "high_contrast"])
def test_date_night_setup_fits_1920x1080_at_larger_text(tmp_path: Path, now: datetime, theme: str) -> None:
    p = start(tmp_path / "data", now, size=(1920, 1080))
    try:
        p.shell.ui.set("theme", theme)
        p.shell.ui.set("text_size", "larger")
        p.click("Date night")
        scene, ui = p.scene, p.shell.ui
        page = scene.page  # type: ignore[attr-defined]
        assert not page.scrolls, f"the setup needs {page.content} px, the screen has {page.area.height}"
        go = p.widget("Set our limits in private")
        assert page.area.contains(go.rect), f"the button at {go.rect} is cut by the page's edge at {page.area}"
        one_line = ui.text.line_height(ui.theme.style("button"))
        for label in ("Set our limits in private", "30 minutes", "60 minutes", "90 minutes"):
            button = p.widget(label)
            assert isinstance(button, Button)
            # The height its words need, apart from the least a button is (on a big window, taller than one line).
            assert button.fit_height(ui, 0) < 2 * one_line, f"'{label}' wraps onto two lines ({button.rect})"
    finally:
        p.close()
