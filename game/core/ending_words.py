"""The heading over a round's ending, following what happened in it: a full round, one cut short, every card
passed, a quiz (and how it went), or nothing played at all; and over a date night's keepsake, how much of the
evening was had. Warm, and never praise for what did not happen."""

from __future__ import annotations

from .events import SessionSummary

NOTHING_PLAYED = "Until next time."
FULL_ROUND = "That was lovely."
CUT_SHORT = "Short and sweet."
ALL_PASSED = "Not tonight's cards, and that's fine."
KNEW_IT_ALL = "You knew every one."
MOSTLY_KNEW = "You know each other well."
LEARNED = "Something new learned about each other."
CHECKED = "Your answers are up to date."


def ending_title(summary: SessionSummary) -> str:
    """What to say above the summary of a round that has ended."""
    s = summary
    if s.quiz_round:
        return quiz_title(s)
    if s.cards_played:
        return CUT_SHORT if s.cut_short else FULL_ROUND
    if s.passed and not s.turns:
        return ALL_PASSED
    return quiz_title(s) if s.turns else NOTHING_PLAYED


def quiz_title(summary: SessionSummary) -> str:
    """How a quiz went, counting both partners' guesses: spot on or close counts as known."""
    asked = sum(sum(results.values()) for results in summary.quiz_results.values())
    if not asked:
        return CHECKED if summary.turns else NOTHING_PLAYED
    known = sum(results.get("got_it", 0) + results.get("close", 0) for results in summary.quiz_results.values())
    if known == asked:
        return KNEW_IT_ALL
    if 2 * known >= asked:
        return MOSTLY_KNEW
    return LEARNED


def evening_title(cards_played: int, minutes: int, minutes_spent: int) -> str:
    """What to say above a date night's keepsake: an evening stopped before half its time is short and sweet."""
    if not cards_played:
        return NOTHING_PLAYED
    return CUT_SHORT if 2 * minutes_spent < minutes else FULL_ROUND
