"""Quiz me's count is what its round asks: for random limits and random remembered answers, the questions Home and
Quiz me's setup count are exactly the questions a round of "all that are due" asks, each partner's own; and with
nothing due, the day Quiz me's setup says "the first can be quizzed" is the first moment such a round asks something.

Home counted every due schedule, so the button said "Quiz me (3 due)" for a quiz the couple's limits kept out
(spicy cards off, a lower depth), for a card no longer in any deck, or for an answer the deck had changed under.
Each example plays the whole round by the rules, through the services the window uses, on a real store.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import fsrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.autoplay import next_command, value_for
from game.core.answers import parse_answer
from game.core.cards import AnswerType, Card
from game.core.date_night_quiz import quiz_config
from game.core.dealing import DealFilters
from game.core.limits import Limit
from game.core.memories import Memory, MemoryKey, MemoryVersion
from game.core.partner_quiz import QuizBook
from game.core.players import other
from game.services import GameServices
from game.storage.store import Store
from game.ui.session_choices import quiz_consent

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
#: The game's clock: NOW, but for a moment later to see what a round begun then would ask.
CLOCK = [NOW]
#: How long ago an answer was last given: minutes (still resting), days, and past the two months a changing one stays fresh.
AGES = (timedelta(minutes=20), timedelta(hours=20), timedelta(days=2), timedelta(days=20), timedelta(days=75))
#: When a schedule falls due: long past, just past, just ahead, far ahead.
DUE = (timedelta(days=-40), timedelta(days=-1), timedelta(minutes=-1), timedelta(hours=5), timedelta(days=9))


@dataclass(frozen=True)
class Told:
    """One remembered answer to make: which card (or a card no deck holds), whose, how it fits, when."""

    card: int
    owner: int
    fits: bool
    gone: bool
    age: timedelta
    earlier: bool  # an older answer before it
    due: timedelta


@pytest.fixture(scope="module")
def game() -> Iterator[GameServices]:
    """One store for the whole file: each example is a couple of its own in it."""
    with tempfile.TemporaryDirectory() as where:
        root = Path(where) / "kindred"
        with Store.open(root, NOW) as store:
            yield GameServices(store, root, seed=11, clock=lambda: CLOCK[0])


def misfit(card: Card) -> object:
    """An answer the card no longer takes (the deck changed under it): a number for words, words for the rest."""
    return 7 if card.answer_type is AnswerType.TEXT else "a word the deck no longer has"


def told_answers(game: GameServices, couple_id: int, told: list[Told], rng: random.Random) -> None:
    cards = [card for deck in game.decks() for card in deck.cards if card.remembered]
    book, made = QuizBook(), {}
    for each in told:
        card = cards[each.card % len(cards)]
        key = MemoryKey(each.owner, "a-deck-since-deleted" if each.gone else card.deck_id, card.id)
        answer = parse_answer(card, value_for(card, rng)) if each.fits else misfit(card)
        at = NOW - each.age
        history = (MemoryVersion(answer, at),)
        if each.earlier:
            history = (MemoryVersion(parse_answer(card, value_for(card, rng)), at - timedelta(days=30)), *history)
        made[key] = Memory(key, history)
        book.put(key, other(each.owner), fsrs.Card(card_id=0, due=NOW + each.due))
    with game.store.db.transaction() as conn:
        for key, memory in made.items():
            game.store.memories.write(conn, couple_id, key, memory, book)


told = st.builds(
    Told,
    card=st.integers(0, 10_000),
    owner=st.integers(0, 1),
    fits=st.booleans() | st.just(True),
    gone=st.integers(0, 9).map(lambda n: n == 0),
    age=st.sampled_from(AGES),
    earlier=st.booleans(),
    due=st.sampled_from(DUE),
)
limit = st.builds(Limit, cap=st.integers(1, 3), spicy=st.booleans())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    answers=st.lists(told, min_size=1, max_size=30),
    limits=st.tuples(limit, limit),
    spicy=st.booleans(),
    depth=st.integers(1, 3),
    seed=st.integers(0, 1000),
)
def test_the_count_is_the_number_of_questions_a_round_of_all_that_are_due_asks(
    game: GameServices, answers: list[Told], limits: tuple[Limit, Limit], spicy: bool, depth: int, seed: int
) -> None:
    rng = random.Random(seed)
    couple = game.create_couple([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")])
    told_answers(game, couple.id, answers, rng)
    game.save_setting("spicy", spicy)
    game.save_setting("max_level", depth)
    for seat, own in enumerate(limits):
        game.save_limit(couple, seat, own)
    consent = quiz_consent(game.settings(), game.limits(couple))

    counted = game.due_count(couple, consent)

    decks = {deck.id: deck for deck in game.decks()}
    handle = game.start(couple, quiz_config(decks, DealFilters.within(consent), None))
    session = handle.session
    first = session.state.questions
    while not session.ended:
        handle.run(next_command(session, rng))
    asked = {seat: sum(1 for turn in session.state.completed if turn.seat == seat) for seat in (0, 1)}
    assert counted == asked
    assert first == sum(asked.values()), '"Question 1 of N" says the same'


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    answers=st.lists(told, min_size=1, max_size=12),
    limits=st.tuples(limit, limit),
    spicy=st.booleans(),
    depth=st.integers(1, 3),
    seed=st.integers(0, 1000),
)
def test_the_first_answers_can_be_quizzed_when_quiz_me_says_and_not_before(
    game: GameServices, answers: list[Told], limits: tuple[Limit, Limit], spicy: bool, depth: int, seed: int
) -> None:
    """The promise follows the round's own rule: an answer beyond the couple's limits (deeper, spicy, its deck's cards
    gone) is never asked, so it never sets the day. None means a round within the limits would never ask any."""
    from game.core.quiz_timing import QUIZ_REST

    couple = game.create_couple([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")])
    told_answers(game, couple.id, answers, random.Random(seed))
    game.save_setting("spicy", spicy)
    game.save_setting("max_level", depth)
    for seat, own in enumerate(limits):
        game.save_limit(couple, seat, own)
    consent = quiz_consent(game.settings(), game.limits(couple))

    ready = game.next_quiz_at(couple, consent)

    memories, book = game.store.memories.latest(couple.id)
    # A round's count changes only as a schedule falls due or an answer has rested: these are the moments to look at.
    moments = {max(NOW, card.due, memories[key].updated_at + QUIZ_REST) for (key, _), card in book.items()}
    try:
        for moment in sorted(moments | {NOW + timedelta(days=3650)}):
            CLOCK[0] = moment
            asks = sum(game.due_count(couple, consent).values())
            if ready is None or moment < ready:
                assert asks == 0, f"a round begun {moment - NOW} from now asks {asks}, but the day said is {ready}"
            elif moment == ready:
                assert asks > 0, "on the day said, a round has something to ask"
    finally:
        CLOCK[0] = NOW
    assert ready is None or ready in moments
    assert game.answers_saved(couple)
