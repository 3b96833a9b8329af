"""What the judge of a guess is told: how alike a typed guess and the answer are, in words, and how far apart
two dates are. A hint for the one who remembers, never the verdict (see answers.auto_verdict).
"""

from __future__ import annotations

import re

from .answers import AnswerValue, answer_fits, date_parts, days_apart, fold_answer
from .cards import AnswerType, Card

#: Words that carry no meaning of their own in a short answer; left out when comparing (unless nothing else is left).
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "my",
        "your",
        "his",
        "her",
        "their",
        "our",
        "its",
        "is",
        "it",
        "i",
        "we",
        "some",
        "any",
    ]
)
#: Two words this alike (rapidfuzz ratio, 0-100) are the same word typed a little differently.
_TYPO = 80


def _words(text: str) -> list[str]:
    words = re.findall(r"\w+", fold_answer(text))
    meaningful = [word for word in words if word not in _FILLER]
    return meaningful or words


def _number(word: str) -> float | None:
    try:
        return float(word)
    except ValueError:
        return None


def _same_word(a: str, b: str) -> bool:
    """Equal, equal as numbers ("07" and "7"), or a typo apart (only for words long enough to have typos)."""
    if a == b:
        return True
    x, y = _number(a), _number(b)
    if x is not None or y is not None:
        return x is not None and x == y
    if min(len(a), len(b)) < 4:
        return False
    from rapidfuzz import fuzz  # here, not at the top: nothing else needs it and it costs ~10 ms at start

    return fuzz.ratio(a, b) >= _TYPO


def similarity(truth: str, guess: str) -> int | None:
    """0-100: the share of words two free-text answers have in common (a hint for the judge, never the verdict).

    Word by word, not letter by letter: "tea" and "oat milk latte" share nothing, however many letters
    they have in common. None when both answers are one word each: a percentage would say nothing there.
    """
    a, b = _words(str(truth)), _words(str(guess))
    if not a or not b:
        return 0
    if len(a) == 1 and len(b) == 1:
        return None
    matched = sum(1 for word in b if any(_same_word(word, other) for other in a))
    return round(100 * 2 * min(matched, len(a)) / (len(a) + len(b)))


def similarity_words(truth: str, guess: str) -> str | None:
    """What the judge is told about how a guess compares, in words; None when there is nothing honest to say."""
    a, b = _words(str(truth)), _words(str(guess))
    if not a or not b:
        return None
    numbers_a = [n for n in map(_number, a) if n is not None]
    numbers_b = [n for n in map(_number, b) if n is not None]
    if numbers_a and numbers_b:
        return "The numbers match." if sorted(numbers_a) == sorted(numbers_b) else "The numbers are different."
    matched = sum(1 for word in b if any(_same_word(word, other) for other in a))
    if len(a) == 1 and len(b) == 1:
        return "The same word, give or take the spelling." if matched else None
    if matched == 0:
        return "No words in common."
    if matched == len(b) == len(a):
        return "The same words, give or take the spelling."
    if matched == len(b):
        return "Every word of the guess is in the answer."
    found = sum(1 for word in a if any(_same_word(word, other) for other in b))  # counted in the answer, as it says
    if found == len(a):
        return "Every word of the answer is in the guess."
    return f"{found} of the answer's {len(a)} words {'is' if found == 1 else 'are'} in the guess."


def date_gap_words(truth: str, guess: str) -> str:
    """How far a date guess is from the answer, for its judge: "One day off.", "The right day, but 2018, not 2019."."""
    t_year, t_month, t_day = date_parts(truth)
    g_year, g_month, g_day = date_parts(guess)
    if (t_month, t_day) != (g_month, g_day):
        days = days_apart(truth, guess)
        return "One day off." if days == 1 else f"{days} days off."
    if t_year is None or t_year == g_year:
        return "The very day."
    if g_year is None:
        return f"The right day, though the guess gives no year (the answer says {t_year})."
    return f"The right day, but {g_year}, not {t_year}."


def judge_hint(card: Card, truth: AnswerValue, guess: AnswerValue) -> str | None:
    """What the judge of a guess is told of it: how far off a date is, or how alike the words are."""
    if card.answer_type is AnswerType.DATE and answer_fits(card, truth) and answer_fits(card, guess):
        return date_gap_words(str(truth), str(guess))
    return similarity_words(str(truth), str(guess))
