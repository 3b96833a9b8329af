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
#: Cards in a session, or questions in a Quiz me round; 0 is open-ended (a quiz asks all that are due).
LENGTHS = (6, 12, 20, 0)
#: Questions in a Quiz me round at first (one of LENGTHS): the memories due beyond it wait for another round.
QUIZ_LENGTH = 12


def quiz_consent(settings: Mapping[str, object], limits: Mapping[int, Limit]) -> Consent:
    """What a Quiz me round keeps within: Settings' depth and spicy switch, and both partners' private limits. Home's
    count, Quiz me's count and the round itself all ask this, so what is counted is what is asked."""
    from game.core.consent import Consent

    return Consent.from_settings(settings, limits)


def quiz_length_words(length: int) -> str:
    """The Quiz me length button: how many questions a round asks (0: every one that is due)."""
    return f"Length: {length} questions" if length else "Length: all that are due"


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
