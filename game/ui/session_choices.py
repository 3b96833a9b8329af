"""The choices a round offers, in the words the screens show: how deep, how many cards or questions, and when
a quiz can next be asked."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.core.consent import Consent
    from game.core.limits import Limit

LEVELS = {1: "light only", 2: "up to personal", 3: "all the way to deep"}
#: Cards in a Play round, or questions in a Quiz me round; 0 is open-ended (a quiz asks all that are due). Both are
#: kept settings ("session_length", "quiz_length"): the length chosen before a round is the one the next starts with.
LENGTHS = (6, 12, 20, 0)


def quiz_consent(settings: Mapping[str, object], limits: Mapping[int, Limit]) -> Consent:
    """What a Quiz me round keeps within: Settings' depth and spicy switch, and both partners' private limits. Home's
    count, Quiz me's count and the round itself all ask this, so what is counted is what is asked."""
    from game.core.consent import Consent

    return Consent.from_settings(settings, limits)


def next_length(length: int) -> int:
    """The next of LENGTHS, round and round, as the length buttons step."""
    return LENGTHS[(LENGTHS.index(length) + 1) % len(LENGTHS)] if length in LENGTHS else LENGTHS[0]


def cards_words(length: int, this_round_only: bool = False) -> str:
    """Play's length, in the same words on setup and in Settings: "Cards per round: 12". A length that is not kept
    (one deck played from the studio) says it is for this round only."""
    count = length or "open-ended"
    return f"Cards this round only: {count}" if this_round_only else f"Cards per round: {count}"


def quiz_length_words(length: int) -> str:
    """The Quiz me length button: how many questions a round asks (0: every one that is due)."""
    return f"Questions per quiz: {length}" if length else "Questions per quiz: all that are due"


def quiz_asks(due: int, length: int) -> int:
    """How many questions a Quiz me round asks when `due` are ready and it asks `length` at most (0: no limit)."""
    return min(due, length) if length else due


def quiz_button_words(due: int, length: int, ready: str | None = None) -> str:
    """Home's Quiz me button: the questions pressing it asks, and, gently, how many are ready in all ("Quiz me (12
    questions, 13 ready)", never "12 of 13 ready", which reads as one not ready); with none ready, when the first
    will be (`ready`, as ready_when says it), so nobody presses it to find out."""
    if not due:
        return f"Quiz me (ready {ready})" if ready else "Quiz me"
    asks = quiz_asks(due, length)
    questions = f"{asks} question{'s' if asks != 1 else ''}"
    return f"Quiz me ({questions}, {due} ready)" if asks < due else f"Quiz me ({questions})"


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def ready_when(ready: datetime, now: datetime, tz: tzinfo | None = None) -> str:
    """When a saved answer can first be quizzed, as a day on this computer's clock (or `tz`'s): "later today",
    "tomorrow", "on Friday" within the week, else "on 3 March" (with the year, when it is most of a year away)."""
    from game.core.answers import MONTH_NAMES

    day, today = ready.astimezone(tz).date(), now.astimezone(tz).date()
    days = (day - today).days
    if days <= 0:
        return "later today"
    if days == 1:
        return "tomorrow"
    if days < 7:
        return f"on {WEEKDAYS[day.weekday()]}"
    year = f" {day.year}" if days > 300 else ""
    return f"on {day.day} {MONTH_NAMES[day.month - 1]}{year}"


#: Over the decks when a private limit holds the depth: that one is in force and how to change it, never whose or what.
LIMIT_IN_FORCE = "A private limit one of you set is in force"
CHANGE_LIMITS = "“Our private limits…” changes it."


def mix_words(held: list[str], limited: bool = False) -> str:
    """The line over the decks; it says why a deck's count is small when its spicy cards are held back, and why the
    depth and the counts stop short when a private limit holds them (`limited`: then it is that line's news, and it
    keeps short enough for the largest text to leave the decks room)."""
    spicy = f"With spicy cards off, {' and '.join(held)} {'has' if len(held) == 1 else 'have'} fewer." if held else ""
    if limited:
        return f"{spicy} {LIMIT_IN_FORCE}: {CHANGE_LIMITS}".lstrip()
    return f"Mix as many decks as you like. {spicy}".rstrip()


def questions(count: int) -> str:
    """ "1 question", "12 questions"."""
    return "1 question" if count == 1 else f"{count} questions"


def all_spicy(deck: object) -> bool:
    """Whether every card of `deck` is spicy (such a deck starts switched off)."""
    cards = getattr(deck, "cards", ())
    return bool(cards) and all(card.spicy for card in cards)


def agreed_depth(limits: Mapping[int, Limit]) -> int:
    """How deep both partners' private `limits` allow (the lower cap), whoever set it."""
    from game.core.consent import Consent

    return Consent.of(False, limits, max(LEVELS)).max_level
