"""An answer box draws right-to-left and mixed text as the card and Our story draw it once saved.

Each paragraph's levels are resolved whole and each wrapped line is reordered from its share of them
(UAX #9), in the field as in every block of text. Drawn line by line, a line of an English answer that
began with a Persian number put the number on the wrong side, and a "،" typed after a Persian word
at a line's end sat on the line's far right until the answer was saved. The caret, a click, a
selection and the keys that move by line follow the lines as they are drawn.
"""

from __future__ import annotations

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.ui.bidi import seen, visual_order
from game.ui.intents import Edit, Point, Text
from game.ui.text import Line
from game.ui.text_field import TextField

#: An English answer ending in Persian: "I'd like us to go to Lisbon, 3 days by the sea".
PERSIAN = "My favourite: دوست دارم با تو به Lisbon برویم، ۳ روز کنار دریا"
#: An English answer ending in Hebrew: "cinema tickets 25 shekels and 30 for popcorn, 55 in all".
HEBREW = "Kofi paid for the tickets: כרטיסים לסרט 25 שקלים ו-30 לפופקורן, בסך הכל 55."


@pytest.fixture
def field(data_root, now):
    from .pilot import Pilot

    pilot = Pilot(data_root, now)
    widget = TextField("Answer", multiline=True)
    widget.rows = 8
    yield widget, pilot.shell.ui
    pilot.close()


def sized(widget: TextField, ui, words_width: int) -> pygame.Rect:
    """Give the field room for lines `words_width` wide, and tall enough to show every line; the words' box."""
    pad = ui.theme.px(12)
    height = (widget.rows + 1) * ui.text.line_height(ui.theme.style("body"))
    widget.rect = pygame.Rect(40, 40, words_width + 2 * pad, height)
    return widget.rect.inflate(-2 * pad, -2 * pad)


def drawn(widget: TextField, ui) -> pygame.Surface:
    surface = pygame.display.get_surface()
    surface.fill((0, 0, 0))
    widget.draw(surface, ui, True, False)
    return surface


def typed(widget: TextField, ui, text: str) -> None:
    for char in text:
        widget.handle(Text(char), ui)
        drawn(widget, ui)


def row_middle(widget: TextField, ui, row: int) -> int:
    height = ui.text.line_height(ui.theme.style("body"))
    return widget.rect.top + ui.theme.px(12) + row * height + height // 2


def caret_at(widget: TextField, ui, row: int) -> float:
    """Where the caret is drawn on `row`, read from the screen (the middle of its stroke)."""
    surface = drawn(widget, ui)
    focus = pygame.Color(*ui.theme.color("focus"))
    edge = ui.theme.px(4)
    y = row_middle(widget, ui, row)
    found = [x for x in range(widget.rect.left + edge, widget.rect.right - edge) if surface.get_at((x, y)) == focus]
    assert found, f"no caret on row {row}"
    return sum(found) / len(found)


def lines_as_drawn(widget: TextField, ui, words_width: int) -> list[str]:
    """Each line the field draws, as read from left to right, in the order the lines are drawn."""
    renderer = ui.text
    out: list[str] = []
    line, laid_line = renderer.line, renderer.laid_line

    def noting_line(text, style, color, direction=None):
        out.append(visual_order(text, direction))
        return line(text, style, color, direction)

    def noting_laid(laid, style, color):
        out.append(seen(laid))
        return laid_line(laid, style, color)

    renderer.line, renderer.laid_line = noting_line, noting_laid
    try:
        sized(widget, ui, words_width)
        drawn(widget, ui)
    finally:
        del renderer.line, renderer.laid_line
    return out


def typed_persian(widget: TextField, ui) -> tuple[pygame.Rect, int]:
    """The Persian answer typed into a field 390 wide: the words' box, and where its second line ("۳ …") begins."""
    words = sized(widget, ui, 390)
    typed(widget, ui, PERSIAN)
    return words, PERSIAN.index("۳")


def test_a_persian_line_of_an_english_answer_is_drawn_as_it_will_be_on_the_card(field):
    widget, ui = field
    sized(widget, ui, 390)
    typed(widget, ui, PERSIAN)
    style = ui.theme.style("body")
    saved = [seen(line.runs) for line in ui.text.laid_out(PERSIAN, style, 390)]
    assert saved == ["My favourite: هب وت اب مراد تسود Lisbon ،میورب", "ایرد رانک زور ۳"], "the case this test is about"
    assert lines_as_drawn(widget, ui, 390) == saved


def test_the_caret_follows_a_persian_comma_and_number_to_where_they_are_drawn(field):
    widget, ui = field
    words = sized(widget, ui, 390)
    style = ui.theme.style("body")
    typed(widget, ui, PERSIAN)
    first, second = PERSIAN.split("، ")
    line, rest = first + "،", "۳ روز کنار دریا"
    assert second == rest
    # the comma after برویم runs right to left with it, at the word's left end: the caret is on the comma's left
    widget.cursor = len(line)
    at = words.left + ui.text.measure(line, style) - ui.text.measure("برویم،", style) - ui.theme.px(2)
    assert caret_at(widget, ui, 0) == pytest.approx(at, abs=3)
    # the Persian on the second line reads from the right: after its last word the caret is at the line's left end
    widget.cursor = len(PERSIAN)
    assert caret_at(widget, ui, 1) == pytest.approx(words.left - ui.theme.px(2), abs=3)
    # "۳" begins it, at its right end, with the caret just right of it
    widget.handle(Edit("home"), ui)
    widget.handle(Edit("right"), ui)
    assert widget.cursor == len(line) + 2
    assert caret_at(widget, ui, 1) == pytest.approx(words.left + ui.text.measure(rest, style), abs=3)


