"""The Session: commands, the events they return, turns, quizzes, undo and resume."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Any

import fsrs
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from game.core import session_state
from game.core.answers import AnswerError, Verdict
from game.core.cards import AnswerType, Card, CardKey, Deck, Kind, deck_from_data
from game.core.dealing import ENDLESS_RUN, DealFilters, deal
from game.core.events import (
    ActionDone,
    ActionUndone,
    AnswerSaved,
    CardPassed,
    CardStarred,
    Event,
    GuessMade,
    MemoryRestored,
    MemoryUpdated,
    PrivateAnswerTaken,
    QuizJudged,
    Revealed,
    ReviewRemoved,
    ScheduleRestored,
    SessionEnded,
    TurnCompleted,
    TurnRecordRemoved,
    TurnStarted,
)
from game.core.memories import Memory, MemoryKey
from game.core.partner_quiz import QuizBook
from game.core.session import UNDO_DEPTH, Mode, Phase, Session, SessionConfig, SessionError
from game.core.undo_kept import ANSWERS

T0 = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


# ---- building blocks ------------------------------------------------------------------

CARDS: dict[str, dict[str, Any]] = {
    "r-text": {"text": "Your dream trip?", "quiz": "Where would {name} go?"},
    "r-choice": {"text": "Tea or coffee?", "answer": "choice", "options": ["Tea", "Coffee", "Neither"], "quiz": "q"},
    "r-date": {"text": "Your birthday?", "answer": "date", "quiz": "q"},
    "r-number": {"text": "How many siblings?", "answer": "number", "quiz": "q"},
    "r-scale": {"text": "How much do you like rain?", "answer": "scale", "quiz": "q"},
    "plain": {"text": "Tell a story."},
    "b-text": {"kind": "both", "text": "A perfect Sunday?", "quiz": "q"},
    "b-plain": {"kind": "both", "text": "Draw each other."},
    "b-who": {"kind": "both", "answer": "who", "text": "Who's more likely to sing?"},
    "sc": {"kind": "scenario", "text": "A friend cancels.", "options": ["Call", "Wait", "Text"]},
    "act": {"kind": "action", "text": "Hold hands for a minute."},
    "dance": {"kind": "action", "text": "Slow-dance in the kitchen.", "followups": ["Who led?"]},
}


def make_deck(deck_id: str, *card_ids: str, **extra: dict[str, Any]) -> Deck:
    """A deck from named cards of CARDS (an id like 'act-3' takes the 'act' template)."""
    cards = [{"id": card_id, **CARDS[card_id.split("-")[0] if card_id not in CARDS else card_id]} for card_id in card_ids]
    cards += [{"id": card_id, **data} for card_id, data in extra.items()]
    return deck_from_data({"id": deck_id, "name": deck_id.title(), "cards": cards})


def first_seed(decks: list[Deck], *leading: str) -> int:
    """A seed whose deal starts with the given card ids, in order (dealing is seeded, so this is stable)."""
    for seed in range(5000):
        order = deal(decks, DealFilters(), seed)
        if [key.card_id for key in order[: len(leading)]] == list(leading):
            return seed
    raise AssertionError(f"no seed deals {leading} first")


def start(
    decks: list[Deck],
    *leading: str,
    length: int | None = 12,
    mode: Mode = Mode.PLAY,
    memories: dict[MemoryKey, Memory] | None = None,
    book: QuizBook | None = None,
    dealt: Iterable[str] | None = None,
    now: datetime = T0,
) -> tuple[Session, list[Event]]:
    deck_ids = tuple(d.id for d in decks) if dealt is None else tuple(dealt)
    seed = first_seed([d for d in decks if d.id in deck_ids], *leading) if leading else 0
    config = SessionConfig(mode=mode, deck_ids=deck_ids, length=length, seed=seed)
    session = Session(config, {d.id: d for d in decks}, memories if memories is not None else {}, book or QuizBook())
    return session, session.begin(now)


def types(events: list[Event]) -> list[type]:
    return [type(event) for event in events]


def started(events: list[Event]) -> TurnStarted:
    found = [event for event in events if isinstance(event, TurnStarted)]
    assert len(found) == 1, events
    return found[0]


def unkept(session: Session) -> dict[str, Any]:
    """The session's JSON without the undo steps kept with it."""
    return {key: value for key, value in json.loads(json.dumps(session.to_json())).items() if key != "undo"}


def snapshot(session: Session) -> tuple[str, dict[MemoryKey, Memory], dict[Any, dict[str, Any]]]:
    """The state, memories and schedules (Undo's own steps kept with the state aside)."""
    return (
        json.dumps(unkept(session), sort_keys=True),
        dict(session.memories),
        {key: card.to_dict() for key, card in session.quizbook.items()},
    )


def old_memory(memories: dict[MemoryKey, Memory], book: QuizBook, key: MemoryKey, answer: Any, *, reviewed: bool = True) -> None:
    """A memory from an earlier evening, due for the partner's quiz by T0."""
    made = T0 - timedelta(days=90)
    memories[key] = Memory.first(key, answer, made)
    book.new(key, 1 - key.owner, made)
    if reviewed:
        book.review(key, 1 - key.owner, Verdict.GOT_IT, made)
    assert book.count_due(1 - key.owner, T0) >= 1


# ---- beginning ------------------------------------------------------------------------


def test_begin_deals_every_card_and_starts_the_first_turn_with_seat_0() -> None:
    deck = make_deck("d", "act-1", "act-2", "act-3")
    session, events = start([deck])
    assert types(events) == [TurnStarted]
    turn = started(events).turn
    assert (turn.number, turn.seat, turn.is_quiz) == (0, 0, False)
    assert sorted(k.card_id for k in session.state.deal) == ["act-1", "act-2", "act-3"]
    assert session.phase is Phase.ANSWER


@pytest.mark.parametrize("length", [6, 12, None])
def test_a_play_round_climbs_from_its_lightest_cards_to_its_deepest(length: int | None) -> None:
    layered = {f"l{level}-{i}": {"text": "t", "level": level} for level in (1, 2, 3) for i in range(8)}
    decks = [
        deck_from_data({"id": name, "name": name, "cards": [{"id": f"{name}{key}", **data} for key, data in layered.items()]})
        for name in "xy"
    ]
    session, _ = start(decks, length=length)
    run = length or ENDLESS_RUN
    levels = [int(key.card_id[2]) for key in session.state.deal]
    for begin in range(0, len(levels), run):
        assert levels[begin : begin + run] == sorted(levels[begin : begin + run])
    assert levels[0] == 1 and 3 in levels[:run], "a round starts light and reaches the deepest cards"


@pytest.mark.parametrize("passes", [(2,), (0, 5, 11), (11,), (3, 4, 5, 6)])
def test_a_round_with_passes_still_ends_on_its_deepest_cards(passes: tuple[int, ...]) -> None:
    """A pass takes one more card from the deal: a card of the passed one's level, so the round still climbs."""
    layered = {f"l{level}-{i}": {"text": "t", "level": level} for level in (1, 2, 3) for i in range(8)}
    decks = [
        deck_from_data({"id": name, "name": name, "cards": [{"id": f"{name}{key}", **data} for key, data in layered.items()]})
        for name in "xy"
    ]
    session, _ = start(decks, length=12)
    first_run = [int(key.card_id[2]) for key in session.state.deal[:12]]
    played: list[int] = []
    for offered in range(40):
        if session.ended:
            break
        level = int(session.state.current.card.card_id[2])
        if offered in passes:
            session.pass_card(at(offered))
        else:
            played.append(level)
            session.complete(at(offered))
    assert len(played) == 12 and session.ended
    assert played == sorted(played), f"the round climbs: {played}"
    assert played[-1] == max(first_run), "and ends on its deepest level"


def test_undoing_a_pass_puts_the_deal_back_as_it_was() -> None:
    layered = [{"id": f"l{level}-{i}", "text": "t", "level": level} for level in (1, 2, 3) for i in range(8)]
    session, _ = start([deck_from_data({"id": "x", "name": "x", "cards": layered})], length=6)
    before = list(session.state.deal)
    session.pass_card(at(1))
    assert session.state.deal != before, "a card of the passed one's level moved up"
    session.undo(at(2))
    assert session.state.deal == before


