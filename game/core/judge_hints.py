"""What the judge of a guess is told: how alike a typed guess and the answer are, in words, and how far apart
two dates are. A hint for the one who remembers, never the verdict (see answers.auto_verdict).
"""

from __future__ import annotations

import re

from .answers import AnswerValue, answer_fits, date_parts, days_apart, fold_answer
from .cards import AnswerType, Card
from .quote_marks import in_quotes

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


#: The guesser's words about the partner, and what the partner said for each in their own answer: "her mum" is the
#: one who answered's "my mum", as the who's-more-likely reveal reads one partner's "Me" as the other's "You".
#: The guesser's own "my" is the answer's "your".
_VOICE: dict[str, tuple[str, ...]] = {
    "she": ("i",),
    "he": ("i",),
    "they": ("i",),
    "her": ("my", "me"),
    "him": ("me",),
    "them": ("me",),
    "his": ("my", "mine"),
    "their": ("my",),
    "hers": ("mine",),
    "theirs": ("mine",),
    "herself": ("myself",),
    "himself": ("myself",),
    "themself": ("myself",),
    "themselves": ("myself",),
    "i": ("you",),
    "me": ("you",),
    "my": ("your",),
    "mine": ("yours",),
    "myself": ("yourself",),
}
_OWNER, _OWNERS = ("i", "me"), ("my", "mine")  # the partner's name in the guess, and "Noa's"


#: A word of the guess (folded), the words it stands for in the answer, and how to show it.
_Word = tuple[str, tuple[str, ...], str]


def _guess_words(guess: str, about: str) -> list[_Word]:
    """Every word of the guess, each with the words it stands for in the answer (`about`'s name, and pronouns)."""
    text, out = fold_answer(guess), []
    name = fold_answer(about)

    def plain(part: str) -> list[_Word]:
        return [(word, _VOICE.get(word, ()), word) for word in re.findall(r"\w+", part)]

    if name:
        at = 0
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)(['’]s(?!\w))?", text):
            out += plain(text[at : found.start()])
            out.append((found[0], _OWNERS, f"{about}’s") if found[1] else (found[0], _OWNER, about))
            at = found.end()
        text = text[at:]
    return out + plain(text)


def _voiced(guess: list[_Word], answer: list[str]) -> tuple[bool, bool, str]:
    """Whether every word of the guess is in the answer and every word of the answer in the guess, a guess's word
    read in the answer's voice where its own is not there; and how the first word so read is said (or "")."""
    note = ""

    def in_answer(word: str, stands_for: tuple[str, ...], shown: str) -> bool:
        nonlocal note
        if any(_same_word(word, other) for other in answer):
            return True
        said = next((other for other in stands_for if other in answer), None)
        if said is not None and not note:
            note = f", with {in_quotes(shown)} for your {in_quotes(said)}"
        return said is not None

    guess_in = all([in_answer(*word) for word in guess])  # a list: every word gets its note
    answer_in = all(any(_same_word(word, w) or word in stands_for for w, stands_for, _ in guess) for word in answer)
    return guess_in, answer_in, note


def similarity_words(truth: str, guess: str, about: str = "") -> str | None:
    """What the judge is told about how a guess compares, in words; None when there is nothing honest to say.

    `about` is the name of the one who answered, whom the guess may name. "Every word" is said only when it is
    true of every word, the guess read in the answer's voice; else only of the words that carry meaning.
    """
    voiced = _guess_words(str(guess), about)
    a = _words(str(truth))
    b = [word for word, stands_for, _ in voiced if word not in _FILLER and not stands_for] or [word for word, *_ in voiced]
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
    guess_in, answer_in, note = _voiced(voiced, re.findall(r"\w+", fold_answer(str(truth))))
    found = sum(1 for word in a if any(_same_word(word, other) for other in b))  # counted in the answer, as it says
    if matched == len(b) == len(a) and guess_in and answer_in:
        return f"The same words, give or take the spelling{note}."
    if matched == len(b):
        return f"Every word of the guess is in the answer{note}." if guess_in else "The guess's main words are all in the answer."
    if found == len(a):
        return f"Every word of the answer is in the guess{note}." if answer_in else "The answer's main words are all in the guess."
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


def judge_hint(card: Card, truth: AnswerValue, guess: AnswerValue, about: str = "") -> str | None:
    """What the judge of a guess is told of it: how far off a date is, or how alike the words are (the guess
    naming `about`, the one who answered, read as the answer's "I")."""
    if card.answer_type is AnswerType.DATE and answer_fits(card, truth) and answer_fits(card, guess):
        return date_gap_words(str(truth), str(guess))
    return similarity_words(str(truth), str(guess), about)
