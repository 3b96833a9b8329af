"""An emoji in a name sits as close to the punctuation after it as one letter sits to the next.

The emoji font draws each emoji in the middle of a wide square, with room either side for an emoji
standing alone; in a line of words, "Sam 🌻's turn" looked like "Sam 🌻 's turn". The gap is measured
in ink: from the last inked column of the name drawn alone to the first inked column after it in the
sentence (the name is drawn in the same pixels in both, each font's piece being drawn on its own).
"""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest

from game.ui.bidi import isolate
from game.ui.text import TextRenderer, TextStyle
from game.ui.theme import Theme

INK = (20, 20, 20)
NAMES = ["Sam 🌻", "Sam", "شیرین", "שירה", "Sam 🌻🌻", "🌻"]
AFTER = ["'s turn", ", answer aloud.", ": they / them", "."]
#: A little more than a pixel or two of anti-aliasing and rounding, at the size the text is drawn.
TOLERANCE = 0.06


@pytest.fixture(scope="module")
def text() -> Iterator[TextRenderer]:
    pygame.font.init()
    yield TextRenderer()


def inked(surface: pygame.Surface) -> list[int]:
    """The columns of `surface` with any ink in them."""
    alpha = pygame.surfarray.pixels_alpha(surface)
    return [x for x in range(surface.get_width()) if alpha[x].any()]


def gap_after(text: TextRenderer, name: str, after: str, style: TextStyle) -> int:
    """Pixels of bare paper between the ink of `name` and the ink of `after`, in the sentence `name` + `after`."""
    alone = text.line(isolate(name), style, INK, "ltr")
    whole = text.line(isolate(name) + after, style, INK, "ltr")
    end = max(inked(alone)) + 1
    start = min(x for x in inked(whole) if x >= end)
    return start - end


STYLES = [Theme("warm", (1920, 1080), 1.38).style("body_bold"), Theme("warm", (1280, 720)).style("body"), TextStyle("card", 30)]


@pytest.mark.parametrize("style", STYLES, ids=lambda s: f"{s.role}-{s.size}{'-bold' if s.bold else ''}")
@pytest.mark.parametrize("after", AFTER)
@pytest.mark.parametrize("name", NAMES)
def test_a_name_ends_as_close_to_the_punctuation_after_it_as_letters_do(
    text: TextRenderer, name: str, after: str, style: TextStyle
) -> None:
    letters = gap_after(text, "Sam", after, style)
    gap = gap_after(text, name, after, style)
    assert gap <= letters + max(2, round(style.size * TOLERANCE)), (
        f"{name!r} then {after!r} at {style.size} px: {gap} px of space where letters leave {letters}"
    )


@pytest.mark.parametrize("style", STYLES, ids=lambda s: f"{s.role}-{s.size}{'-bold' if s.bold else ''}")
def test_an_emoji_after_a_space_is_as_far_from_the_word_before_as_a_letter_is(text: TextRenderer, style: TextStyle) -> None:
    """The room the emoji font keeps on the emoji's left no longer widens the space before it."""

    def gap_before(last: str) -> int:
        word = text.line("Sam", style, INK)
        whole = text.line(f"Sam {last}", style, INK)
        end = max(inked(word)) + 1
        return min(x for x in inked(whole) if x >= end) - end

    assert gap_before("🌻") <= gap_before("W") + max(2, round(style.size * TOLERANCE))


def test_measured_width_is_the_drawn_width_with_an_emoji(text: TextRenderer) -> None:
    """Wrapping and centring measure a line as wide as it is drawn, emoji and all."""
    for style in STYLES:
        for line in ("Sam 🌻's turn", "🌻", "شیرین 🌻, answer", "a 🌻🌻 b"):
            assert text.measure(line, style) == text.line(line, style, INK).get_width(), (line, style)
