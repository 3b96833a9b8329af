"""Looks as data: colours per theme from assets/themes.json, sizes that follow the window."""

from __future__ import annotations

import functools
import json

from game import resources

from .text import TextStyle

Color = tuple[int, int, int]
TEXT_SIZES = {"small": 0.88, "medium": 1.0, "large": 1.18, "larger": 1.38, "largest": 1.6}  # largest: for low vision
BASE = (1280, 720)


@functools.cache
def _themes() -> dict[str, dict[str, str]]:
    with resources.themes_file().open(encoding="utf-8") as handle:
        loaded: dict[str, dict[str, str]] = json.load(handle)
    return loaded


#: Themes chosen to be able to read the screen at all: no mood of the game (date night's candle-light) replaces them.
FOR_ACCESS = ("high_contrast",)


def theme_in_use(chosen: str, mood: str | None) -> str:
    """The theme to draw with: a screen's own mood (date night's dim, warm palette) over Warm or Dark, which it
    suits — date night is dark already — but never over one chosen for access, like High contrast."""
    return chosen if mood is None or chosen in FOR_ACCESS else mood


def theme_names() -> list[str]:
    return [name for name in _themes() if name != "date_night"]


def theme_label(name: str) -> str:
    return _themes()[name]["label"]


def hex_color(text: str) -> Color:
    text = text.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


class Theme:
    """The look in use: colours by name, and sizes scaled to the window and the text-size setting.

    A plain class rather than a dataclass, which would compile its methods before the first frame (~0.6 ms).
    """

    def __init__(self, name: str, size: tuple[int, int], text_scale: float = 1.0) -> None:
        self.name = name
        self.size = size
        self.text_scale = text_scale

    def color(self, key: str) -> Color:
        return hex_color(_themes()[self.name][key])

    @property
    def unit(self) -> float:
        """One design pixel at 1280×720, scaled to the window so the layout follows it."""
        width, height = self.size
        return max(0.5, min(width / BASE[0], height / BASE[1]))

    def px(self, design_pixels: float) -> int:
        return max(1, round(design_pixels * self.unit))

    @property
    def words(self) -> float:
        """How much larger than at 1280×720 the words are drawn: the window's scale, times the text size chosen.

        On a window up to 1280×720 the chosen size is given whole. A larger window draws everything larger
        already, and what it adds is room: there the chosen enlargement shrinks with the window's area over the
        design's, so Larger on a full-HD window is words a little larger than Larger at 1280×720, with the
        window's extra room left to show them, not a 960×540 layout blown up to fill it (which scrolls just
        as much). The sizes keep their order at every window; Medium is the window's scale alone.
        """
        unit = self.unit
        return float(unit * self.text_scale ** (1 / max(1.0, unit) ** 2))

    def style(self, kind: str) -> TextStyle:
        role, size, bold = _STYLES[kind]
        return TextStyle(role, max(8, round(size * self.words)), bold)


_STYLES = {
    "title": ("card", 64, False),
    "heading": ("card", 34, False),
    "card": ("card", 30, False),
    "card_small": ("card", 23, False),
    "body": ("ui", 19, False),
    "body_bold": ("ui", 19, True),
    "button": ("ui", 18, True),
    "button_unavailable": ("ui", 18, False),  # a disabled button's words: lighter than an able one's
    "small": ("ui", 15, False),
    "hint": ("ui", 14, False),
}