def test_a_round_picked_up_after_a_pass_deals_on_as_it_would_have_and_never_repeats_a_card() -> None:
    """The store keeps the deal as first dealt, once, and the state without it after each step: a card a pass brought
    forward came back in its old place when the round was picked up again, and the round ended on a light card."""
    layered = {f"l{level}-{i}": {"text": "t", "level": level} for level in (1, 2, 3) for i in range(8)}
    decks = [
        deck_from_data({"id": name, "name": name, "cards": [{"id": f"{name}{key}", **data} for key, data in layered.items()]})
        for name in "xy"
    ]
    session, _ = start(decks, length=12)
    saved_deal = session.to_json()["deal"]
    twin = copy.deepcopy(session)  # the same round, played on without closing the window
    for both in (session, twin):
        for minute in range(4):
            both.complete(at(minute))
        both.pass_card(at(4))
        for minute in range(5, 10):
            both.complete(at(minute))
    data = {**json.loads(json.dumps(session.to_json())), "deal": saved_deal}
    again = Session(session.config, session.decks, {}, QuizBook(), session_state.state_from_json(data))
    assert again.state == twin.state
    while not again.ended:
        again.complete(at(20))
    played = [turn.card for turn in again.state.completed]
    assert len(played) == 12 and len(set(played)) == 12, "no card twice"
    assert int(played[-1].card_id[2]) == 3, "the round still ends deep"


def test_a_round_saved_before_its_moves_were_kept_never_deals_a_card_twice() -> None:
    layered = [{"id": f"l{level}-{i}", "text": "t", "level": level} for level in (1, 2, 3) for i in range(8)]
    session, _ = start([deck_from_data({"id": "x", "name": "x", "cards": layered})], length=12)
    saved_deal = session.to_json()["deal"]
    session.pass_card(at(1))
    data = {key: value for key, value in json.loads(json.dumps(session.to_json())).items() if key != "moves"}
    again = Session(session.config, session.decks, {}, QuizBook(), session_state.state_from_json({**data, "deal": saved_deal}))
    while not again.ended:
        again.complete(at(2))
    shown = [turn.card for turn in again.state.completed] + again.state.passed
    assert len(shown) == len(set(shown)) == 13


def test_begin_on_a_running_session_changes_nothing() -> None:
    session, _ = start([make_deck("d", "act-1", "act-2")])
    before = snapshot(session)
    assert session.begin(at(1)) == []
    assert snapshot(session) == before


def test_a_session_with_nothing_to_deal_ends_at_once() -> None:
    session, events = start([make_deck("d", "act-1")], dealt=())
    assert types(events) == [SessionEnded]
    assert session.ended and session.current is None


# ---- ask cards ------------------------------------------------------------------------


def test_answering_a_remembered_ask_card_saves_it_and_hands_the_turn_over() -> None:
    session, _ = start([make_deck("d", "r-text", "act-1")], "r-text")
    events = session.answer("  Lisbon, by train ", at(1))
    assert types(events) == [AnswerSaved, TurnCompleted, TurnStarted]
    saved, completed, nxt = events
    assert isinstance(saved, AnswerSaved) and isinstance(completed, TurnCompleted) and isinstance(nxt, TurnStarted)
    key = MemoryKey(0, "d", "r-text")
    assert saved.memory.key == key and saved.memory.answer == "Lisbon, by train"
    assert saved.memory.created_at == at(1)
    assert session.memories[key] == saved.memory
    record = completed.record
    assert (record.number, record.seat, record.card, record.kind) == (0, 0, CardKey("d", "r-text"), "ask")
    assert record.outcome == {"answer": "Lisbon, by train"} and record.at == at(1)
    assert nxt.turn.seat == 1 and nxt.turn.number == 1
    # the partner (seat 1) gets a quiz schedule for it; the owner does not
    assert session.quizbook.get(key, 1) is not None
    assert session.quizbook.get(key, 0) is None


def test_answers_are_stored_in_the_card_s_answer_type() -> None:
    session, _ = start([make_deck("d", "r-choice", "r-date", "act-1")], "r-choice", "r-date")
    session.answer(2, at(1))
    session.answer("14 March", at(2))
    assert session.memories[MemoryKey(0, "d", "r-choice")].answer == "Coffee"
    assert session.memories[MemoryKey(1, "d", "r-date")].answer == "03-14"


def test_an_answer_that_does_not_fit_raises_and_changes_nothing() -> None:
    session, _ = start([make_deck("d", "r-date", "act-1")], "r-date")
    before = snapshot(session)
    with pytest.raises(AnswerError, match="month and day"):
        session.answer("someday", at(1))
    assert snapshot(session) == before
    assert not session.can_undo()


def test_a_remembered_ask_card_needs_a_note_of_the_answer() -> None:
    session, _ = start([make_deck("d", "r-text", "act-1")], "r-text")
    before = snapshot(session)
    with pytest.raises(SessionError, match="remembered"):
        session.answer(None, at(1))
    with pytest.raises(SessionError, match="remembered"):
        session.complete(at(1))
    assert snapshot(session) == before


def test_an_ask_card_without_quiz_is_completed_and_remembers_nothing() -> None:
    session, _ = start([make_deck("d", "plain", "act-1")], "plain")
    events = session.complete(at(1))
    assert types(events) == [TurnCompleted, TurnStarted]
    assert events[0].record.outcome == {"done": True}  # type: ignore[attr-defined]
    assert session.memories == {} and len(session.quizbook) == 0


def test_answering_an_ask_card_without_quiz_saves_nothing() -> None:
    session, _ = start([make_deck("d", "plain", "act-1")], "plain")
    events = session.answer(None, at(1))
    assert types(events) == [TurnCompleted, TurnStarted]
    assert session.memories == {}


def test_an_action_card_is_ticked_off_with_complete() -> None:
    session, _ = start([make_deck("d", "act-1", "act-2")])
    events = session.complete(at(1))
    assert types(events) == [TurnCompleted, TurnStarted]
    record = events[0].record  # type: ignore[attr-defined]
    assert record.kind == "action" and record.outcome == {"done": True}


def test_an_action_card_with_follow_ups_stays_on_the_table_for_them_once_done() -> None:
    """Playtest C, finding 3: the follow-ups of an action card come after "We did it", before the next card."""
    session, _ = start([make_deck("d", "dance", "act-1")], "dance")
    turn = session.current
    assert types(session.complete(at(1))) == [ActionDone]
    assert session.phase is Phase.REVEAL and session.current == turn and not session.state.completed
    assert resumed(session).phase is Phase.REVEAL  # closing the window here comes back to the follow-ups
    with pytest.raises(SessionError):
        session.pass_card(at(2))  # it is done: nothing to pass
    events = session.complete(at(2))
    assert types(events) == [TurnCompleted, TurnStarted]
    record = events[0].record  # type: ignore[attr-defined]
    assert record.kind == "action" and record.outcome == {"done": True}  # as one with no follow-ups


def test_an_action_card_done_can_be_taken_back_and_ending_on_its_follow_ups_counts_it_played() -> None:
    session, _ = start([make_deck("d", "dance", "act-1")], "dance")
    turn = session.current
    session.complete(at(1))
    session.undo(at(2))
    assert session.phase is Phase.ANSWER and session.current == turn
    session.complete(at(3))
    records = [event.record for event in session.end(at(4)) if isinstance(event, TurnCompleted)]
    assert [(record.card, record.outcome) for record in records] == [(turn.card, {"done": True})]


def test_an_action_card_cannot_be_answered() -> None:
    session, _ = start([make_deck("d", "act-1", "act-2")])
    with pytest.raises(SessionError, match="action"):
        session.answer("done it", at(1))


# ---- both and scenario cards --------------------------------------------------------------


def test_a_both_card_is_revealed_only_after_the_second_private_answer() -> None:
    session, _ = start([make_deck("d", "b-text", "act-1")], "b-text")
    assert session.phase is Phase.PRIVATE
    first = session.answer_privately(1, "Slow breakfast", at(1))
    assert first == [PrivateAnswerTaken(1)]
    assert session.phase is Phase.PRIVATE and session.memories == {}
    second = session.answer_privately(0, "A long walk", at(2))
    assert types(second) == [PrivateAnswerTaken, Revealed, AnswerSaved, AnswerSaved]
    revealed = second[1]
    assert isinstance(revealed, Revealed)
    assert revealed.answers == {0: "A long walk", 1: "Slow breakfast"} and revealed.in_sync == {}
    assert session.memories[MemoryKey(0, "d", "b-text")].answer == "A long walk"
    assert session.memories[MemoryKey(1, "d", "b-text")].answer == "Slow breakfast"
    assert session.phase is Phase.REVEAL
    done = session.complete(at(3))
    assert types(done) == [TurnCompleted, TurnStarted]
    assert done[0].record.outcome == {"answers": {"0": "A long walk", "1": "Slow breakfast"}}  # type: ignore[attr-defined]
    assert started(done).turn.seat == 1


def test_a_both_card_without_quiz_reveals_but_remembers_nothing() -> None:
    session, _ = start([make_deck("d", "b-plain", "act-1")], "b-plain")
    session.answer_privately(0, "a cat", at(1))
    events = session.answer_privately(1, "a dog", at(2))
    assert types(events) == [PrivateAnswerTaken, Revealed]
    assert session.memories == {}


