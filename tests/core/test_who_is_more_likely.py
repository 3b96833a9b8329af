"""Who's more likely: both answer privately from me / you / both / neither; the reveal reads perspective."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from game.core.answers import AnswerError, describe, parse_answer, who_agrees, who_label, who_points_at
from game.core.cards import AnswerType, deck_from_data
from game.core.events import Revealed
from game.core.partner_quiz import QuizBook
from game.core.session import Phase, Session, SessionConfig

T0 = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)

DECK = deck_from_data(
    {
        "id": "who",
        "name": "Who",
        "cards": [
            {"id": "trailer", "kind": "both", "answer": "who", "text": "Who's more likely to cry at a film trailer?"},
            {"id": "late", "kind": "both", "answer": "who", "text": "Who's more likely to be late?"},
        ],
    }
)


def play(first: str, second: str) -> Revealed:
    session = Session(SessionConfig(deck_ids=("who",), length=2, seed=1), {"who": DECK}, {}, QuizBook())
    session.begin(T0)
    assert session.phase is Phase.PRIVATE
    assert session.current_card().answer_type is AnswerType.WHO
    session.answer_privately(0, first, T0 + timedelta(minutes=1))
    events = session.answer_privately(1, second, T0 + timedelta(minutes=2))
    revealed = next(event for event in events if isinstance(event, Revealed))
    assert session.memories == {}  # a who card is played, not remembered
    assert session.summary().in_sync == (int(revealed.in_sync[0]), 1)  # one card, one moment: the same person or not
    return revealed


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ("me", "you", True),  # seat 0 says "me", seat 1 says "you": both mean seat 0
        ("you", "me", True),
        ("both", "both", True),
        ("neither", "neither", True),
        ("me", "me", False),  # each says "me": they see it differently
        ("you", "you", False),
        ("both", "me", False),
        ("neither", "you", False),
    ],
)
def test_the_reveal_reads_each_answer_from_the_side_of_who_gave_it(first, second, agree):
    revealed = play(first, second)
    assert revealed.in_sync == {0: agree, 1: agree}


def test_who_answers_are_read_from_words_or_numbers_and_nothing_else():
    card = DECK.cards[0]
    assert parse_answer(card, "Me") == "me"
    assert parse_answer(card, " neither ") == "neither"
    assert parse_answer(card, 3) == "both"
    with pytest.raises(AnswerError):
        parse_answer(card, "Sam")
    with pytest.raises(AnswerError):
        parse_answer(card, 5)


def test_whom_an_answer_means_and_how_it_reads():
    assert who_points_at("me", 1) == 1 and who_points_at("you", 1) == 0 and who_points_at("both", 0) == "both"
    assert who_agrees({0: "you", 1: "me"}) and not who_agrees({0: "both", 1: "neither"})
    assert [who_label(value, "Kofi") for value in ("me", "you", "both", "neither")] == ["Me", "Kofi", "Both of us", "Neither of us"]
    assert describe(DECK.cards[0], "neither") == "Neither of us"
