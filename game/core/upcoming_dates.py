"""Remembered dates that come round soon: "Sam's birthday is in 12 days."

Only dates worth looking forward to are mentioned — birthdays, anniversaries, the day you
met — never the ones a partner marks quietly (a loss, a hard day). Memories marked
"just between us" are left out unless asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from .answers import date_parts
from .cards import AnswerType, Card, CardKey
from .direction import quoted
from .memories import Memory, MemoryKey
from .players import Couple

#: The built-in date cards worth a reminder, and how to name the day ({name}: whose memory it is).
#: Every one comes round each year (a test holds this list to the date cards in the built-in decks).
OCCASIONS: dict[CardKey, str] = {
    CardKey("important-dates", "birthday"): "{name}'s birthday",
    CardKey("important-dates", "anniversary-date"): "Your anniversary, as {name} counts it,",
    CardKey("important-dates", "first-met"): "The day you first met, as {name} remembers it,",
    CardKey("important-dates", "first-date"): "The anniversary of your first date, as {name} remembers it,",
    CardKey("important-dates", "favourite-day-of-year"): "{name}'s favourite day of the year",
}
#: The same day remembered by both partners is mentioned once, without "as … remembers it".
SHARED = {
    CardKey("important-dates", "first-met"): "The day you first met",
    CardKey("important-dates", "first-date"): "The anniversary of your first date",
    CardKey("important-dates", "anniversary-date"): "Your anniversary",
}


@dataclass(frozen=True, slots=True)
class UpcomingDate:
    days: int
    on: date
    text: str
    memories: tuple[MemoryKey, ...]


def next_occurrence(month: int, day: int, today: date) -> date:
    """The next time month/day comes round, today included; 29 February falls on the 28th in other years."""
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = date(year, month, 28)
        if candidate >= today:
            return candidate
    raise AssertionError("a day always comes round within a year")


def in_words(days: int) -> str:
    if days == 0:
        return "is today"
    if days == 1:
        return "is tomorrow"
    return f"is in {days} days"


def upcoming_dates(
    memories: Mapping[MemoryKey, Memory],
    cards: Mapping[CardKey, Card],
    couple: Couple,
    today: date,
    within_days: int = 60,
    include_private: bool = False,
) -> list[UpcomingDate]:
    """Remembered dates coming round within `within_days`, soonest first."""
    found: dict[tuple[CardKey, date], list[MemoryKey]] = {}
    for key, memory in memories.items():
        card = cards.get(key.card_key)
        occasion = OCCASIONS.get(key.card_key)
        if card is None or occasion is None or card.answer_type is not AnswerType.DATE:
            continue
        if memory.private and not include_private:
            continue
        try:
            _, month, day = date_parts(str(memory.answer))
        except ValueError:
            continue
        on = next_occurrence(month, day, today)
        if not 0 <= (on - today).days <= within_days:
            continue
        found.setdefault((key.card_key, on), []).append(key)
    out = []
    for (card_key, on), keys in found.items():
        keys.sort()
        days = (on - today).days
        if len(keys) > 1 and card_key in SHARED:
            out.append(UpcomingDate(days, on, f"{SHARED[card_key]} {in_words(days)}.", tuple(keys)))
            continue
        for key in keys:
            subject = OCCASIONS[card_key].replace("{name}", quoted(couple.name(key.owner)))  # a right-to-left name moves nothing
            out.append(UpcomingDate(days, on, f"{subject} {in_words(days)}.", (key,)))
    return sorted(out, key=lambda item: (item.days, item.text))
