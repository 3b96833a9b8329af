"""Wrapped lines that mix English with Persian or Hebrew (playtest C, finding 5).

A paragraph's levels are resolved whole, then it is broken into lines, then each line is reordered from
its share of those levels (UAX #9's order). Resolved line by line, a comma between two Persian words
took the direction of the line's edge whenever a break fell beside it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.direction import quoted
from game.ui.bidi import Run, isolate, levels, line_runs, seen, visual_order
from game.ui.text import Line, TextRenderer, TextStyle

QUESTION = "اگر کسی در مهمانی با من بی\u200cادبی کند، دوست داری تو چه کار کنی؟"  # the tester's card
ASKED = "What did Noa answer to: " + QUESTION
STYLES = [TextStyle("card", 40), TextStyle("ui", 18, bold=True)]


@pytest.fixture(scope="module")
def text() -> Iterator[TextRenderer]:
    pygame.font.init()
    yield TextRenderer()


def line_of(paragraph: str, first: str, last: str) -> str:
    """How the line of `paragraph` from the word `first` to the end of `last` is drawn, from its paragraph's levels."""
    start, end = paragraph.index(first), paragraph.index(last) + len(last)
    return seen(line_runs(paragraph, levels(paragraph), start, end, 0))


def test_a_comma_between_two_persian_words_stays_with_the_word_before_it_when_the_line_ends_after_it():
    # the line "من بی‌ادبی کند،": read from the right, the comma comes after کند, at the line's left end
    assert line_of(ASKED, "من", "کند،") == "،دنک یبدا\u200cیب نم"
    # resolved on its own, the same line took the comma to its right end, before من (what the tester saw)
    assert visual_order("من بی\u200cادبی کند،", "ltr") == "دنک یبدا\u200cیب نم،"


def test_a_quoted_persian_question_keeps_its_question_mark_at_its_own_end():
    asked = "What did Noa answer to: " + quoted(QUESTION)
    assert line_of(asked, "کار", "کنی؟") == "؟ینک راک"
    assert line_of(asked, "What", "اگر") == "What did Noa answer to: رگا"
    # not isolated, the question mark after the last Persian word belongs to the English sentence
    assert line_of(ASKED, "کار", "کنی؟") == "ینک راک؟"


def test_a_space_left_at_a_lines_end_goes_back_to_the_paragraphs_side():
    paragraph = "Noa: שלום  עולם"  # two spaces: the line breaks at the second, the first stays on the line
    assert line_of(paragraph, "Noa", "שלום ") == "Noa: םולש "
    assert levels(paragraph)[paragraph.index("  ")] == 1, "inside the paragraph it runs right to left"


def test_an_english_line_of_a_hebrew_paragraph_keeps_its_words_in_order_and_its_comma_on_the_hebrew_side():
    paragraph = "שלום Kofi and Noa, עולם"
    found = levels(paragraph)
    start = paragraph.index("Kofi")
    # between "Noa" and the Hebrew after the break, the comma runs right to left: read from the right, it follows Noa
    assert seen(line_runs(paragraph, found, start, paragraph.index(" עולם"), 1)) == ",Kofi and Noa"
    assert [run.level for run in line_runs(paragraph, found, start, len(paragraph), 1)] == [1, 2]


def test_the_renderer_wraps_the_testers_card_with_the_comma_after_kand(text: TextRenderer):
    style = TextStyle("card", 40)
    widths = range(text.measure("What did Noa", style), text.measure(ASKED, style), 4)
    # at every width where a line ends with the comma, as on the tester's card
    breaking = [width for width in widths if any(line.endswith("،") for line in text.wrap(ASKED, style, width))]
    assert breaking
    for width in breaking:
        lines = text.laid_out(ASKED, style, width)
        assert [line.text for line in lines] == text.wrap(ASKED, style, width)
        [ending] = [seen(line.runs) for line in lines if line.text.endswith("،")]
        assert "،دنک" in ending and not ending.endswith("،"), (width, ending)


# ---- any mix, any width --------------------------------------------------------------------------------

WORDS = ["Noa", "tea", "What", "did", "اگر", "کسی", "بی\u200cادبی", "کند", "شلوغ", "שלום", "נועה", "עולם"]
OTHERS = ["12", "2026", "۳", "،", "؟", "?", ",", ":", "!", "(", ")", "«", "»", ".", "☕", "-", "\u200f"]
WORD = st.sampled_from(WORDS + OTHERS)
PIECE = st.one_of(WORD, WORD, st.lists(WORD, min_size=1, max_size=4).map(" ".join).map(isolate))
PARAGRAPH = st.lists(st.tuples(PIECE, st.sampled_from([" ", " ", "", "  "])), min_size=1, max_size=16).map(
    lambda parts: "".join(piece + gap for piece, gap in parts).strip(" ")
)
ISOLATE_MARKS = "\u2066\u2067\u2068\u2069"


def logical(line: Line) -> str:
    return "".join(run.text for run in sorted(line.runs, key=lambda run: run.start))


def line_levels(line: Line) -> list[int]:
    out = [0] * len(line.text)
    for run in line.runs:
        out[run.start : run.start + len(run.text)] = [run.level] * len(run.text)
    return out


def by_rule_l2(levels_of_line: list[int]) -> list[int]:
    """The line's character positions in drawn order, by rule L2 applied one character at a time."""
    order = list(range(len(levels_of_line)))
    if not order:
        return order
    odd = [level for level in levels_of_line if level % 2]
    for level in range(max(levels_of_line), min(odd, default=max(levels_of_line) + 1) - 1, -1):
        i = 0
        while i < len(order):
            if levels_of_line[order[i]] < level:
                i += 1
                continue
            end = i
            while end < len(order) and levels_of_line[order[end]] >= level:
                end += 1
            order[i:end] = reversed(order[i:end])
            i = end
    return order


def drawn_positions(runs: tuple[Run, ...]) -> list[int]:
    out: list[int] = []
    for run in runs:
        span = range(run.start, run.start + len(run.text))
        out.extend(reversed(span) if run.rtl else span)
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraph=PARAGRAPH, width=st.integers(20, 420), style=st.sampled_from(STYLES))
def test_wrapped_lines_hold_the_paragraph_in_order_with_its_levels(text: TextRenderer, paragraph: str, width: int, style):
    lines = text.laid_out(paragraph, style, width)
    assert [line.text for line in lines] == text.wrap(paragraph, style, width)
    found = levels(paragraph)
    base = 1 if lines[0].direction == "rtl" else 0
    at = 0
    for number, line in enumerate(lines):
        # read in typed order, the lines are the paragraph: only the one space a line breaks at is left out
        assert paragraph[at : line.start] in (("",) if number == 0 else ("", " ")), (paragraph, [line.text for line in lines])
        assert logical(line) == line.text == paragraph[line.start : line.start + len(line.text)]
        at = line.start + len(line.text)
        # each character has its level in the whole paragraph; spaces and isolate marks ending the line, the paragraph's
        tail = len(line.text) - len(line.text.rstrip(" " + ISOLATE_MARKS))
        expected = found[line.start : at]
        expected[len(expected) - tail :] = [base] * tail
        assert line_levels(line) == expected, (paragraph, line.text)
        # the runs are drawn in the order rule L2 gives those levels
        assert drawn_positions(line.runs) == by_rule_l2(line_levels(line)), (paragraph, line.text)
    assert at == len(paragraph)