def test_a_partner_answers_privately_only_once_and_only_from_a_real_seat() -> None:
    session, _ = start([make_deck("d", "b-text", "act-1")], "b-text")
    session.answer_privately(0, "one", at(1))
    with pytest.raises(SessionError, match="already answered"):
        session.answer_privately(0, "two", at(2))
    with pytest.raises(SessionError, match="seat"):
        session.answer_privately(2, "three", at(2))
    assert session.state.private == {0: "one"}


def test_a_scenario_scores_in_sync_when_a_prediction_matches_the_partner_s_pick() -> None:
    session, _ = start([make_deck("d", "sc", "act-1")], "sc")
    assert session.answer_privately(0, ["call", "Wait"], at(1)) == [PrivateAnswerTaken(0)]
    events = session.answer_privately(1, [2, 3], at(2))
    assert types(events) == [PrivateAnswerTaken, Revealed, AnswerSaved, AnswerSaved]
    revealed = events[1]
    assert isinstance(revealed, Revealed)
    assert revealed.answers == {0: ["Call", "Wait"], 1: ["Wait", "Text"]}
    assert revealed.in_sync == {0: True, 1: False}
    # each partner's own pick is what is remembered
    assert session.memories[MemoryKey(0, "d", "sc")].answer == "Call"
    assert session.memories[MemoryKey(1, "d", "sc")].answer == "Wait"
    assert session.summary().in_sync == (1, 2)


def test_a_scenario_needs_a_pick_and_a_prediction() -> None:
    session, _ = start([make_deck("d", "sc", "act-1")], "sc")
    before = snapshot(session)
    with pytest.raises(SessionError, match="guess of your partner"):
        session.answer_privately(0, "Call", at(1))
    with pytest.raises(AnswerError, match="options"):
        session.answer_privately(0, ["Call", "Dance"], at(1))
    assert snapshot(session) == before


@pytest.mark.parametrize("card_id", ["b-text", "sc"])
def test_private_cards_refuse_answer_and_complete_before_the_reveal(card_id: str) -> None:
    session, _ = start([make_deck("d", card_id, "act-1")], card_id)
    with pytest.raises(SessionError):
        session.answer("x", at(1))
    with pytest.raises(SessionError, match="private"):
        session.complete(at(1))


def test_private_answers_are_refused_on_an_ask_card() -> None:
    session, _ = start([make_deck("d", "r-text", "act-1")], "r-text")
    with pytest.raises(SessionError, match="answer step"):
        session.answer_privately(0, "x", at(1))


# ---- passing and whose turn it is ---------------------------------------------------------


def test_pass_keeps_the_turn_with_the_same_player() -> None:
    session, _ = start([make_deck("d", "r-text", "act-1", "act-2")], "act-1", "r-text")
    session.complete(at(1))
    assert session.current is not None and session.current.seat == 1
    events = session.pass_card(at(2))
    assert types(events) == [CardPassed, TurnStarted]
    assert events[0] == CardPassed(CardKey("d", "r-text"), 1)
    turn = started(events).turn
    assert turn.seat == 1 and turn.number == 2 and turn.card == CardKey("d", "act-2")
    assert session.memories == {}


def test_a_passed_card_never_comes_back_that_session() -> None:
    deck = make_deck("d", *(f"act-{i}" for i in range(8)))
    session, events = start([deck], "act-0", length=None)
    passed = started(events).turn.card
    events = session.pass_card(at(1))
    dealt = []
    while not session.ended:
        dealt.append(started(events).turn.card)
        events = session.complete(at(len(dealt) + 1))
    assert passed not in dealt
    assert len(dealt) == 7 and len(set(dealt)) == 7
    assert session.summary().passed == 1


def test_a_pass_during_private_answers_drops_the_answer_already_given() -> None:
    session, _ = start([make_deck("d", "b-text", "act-1")], "b-text")
    session.answer_privately(0, "secret", at(1))
    events = session.pass_card(at(2))
    assert types(events) == [CardPassed, TurnStarted]
    assert session.state.private == {} and session.phase is Phase.ANSWER
    assert "secret" not in json.dumps(session.to_json())


def test_a_card_on_the_reveal_cannot_be_passed() -> None:
    session, _ = start([make_deck("d", "b-plain", "act-1")], "b-plain")
    session.answer_privately(0, "a", at(1))
    session.answer_privately(1, "b", at(2))
    with pytest.raises(SessionError, match="continue"):
        session.pass_card(at(3))


def test_the_active_player_alternates_turn_by_turn() -> None:
    session, events = start([make_deck("d", *(f"act-{i}" for i in range(6)))], length=None)
    seats = []
    while not session.ended:
        turn = started(events).turn
        seats.append((turn.number, turn.seat))
        events = session.complete(at(turn.number + 1))
    assert seats == [(0, 0), (1, 1), (2, 0), (3, 1), (4, 0), (5, 1)]


def test_passes_do_not_count_towards_the_length() -> None:
    session, events = start([make_deck("d", *(f"act-{i}" for i in range(6)))], length=3)
    session.pass_card(at(1))
    session.pass_card(at(2))
    for minute in range(3):
        assert not session.ended
        events = session.complete(at(3 + minute))
    assert session.ended
    assert types(events) == [TurnCompleted, SessionEnded]
    summary = events[-1].summary  # type: ignore[attr-defined]
    assert (summary.turns, summary.cards_played, summary.passed) == (3, 3, 2)


# ---- stars ----------------------------------------------------------------------------


def test_star_toggles_the_card_on_the_table() -> None:
    session, _ = start([make_deck("d", "act-1", "act-2")], "act-1")
    assert session.star(at(1)) == [CardStarred(CardKey("d", "act-1"), True)]
    assert session.star(at(2)) == [CardStarred(CardKey("d", "act-1"), False)]
    session.star(at(3))
    session.complete(at(4))
    assert session.summary().starred == (CardKey("d", "act-1"),)


# ---- the end and its summary --------------------------------------------------------------


def test_the_session_ends_after_its_length_with_a_correct_summary() -> None:
    deck = make_deck("d", "sc", "r-text", "act-1", "act-2")
    session, events = start([deck], length=3)
    new_memories = 0
    passed_one = False
    ended: list[Event] = []
    while not session.ended:
        card = session.current_card()
        now = at(session.state.turns_started)
        if card.kind is Kind.ACTION and not passed_one:
            passed_one = True
            events = session.pass_card(now)
        elif card.kind is Kind.ACTION:
            events = session.complete(now)
        elif card.kind is Kind.SCENARIO:
            session.star(now)
            session.answer_privately(0, ["Call", "Call"], now)
            session.answer_privately(1, ["Wait", "Wait"], now)
            new_memories += 2
            events = session.complete(now)
        else:
            events = session.answer("the sea", now)
            new_memories += 1
        ended = [event for event in events if isinstance(event, SessionEnded)]
    assert len(ended) == 1
    summary = ended[0].summary  # type: ignore[attr-defined]
    assert summary == session.summary()
    assert summary.turns == 3 and summary.cards_played == 3 and summary.passed == 1
    assert summary.new_memories == new_memories == 3
    assert summary.in_sync == (0, 2)
    assert summary.starred == (CardKey("d", "sc"),)
    assert summary.quiz_results == {0: {}, 1: {}}
    assert session.phase is Phase.ENDED and session.current is None


def test_commands_after_the_end_say_the_session_has_ended() -> None:
    session, _ = start([make_deck("d", "act-1", "act-2")], length=1)
    session.complete(at(1))
    assert session.ended
    for command in (lambda: session.complete(at(2)), lambda: session.pass_card(at(2)), lambda: session.star(at(2))):
        with pytest.raises(SessionError, match="ended"):
            command()
    assert session.end(at(3)) == []


def test_ending_early_gives_the_summary_so_far() -> None:
    session, _ = start([make_deck("d", "r-text", "act-1", "act-2")], "r-text")
    session.answer("x", at(1))
    events = session.end(at(2))
    assert types(events) == [SessionEnded]
    summary = events[0].summary  # type: ignore[attr-defined]
    assert (summary.turns, summary.new_memories) == (1, 1)
    assert not session.can_undo()


def test_ending_at_a_revealed_card_counts_it_as_played_and_seen() -> None:
    session, _ = start([make_deck("d", "sc", "act-1", "act-2")], "sc")
    session.answer_privately(0, ["Call", "Wait"], at(1))
    session.answer_privately(1, ["Wait", "Call"], at(2))
    assert session.phase is Phase.REVEAL
    events = session.end(at(3))
    assert types(events) == [TurnCompleted, SessionEnded]
    record = events[0].record  # type: ignore[attr-defined]
    assert record.card == CardKey("d", "sc") and record.memory is None and record.outcome["answers"]
    summary = events[1].summary  # type: ignore[attr-defined]
    assert (summary.turns, summary.cards_played, summary.new_memories, summary.in_sync) == (1, 1, 2, (2, 2))
    assert session.state.completed[0].card == CardKey("d", "sc")


