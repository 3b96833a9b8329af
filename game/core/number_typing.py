"""Whether what is typed in a number box or a date's year box can still become right there, as it is typed.

A number box takes what `answers.parse_answer` reads as a number: digits in any script, a sign in front,
commas between thousands or as a decimal comma, one decimal point, spaces anywhere, an exponent ("1e3").
A year box takes four digits. A box holding the start of one of those may go on; one holding what no
more typing can make right ("7 cats", "19x4", a fifth digit of a year) is told so at once. What is
wrong only as a whole (a year of two digits) is still Enter's to say.
"""

from __future__ import annotations

import re

#: Digits, then maybe a point and more of them; with a digit somewhere, an exponent may follow ("e5" is no number).
_NUMBER_START = re.compile(r"[+-]?(?:(?:\d+(?:\.\d*)?|\d*\.\d+)e[+-]?\d*|\d*(?:\.\d*)?)", re.IGNORECASE)
YEAR_DIGITS = 4


def may_become_number(text: str) -> bool:
    """True when `text` is a number the number box reads, or the start of one. Spaces and commas are taken out first:
    reading the number takes out the spaces, and each comma is a thousands mark or, alone, a decimal comma."""
    return _NUMBER_START.fullmatch(text.strip().replace(" ", "").replace(",", "")) is not None


def may_become_year(text: str) -> bool:
    """True when `text` is a year of four digits, or the start of one; spaces before it, and after a whole one (a
    pasted "1994 "), are let be, as Enter takes them off."""
    digits = text.strip()
    if len(digits) > YEAR_DIGITS or not (digits == "" or digits.isdecimal()):
        return False
    return text == text.rstrip() or len(digits) in (0, YEAR_DIGITS)
