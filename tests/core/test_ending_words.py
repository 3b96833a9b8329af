"""The heading over a round's ending follows what happened (playtest I, confusion 11): "That was lovely." headed a
round ended after two cards and a quiz, and a quiz round, alike."""

from __future__ import annotations

from game.core.ending_words import (
    ALL_PASSED,
    CHECKED,
    CUT_SHORT,
    FULL_ROUND,
    KNEW_IT_ALL,
    LEARNED,
    MOSTLY_KNEW,
    NOTHING_PLAYED,
    ending_title,
    evening_title,
)
from game.core.events import SessionEnded, SessionSummary
from tests.core.test_session import at, make_deck, start


def summary(**fields: object) -> SessionSummary:
    base: dict[str, object] = dict(
        turns=0, cards_played=0, passed=0, new_memories=0, quiz_results={0: {}, 1: {}}, in_sync=(0, 0), starred=()
    )
    return SessionSummary(**{**base, **fields})  # type: ignore[arg-type]


def test_a_round_played_through_is_lovely_and_one_cut_short_is_short_and_sweet() -> None:
    assert ending_title(summary(turns=12, cards_played=12)) == FULL_ROUND
    assert ending_title(summary(turns=3, cards_played=2, cut_short=True, quiz_results={0: {"got_it": 1}, 1: {}})) == CUT_SHORT


def test_nothing_played_and_every_card_passed_are_said_as_they_are() -> None:
    assert ending_title(summary()) == NOTHING_PLAYED
    assert ending_title(summary(passed=3, cut_short=True)) == ALL_PASSED


def test_a_quiz_says_how_it_went() -> None:
    def quiz(ama: dict[str, int], kofi: dict[str, int], turns: int | None = None) -> str:
        asked = sum(ama.values()) + sum(kofi.values())
        return ending_title(summary(turns=asked if turns is None else turns, quiz_round=True, quiz_results={0: ama, 1: kofi}))

    assert quiz({"got_it": 2}, {"close": 1}) == KNEW_IT_ALL
    assert quiz({"got_it": 1, "not_quite": 1}, {"close": 1, "not_quite": 1}) == MOSTLY_KNEW
    assert quiz({"not_quite": 2}, {"got_it": 1, "not_quite": 1}) == LEARNED
    assert quiz({}, {}, turns=2) == CHECKED  # only "still true?" checks: nothing was guessed
    assert quiz({}, {}, turns=0) == NOTHING_PLAYED


def test_the_session_says_whether_it_was_cut_short() -> None:
    deck = make_deck("d", "act-1", "act-2", "act-3")
    session, _ = start([deck], length=3)
    session.complete(at(1))
    ended = [e for e in session.end(at(2)) if isinstance(e, SessionEnded)]
    assert ended[0].summary.cut_short and ending_title(ended[0].summary) == CUT_SHORT
    session, _ = start([deck], length=2)
    session.complete(at(1))
    ended = [e for e in session.complete(at(2)) if isinstance(e, SessionEnded)]
    assert not ended[0].summary.cut_short and ending_title(ended[0].summary) == FULL_ROUND
    session, _ = start([deck], length=None)  # an endless round ends when the couple say
    session.complete(at(1))
    ended = [e for e in session.end(at(2)) if isinstance(e, SessionEnded)]
    assert not ended[0].summary.cut_short


def test_a_date_night_stopped_before_half_its_time_is_short_and_sweet() -> None:
    """The keepsake's heading too: "That was lovely." headed a sixty-minute evening stopped after twelve minutes."""
    assert evening_title(cards_played=14, minutes=60, minutes_spent=52) == FULL_ROUND
    assert evening_title(cards_played=14, minutes=60, minutes_spent=30) == FULL_ROUND
    assert evening_title(cards_played=3, minutes=60, minutes_spent=12) == CUT_SHORT
    assert evening_title(cards_played=0, minutes=60, minutes_spent=4) == NOTHING_PLAYED