def test_ending_before_both_have_answered_leaves_the_card_unplayed() -> None:
    session, _ = start([make_deck("d", "sc", "act-1", "act-2")], "sc")
    session.answer_privately(0, ["Call", "Wait"], at(1))
    events = session.end(at(2))
    assert types(events) == [SessionEnded]
    assert events[0].summary.cards_played == 0  # type: ignore[attr-defined]


def test_ending_at_a_judged_quiz_keeps_its_turn() -> None:
    session, key, _ = quiz_session("r-text", "Lisbon")
    session.guess("Porto", at(1))
    session.judge(Verdict.NOT_QUITE, at(1))
    assert session.phase is Phase.REVEAL
    events = session.end(at(2))
    assert types(events) == [TurnCompleted, SessionEnded]
    assert events[0].record.memory == key and events[0].record.kind == "quiz"  # type: ignore[attr-defined]
    assert events[1].summary.turns == 1 and events[1].summary.cards_played == 0  # type: ignore[attr-defined]


# ---- quiz turns -------------------------------------------------------------------------------


def quiz_session(
    card_id: str, answer: Any, *, owner: int = 1, reviewed: bool = True, mode: Mode = Mode.QUIZ
) -> tuple[Session, MemoryKey, list[Event]]:
    """A Quiz me round whose first turn is a quiz for seat 0 on seat 1's memory of `card_id` (no cards to deal)."""
    deck = make_deck("d", card_id)
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    key = MemoryKey(owner, "d", card_id)
    old_memory(memories, book, key, answer, reviewed=reviewed)
    session, events = start([deck], memories=memories, book=book, dealt=(), mode=mode)
    return session, key, events


def test_a_due_memory_becomes_a_quiz_turn_for_the_partner() -> None:
    session, key, events = quiz_session("r-text", "Lisbon")
    turn = started(events).turn
    assert turn.is_quiz and turn.memory == key and turn.seat == 0 and turn.card == key.card_key
    assert session.phase is Phase.GUESS


@pytest.mark.parametrize(
    ("card_id", "truth", "guess", "verdict"),
    [
        ("r-choice", "Tea", "tea", Verdict.GOT_IT),
        ("r-choice", "Tea", 2, Verdict.NOT_QUITE),
        ("r-date", "03-14", "March 14", Verdict.GOT_IT),
        ("r-date", "2001-12-31", "31 Dec 2001", Verdict.GOT_IT),
        ("r-date", "03-14", "14 April", Verdict.NOT_QUITE),
        ("r-number", 3, "3", Verdict.GOT_IT),
        ("r-number", 40, "43", Verdict.CLOSE),
        ("r-number", 40, 50, Verdict.NOT_QUITE),
        ("r-scale", 7, "8", Verdict.CLOSE),
        ("r-scale", 7, 4, Verdict.NOT_QUITE),
    ],
)
def test_a_guess_is_judged_automatically_for_machine_readable_answers(
    card_id: str, truth: Any, guess: Any, verdict: Verdict
) -> None:
    session, key, _ = quiz_session(card_id, truth)
    old_schedule = session.quizbook.get(key, 0)
    events = session.guess(guess, at(1))
    assert types(events) == [GuessMade, QuizJudged]
    made, judged = events
    assert isinstance(made, GuessMade) and isinstance(judged, QuizJudged)
    assert made.memory == key and made.suggestion is verdict and made.similarity is None
    assert judged.review.verdict is verdict and judged.review.guesser == 0 and judged.review.memory == key
    assert judged.review.at == at(1)
    assert judged.schedule == session.quizbook.get(key, 0) != old_schedule
    assert judged.schedule.last_review == at(1) and judged.schedule.due > at(1)
    assert session.phase is Phase.REVEAL
    done = session.complete(at(2))
    record = done[0].record  # type: ignore[attr-defined]
    assert record.kind == "quiz" and record.memory == key
    assert record.outcome == {"guess": made.guess, "verdict": verdict.value}
    assert session.summary().quiz_results == {0: {verdict.value: 1}, 1: {}}


def test_a_text_guess_waits_for_the_owner_with_a_similarity_hint() -> None:
    session, _, _ = quiz_session("r-text", "A cabin in the Alps")
    events = session.guess("cabin in the alps", at(1))
    assert types(events) == [GuessMade]
    made = events[0]
    assert isinstance(made, GuessMade)
    assert made.suggestion is None and made.similarity is not None and made.similarity >= 90
    assert session.phase is Phase.JUDGE
    with pytest.raises(SessionError, match="already answered"):
        session.pass_card(at(2))


def test_judging_a_text_guess_records_a_review_and_an_fsrs_schedule() -> None:
    session, key, _ = quiz_session("r-text", "A cabin in the Alps")
    session.guess("a beach", at(1))
    events = session.judge(Verdict.CLOSE, at(2))
    assert types(events) == [QuizJudged]
    judged = events[0]
    assert isinstance(judged, QuizJudged)
    review = judged.review
    assert (review.memory, review.guesser, review.guess, review.verdict, review.at) == (key, 0, "a beach", Verdict.CLOSE, at(2))
    assert judged.schedule == session.quizbook.get(key, 0)
    assert judged.schedule.last_review == at(2) and judged.schedule.due > at(2)
    assert session.quizbook.count_due(0, at(2)) == 0
    assert session.phase is Phase.REVEAL


def test_judge_takes_the_verdict_as_its_plain_value_too() -> None:
    session, _, _ = quiz_session("r-text", "Alps")
    session.guess("Andes", at(1))
    events = session.judge("not_quite", at(2))  # type: ignore[arg-type]
    assert events[0].review.verdict is Verdict.NOT_QUITE  # type: ignore[attr-defined]


def test_a_better_verdict_schedules_the_next_quiz_further_out() -> None:
    dues = {}
    for verdict in Verdict:
        session, _, _ = quiz_session("r-text", "Alps")
        session.guess("x", at(1))
        dues[verdict] = session.judge(verdict, at(2))[0].schedule.due  # type: ignore[attr-defined]
    assert dues[Verdict.NOT_QUITE] < dues[Verdict.CLOSE] < dues[Verdict.GOT_IT]


def test_judge_and_guess_only_fit_their_steps() -> None:
    session, _, _ = quiz_session("r-text", "Alps")
    with pytest.raises(SessionError, match="judged"):
        session.judge(Verdict.GOT_IT, at(1))
    with pytest.raises(SessionError, match="guess step"):
        session.answer("x", at(1))
    session.guess("Andes", at(1))
    with pytest.raises(SessionError, match="nothing to guess"):
        session.guess("Alps", at(2))


def test_a_passed_quiz_is_not_asked_again_that_session() -> None:
    session, key, _ = quiz_session("r-text", "Alps")
    events = session.pass_card(at(1))
    assert types(events) == [CardPassed, SessionEnded]
    assert key in session.state.quizzed
    assert session.quizbook.count_due(0, at(1)) == 1  # still due next time


def test_quiz_timing_a_memory_made_this_session_is_never_quizzed_in_it() -> None:
    # However many cards follow the answer, the partner is not asked about it in the same sitting.
    deck = make_deck("d", "r-text", *(f"act-{i}" for i in range(12)))
    session, events = start([deck], "r-text", length=None)
    events = session.answer("Alps", at(0))
    while not session.ended:
        turn = started(events).turn
        assert not turn.is_quiz
        events = session.complete(at(turn.number))
    assert session.quizbook.count_due(1, at(10)) == 1  # due next time


def test_a_memory_of_a_deck_no_longer_loaded_is_never_quizzed() -> None:
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    old_memory(memories, book, MemoryKey(1, "gone", "r-text"), "Alps")
    _, events = start([make_deck("d", "act-1")], memories=memories, book=book, dealt=())
    assert types(events) == [SessionEnded]


# ---- quiz share ----------------------------------------------------------------------------


def count_quiz_turns(due_per_partner: int, length: int = 30) -> int:
    acts = make_deck("acts", *(f"act-{i}" for i in range(length * 2)))
    bank = deck_from_data(
        {"id": "bank", "name": "Bank", "cards": [{"id": f"m{i}", "text": "t", "quiz": "q"} for i in range(max(due_per_partner, 1))]}
    )
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    for i in range(due_per_partner):
        for owner in (0, 1):
            old_memory(memories, book, MemoryKey(owner, "bank", f"m{i}"), f"answer {i}")
    # The memories' deck is in play (quizzes come from the decks chosen), but only the actions are dealt.
    dealt = tuple(card.key for card in acts.cards)
    config = SessionConfig(mode=Mode.PLAY, deck_ids=("acts", "bank"), length=length, cards=dealt)
    session = Session(config, {"acts": acts, "bank": bank}, memories, book)
    events = session.begin(T0)
    quizzes = 0
    while not session.ended:
        turn = started(events).turn
        now = at(turn.number)
        if turn.is_quiz:
            quizzes += 1
            session.guess("a guess", now)
            session.judge(Verdict.GOT_IT, now)
        events = session.complete(now)
    assert session.summary().cards_played == length  # quizzes come on top of the cards asked for
    return quizzes


