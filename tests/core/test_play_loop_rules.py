"""The play loop's rules as a couple meets them over many evenings: talked-about cards, quiz timing, changing answers."""

from __future__ import annotations

import pytest

from game.core.cards import Kind
from game.core.events import TurnCompleted, TurnStarted
from game.core.session import SessionError
from tests.core.test_session import at, make_deck, start, types


def test_aloud_a_remembered_card_talked_about_finishes_the_turn_and_remembers_nothing() -> None:
    session, _ = start([make_deck("d", "r-text", "act-1")], "r-text")
    events = session.talked(at(1))
    assert types(events) == [TurnCompleted, TurnStarted]
    assert events[0].record.outcome == {"talked": True}  # type: ignore[attr-defined]
    assert session.memories == {} and len(session.quizbook) == 0
    assert session.summary().cards_played == 1 and session.summary().new_memories == 0
    session.undo(at(2))
    assert session.current is not None and session.current.card.card_id == "r-text"


def test_aloud_talked_fits_only_an_ask_card_being_answered() -> None:
    session, _ = start([make_deck("d", "act-1", "r-text")], "act-1")
    assert session.current_card().kind is Kind.ACTION
    with pytest.raises(SessionError):
        session.talked(at(1))
