"""Hebrew, Arabic and Persian draw right to left and shaped, with real fonts."""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest

from game.ui import fonts
from game.ui.text import TextRenderer, TextStyle, pieces

INK = (20, 20, 20)
STYLE = TextStyle("ui", 28)
HEBREW = "שלום"
ARABIC = "مرحبا"
PERSIAN = "می\u200cخواهم قهوه بنوشم"


@pytest.fixture(scope="module")
def text() -> Iterator[TextRenderer]:
    pygame.font.init()
    yield TextRenderer()


def index_of(name: str) -> int:
    return next(i for i, path in enumerate(fonts.chain("ui")) if name in path.name)


def pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGBA")


def placed(text: TextRenderer, font: pygame.font.Font, rendered: pygame.Surface, width: int) -> pygame.Surface:
    """`rendered` on a line surface the way the renderer places a fallback font's piece."""
    surface = pygame.Surface((width, text.line_height(STYLE)), pygame.SRCALPHA)
    primary = text.fonts.get("ui", 0, STYLE.size)
    surface.blit(rendered, (0, primary.get_ascent() - font.get_ascent()))
    return surface


def ink_columns(surface: pygame.Surface) -> list[int]:
    return [x for x in range(surface.get_width()) if any(surface.get_at((x, y)).a for y in range(surface.get_height()))]


def test_a_hebrew_word_starts_at_the_right(text: TextRenderer):
    # Hebrew letters do not join, so drawing "אב" right to left is drawing "בא" left to right, pixel for pixel
    hebrew = text.fonts.get("ui", index_of("Hebrew"), STYLE.size)
    line = text.line("אב", STYLE, INK)
    assert pixels(line) == pixels(placed(text, hebrew, hebrew.render("בא", True, INK), line.get_width()))
    assert pixels(line) != pixels(placed(text, hebrew, hebrew.render("אב", True, INK), line.get_width()))


def test_an_arabic_word_is_shaped_with_its_letters_joined(text: TextRenderer):
    arabic = text.fonts.get("ui", index_of("Arabic"), STYLE.size)  # left to right, no script: letters one by one
    loose = arabic.render(ARABIC, True, INK)
    line = text.line(ARABIC, STYLE, INK)
    assert line.get_width() < loose.get_width()  # joined letters take less room than their isolated forms
    assert line.get_width() == text.measure(ARABIC, STYLE)
    reversed_loose = arabic.render(ARABIC[::-1], True, INK)
    assert pixels(line) != pixels(placed(text, arabic, reversed_loose, line.get_width()))


def test_a_persian_answer_with_a_zero_width_non_joiner_is_one_shaped_piece(text: TextRenderer):
    assert pieces(PERSIAN, "ui") == ((index_of("Arabic"), PERSIAN, "Arab"),)
    arabic = text.fonts.get("ui", index_of("Arabic"), STYLE.size)
    line = text.line(PERSIAN, STYLE, INK)
    assert line.get_width() == text.measure(PERSIAN, STYLE) < arabic.size(PERSIAN)[0]


def test_hebrew_english_numbers_and_an_emoji_are_laid_out_from_the_right(text: TextRenderer):
    mixed = HEBREW + " Kofi 123 😀"
    laid = pieces(mixed, "ui")
    emoji, hebrew = index_of("Emoji"), index_of("Hebrew")
    assert [part for _, part, _ in laid] == ["😀", " ", "Kofi 123", " ", HEBREW]
    assert laid[0][0] == emoji and laid[-1] == (hebrew, HEBREW, "Hebr")
    assert laid[2] == (0, "Kofi 123", None)  # the English and the number keep their own order
    line = text.line(mixed, STYLE, INK)
    assert line.get_width() == text.measure(mixed, STYLE)
    alone = text.line(HEBREW, STYLE, INK)
    right_end = line.subsurface((line.get_width() - alone.get_width(), 0, alone.get_width(), line.get_height()))
    assert pixels(right_end.copy()) == pixels(alone)  # the first word, Hebrew, sits at the right end


def test_right_to_left_fonts_never_change_left_to_right_text(text: TextRenderer):
    before = pixels(text._render_line("Noa (and) Kofi", STYLE, INK))
    text.line(HEBREW + " (" + ARABIC + ")", STYLE, INK)
    text.line(PERSIAN, STYLE, INK)
    assert pixels(text._render_line("Noa (and) Kofi", STYLE, INK)) == before
    assert text.fonts.get("ui", 0, STYLE.size) is not text.fonts.get("ui", 0, STYLE.size, rtl_script="Hebr")


def test_a_right_to_left_paragraph_starts_at_the_right_of_a_block(text: TextRenderer):
    block = text.block("Kofi\n" + HEBREW, STYLE, INK, 400)
    height = text.line_height(STYLE)
    english = ink_columns(block.subsurface((0, 0, 400, height)))
    hebrew = ink_columns(block.subsurface((0, height, 400, height)))
    assert english[0] < 10 and english[-1] < 200
    assert hebrew[0] > 200 and hebrew[-1] > 390
    centred = ink_columns(text.block(HEBREW, STYLE, INK, 400, align="center"))
    assert centred[0] > 100 and centred[-1] < 300


def test_a_long_right_to_left_paragraph_wraps_by_words_and_reads_from_the_right(text: TextRenderer):
    sentence = "אני אוהבת לשתות קפה עם חלב בבוקר ולקרוא ספר טוב"
    lines = text.wrap(sentence, STYLE, 220)
    assert len(lines) > 1 and " ".join(lines) == sentence and lines[0].startswith("אני")
    block = text.block(sentence, STYLE, INK, 220)
    first = text._render_line(lines[0], STYLE, INK, "rtl")
    height = text.line_height(STYLE)
    right = block.subsurface((220 - first.get_width(), 0, first.get_width(), height)).copy()
    expected = pygame.Surface(first.get_size(), pygame.SRCALPHA)
    expected.blit(first, (0, 0))
    assert pixels(right) == pixels(expected)


def test_a_text_field_puts_the_caret_after_the_last_typed_hebrew_letter_on_the_left(text: TextRenderer):
    # typing right to left, the caret follows the text leftwards
    width = text.measure(HEBREW, STYLE)
    assert text.caret_x(HEBREW, 0, STYLE) == width
    assert text.caret_x(HEBREW, len(HEBREW), STYLE) == 0
    assert 0 < text.caret_x(HEBREW, 2, STYLE) < width
    assert text.caret_x("Kofi", 4, STYLE) == text.measure("Kofi", STYLE)