def typed_hebrew(widget: TextField, ui) -> tuple[pygame.Rect, list[Line], int]:
    """The Hebrew answer typed into a narrow field: the words' box, its lines, and the row of "25 שקלים ו-30"."""
    words = sized(widget, ui, 130)
    typed(widget, ui, HEBREW)
    lines = ui.text.laid_out(HEBREW, ui.theme.style("body"), 130)
    [row] = [number for number, line in enumerate(lines) if line.text == "25 שקלים ו-30"]
    assert seen(lines[row].runs) == "30-ו םילקש 25", "the case this test is about: the Hebrew reads from the right"
    return words, lines, row


def test_the_caret_after_a_number_in_a_hebrew_line_is_on_the_numbers_right(field):
    widget, ui = field
    style = ui.theme.style("body")
    words, lines, row = typed_hebrew(widget, ui)
    start = lines[row].start
    widget.cursor = start + 2  # just after "25", the first thing on the line as it is read
    wide = ui.text.measure("25 שקלים ו-30", style)
    assert caret_at(widget, ui, row) == pytest.approx(words.left + wide, abs=3)
    widget.cursor = start + len("25 שקלים ו-30")  # after "30", at the line's left end: on the number's right
    assert caret_at(widget, ui, row) == pytest.approx(words.left + ui.text.measure("30", style), abs=3)
    widget.handle(Edit("home"), ui)
    assert widget.cursor == start
    widget.handle(Edit("up"), ui)
    assert widget.cursor == lines[row - 1].start
    widget.handle(Edit("end"), ui)
    assert widget.cursor == lines[row - 1].start + len(lines[row - 1].text)
    widget.handle(Edit("right", word=True), ui)
    assert widget.cursor == start + 2


def click(widget: TextField, ui, x: float, row: int) -> int:
    at = (round(x), row_middle(widget, ui, row))
    widget.handle(Point(at, down=True), ui)
    widget.handle(Point(at, down=False), ui)
    return widget.cursor


def test_a_click_on_a_mixed_line_puts_the_caret_where_it_was_clicked(field):
    widget, ui = field
    style = ui.theme.style("body")
    words, second = typed_persian(widget, ui)
    # just inside the right end of the second line, beside "۳": after it, as it is read first
    assert click(widget, ui, words.left + ui.text.measure("۳ روز کنار دریا", style) - 1, 1) == second + 1
    # left of its left end: after the last letter typed
    assert click(widget, ui, words.left - ui.theme.px(4), 1) == len(PERSIAN)
    # wherever the caret can be drawn on either line, a click there puts it there again
    for row, (start, end) in enumerate(((0, second - 1), (second, len(PERSIAN)))):
        for index in range(start, end + 1):
            widget.cursor, widget.anchor = index, None
            x = caret_at(widget, ui, row)
            click(widget, ui, x, row)
            assert caret_at(widget, ui, row) == pytest.approx(x, abs=2), (row, index, widget.cursor)


def test_a_click_on_a_hebrew_line_with_numbers_finds_the_number(field):
    widget, ui = field
    style = ui.theme.style("body")
    words, lines, row = typed_hebrew(widget, ui)
    start, wide = lines[row].start, ui.text.measure("25 שקלים ו-30", style)
    assert click(widget, ui, words.left + wide - 1, row) == start + 2  # the right end: after "25"
    assert click(widget, ui, words.left + ui.text.measure("30", style), row) in (start + 11, start + 13)  # after "-" or "30"


def test_a_selection_across_a_change_of_direction_is_shaded_where_its_letters_are_drawn(field):
    widget, ui = field
    style = ui.theme.style("body")
    words, second = typed_persian(widget, ui)
    widget.cursor, widget.anchor = second, second + 1  # "۳", drawn at the right end of its line
    surface = drawn(widget, ui)
    shade = pygame.Color(*ui.theme.color("selection"))
    y = row_middle(widget, ui, 1) - ui.text.line_height(style) // 2 + 1
    shaded = [x for x in range(words.left - 2, words.right + 2) if surface.get_at((x, y)) == shade]
    line = ui.text.measure("۳ روز کنار دریا", style)
    assert shaded and min(shaded) >= words.left + line - ui.text.measure("۳", style) - 1 and max(shaded) <= words.left + line


# ---- any mix, any width ----------------------------------------------------------------------------------

WORDS = ["Noa", "tea", "Lisbon", "دوست", "دارم", "بی\u200cادبی", "کند", "שלום", "נועה", "מה", "שלומך"]
OTHERS = ["12", "2026", "۳", "۲۵", "،", "؟", "?", ",", ".", ":", "!", "(", ")", "☕", "😀", "-"]
WORD = st.sampled_from(WORDS + OTHERS)
PARAGRAPH = st.lists(st.tuples(WORD, st.sampled_from([" ", " ", "", "  "])), min_size=1, max_size=14).map(
    lambda parts: "".join(piece + gap for piece, gap in parts).strip(" ")
)
ANSWER = st.lists(PARAGRAPH, min_size=1, max_size=2).map("\n".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answer=ANSWER, width=st.integers(60, 420))
def test_the_field_draws_each_line_as_the_card_draws_the_saved_answer(field, answer: str, width: int):
    _, ui = field
    widget = TextField("Answer", multiline=True)
    widget.rows = 60  # every line in sight
    widget.value, widget.cursor, widget.anchor = answer, len(answer), None
    saved = [seen(line.runs) for line in ui.text.laid_out(answer, ui.theme.style("body"), width)]
    assert [line for line in lines_as_drawn(widget, ui, width) if line] == [line for line in saved if line]
