"""How long a turn on an action card lasts, read from its text, and whether its timer runs that long.

"One minute each: praise the way the other argues" with a 120-second timer left the second partner
guessing when their minute began; "count my pulse for fifteen seconds" with no timer left the one
counting beats to count the seconds too. A timer is one turn (the play screen offers to run it again
for the swap), so a card that names a length of seconds or minutes has a timer, of that length when
it names one. Only a count the card itself says is spoken ("I count down out loud") needs none.
"""

from __future__ import annotations

import re

from .cards import Card

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30,
    "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
}  # fmt: skip
_DURATION = re.compile(
    r"\b(?:(half a minute)|(a minute and a half)|(\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"[- ](?:(?:full|whole) )?(second|minute)s?)\b",
    re.IGNORECASE,
)
#: How a couple writes a timer's length by hand: "90", "90s", "3 min", "1:30", "1 min 30", "2 minutes".
_CLOCK = re.compile(r"(\d{1,3}):([0-5]\d)")
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)\s*([^\W\d_]*)\s*(?:and\s+)?")
_UNITS = {"": 1, "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "m": 60, "min": 60, "mins": 60, "minute": 60}
_UNITS |= {"minutes": 60, "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600}
#: The card says the count is spoken, and the counting is the game: "I count down out loud, and you stop at zero".
_COUNTED_ALOUD = re.compile(r"\bcount(?:s|ing)?\b[^.!?]*\b(?:out loud|aloud)\b", re.IGNORECASE)


def durations(text: str) -> list[tuple[str, int]]:
    """Each length of time `text` names, as it is written and in seconds: ("a minute", 60), ("thirty seconds", 30)."""
    out = []
    for match in _DURATION.finditer(text):
        half, minute_and_half, number, unit = match.groups()
        if half or minute_and_half:
            seconds = 30 if half else 90
        elif number.lower() in ("a", "an") and unit.lower() == "second":
            continue  # "a second thought", "a second time": an ordinal, not a length
        else:
            count = int(number) if number.isdecimal() else _NUMBER_WORDS[number.lower()]
            seconds = count * (60 if unit.lower() == "minute" else 1)
        out.append((match.group(0), seconds))
    return out


def typed_seconds(typed: str) -> int | None:
    """A timer's length as a couple types it ("90", "90s", "3 min", "1:30", "1 min 30"), in seconds; None when the
    words are not a length of time. A number without a unit is seconds."""
    text = typed.strip().casefold()
    clock = _CLOCK.fullmatch(text)
    if clock:
        return int(clock[1]) * 60 + int(clock[2])
    total, at, parts = 0.0, 0, 0
    for match in _AMOUNT.finditer(text):
        if match.start() != at or match[2] not in _UNITS:
            return None
        total += float(match[1].replace(",", ".")) * _UNITS[match[2]]
        at, parts = match.end(), parts + 1
    if not parts or at != len(text) or total != int(total):
        return None
    return int(total)


def timer_findings(card: Card) -> list[str]:
    """An action card that names a length of seconds or minutes has a timer, of that length when it names one (a
    turn: it can be run again for the swap); a card naming two lengths (a turn and a pause) picks its own."""
    named = durations(card.text)
    lengths = {seconds for _, seconds in named}
    if not named or (not card.seconds and _COUNTED_ALOUD.search(card.text)):
        return []
    words, seconds = named[0]
    if card.seconds and len(lengths) == 1 and card.seconds != seconds:
        return [
            f"the text says '{words}' but the timer runs {card.seconds} seconds: make it {seconds} "
            "(a timer is one turn, and you can run it again for the swap)"
        ]
    if card.seconds:
        return []
    if len(lengths) == 1:
        return [f"'{words}' is a timed turn: give the card a timer of {seconds} seconds"]
    other = next(said for said, length in named if length != seconds)
    return [f"the card names '{words}' and '{other}': give it a timer for whichever is the turn"]
