"""Whether what is typed in a date's day box can still become a date, as it is typed.

The day box takes a day ("14") or a whole date, in any form `answers.parse_date` reads: "14/3", "03-14",
"2001-03-14", "14 March", "March 14, 2001". A box that holds the start of one of those may go on; one that
holds what no more typing can turn into a date ("14x", "ζ", a fifth digit in a row) is told so at once,
not only when Enter is pressed. Whether the date exists (31 February) is still Enter's to say: that
needs the month, which may be chosen after the day.
"""

from __future__ import annotations

import re
from functools import cache

from .answers import MONTH_WORDS, AnswerError, UnreadableDate, parse_date

#: A day or a month in digits, and a year of four (or, after slashes or dots, two) digits.
_DAY, _YEAR, _SHORT_YEAR = r"\d{1,2}", r"\d{4}", r"(?:\d{2}|\d{4})"
_SEP = r"[/.\-]"
#: Before a year written after a month's name: a space, or a comma and maybe spaces round it.
_YEAR_GAP = r"(?: ?, ?| )"


def _partial(whole: str) -> str:
    """What typing `whole` passes through on the way (each regex below is closed under taking a start of it)."""
    if whole in (_YEAR, _SHORT_YEAR):
        return r"\d{1,4}"
    if whole == _YEAR_GAP:
        return r"(?: ?,? ?)"
    return whole


@cache
def _month() -> tuple[str, str]:
    """A month's word in full, and any start of one."""
    words = sorted(MONTH_WORDS, key=len, reverse=True)
    starts = sorted({word[:end] for word in words for end in range(1, len(word) + 1)}, key=len, reverse=True)
    return "(?:" + "|".join(words) + ")", "(?:" + "|".join(starts) + ")"


def _started(parts: list[str]) -> str:
    """A regex for every start of `parts` in order: none of it, part of the first, or all of it and a start of the rest."""
    if not parts:
        return ""
    first, *rest = parts
    month, month_start = _month()
    whole = month if first == "MONTH" else first
    partial = month_start if first == "MONTH" else _partial(first)
    return f"(?:{partial}|{whole}{_started(rest)})?"


@cache
def _forms() -> re.Pattern[str]:
    forms = [
        [_DAY, _SEP, _DAY, _SEP, _SHORT_YEAR, r"\."],  # 14/3/2001, 14.3.01.
        [_YEAR, _SEP, _DAY, _SEP, _DAY],  # 2001-03-14
        [_DAY, " ", "MONTH", _YEAR_GAP, _YEAR],  # 14 March 2001
        ["MONTH", " ", _DAY, _YEAR_GAP, _YEAR],  # March 14, 2001
    ]
    return re.compile("|".join(f"(?:{_started(form)})" for form in forms))


def may_become_date(text: str) -> bool:
    """True when `text` is a date the day box reads, or the start of one (spaces squeezed, any case): a space typed
    after "14" may go on to the month's name."""
    squeezed = " ".join(text.lower().split())
    if _forms().fullmatch(squeezed) is None:
        return False
    if squeezed and text[-1:].isspace() and _forms().fullmatch(squeezed + " ") is None:
        return _whole(squeezed)  # a space after "14/3" is let be, as Enter reads the date; after "14/" it is not
    return True


def _whole(text: str) -> bool:
    """`text` is a whole date (one that exists or, like 31 February, does not)."""
    try:
        parse_date(text)
    except UnreadableDate:
        return False
    except AnswerError:
        return True
    return True
