"""Which way round the people at this computer write a date ("12/06"): read once from the system's locale.

The rules take the order as a plain value (game.core.answers.DateOrder); only the shell asks the system.
Day before month when the locale says nothing useful: most of the world writes it that way.
"""

from __future__ import annotations

import locale

from game.core.answers import DateOrder


def system_date_order() -> DateOrder:
    try:
        before = locale.setlocale(locale.LC_TIME)
        try:
            name = locale.setlocale(locale.LC_TIME, "")
            pattern = locale.nl_langinfo(locale.D_FMT)
        finally:
            locale.setlocale(locale.LC_TIME, before)  # nothing else in the game changes with it
    except (locale.Error, AttributeError, ValueError):
        return DateOrder.DAY_MONTH
    return date_order_for(name, pattern)


def date_order_for(locale_name: str, pattern: str) -> DateOrder:
    """The C (POSIX) locale is no locale at all: its US-style pattern says nothing about the people here."""
    if locale_name in ("C", "POSIX") or locale_name.startswith("C."):
        return DateOrder.DAY_MONTH
    return date_order_of(pattern)


def date_order_of(pattern: str) -> DateOrder:
    """The order in a strftime date pattern: "%m/%d/%y" is month-day; "%d.%m.%Y", "%Y-%m-%d" or nothing is day-month."""
    day, month = pattern.find("%d"), pattern.find("%m")
    if day >= 0 and month >= 0 and month < day and not pattern.startswith("%Y"):
        return DateOrder.MONTH_DAY
    return DateOrder.DAY_MONTH
