"""A number box and a year box tell a couple at once what can never be right in them, and never refuse what is."""

from __future__ import annotations

import random

import pytest

from game.core.answers import AnswerError, parse_answer
from game.core.cards import AnswerType, Card
from game.core.number_typing import may_become_number, may_become_year

NUMBER_CARD = Card("d", "c", "How many?", answer=AnswerType.NUMBER)


def _reads_as_number(text: str) -> bool:
    try:
        parse_answer(NUMBER_CARD, text)
    except AnswerError:
        return False
    return True


@pytest.mark.parametrize("number", ["7", "-3", "+2", "2.5", "1,5", ",5", ".5", "1,000", "1 000", "1,000.25", "1e3", "٣", " 12 "])
def test_every_start_of_a_number_the_box_reads_may_be_typed(number: str) -> None:
    assert _reads_as_number(number)
    for end in range(len(number) + 1):
        assert may_become_number(number[:end]), f"{number[:end]!r}, on the way to {number!r}"


@pytest.mark.parametrize("never", ["x", "7 cats", "7c", "about 7", "1.5.", "5-", "--1", "e5", "inf", "nan", "½", "³", "7!"])
def test_what_no_more_typing_can_make_a_number_is_refused_and_enter_cannot_read_it(never: str) -> None:
    assert not may_become_number(never)
    assert not _reads_as_number(never)


def test_every_number_enter_reads_is_typed_through_starts_the_box_takes() -> None:
    """Numbers of many shapes, some with a piece out of place: each one Enter reads, the box lets through at every step."""
    pieces = ["1", "0", "25", "٣", ",", ".", " ", "-", "+", "e", "x", "000"]
    rng = random.Random(11)
    read = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6)))
        if not _reads_as_number(text):
            continue
        read += 1
        for end in range(len(text) + 1):
            assert may_become_number(text[:end]), f"{text[:end]!r}, on the way to {text!r}"
    assert read > 1_000, read


@pytest.mark.parametrize("year", ["1994", "2001", "٢٠٠١", " 1994", "1994 "])
def test_every_start_of_a_year_may_be_typed(year: str) -> None:
    for end in range(len(year) + 1):
        assert may_become_year(year[:end]), f"{year[:end]!r}, on the way to {year!r}"


@pytest.mark.parametrize("never", ["x", "19x", "’94", "19945", "1994x", "19 94", "19 ", "-1994", "1994.", "²"])
def test_what_can_never_be_a_year_is_refused(never: str) -> None:
    assert not may_become_year(never)
