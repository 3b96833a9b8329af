"""Answer values: reading what a player typed, and judging a guess against the truth.

An answer value is JSON-friendly: a string for text and choice, ``"MM-DD"`` or
``"YYYY-MM-DD"`` for a date, an int or float for a number, an int 1–10 for a scale, and
``"me"``, ``"you"``, ``"both"`` or ``"neither"`` for "who's more likely", as its giver meant it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from .cards import WHO_VALUES, AnswerType, Card

AnswerValue = str | int | float

MAX_ANSWER_CHARS = 20_000

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ISO_DATE = re.compile(r"^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})$")
_WORDY_DATE = re.compile(r"^(?:(\d{1,2})\s+([a-z]+)|([a-z]+)\s+(\d{1,2}))(?:,?\s+(\d{4}))?$")


class AnswerError(ValueError):
    """What a player typed does not fit the card's answer type; the message says why."""


class Verdict(StrEnum):
    GOT_IT = "got_it"
    CLOSE = "close"
    NOT_QUITE = "not_quite"

    @property
    def value_score(self) -> float:
        return {Verdict.GOT_IT: 1.0, Verdict.CLOSE: 0.5, Verdict.NOT_QUITE: 0.0}[self]


def parse_answer(card: Card, raw: str | int | float) -> AnswerValue:
    """Turn what was entered into the value stored for `card`, or raise AnswerError."""
    kind = card.answer_type
    text = clean_text(raw).strip() if isinstance(raw, str) else raw
    if text == "":
        raise AnswerError("Type an answer first, or pass the card.")
    if kind is AnswerType.TEXT:
        value = str(text)
        if len(value) > MAX_ANSWER_CHARS:
            raise AnswerError(f"That answer is {len(value):,} characters; keep it under {MAX_ANSWER_CHARS:,}.")
        return value
    if kind is AnswerType.CHOICE:
        return _parse_choice(card, text)
    if kind is AnswerType.DATE:
        return parse_date(str(text))
    if kind is AnswerType.WHO:
        return _parse_who(text)
    if kind is AnswerType.SCALE:
        number = _parse_number(text)
        if number != int(number) or not 1 <= number <= 10:
            raise AnswerError("Pick a whole number from 1 to 10.")
        return int(number)
    number = _parse_number(text)
    return int(number) if number == int(number) else number


def clean_text(text: str) -> str:
    """Text as it can be stored: a lone surrogate (never valid Unicode) becomes U+FFFD; all else is kept exactly."""
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def _parse_choice(card: Card, text: str | int | float) -> str:
    if isinstance(text, int) and not isinstance(text, bool) and 1 <= text <= len(card.options):
        return card.options[text - 1]
    wanted = _fold(str(text))
    for option in card.options:
        if _fold(option) == wanted:
            return option
    if isinstance(text, str) and text.isdigit() and 1 <= int(text) <= len(card.options):
        return card.options[int(text) - 1]
    raise AnswerError("Pick one of the options: " + ", ".join(card.options) + ".")


def _parse_who(text: str | int | float) -> str:
    if isinstance(text, int) and not isinstance(text, bool) and 1 <= text <= len(WHO_VALUES):
        return WHO_VALUES[text - 1]
    wanted = _fold(str(text))
    if wanted in WHO_VALUES:
        return wanted
    raise AnswerError("Pick one: me, you, both of us or neither of us.")


def who_label(value: str, partner: str) -> str:
    """A "who's more likely" answer as a button reads to the one answering: Me, the partner's name, Both of us…"""
    return {"me": "Me", "you": partner, "both": "Both of us", "neither": "Neither of us"}[value]


def who_points_at(value: str, seat: int) -> int | str:
    """Whom a "who" answer means, whoever gave it: a seat (0 or 1), or "both" / "neither"."""
    if value == "me":
        return seat
    if value == "you":
        return 1 - seat
    return value


def who_agrees(answers: Mapping[int, Any]) -> bool:
    """Whether both "who" answers mean the same: one's "me" agrees with the other's "you"."""
    return who_points_at(str(answers[0]), 0) == who_points_at(str(answers[1]), 1)


