"""The day box tells a couple at once when what they type can never be a day, and never refuses a real date."""

from __future__ import annotations

import random

import pytest

from game.core.answers import MONTH_NAMES, AnswerError, UnreadableDate, parse_date
from game.core.date_typing import may_become_date

DATES = [
    "14",
    "3",
    "14/3",
    "14.3.",
    "14/3/2001",
    "14.03.01",
    "03-14",
    "2001-03-14",
    "2001/3/14",
    "14 March",
    "14 mar",
    "14 March 2001",
    "March 14",
    "Sept 3, 2001",
    "March 14,2001",
    "December 31 1999",
    "31 February",  # no such day: Enter says so, once the month is known
    "١٤ March",
    "  14   March  ",
]


@pytest.mark.parametrize("date", DATES)
def test_every_start_of_a_date_the_box_reads_may_be_typed(date: str) -> None:
    for end in range(len(date) + 1):
        assert may_become_date(date[:end]), f"{date[:end]!r}, on the way to {date!r}"


@pytest.mark.parametrize(
    "never", ["x", "3x", "14th", "tomorrow", "12345", "14 Mx", "14 March 20011", "14//3", "!", "³", "14/ 3", "14 March March"]
)
def test_what_no_more_typing_can_make_a_date_is_refused_and_parse_date_cannot_read_it(never: str) -> None:
    assert not may_become_date(never)
    with pytest.raises(UnreadableDate):
        parse_date(never)


def test_every_date_parse_date_reads_is_typed_through_starts_the_box_takes() -> None:
    """Dates in every form, with odd spacing and case, and some pieces out of place: each one parse_date reads (or
    finds no such day in), the box lets through at every step of typing it."""
    day = ["1", "03", "14", "31", "7", "٣"]
    year = ["2001", "01", "1994"]
    month = ["march", "May", "sept", "DEC", *MONTH_NAMES]
    sep = ["/", ".", "-"]
    space = [" ", "  "]
    forms = [
        [day, sep, day],
        [day, sep, day, sep, year, ["", "."]],
        [year, sep, day, sep, day],
        [day, space, month, ["", " ", ", ", ","], year],
        [month, space, day, ["", " ", ", ", " , "], year],
    ]
    rng = random.Random(5)
    read = 0
    for _ in range(5_000):
        parts = [rng.choice(choices) for choices in rng.choice(forms)]
        if rng.random() < 0.2:  # a piece out of place: often no date at all, and then it is not asked about
            parts.insert(rng.randrange(len(parts) + 1), rng.choice([*sep, " ", "x", "12"]))
        text = rng.choice(["", " "]) + "".join(parts) + rng.choice(["", " "])
        try:
            parse_date(text)
        except UnreadableDate:
            continue
        except AnswerError:
            pass  # a date that does not exist (31 February) is still a date being typed
        read += 1
        for end in range(len(text) + 1):
            assert may_become_date(text[:end]), f"{text[:end]!r}, on the way to {text!r}"
    assert read > 2_000, read
