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


def _refused(day: str, month: int) -> str:
    with pytest.raises(AnswerError) as refused:
        date_value(day, month, "", DateOrder.DAY_MONTH)
    return str(refused.value)


def test_what_the_date_form_refuses_is_said_in_the_words_of_the_form() -> None:
    """Playtest C, finding 8: the form is a day box and the month by name, so its errors speak of those."""
    assert _refused(" ", 3) == "Type the day, then choose the month."
    assert _refused("tomorrow", 3) == "Type the day as a number, like 14, then choose the month."
    assert _refused("30", 2) == "There is no day 30 in February."
    assert _refused("31 April", 1) == "There is no day 31 in April."  # a whole date typed in the day box is still read
    assert date_value("14 March", 1, "", DateOrder.DAY_MONTH) == "03-14"