def _parse_number(text: str | int | float) -> float:
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        number = float(text)
    else:
        cleaned = str(text).replace(" ", "")
        whole, comma, decimals = cleaned.partition(",")
        if comma and "," not in decimals and "." not in cleaned and len(decimals) <= 2:
            cleaned = f"{whole}.{decimals}"  # "1,5": a decimal comma
        else:
            cleaned = cleaned.replace(",", "")  # "1,000" or "1,000.5": thousands
        try:
            number = float(cleaned)
        except ValueError:
            raise AnswerError(f"“{text}” is not a number.") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise AnswerError("That is not a number.")
    return number


def parse_date(text: str) -> str:
    """Read a month and day (year optional): "03-14", "2001-03-14", "14 March", "March 14, 2001"."""
    cleaned = " ".join(text.strip().lower().replace("/", "-").replace(".", "-").split())
    year = month = day = None
    if match := _ISO_DATE.match(cleaned):
        year = int(match[1]) if match[1] else None
        month, day = int(match[2]), int(match[3])
    elif match := _WORDY_DATE.match(cleaned.replace(",", ", ").replace(" ,", ",").replace(",,", ",")):
        day_text = match[1] or match[4]
        month_text = match[2] or match[3]
        month = _MONTHS.get(month_text)
        day = int(day_text)
        year = int(match[5]) if match[5] else None
    if month is None or day is None:
        raise AnswerError("Write the date as month and day, like “03-14” or “14 March” (year optional).")
    try:
        date(year or 2000, month, day)  # 2000 is a leap year, so 02-29 is allowed without a year
    except ValueError:
        raise AnswerError(f"There is no day {day} in month {month}.") from None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


def date_parts(value: str) -> tuple[int | None, int, int]:
    """(year or None, month, day) of a stored date value."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    return None, parts[0], parts[1]


def _fold(text: str) -> str:
    """Case-folded, accent-stripped, whitespace-squeezed text for comparisons."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def similarity(truth: str, guess: str) -> int:
    """0–100: how alike two free-text answers look. A hint for the judge, never the verdict."""
    a, b = _fold(str(truth)), _fold(str(guess))
    if not a or not b:
        return 0
    from rapidfuzz import fuzz  # here, not at the top: nothing else needs it and it costs ~10 ms at start

    return round(fuzz.WRatio(a, b))


def auto_verdict(card: Card, truth: AnswerValue, guess: AnswerValue) -> Verdict | None:
    """The verdict for answer types a machine can judge; None for free text (the owner judges)."""
    kind = card.answer_type
    if kind is AnswerType.TEXT:
        return None
    if kind in (AnswerType.CHOICE, AnswerType.WHO):
        return Verdict.GOT_IT if _fold(str(truth)) == _fold(str(guess)) else Verdict.NOT_QUITE
    if kind is AnswerType.DATE:
        return _judge_date(str(truth), str(guess))
    difference = abs(float(truth) - float(guess))
    if difference == 0:
        return Verdict.GOT_IT
    if kind is AnswerType.SCALE:
        return Verdict.CLOSE if difference <= 1 else Verdict.NOT_QUITE
    scale = max(abs(float(truth)), 1.0)
    return Verdict.CLOSE if difference / scale <= 0.1 else Verdict.NOT_QUITE


def _judge_date(truth: str, guess: str) -> Verdict:
    t_year, t_month, t_day = date_parts(truth)
    g_year, g_month, g_day = date_parts(guess)
    days_apart = abs(_day_of_year(t_month, t_day) - _day_of_year(g_month, g_day))
    days_apart = min(days_apart, 366 - days_apart)
    if days_apart == 0:
        years_differ = t_year is not None and g_year is not None and t_year != g_year
        return Verdict.CLOSE if years_differ else Verdict.GOT_IT
    return Verdict.CLOSE if days_apart <= 3 else Verdict.NOT_QUITE


def _day_of_year(month: int, day: int) -> int:
    return date(2000, month, day).timetuple().tm_yday


def describe(card: Card, value: AnswerValue) -> str:
    """How a stored answer reads on screen."""
    if card.answer_type is AnswerType.DATE and isinstance(value, str):
        year, month, day = date_parts(value)
        label = f"{MONTH_NAMES[month - 1]} {day}"
        return f"{label}, {year}" if year else label
    if card.answer_type is AnswerType.SCALE:
        return f"{value} / 10"
    if card.answer_type is AnswerType.WHO and value in WHO_VALUES:
        return who_label(str(value), "You")
    return str(value)
