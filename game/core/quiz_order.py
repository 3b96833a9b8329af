"""Which due question a quiz turn asks, so that one card's two askings come apart.

A card both partners answered is due for each to guess the other's answer, often at the same moment: asked
of one and then at once of the other, the second has just seen the first reveal. So a quiz turn asks the
guesser's question closest to being forgotten (QuizBook.pick) among those on another card than the one just
asked about, a card asked of the partner earlier in the round first (so a card's two askings still come in the
same round, a question apart); and of those, the first with which the round can go on that way to its end,
tried by asking the rest of it in the same manner (each partner in turn). Only where the guesser has nothing
else is the same card asked again at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from .cards import CardKey
from .memories import MemoryKey
from .partner_quiz import QuizBook
from .players import other

#: How many of the guesser's questions are tried, the most forgotten first, for one the rest of the round keeps
#: apart from its twin (beyond a few, the round is long enough for any of them to).
TRIES = 6
#: How far ahead a question's choice is tried: a round's last questions are within it by the time they come.
LOOKAHEAD = 12


def pick_apart(
    book: QuizBook,
    guesser: int,
    now: datetime,
    eligible: Callable[[MemoryKey], bool],
    asked: Sequence[CardKey],
    left: int,
) -> MemoryKey | None:
    """`guesser`'s next question, on another card than the last of those `asked` this round where they have one, and
    one with which the round's `left` questions (this one among them) can keep every card's two askings apart."""
    known: dict[MemoryKey, bool] = {}

    def fits(key: MemoryKey) -> bool:
        if key not in known:
            known[key] = eligible(key)
        return known[key]

    cards = frozenset(asked)
    last = asked[-1] if asked else None
    first = _pick(book, guesser, now, fits, cards, last)
    if first is None or first.card_key == last:
        return first
    tried: set[MemoryKey] = set()
    candidate: MemoryKey | None = first
    while candidate is not None and len(tried) < TRIES:
        if _keeps_apart(book, guesser, now, fits, cards, candidate, left):
            return candidate
        tried.add(candidate)
        candidate = _pick(book, guesser, now, lambda key: key not in tried and fits(key), cards, last)
        candidate = None if candidate is not None and candidate.card_key == last else candidate
    return first


def _pick(
    book: QuizBook, guesser: int, now: datetime, fits: Callable[[MemoryKey], bool], cards: frozenset[CardKey], last: CardKey | None
) -> MemoryKey | None:
    """The guesser's question on another card than `last`: one of `cards` (asked of the partner already) if they have
    one, else any; and the card just asked only when it is all they have."""
    return (
        book.pick(guesser, now, lambda key: key.card_key in cards and key.card_key != last and fits(key))
        or book.pick(guesser, now, lambda key: key.card_key != last and fits(key))
        or book.pick(guesser, now, fits)
    )


def _keeps_apart(
    book: QuizBook,
    guesser: int,
    now: datetime,
    fits: Callable[[MemoryKey], bool],
    cards: frozenset[CardKey],
    first: MemoryKey,
    left: int,
) -> bool:
    """Whether, asking `first` now and the rest of the round's `left` questions by the same rule (the partners in
    turn, the other going on when one has none left), no card is asked twice in a row."""
    asked, last, turn = {first}, first.card_key, other(guesser)
    cards |= {first.card_key}

    def still(key: MemoryKey) -> bool:
        return key not in asked and fits(key)

    for _ in range(min(left, LOOKAHEAD) - 1):
        key = _pick(book, turn, now, still, cards, last)
        if key is None:
            turn = other(turn)
            key = _pick(book, turn, now, still, cards, last)
            if key is None:
                return True
        if key.card_key == last:
            return False
        asked.add(key)
        cards |= {key.card_key}
        last, turn = key.card_key, other(turn)
    return True
