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
from functools import lru_cache
from typing import Any

from .cards import WHO_VALUES, AnswerType, Card
from .quote_marks import in_quotes

AnswerValue = str | int | float

MAX_ANSWER_CHARS = 20_000

MONTH_WORDS = {  # the words a typed date may name its month with
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


#: A number card tagged this way is judged exactly (a lucky number, a year, a house number): see docs/DECKS.md.
EXACT_TAG = "exact"
#: Counts up to this (siblings, cups a day) are close when one off; bigger ones within a tenth.
SMALL_COUNT = 20


class DateOrder(StrEnum):
    """Which comes first in a date typed with slashes or dots ("12/06"): the shell reads it from the system's locale."""

    DAY_MONTH = "day-month"
    MONTH_DAY = "month-day"


_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?\.?$")


class AnswerError(ValueError):
    """What a player typed does not fit the card's answer type; the message says why."""


class UnreadableDate(AnswerError):
    """Text that reads as no date at all (not a date that does not exist): a form may say it in its own words."""


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
    if (option := current_option(card, str(text))) is not None:
        return option
    if isinstance(text, str) and text.isdecimal() and 1 <= int(text) <= len(card.options):
        return card.options[int(text) - 1]
    raise AnswerError("Pick one of the options: " + ", ".join(card.options) + ".")


def _parse_who(text: str | int | float) -> str:
    if isinstance(text, int) and not isinstance(text, bool) and 1 <= text <= len(WHO_VALUES):
        return WHO_VALUES[text - 1]
    wanted = fold_answer(str(text))
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
            raise AnswerError(f"{in_quotes(str(text))} is not a number.") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise AnswerError("That is not a number.")
    return number


def parse_date(text: str, order: DateOrder = DateOrder.DAY_MONTH) -> str:
    """Read a month and day (year optional): "03-14", "2001-03-14", "14 March", "March 14, 2001", or "14/3".

    Dashes are the stored, ISO order (month before day); slashes and dots follow `order`, the way people
    around the couple write dates ("12/06" is 12 June with day-month, December 6 with month-day).
    """
    squeezed = " ".join(text.strip().lower().split())
    year = month = day = None
    if match := _NUMERIC_DATE.match(squeezed):
        first, second = int(match[1]), int(match[2])
        day, month = (first, second) if order is DateOrder.DAY_MONTH else (second, first)
        year = int(match[3]) if match[3] and len(match[3]) == 4 else None
        return _checked(year, month, day)
    cleaned = " ".join(squeezed.replace("/", "-").replace(".", "-").split())
    if match := _ISO_DATE.match(cleaned):
        year = int(match[1]) if match[1] else None
        month, day = int(match[2]), int(match[3])
    elif match := _WORDY_DATE.match(cleaned.replace(",", ", ").replace(" ,", ",").replace(",,", ",")):
        day_text = match[1] or match[4]
        month_text = match[2] or match[3]
        month = MONTH_WORDS.get(month_text)
        day = int(day_text)
        year = int(match[5]) if match[5] else None
    if month is None or day is None:
        raise UnreadableDate("Write the date as month and day, like “14 March” or “03-14” (year optional).")
    return _checked(year, month, day)


def _checked(year: int | None, month: int, day: int) -> str:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year, so 02-29 is allowed without a year
    except ValueError:
        where = MONTH_NAMES[month - 1] if 1 <= month <= 12 else f"month {month}"  # as the date form names it
        raise AnswerError(f"There is no day {day} in {where}.") from None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


def date_parts(value: str) -> tuple[int | None, int, int]:
    """(year or None, month, day) of a stored date value."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    return None, parts[0], parts[1]


def fold_answer(text: str) -> str:
    """Case-folded, accent-stripped, whitespace-squeezed text for comparisons."""
    folded = text.casefold()
    if folded.isascii():  # most answers: no accent to strip, nothing to decompose
        return " ".join(folded.split())
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


@lru_cache(maxsize=4096)
def option_key(text: str) -> str:
    """An option as a saved answer is matched to it: folded, and blind to punctuation and quote marks.

    A deck that only re-punctuates an option ("Full chat, I'm up" becoming "Full chat: I’m up") keeps
    the answers saved under it. An option made only of symbols or emoji keeps its folded form. Kept for the
    options seen lately: Home counts the quizzes due by asking whether each due answer is still one of its
    card's options, and folding every option each time was most of that count's time.
    """
    folded = fold_answer(text)
    words = "".join(ch if ch.isalnum() else " " if ch.isspace() else "" for ch in folded).split()
    return " ".join(words) or folded


def current_option(card: Card, value: str) -> str | None:
    """The option of `card` a saved pick is, as the deck now words it; None when it is none of them.

    A pick matches an option by `option_key`, or an earlier wording the deck lists under `options_were`
    ("I vanish to the loo" became "I vanish to the bathroom", perhaps by way of a third wording): an answer
    picked before a rewording is still the same pick, judged and quizzed as one, and still shown as said.
    """
    wanted = option_key(value)
    for option in card.options:  # nearly always: the pick as the deck words it now
        if option_key(option) == wanted:
            return option
    if not card.options_were:
        return None
    current = {option_key(option): option for option in reversed(card.options)}
    became = {option_key(was): option_key(now) for was, now in card.options_were}
    for _ in range(len(became) + 1):  # reworded twice: "was" may name an option that was reworded again
        if wanted in current:
            return current[wanted]
        if wanted not in became:
            return None
        wanted = became[wanted]
    return None  # the earlier wordings name each other round a circle (deck_lint says so)


def answer_fits(card: Card, value: object) -> bool:
    """Whether a stored answer is still an answer to `card` as the deck now has it.

    A deck can change under a remembered answer (a free-text card becomes a scale, an option is
    reworded with no `options_were` to follow): such an answer is still shown as said, but never judged or quizzed.
    """
    kind = card.answer_type
    if kind is AnswerType.TEXT:
        return isinstance(value, str)
    if kind is AnswerType.CHOICE:
        if not isinstance(value, str):
            return False
        return current_option(card, value) is not None
    if kind is AnswerType.WHO:
        return value in WHO_VALUES
    if kind is AnswerType.DATE:
        if not isinstance(value, str):
            return False
        try:
            _, month, day = date_parts(value)
            date(2000, month, day)
        except ValueError:
            return False
        return True
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value in (float("inf"), float("-inf")):
        return False
    return kind is not AnswerType.SCALE or (value == int(value) and 1 <= value <= 10)


def auto_verdict(card: Card, truth: AnswerValue, guess: AnswerValue) -> Verdict | None:
    """The verdict for answer types a machine can judge; None when the owner judges: free text, a date near the
    answer but not on it (see _judge_date), and an answer that no longer fits its card (see answer_fits)."""
    kind = card.answer_type
    if kind is AnswerType.TEXT or not (answer_fits(card, truth) and answer_fits(card, guess)):
        return None
    if kind is AnswerType.CHOICE:
        return Verdict.GOT_IT if current_option(card, str(truth)) == current_option(card, str(guess)) else Verdict.NOT_QUITE
    if kind is AnswerType.WHO:
        return Verdict.GOT_IT if fold_answer(str(truth)) == fold_answer(str(guess)) else Verdict.NOT_QUITE
    if kind is AnswerType.DATE:
        return _judge_date(str(truth), str(guess))
    difference = abs(float(truth) - float(guess))
    if difference == 0:
        return Verdict.GOT_IT
    if kind is AnswerType.SCALE:
        return Verdict.CLOSE if difference <= 1 else Verdict.NOT_QUITE
    if EXACT_TAG in card.tags:
        return Verdict.NOT_QUITE  # a lucky number or a year: one off is simply another number
    if abs(float(truth)) <= SMALL_COUNT:
        return Verdict.CLOSE if difference <= 1 else Verdict.NOT_QUITE
    scale = max(abs(float(truth)), 1.0)
    return Verdict.CLOSE if difference / scale <= 0.1 else Verdict.NOT_QUITE


#: A date guessed this many days off, or on the right day of another year, is its owner's to judge: near, but is it
#: the same day? (Christmas Day is not Christmas Eve.) Further off, it is another day.
NEAR_DAYS = 3


def days_apart(truth: str, guess: str) -> int:
    """Days between two stored dates: between the dates themselves when both have a year, else around the year
    (31 December and 1 January are a day apart)."""
    t_year, t_month, t_day = date_parts(truth)
    g_year, g_month, g_day = date_parts(guess)
    if t_year is not None and g_year is not None:
        return abs((date(t_year, t_month, t_day) - date(g_year, g_month, g_day)).days)
    apart = abs(_day_of_year(t_month, t_day) - _day_of_year(g_month, g_day))
    return min(apart, 366 - apart)


def _judge_date(truth: str, guess: str) -> Verdict | None:
    """Got it on the very day (in the answer's year, when it has one); another day when far off; else None: near
    is not the same day, so the one who remembers says how near is near enough."""
    t_year, t_month, t_day = date_parts(truth)
    g_year, g_month, g_day = date_parts(guess)
    same_day = (t_month, t_day) == (g_month, g_day)
    if same_day and (t_year is None or t_year == g_year):
        return Verdict.GOT_IT
    return None if same_day or days_apart(truth, guess) <= NEAR_DAYS else Verdict.NOT_QUITE


def _day_of_year(month: int, day: int) -> int:
    return date(2000, month, day).timetuple().tm_yday


def show_date(value: str) -> str:
    """The one way a stored date is shown, in the game, the export's book and everywhere: "14 March 2001", "14 March".

    The month is a word, so nobody can read it the wrong way round.
    """
    year, month, day = date_parts(value)
    label = f"{day} {MONTH_NAMES[month - 1]}"
    return f"{label} {year}" if year else label


def describe(card: Card, value: AnswerValue) -> str:
    """How a stored answer reads on screen (as it was said, when it no longer fits the card)."""
    if not answer_fits(card, value):
        return str(value)
    if card.answer_type is AnswerType.DATE and isinstance(value, str):
        return show_date(value)
    if card.answer_type is AnswerType.SCALE:
        return f"{value} / 10"
    if card.answer_type is AnswerType.WHO and value in WHO_VALUES:
        return who_label(str(value), "You")
    return str(value)