def test_the_quiz_share_grows_with_the_number_of_due_memories() -> None:
    counts = [count_quiz_turns(due) for due in (0, 1, 3, 20)]
    assert counts[0] == 0
    assert counts == sorted(set(counts)), f"not strictly growing: {counts}"


def test_about_one_turn_in_three_is_a_quiz_when_many_are_due() -> None:
    quizzes = count_quiz_turns(20, length=30)  # 30 cards, the quizzes on top
    assert 0.28 <= quizzes / (30 + quizzes) <= 0.36


# ---- quiz mode ------------------------------------------------------------------------------


GUESSES = {"r-text": "Tea", "r-choice": "Tea", "r-number": "3", "r-date": "03-14"}


def play_quiz_round(session: Session, events: list[Event]) -> list[tuple[int, MemoryKey | None]]:
    asked = []
    while not session.ended:
        turn = started(events).turn
        assert turn.is_quiz, f"quiz mode dealt the card {turn.card}"
        asked.append((turn.seat, turn.memory))
        now = at(turn.number)
        session.guess(GUESSES[turn.card.card_id], now)
        if session.phase is Phase.JUDGE:
            session.judge(Verdict.GOT_IT, now)
        events = session.complete(now)
    assert types(events)[-1] is SessionEnded
    return asked


def test_quiz_mode_deals_only_due_memories_and_ends_when_none_are_left() -> None:
    deck = make_deck("d", "r-text", "r-choice", "r-number", "r-date", "act-1", "act-2")
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    theirs = [MemoryKey(1, "d", "r-text"), MemoryKey(1, "d", "r-choice"), MemoryKey(1, "d", "r-date")]
    for key, answer in zip(theirs, ["Alps", "Tea", "03-14"], strict=True):
        old_memory(memories, book, key, answer)
    old_memory(memories, book, MemoryKey(0, "d", "r-number"), 3)
    session, events = start([deck], memories=memories, book=book, mode=Mode.QUIZ, length=None)
    asked = play_quiz_round(session, events)
    # seat 1 runs out first; seat 0 still has memories due, so the round goes on with seat 0
    assert asked[:2] == [(0, asked[0][1]), (1, MemoryKey(0, "d", "r-number"))]
    assert sorted(asked) == sorted([(0, key) for key in theirs] + [(1, MemoryKey(0, "d", "r-number"))])
    assert session.summary().quiz_results == {0: {"got_it": 3}, 1: {"got_it": 1}}
    assert session.summary().cards_played == 0


def quiz_round_of(length: int | None, owners: tuple[int, ...] = (0, 1)) -> tuple[Session, list[Event]]:
    """A Quiz me round of `length` questions with four memories due for each owner's partner."""
    deck = make_deck("d", "r-text", "r-choice", "r-number", "r-date")
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    for owner in owners:
        for card_id, answer in {"r-text": "Alps", "r-choice": "Tea", "r-number": 3, "r-date": "03-14"}.items():
            old_memory(memories, book, MemoryKey(owner, "d", card_id), answer)
    return start([deck], memories=memories, book=book, mode=Mode.QUIZ, length=length)


