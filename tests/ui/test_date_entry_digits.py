"""The date entry reads digits of any script as numbers, and anything else that looks like a digit as a mistake,
never as a crash (a superscript ³ is a digit to Python's str.isdigit, but no number to int)."""

from __future__ import annotations

import pytest

from game.core.answers import AnswerError
from game.ui.answer_input import date_value
from game.ui.date_order import DateOrder


@pytest.mark.parametrize(
    ("day", "year", "stored"), [("3", "١٩٩٤", "1994-03-03"), ("٣", "", "03-03"), ("3", "２０１９", "2019-03-03")]
)
def test_decimal_digits_of_any_script_are_read(day: str, year: str, stored: str) -> None:
    assert date_value(day, 3, year, DateOrder.DAY_MONTH) == stored


@pytest.mark.parametrize(("day", "year"), [("³", ""), ("¹", ""), ("3", "¹⁹⁹⁴"), ("①", "")])
def test_digits_that_are_no_number_are_refused_in_words(day: str, year: str) -> None:
    with pytest.raises(AnswerError):
        date_value(day, 3, year, DateOrder.DAY_MONTH)
