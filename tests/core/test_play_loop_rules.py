"""The play loop's rules as a couple meets them over many evenings: talked-about cards, quiz timing, changing answers."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from game.core.answers import Verdict
from game.core.cards import CardKey, Kind, deck_from_data
from game.core.events import SessionEnded, TurnCompleted, TurnStarted
from game.core.memories import Memory, MemoryKey
from game.core.partner_quiz import QuizBook
from game.core.quiz_timing import FRESH_FOR, QUIZ_REST, from_decks_in_play, made_this_sitting, quizzes_go_on, rested, still_fresh
from game.core.session import Mode, Phase, Session, SessionConfig, SessionError
from tests.core.test_session import T0, at, make_deck, start, types


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


# ---- quiz timing ------------------------------------------------------------------------------


def _memory_made(book: QuizBook, memories: dict[MemoryKey, Memory], key: MemoryKey, answer: str, made: datetime) -> None:
    memories[key] = Memory.first(key, answer, made)
    book.new(key, 1 - key.owner, made)


def test_quiz_timing_a_memory_from_earlier_today_waits_a_day() -> None:
    deck = make_deck("d", "r-text", "act-1")
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    key = MemoryKey(1, "d", "r-text")
    _memory_made(book, memories, key, "Alps", T0 - timedelta(hours=3))  # an earlier round the same evening
    _, events = start([deck], memories=memories, book=book, mode=Mode.QUIZ, length=None)
    assert types(events) == [SessionEnded]
    _, events = start([deck], memories=memories, book=book, mode=Mode.QUIZ, length=None, now=T0 + timedelta(hours=22))
    assert types(events) == [TurnStarted] and events[0].turn.memory == key  # type: ignore[attr-defined]


def test_quiz_timing_quiz_rest_is_a_day_and_the_rules_are_named() -> None:
    memory = Memory.first(MemoryKey(0, "d", "c"), "x", T0)
    assert timedelta(days=1) == QUIZ_REST
    assert not rested(memory, T0 + QUIZ_REST - timedelta(minutes=1)) and rested(memory, T0 + QUIZ_REST)
    assert made_this_sitting(memory.key, {memory.key: 3}, memory, T0 + timedelta(hours=5))
    assert not made_this_sitting(memory.key, {}, memory, T0)
    assert not made_this_sitting(memory.key, {memory.key: 3}, memory, T0 + timedelta(days=2))  # resumed days later
    assert from_decks_in_play(memory.key, ("d",)) and not from_decks_in_play(memory.key, ("other",))
    assert from_decks_in_play(memory.key, ())
    assert not quizzes_go_on(cards_left=False)


def test_quiz_timing_an_open_ended_round_of_a_small_deck_ends_with_its_cards() -> None:
    small = make_deck("small", "act-1", "act-2", "act-3")
    bank = deck_from_data({"id": "bank", "name": "Bank", "cards": [{"id": f"m{i}", "text": "t", "quiz": "q"} for i in range(9)]})
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    for i in range(9):
        for owner in (0, 1):
            _memory_made(book, memories, MemoryKey(owner, "bank", f"m{i}"), "a", T0 - timedelta(days=40))
    session, events = start([small, bank], memories=memories, book=book, dealt=("small",), length=None)
    turns = 0
    while not session.ended:
        turn = events[-1].turn  # type: ignore[attr-defined]
        assert not turn.is_quiz, "a quiz from a deck not in play"
        events = session.complete(at(turn.number))
        turns += 1
    assert turns == 3 and session.summary().cards_played == 3


def test_quiz_timing_card_12_of_12_sums_up_as_12_cards_played() -> None:
    acts = make_deck("acts", *(f"act-{i}" for i in range(20)), **{f"m{i}": {"text": "t", "quiz": "q"} for i in range(6)})
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    for i in range(6):
        for owner in (0, 1):
            _memory_made(book, memories, MemoryKey(owner, "acts", f"m{i}"), "a", T0 - timedelta(days=40))
    dealt = tuple(CardKey("acts", f"act-{i}") for i in range(20))
    config = SessionConfig(mode=Mode.PLAY, deck_ids=("acts",), length=12, cards=dealt)
    session = Session(config, {"acts": acts}, memories, book)
    events = session.begin(T0)
    quizzes = 0
    while not session.ended:
        turn = events[-1].turn  # type: ignore[attr-defined]
        now = at(turn.number)
        if turn.is_quiz:
            quizzes += 1
            session.guess("a", now)
            session.judge(Verdict.GOT_IT, now)
        events = session.complete(now)
    summary = session.summary()
    assert quizzes > 0 and summary.cards_played == 12 and summary.turns == 12 + quizzes


# ---- pronouns ---------------------------------------------------------------------------------


def test_pronouns_each_partner_is_named_their_own_way_on_cards_and_quiz_lines() -> None:
    from game.core.cards import Card
    from game.core.players import Couple, Player
    from game.core.pronouns import Pronouns

    couple = Couple(1, (Player(0, "Maya", "#e07a5f", Pronouns.SHE), Player(1, "Sam", "#3d9a8b", Pronouns.NAME)))
    card = Card("d", "c", "Ask {partner} what {partner_they} {partner_dream} of.", quiz="Where would {name} take {their} mum?")
    assert couple.fill("When {they} {feel|feels} low, what helps {partner_them}?", 0) == "When she feels low, what helps Sam?"
    assert couple.quiz_text(card, 1) == "Where would Sam take Sam's mum?"
    assert couple.quiz_text(card, 0) == "Where would Maya take her mum?"


# ---- changing answers ---------------------------------------------------------------------------


def _changing_round(days_old: int, changes: bool = True) -> tuple[Session, MemoryKey, list]:  # type: ignore[type-arg]
    deck = deck_from_data(
        {"id": "d", "name": "D", "cards": [{"id": "song", "text": "Your song right now?", "quiz": "q", "changes": changes}]}
    )
    memories: dict[MemoryKey, Memory] = {}
    book = QuizBook()
    key = MemoryKey(1, "d", "song")
    made = T0 - timedelta(days=days_old)
    memories[key] = Memory.first(key, "Dancing Queen", made)
    book.new(key, 0, made)
    book.review(key, 0, Verdict.GOT_IT, made)
    config = SessionConfig(mode=Mode.QUIZ, deck_ids=("d",), length=None)
    session = Session(config, {"d": deck}, memories, book)
    return session, key, session.begin(T0)


def test_changes_a_fresh_changing_answer_is_quizzed_as_usual() -> None:
    session, key, events = _changing_round(days_old=FRESH_FOR.days - 1)
    assert events[-1].turn.memory == key and session.phase is Phase.GUESS and events[-1].turn.seat == 0  # type: ignore[attr-defined]


def test_changes_a_stale_changing_answer_asks_its_owner_still_true_and_keeps_the_schedule() -> None:
    session, key, events = _changing_round(days_old=FRESH_FOR.days + 10)
    turn = events[-1].turn  # type: ignore[attr-defined]
    assert session.phase is Phase.CHECK and turn.seat == 1 and turn.memory == key
    schedule = session.quizbook.get(key, 0)
    events = session.still_true(at(1))
    assert session.quizbook.get(key, 0) == schedule  # the partner's schedule goes on untouched
    memory = session.memories[key]
    assert [v.answer for v in memory.drift()] == ["Dancing Queen"] and memory.updated_at == at(1)
    assert still_fresh(memory, session.card(key.card_key), at(2))  # type: ignore[arg-type]
    assert types(events)[-1] is SessionEnded  # it was the only one: nothing else is due


def test_changes_that_s_changed_keeps_the_history_and_starts_the_partners_schedule_again() -> None:
    session, key, _ = _changing_round(days_old=200)
    session.changed_since("Golden Hour", at(1))
    memory = session.memories[key]
    assert [v.answer for v in memory.drift()] == ["Dancing Queen", "Golden Hour"]
    assert session.quizbook.get(key, 0).last_review is None  # type: ignore[union-attr]
    session.undo(at(2)) if session.can_undo() else None


def test_changes_a_fact_that_does_not_change_is_never_stale() -> None:
    session, key, events = _changing_round(days_old=400, changes=False)
    assert session.phase is Phase.GUESS and events[-1].turn.memory == key  # type: ignore[attr-defined]


# ---- dates -----------------------------------------------------------------------------------


def test_date_entry_the_order_is_a_value_the_core_is_given() -> None:
    from game.core.answers import DateOrder, parse_date, show_date

    assert parse_date("12/06", DateOrder.DAY_MONTH) == "06-12"
    assert parse_date("12/06", DateOrder.MONTH_DAY) == "12-06"
    assert parse_date("12.06.1994", DateOrder.DAY_MONTH) == "1994-06-12"
    assert parse_date("2001-03-14", DateOrder.MONTH_DAY) == "2001-03-14"  # dashes are always year-month-day
    assert show_date("06-12") == "12 June" and show_date("1994-06-12") == "12 June 1994"


def test_date_entry_the_systems_pattern_says_which_comes_first() -> None:
    from game.core.answers import DateOrder
    from game.ui.date_order import date_order_for, date_order_of

    assert date_order_of("%m/%d/%y") is DateOrder.MONTH_DAY
    assert date_order_of("%d.%m.%Y") is DateOrder.DAY_MONTH
    assert date_order_of("%Y-%m-%d") is DateOrder.DAY_MONTH
    assert date_order_of("") is DateOrder.DAY_MONTH
    assert date_order_for("C.UTF-8", "%m/%d/%y") is DateOrder.DAY_MONTH  # no locale at all: day first
    assert date_order_for("en_US.UTF-8", "%m/%d/%Y") is DateOrder.MONTH_DAY


def test_a_stale_promise_is_never_checked_still_true() -> None:
    """A small thing promised is asked "Did it happen?" (Home, date night); a quiz round never asks if it is still true."""
    from game.core.date_night_plan import SMALL_THING_CARDS

    small = SMALL_THING_CARDS[0]
    deck = deck_from_data(
        {
            "id": small.deck_id,
            "name": "D",
            "cards": [{"id": small.card_id, "text": "One small thing?", "quiz": "q", "changes": True}],
        }
    )
    key = MemoryKey(1, small.deck_id, small.card_id)
    made = T0 - timedelta(days=FRESH_FOR.days + 30)
    book = QuizBook()
    book.new(key, 0, made)
    book.review(key, 0, Verdict.GOT_IT, made)
    session = Session(
        SessionConfig(mode=Mode.QUIZ, deck_ids=(small.deck_id,), length=None),
        {small.deck_id: deck},
        {key: Memory.first(key, "Tea in bed", made)},
        book,
    )
    events = session.begin(T0)
    assert session.phase is Phase.ENDED and types(events)[-1] is SessionEnded  # nothing else was due, and no check


def test_the_same_small_thing_promised_again_is_a_new_promise() -> None:
    """Promising "tea in bed" again at a later evening is asked about again, even if the first one happened."""
    from game.core.date_night_plan import SMALL_THING_CARDS
    from game.core.promises import Outcome, promises_made, waiting

    small = SMALL_THING_CARDS[0]
    deck = deck_from_data(
        {
            "id": small.deck_id,
            "name": "D",
            "cards": [{"id": small.card_id, "kind": "both", "text": "One small thing?", "quiz": "q", "changes": True}],
        }
    )
    first = T0 - timedelta(days=28)
    key = MemoryKey(0, small.deck_id, small.card_id)
    session = Session(
        SessionConfig(mode=Mode.PLAY, deck_ids=(small.deck_id,), length=1),
        {small.deck_id: deck},
        {key: Memory.first(key, "Tea in bed", first)},
        QuizBook(),
    )
    session.begin(T0)
    session.answer_privately(0, "Tea in bed", T0)
    session.answer_privately(1, "A long walk", T0)
    memory = session.memories[key]
    assert [(v.answer, v.at) for v in memory.history] == [("Tea in bed", first), ("Tea in bed", T0)]
    made = promises_made({key: memory}, {(0, first): (Outcome.DONE, first + timedelta(days=2))})
    assert [(p.made_at, p.outcome) for p in made] == [(first, Outcome.DONE), (T0, None)]
    assert [p.made_at for p in waiting(made, T0 + timedelta(days=2))] == [T0]