@pytest.mark.parametrize("length", [None, 4, 6])
@pytest.mark.parametrize("spread", [False, True])
def test_a_quiz_round_never_asks_one_card_of_both_back_to_back(length: int | None, spread: bool) -> None:
    """Each partner answered the same four cards, so each card is due for both to guess, often at the same moment:
    the garlic question was asked of one and at once of the other, who had just seen the first reveal."""
    deck = make_deck("d", "r-text", "r-choice", "r-number", "r-date")
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    answers = {"r-text": "Alps", "r-choice": "Tea", "r-number": 3, "r-date": "03-14"}
    for index, (card_id, answer) in enumerate(answers.items()):
        made = T0 - timedelta(days=90 + (7 * index if spread else 0))  # both halves of a card answered together
        for owner in (0, 1):
            key = MemoryKey(owner, "d", card_id)
            memories[key] = Memory.first(key, answer, made)
            book.new(key, 1 - owner, made)
            book.review(key, 1 - owner, Verdict.GOT_IT, made)
    session, events = start([deck], memories=memories, book=book, mode=Mode.QUIZ, length=length)
    asked = play_quiz_round(session, events)
    assert len(asked) == (length or 8)
    assert [seat for seat, _ in asked] == [0, 1] * (len(asked) // 2), "the partners still take turns"
    cards = [key.card_key for _, key in asked if key is not None]
    assert all(one != two for one, two in pairwise(cards)), cards


def test_a_quiz_round_of_set_length_says_its_total_and_leaves_the_rest_due_for_next_time() -> None:
    session, events = quiz_round_of(3)
    assert session.state.questions == 3, "eight are due, the round asks three"
    totals = []
    while not session.ended:
        totals.append(session.state.questions)
        turn = started(events).turn
        session.guess(GUESSES[turn.card.card_id], at(turn.number))
        if session.phase is Phase.JUDGE:
            session.judge(Verdict.GOT_IT, at(turn.number))
        events = session.complete(at(turn.number))
    assert totals == [3, 3, 3] and len(session.state.completed) == 3
    end = at(10)
    assert session.quizbook.count_due(0, end) + session.quizbook.count_due(1, end) == 5, "the rest wait, still due"


def test_a_quiz_round_with_fewer_due_than_its_length_counts_what_is_due_and_a_pass_leaves_one_fewer() -> None:
    session, _ = quiz_round_of(12, owners=(1,))
    assert session.state.questions == 4
    session.pass_card(at(1))
    assert session.state.questions == 3 and session.state.completed == []
    again = resumed(session)
    assert again.state.questions == 3, "a resumed round still knows its total"


def test_a_quiz_round_with_no_length_asks_every_due_memory() -> None:
    session, _ = quiz_round_of(None)
    assert session.state.questions == 8


def test_a_play_round_counts_no_questions() -> None:
    session, _ = start([make_deck("d", "r-text", "act-1")])
    assert session.state.questions == 0


def test_quiz_mode_with_nothing_due_ends_at_once() -> None:
    deck = make_deck("d", "r-text", "act-1")
    _, events = start([deck], mode=Mode.QUIZ)
    assert types(events) == [SessionEnded]


def test_quiz_mode_asks_the_memories_closest_to_being_forgotten_first() -> None:
    deck = make_deck("d", "r-text", "r-choice")
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    fresh, stale = MemoryKey(1, "d", "r-text"), MemoryKey(1, "d", "r-choice")
    old_memory(memories, book, fresh, "Alps")
    old_memory(memories, book, stale, "Tea")
    book.review(fresh, 0, Verdict.GOT_IT, T0 - timedelta(days=20))  # reviewed recently: remembered better
    book.put(fresh, 0, fsrs.Card.from_dict({**book.get(fresh, 0).to_dict(), "due": (T0 - timedelta(days=1)).isoformat()}))  # type: ignore[union-attr]
    _, events = start([deck], memories=memories, book=book, mode=Mode.QUIZ, length=None)
    assert started(events).turn.memory == stale


# ---- update memory ------------------------------------------------------------------------------


def test_thats_changed_adds_a_version_and_keeps_the_history() -> None:
    session, key, _ = quiz_session("r-choice", "Tea")
    events = session.update_memory(key, "coffee", at(1))
    assert types(events) == [MemoryUpdated]
    updated = events[0]
    assert isinstance(updated, MemoryUpdated)
    assert [v.answer for v in updated.memory.history] == ["Tea", "Coffee"]
    assert updated.memory.created_at == T0 - timedelta(days=90) and updated.memory.updated_at == at(1)
    assert session.memories[key] == updated.memory
    # the partner's schedule starts again: due now, never reviewed
    assert updated.schedule is not None and updated.schedule.due == at(1) and updated.schedule.last_review is None
    assert session.quizbook.get(key, 0) == updated.schedule


@pytest.mark.parametrize(
    ("card_id", "truth", "guess", "offered"),
    [
        ("r-choice", "Tea", "Coffee", True),  # a pick missed
        ("r-scale", 7, 8, True),  # close is not spot on: the answer may have moved by one
        ("r-number", 40, 50, True),
        ("r-choice", "Tea", "tea", False),  # guessed right: nothing to change
        ("r-text", "Alps", "Andes", False),  # judged by the owner, who could say it while judging
    ],
)
def test_at_the_reveal_a_guess_the_game_judged_and_missed_may_be_said_to_have_changed_once(
    card_id: str, truth: Any, guess: Any, offered: bool
) -> None:
    session, key, _ = quiz_session(card_id, truth)
    assert not session.state.changed_after_a_miss  # nothing guessed yet
    session.guess(guess, at(1))
    if session.phase is Phase.JUDGE:
        session.judge(Verdict.NOT_QUITE, at(2))
    assert session.phase is Phase.REVEAL
    assert session.state.changed_after_a_miss is offered
    if offered:
        session.update_memory(key, guess, at(3))
        assert not session.state.changed_after_a_miss  # said once
        assert len(session.memories[key].history) == 2  # the old answer stays in the history
        session.undo(at(4))
        assert session.state.changed_after_a_miss  # taken back: it may be said again


def test_an_unchanged_answer_adds_no_version() -> None:
    session, key, _ = quiz_session("r-choice", "Tea")
    events = session.update_memory(key, "TEA", at(1))
    assert len(events[0].memory.history) == 1  # type: ignore[attr-defined]


def test_updating_a_memory_checks_the_answer_and_that_it_exists() -> None:
    session, key, _ = quiz_session("r-date", "03-14")
    before = snapshot(session)
    with pytest.raises(AnswerError):
        session.update_memory(key, "the 40th of May", at(1))
    with pytest.raises(SessionError, match="no such memory"):
        session.update_memory(MemoryKey(0, "d", "r-date"), "03-15", at(1))
    assert snapshot(session) == before


def test_a_memory_is_quizzed_at_most_once_a_session() -> None:
    session, key, _ = quiz_session("r-text", "Alps", mode=Mode.QUIZ)
    session.update_memory(key, "Andes", at(1))  # due again at once, yet already quizzed tonight
    session.guess("Andes", at(2))
    session.judge(Verdict.GOT_IT, at(3))
    events = session.complete(at(4))
    assert types(events) == [TurnCompleted, SessionEnded]


@pytest.mark.parametrize("updated", [False, True])
def test_an_updated_memory_waits_quiz_gap_turns_like_a_new_one(updated: bool) -> None:
    deck = make_deck("d", "r-text", "r-choice")
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    first, second = MemoryKey(1, "d", "r-text"), MemoryKey(1, "d", "r-choice")
    old_memory(memories, book, first, "Alps", reviewed=False)  # never quizzed: asked first
    old_memory(memories, book, second, "Tea")
    session, events = start([deck], memories=memories, book=book, mode=Mode.QUIZ, length=None)
    assert started(events).turn.memory == first
    if updated:
        session.update_memory(second, "Coffee", at(1))
    session.guess("Alps", at(2))
    session.judge(Verdict.GOT_IT, at(2))
    events = session.complete(at(3))
    if updated:
        assert types(events) == [TurnCompleted, SessionEnded]
    else:
        assert started(events).turn.memory == second


# ---- undo ---------------------------------------------------------------------------------


def test_there_is_nothing_to_undo_at_the_start() -> None:
    session, _ = start([make_deck("d", "act-1")])
    assert not session.can_undo()
    with pytest.raises(SessionError, match="nothing to undo"):
        session.undo(at(1))


def test_undo_of_an_answer_forgets_it_and_restores_the_turn() -> None:
    session, _ = start([make_deck("d", "r-text", "act-1")], "r-text")
    before = snapshot(session)
    session.answer("Alps", at(1))
    events = session.undo(at(2))
    key = MemoryKey(0, "d", "r-text")
    assert events == [ActionUndone("answer"), MemoryRestored(key, None), ScheduleRestored(key, 1, None), TurnRecordRemoved(0)]
    assert snapshot(session) == before
    assert session.current is not None and session.current.card == CardKey("d", "r-text")
    assert not session.can_undo()


def test_undo_of_a_new_version_of_an_old_answer_restores_the_old_one() -> None:
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    key = MemoryKey(0, "d", "r-text")
    old_memory(memories, book, key, "Alps", reviewed=False)
    original = memories[key]
    session, _ = start([make_deck("d", "r-text", "act-1")], "r-text", memories=memories, book=book)
    session.answer("Andes", at(1))
    assert [v.answer for v in session.memories[key].history] == ["Alps", "Andes"]
    events = session.undo(at(2))
    assert MemoryRestored(key, original) in events
    assert session.memories[key] == original


def test_undo_of_a_pass_puts_the_card_back_on_the_table() -> None:
    session, _ = start([make_deck("d", "act-1", "act-2")], "act-1")
    before = snapshot(session)
    session.pass_card(at(1))
    assert session.undo(at(2)) == [ActionUndone("pass")]
    assert snapshot(session) == before
    assert session.state.passed == []


def test_undo_of_a_first_private_answer_takes_only_that_answer_back() -> None:
    session, _ = start([make_deck("d", "sc", "act-1")], "sc")
    before = snapshot(session)
    session.answer_privately(0, [1, 2], at(1))
    assert session.undo(at(2)) == [ActionUndone("private answer")]
    assert snapshot(session) == before and session.state.private == {}


def test_undo_after_a_private_reveal_takes_both_answers_back_not_the_second_alone() -> None:
    session, _ = start([make_deck("d", "r-text", "sc", "act-1")], "r-text", "sc")
    session.answer("Alps", at(0))
    before = snapshot(session)  # the scenario on the table, neither has answered
    session.answer_privately(0, [1, 2], at(1))
    session.answer_privately(1, [2, 1], at(2))
    assert session.phase is Phase.REVEAL
    events = session.undo(at(3))
    assert types(events) == [ActionUndone, MemoryRestored, MemoryRestored, ScheduleRestored, ScheduleRestored]
    assert snapshot(session) == before, "both answers are taken back: the partner who saw the other's never answers alone"
    assert session.phase is Phase.PRIVATE and session.state.private == {}
    assert session.summary().in_sync == (0, 0)
    session.undo(at(4))  # one step further back is the card before, not the first partner's answer again
    assert session.phase is Phase.ANSWER and session.current_card().id == "r-text"


def test_undo_after_a_reveal_keeps_a_star_given_between_the_answers_but_no_answer() -> None:
    session, _ = start([make_deck("d", "b-text", "act-1")], "b-text")
    session.answer_privately(0, "walk", at(1))
    session.star(at(2))
    session.answer_privately(1, "read", at(3))
    session.undo(at(4))
    assert session.phase is Phase.PRIVATE and session.state.private == {} and session.state.starred
    session.undo(at(5))
    assert session.state.private == {} and not session.state.starred and not session.can_undo()


def test_undo_after_a_reveal_takes_both_back_in_a_session_resumed_between_the_answers() -> None:
    session, _ = start([make_deck("d", "b-text", "act-1")], "b-text")
    session.answer_privately(0, "walk", at(1))
    again = resumed(session)  # the window closed after the first answer: its step is not kept to undo
    again.answer_privately(1, "read", at(2))
    again.undo(at(3))
    assert again.phase is Phase.PRIVATE and again.state.private == {} and again.memories == {}
    assert not again.can_undo()


def test_undo_of_a_judgement_removes_the_review_and_restores_the_schedule() -> None:
    session, key, _ = quiz_session("r-text", "Alps")
    session.guess("Andes", at(1))
    waiting = snapshot(session)
    schedule = session.quizbook.get(key, 0)
    review = session.judge(Verdict.NOT_QUITE, at(2))[0].review  # type: ignore[attr-defined]
    events = session.undo(at(3))
    assert events == [ActionUndone("judge"), ScheduleRestored(key, 0, schedule), ReviewRemoved(review)]
    assert snapshot(session) == waiting
    assert session.phase is Phase.JUDGE
    assert session.summary().quiz_results == {0: {}, 1: {}}


def test_undo_of_an_automatic_judgement_goes_back_to_the_guess() -> None:
    session, _, _ = quiz_session("r-number", 3)
    before = snapshot(session)
    session.guess(4, at(1))
    events = session.undo(at(2))
    assert types(events) == [ActionUndone, ScheduleRestored, ReviewRemoved]
    assert snapshot(session) == before and session.phase is Phase.GUESS


def test_undo_of_an_update_restores_the_memory_and_its_schedule() -> None:
    session, key, _ = quiz_session("r-choice", "Tea")
    before = snapshot(session)
    original, schedule = session.memories[key], session.quizbook.get(key, 0)
    session.update_memory(key, "Coffee", at(1))
    events = session.undo(at(2))
    assert events == [ActionUndone("update"), MemoryRestored(key, original), ScheduleRestored(key, 0, schedule)]
    assert snapshot(session) == before


def test_undo_steps_back_one_action_at_a_time_to_the_start() -> None:
    session, _ = start([make_deck("d", "r-text", "b-text", "act-1", "act-2")], "r-text", "b-text")
    snapshots = [snapshot(session)]
    session.answer("Alps", at(1))
    snapshots.append(snapshot(session))
    session.answer_privately(0, "walk", at(2))
    snapshots.append(snapshot(session))
    session.star(at(3))
    snapshots.append(snapshot(session))
    session.star(at(4))
    while session.can_undo():
        session.undo(at(5))
        assert snapshot(session) == snapshots.pop()
    assert snapshots == []


# ---- resume -----------------------------------------------------------------------------


def resumed(session: Session) -> Session:
    """The session as a fresh process would rebuild it from its saved JSON."""
    data = json.loads(json.dumps(session.to_json()))
    state = session_state.state_from_json(data)
    config = session_state.config_from_json(json.loads(json.dumps(session_state.config_to_json(session.config))))
    book = QuizBook()
    for (key, guesser), card in session.quizbook.items():
        book.put(key, guesser, fsrs.Card.from_dict(json.loads(json.dumps(card.to_dict()))))
    return Session(config, session.decks, dict(session.memories), book, state, data.get("undo"))


def test_the_state_round_trips_through_json() -> None:
    session, _ = start([make_deck("d", "sc", "act-1")], "sc")
    session.answer_privately(1, ["Text", "Call"], at(1))
    session.star(at(2))
    again = session_state.state_from_json(json.loads(json.dumps(session.to_json())))
    assert again == session.state


def test_a_config_round_trips_through_json() -> None:
    config = SessionConfig(
        mode=Mode.QUIZ, deck_ids=("a", "b"), filters=DealFilters(2, 3, True, frozenset({Kind.ASK, Kind.BOTH})), length=None, seed=9
    )
    assert session_state.config_from_json(json.loads(json.dumps(session_state.config_to_json(config)))) == config


@pytest.mark.parametrize("stop", ["private", "judge", "reveal", "guess"])
def test_a_session_resumes_mid_turn_and_plays_on_identically(stop: str) -> None:
    deck = make_deck("d", "b-text", "sc", "r-text", *(f"act-{i}" for i in range(4)))
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    old_memory(memories, book, MemoryKey(1, "bank", "r-text"), "Alps")
    bank = make_deck("bank", "r-text")
    if stop in ("judge", "guess"):
        session, _ = start([deck, bank], memories=memories, book=book, dealt=(), mode=Mode.QUIZ)
        if stop == "judge":
            session.guess("Andes", at(1))
        script = [] if stop == "judge" else [lambda s: s.guess("Andes", at(1))]
        script += [lambda s: s.judge(Verdict.CLOSE, at(2)), lambda s: s.complete(at(3))]
    else:
        session, _ = start([deck, bank], "b-text", "sc", dealt=("d",), length=4)
        session.answer_privately(0, "walk", at(1))
        script = []
        if stop == "reveal":
            session.answer_privately(1, "read", at(2))
        else:
            script.append(lambda s: s.answer_privately(1, "read", at(2)))
        script += [
            lambda s: s.complete(at(3)),
            lambda s: s.answer_privately(1, [1, 2], at(4)),
            lambda s: s.answer_privately(0, [2, 1], at(5)),
            lambda s: s.complete(at(6)),
        ]
    again = resumed(session)
    assert again.begin(at(1)) == []
    assert again.current == session.current and again.phase == session.phase
    for step in script:
        assert step(again) == step(session)
        assert again.to_json() == session.to_json()
    assert again.memories == session.memories
    assert dict(again.quizbook.items()) == dict(session.quizbook.items())


# ---- a state machine over the commands --------------------------------------------------------

SM_DECK = make_deck(
    "sm", "r-text", "r-choice", "r-date", "r-number", "r-scale", "plain", "b-text", "b-plain", "b-who", "sc", "act-1", "act-2",
    "dance",
)  # fmt: skip
OLD_DECK = make_deck("old", "r-text", "r-date", "r-scale", "r-choice")
OLD_ANSWERS = {"r-text": "Alps", "r-date": "03-14", "r-scale": 7, "r-choice": "Tea"}

JUNK = st.text(max_size=4) | st.integers(-1, 12) | st.sampled_from(["soon", "02-30", "abc", "nope", "  "])


def valid_values(card: Card) -> st.SearchStrategy[Any]:
    """Answers that fit `card`, written the many ways a person might type them."""
    if card.answer_type is AnswerType.CHOICE:
        return st.integers(1, len(card.options)) | st.sampled_from(card.options).map(str.upper)
    return {
        AnswerType.TEXT: st.sampled_from(["Alps", "a walk", "Zoë 👩🏽‍🤝‍👩🏻", "مرحبا بك", "x" * 300])
        | st.text(min_size=1, max_size=6),
        AnswerType.DATE: st.sampled_from(["03-14", "12-31", "01-01", "Feb 29", "14 March", "March 16, 2001", "2001-03-14"]),
        AnswerType.NUMBER: st.integers(-3, 50) | st.sampled_from(["2.5", "1,5", "40"]),
        AnswerType.SCALE: st.integers(1, 10),
        AnswerType.WHO: st.sampled_from(["me", "You", "BOTH", "neither", 1, 4]),
    }[card.answer_type]


def far_future() -> datetime:
    return T0 + timedelta(days=36500)


class SessionMachine(RuleBasedStateMachine):
    """Random commands, valid and not; a model of the undo stack; invariants after every step."""

    def __init__(self) -> None:
        super().__init__()
        self.minute = 0
        #: What each action kept would be taken back to: its name and the snapshot before it.
        self.undo_model: list[tuple[str, tuple[str, dict[MemoryKey, Memory], dict[Any, dict[str, Any]]]]] = []

    @initialize(seed=st.integers(0, 2**16), length=st.none() | st.integers(1, 14), quiz_mode=st.booleans())
    def begin(self, seed: int, length: int | None, quiz_mode: bool) -> None:
        memories: dict[MemoryKey, Memory] = {}
        book = QuizBook()
        for owner in (0, 1):
            for card_id, answer in OLD_ANSWERS.items():
                old_memory(memories, book, MemoryKey(owner, "old", card_id), answer, reviewed=card_id != "r-text")
        self.initial = set(memories)
        mode = Mode.QUIZ if quiz_mode and seed % 4 == 0 else Mode.PLAY
        config = SessionConfig(mode=mode, deck_ids=("sm",), length=length, seed=seed)
        self.session = Session(config, {"sm": SM_DECK, "old": OLD_DECK}, memories, book)
        self.session.begin(self.now())

    def now(self) -> datetime:
        return at(self.minute)

    def value_for(self, data: st.DataObject, key: CardKey | None) -> Any:
        """Mostly an answer that fits the card, sometimes junk."""
        card = self.session.card(key) if key else None
        if card is None or data.draw(st.integers(0, 4)) == 0:
            return data.draw(JUNK)
        return data.draw(valid_values(card))

    def attempt(self, name: str, command: Any) -> list[Event] | None:
        self.minute += 1
        before = snapshot(self.session)
        could_undo = self.session.can_undo()
        try:
            events: list[Event] = command()
        except (SessionError, AnswerError):
            assert snapshot(self.session) == before, f"a refused {name} changed the session"
            assert self.session.can_undo() == could_undo
            return None
        if name == "undo":
            assert snapshot(self.session) == self.undo_model.pop()[1], "undo did not restore the state before the action"
            assert isinstance(events[0], ActionUndone)
            return events
        _, memories_before, _ = before
        for key, memory in memories_before.items():
            assert key in self.session.memories, f"{name} lost the memory {key}"
            now_history = self.session.memories[key].history
            assert now_history[: len(memory.history)] == memory.history, f"{name} rewrote the history of {key}"
        self.undo_model.append((name, before))
        del self.undo_model[:-UNDO_DEPTH]
        revealed = [event for event in events if isinstance(event, Revealed)]
        if revealed and self.session.current is not None:
            self.both_answers_back(self.session.current.number)
        if any(isinstance(event, SessionEnded) for event in events):
            assert self.session.ended
        if self.session.ended:
            self.undo_model = []  # a finished session is summed up and saved: nothing to take back
        return events

    def both_answers_back(self, number: int) -> None:
        """After a private reveal, undo lands before either answer to that card: every step back to it shows
        neither answer, and a first answer's own step has nothing left to take back."""
        model = []
        for index, (name, (text, memories, book)) in enumerate(self.undo_model):
            state = json.loads(text)
            current = state["current"]
            if state["phase"] == "private" and current is not None and current["number"] == number:
                if name == "private answer" and index < len(self.undo_model) - 1:
                    continue
                text = json.dumps({**state, "private": {}}, sort_keys=True)
            model.append((name, (text, memories, book)))
        self.undo_model = model

    # -- the commands that move a turn on, each at a step where it fits (with some junk values) --

    def card_kind(self) -> Kind | None:
        turn = self.session.current
        return None if turn is None or turn.is_quiz else self.session.current_card().kind

    @precondition(lambda self: self.session.phase is Phase.ANSWER and self.card_kind() is Kind.ASK)
    @rule(data=st.data(), nothing=st.sampled_from([False, False, False, True]))
    def answer(self, data: st.DataObject, nothing: bool) -> None:
        turn = self.session.current
        assert turn is not None
        value = None if nothing else self.value_for(data, turn.card)
        self.attempt("answer", lambda: self.session.answer(value, self.now()))

    @precondition(
        lambda self: (
            self.session.phase is Phase.REVEAL
            or (
                self.session.phase is Phase.ANSWER and not (self.card_kind() is Kind.ASK and self.session.current_card().remembered)
            )
        )
    )
    @rule()
    def complete(self) -> None:
        self.attempt("complete", lambda: self.session.complete(self.now()))

    @precondition(lambda self: self.session.phase is Phase.PRIVATE)
    @rule(
        data=st.data(),
        seat=st.sampled_from(["next", "next", "next", 0, 1, 2]),
        shape=st.sampled_from(["fit", "fit", "pair", "one"]),
    )
    def answer_privately(self, data: st.DataObject, seat: int | str, shape: str) -> None:
        turn = self.session.current
        assert turn is not None
        if seat == "next":
            seat = min({0, 1} - set(self.session.state.private))
        pair = self.card_kind() is Kind.SCENARIO if shape == "fit" else shape == "pair"
        value = [self.value_for(data, turn.card), self.value_for(data, turn.card)] if pair else self.value_for(data, turn.card)
        self.attempt("private answer", lambda: self.session.answer_privately(int(seat), value, self.now()))

    @precondition(lambda self: self.session.phase is Phase.GUESS)
    @rule(data=st.data())
    def guess(self, data: st.DataObject) -> None:
        turn = self.session.current
        assert turn is not None
        value = self.value_for(data, turn.card)
        self.attempt("guess", lambda: self.session.guess(value, self.now()))

    @precondition(lambda self: self.session.phase is Phase.JUDGE)
    @rule(verdict=st.sampled_from(Verdict))
    def judge(self, verdict: Verdict) -> None:
        self.attempt("judge", lambda: self.session.judge(verdict, self.now()))

    # -- what may come at any step: one rule, so that turns still move on most of the time --

    @rule(data=st.data(), what=st.sampled_from(["pass", "pass", "undo", "undo", "star", "update", "later", "wrong", "wrong"]))
    def interject(self, data: st.DataObject, what: str) -> None:
        {
            "pass": self.pass_card,
            "undo": self.undo,
            "star": self.star,
            "update": lambda: self.update_memory(data),
            "later": lambda: self.later(data.draw(st.integers(1, 60), label="days")),
            "wrong": lambda: self.any_command_at_any_step(data),
        }[what]()

    def pass_card(self) -> None:
        self.attempt("pass", lambda: self.session.pass_card(self.now()))

    def undo(self) -> None:
        events = self.attempt("undo", lambda: self.session.undo(self.now()))
        if events is None:
            assert self.undo_model == []

    def star(self) -> None:
        self.attempt("star", lambda: self.session.star(self.now()))

    def update_memory(self, data: st.DataObject) -> None:
        if not self.session.memories:
            return
        key = data.draw(st.sampled_from(sorted(self.session.memories)), label="memory")
        value = self.value_for(data, key.card_key)
        self.attempt("update", lambda: self.session.update_memory(key, value, self.now()))

    def any_command_at_any_step(self, data: st.DataObject) -> None:
        command = data.draw(st.sampled_from(["answer", "complete", "private answer", "pass", "guess", "judge", "star", "undo"]))
        value = data.draw(JUNK, label="value")
        s, now = self.session, self.now()
        calls = {
            "answer": lambda: s.answer(value, now),
            "complete": lambda: s.complete(now),
            "private answer": lambda: s.answer_privately(int(bool(value)), value, now),
            "pass": lambda: s.pass_card(now),
            "guess": lambda: s.guess(value, now),
            "judge": lambda: s.judge(Verdict.CLOSE, now),
            "star": lambda: s.star(now),
            "undo": lambda: s.undo(now),
        }
        self.attempt(command, calls[command])

    def later(self, days: int) -> None:
        self.minute += days * 24 * 60

    # -- what must always hold --

    @invariant()
    def no_card_is_dealt_twice(self) -> None:
        s = self.session.state
        cards = [turn.card for turn in s.completed if not turn.is_quiz] + list(s.passed)
        if s.current is not None and not s.current.is_quiz:
            cards.append(s.current.card)
        assert len(cards) == len(set(cards)), cards
        assert set(cards) <= set(s.deal[: s.position])
        quizzes = [turn.memory for turn in s.completed if turn.is_quiz]
        assert len(quizzes) == len(set(quizzes))

    @invariant()
    def the_phase_matches_the_card_on_the_table(self) -> None:
        s = self.session
        if s.ended:
            assert s.current is None
            return
        assert s.current is not None
        if s.current.is_quiz:
            assert s.phase in (Phase.GUESS, Phase.JUDGE, Phase.REVEAL)
            assert s.current.memory in s.memories
            assert s.current.seat != s.current.memory.owner  # type: ignore[union-attr]
            return
        assert s.config.mode is Mode.PLAY
        card = s.current_card()
        done = {Phase.ANSWER, Phase.REVEAL} if card.followups else {Phase.ANSWER}  # talked over once done
        allowed = {Kind.ASK: {Phase.ANSWER}, Kind.ACTION: done, Kind.BOTH: {Phase.PRIVATE, Phase.REVEAL}}
        assert s.phase in allowed.get(card.kind, {Phase.PRIVATE, Phase.REVEAL})
        assert s.current.seat == s.state.active

    @invariant()
    def completed_turns_never_exceed_the_length(self) -> None:
        """A round's length counts its cards ("Card 12 of 12"); in Play the quizzes between them come on top."""
        length = self.session.config.length
        if length is not None:
            completed = self.session.state.completed
            counted = completed if self.session.config.mode is Mode.QUIZ else [turn for turn in completed if not turn.is_quiz]
            assert len(counted) <= length

    @invariant()
    def the_state_round_trips_through_json(self) -> None:
        data = self.session.to_json()
        again = session_state.state_from_json(json.loads(json.dumps(data)))
        assert again == self.session.state
        assert session_state.state_to_json(again) == {key: value for key, value in data.items() if key != "undo"}

    @invariant()
    def taken_up_from_its_json_it_takes_back_its_last_answer_as_it_would_have(self) -> None:
        """A round continued after the window closed: Undo takes back its kept steps, back to its last answer, exactly
        as the round would have before closing; and no further."""
        kept = json.loads(json.dumps(self.session.to_json())).get("undo", {"steps": []})["steps"]
        assert not kept or kept[0]["action"] in ANSWERS
        if self.session.ended:
            assert not kept
        again, before = resumed(self.session), copy.deepcopy(self.session)
        for _ in kept:
            assert types(again.undo(self.now())) == types(before.undo(self.now()))
            assert snapshot(again) == snapshot(before)
        assert not again.can_undo()

    @invariant()
    def every_memory_has_a_schedule_for_the_partner_and_the_index_agrees(self) -> None:
        book = self.session.quizbook
        for key in self.session.memories:
            assert book.get(key, 1 - key.owner) is not None
        for guesser in (0, 1):
            assert book.count_due(guesser, far_future()) == sum(1 for (_, g), _ in book.items() if g == guesser)
        assert self.session.state.new_memories == len(set(self.session.memories) - self.initial)

    @invariant()
    def a_quiz_round_counts_the_question_on_the_table_among_its_questions(self) -> None:
        s = self.session
        if s.config.mode is Mode.QUIZ and s.current is not None:
            assert s.state.questions >= len(s.state.completed) + 1

    @invariant()
    def undo_is_offered_exactly_when_something_can_be_taken_back(self) -> None:
        assert self.session.can_undo() == bool(self.undo_model)


TestSessionMachine = SessionMachine.TestCase
TestSessionMachine.settings = settings(
    max_examples=60, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def test_a_first_round_of_many_decks_still_reaches_the_deepest_cards() -> None:
    """Twenty decks, a round of twelve: the warm-up is the climb, not a light card from each of twelve decks."""
    layered = {f"l{level}-{i}": {"text": "t", "level": level} for level in (1, 2, 3) for i in range(4)}
    decks = [
        deck_from_data({"id": name, "name": name, "cards": [{"id": f"{name}{key}", **data} for key, data in layered.items()]})
        for name in (f"deck{n:02d}" for n in range(20))
    ]
    reached = 0
    for seed in range(20):
        config = SessionConfig(mode=Mode.PLAY, deck_ids=tuple(d.id for d in decks), length=12, seed=seed)
        session = Session(config, {d.id: d for d in decks}, {}, QuizBook())
        session.begin(T0)
        levels = [int(key.card_id.split("l")[-1][0]) for key in session.state.deal[:12]]
        assert levels == sorted(levels), "the round still climbs"
        reached += 3 in levels
    assert reached >= 18, f"only {reached} of 20 first rounds reached a deep card"
