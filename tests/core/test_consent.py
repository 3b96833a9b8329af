"""Consent holds on every path: random couples, limits, decks and memories, and nothing beyond them is shown.

The expected limits are worked out here, apart from the rule in game/core/consent.py: the
combined cap is the lowest of the round's depth and both private caps, and a spicy card may
come only when Settings → "Offer spicy cards" is on and both partners said yes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.autoplay import next_command, value_for
from game.core.answers import parse_answer
from game.core.cards import Card, CardKey, Deck, Kind
from game.core.consent import Consent
from game.core.date_night import DateNight
from game.core.date_night_events import SegmentBegan
from game.core.date_night_plan import EveningSetup, History
from game.core.date_night_state import Segment, Status, StepKind
from game.core.dealing import DealFilters
from game.core.events import Event, TurnStarted
from game.core.keepsake import build_keepsake
from game.core.limits import Limit
from game.core.memories import Memory, MemoryKey
from game.core.partner_quiz import QuizBook, Review
from game.core.players import Couple, Player
from game.core.session import Mode, Session, SessionConfig
from game.core.story import build_story
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
COUPLE = Couple(1, (Player(0, "Kofi", "#c8784f"), Player(1, "Maëlle", "#4f8cc8")))


@cache
def builtin() -> tuple[Deck, ...]:
    return tuple(load_decks(deck_paths(builtin_decks_dir())).decks)


@dataclass(frozen=True)
class Couples:
    """One random couple: their Settings, private limits, the round's depth, decks and memories."""

    offered: bool
    settings_depth: int
    round_depth: int
    limits: dict[int, Limit]
    decks: dict[str, Deck] = field(repr=False)
    memories: dict[MemoryKey, Memory] = field(repr=False)
    seed: int

    def cap(self, depth: int) -> int:
        return min(depth, self.limits[0].cap, self.limits[1].cap)

    @property
    def spicy_ok(self) -> bool:
        return self.offered and self.limits[0].spicy and self.limits[1].spicy

    def fits(self, card: Card, depth: int) -> bool:
        """Worked out apart from the rule under test."""
        return card.level <= self.cap(depth) and (self.spicy_ok or not card.spicy)

    @property
    def cards(self) -> dict[CardKey, Card]:
        return {card.key: card for deck in self.decks.values() for card in deck.cards}


@st.composite
def our_deck(draw: st.DrawFn) -> Deck:
    """A couple's own deck with cards of every kind, level and spice."""
    cards = []
    for index in range(draw(st.integers(4, 14))):
        kind = draw(st.sampled_from(list(Kind)))
        level, spicy = draw(st.integers(1, 3)), draw(st.booleans())
        quiz = f"Our question {index} about {{name}}?" if kind in (Kind.ASK, Kind.BOTH) and draw(st.booleans()) else None
        options = ("Hold me", "Give me space") if kind is Kind.SCENARIO else ()
        text = f"Our card {index}, level {level}{' spicy' if spicy else ''}"
        cards.append(Card("ours", f"c{index}", text, kind=kind, level=level, spicy=spicy, quiz=quiz, options=options))
    return Deck(id="ours", name="Ours", color="#aa7755", cards=tuple(cards))


@st.composite
def couples(draw: st.DrawFn) -> Couples:
    decks = {deck.id: deck for deck in (*builtin(), draw(our_deck()))}
    remembered = sorted(card.key for deck in decks.values() for card in deck.cards if card.remembered)
    chosen = draw(st.lists(st.sampled_from(remembered), min_size=4, max_size=30, unique=True))
    rng = random.Random(draw(st.integers(0, 2**16)))
    cards = {card.key: card for deck in decks.values() for card in deck.cards}
    memories: dict[MemoryKey, Memory] = {}
    for key in chosen:
        card = cards[key]
        for seat in draw(st.sampled_from([(0,), (1,), (0, 1)])):
            memory_key = MemoryKey(seat, key.deck_id, key.card_id)
            answer = parse_answer(card, value_for(card, rng))
            memories[memory_key] = Memory.first(memory_key, answer, NOW - timedelta(days=40), private=draw(st.booleans()))
    limit = st.builds(Limit, st.integers(1, 3), st.booleans())
    return Couples(
        offered=draw(st.booleans()),
        settings_depth=draw(st.integers(1, 3)),
        round_depth=draw(st.integers(1, 3)),
        limits={0: draw(limit), 1: draw(limit)},
        decks=decks,
        memories=memories,
        seed=draw(st.integers(0, 2**31 - 1)),
    )


def due_book(memories: dict[MemoryKey, Memory]) -> QuizBook:
    book = QuizBook()
    for key in memories:
        book.new(key, 1 - key.owner, NOW - timedelta(days=1))
    return book


def played(session: Session, rng: random.Random, now: datetime, limit: int = 400) -> list[Event]:
    """Play a session to its end like a couple would, starring every other card; every event it gave."""
    events = session.begin(now)
    for step in range(limit):
        if session.ended:
            break
        if step % 2 == 0:
            events += session.star(now)
        command = next_command(session, rng)
        events += session.apply(command, now)
    return events


def shown_on_the_table(session: Session, events: list[Event]) -> list[tuple[Card, MemoryKey | None]]:
    out = []
    for event in events:
        if isinstance(event, TurnStarted):
            card = session.card(event.turn.card)
            assert card is not None
            out.append((card, event.turn.memory))
    return out


settings_for_sessions = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings_for_sessions
@given(couple=couples())
def test_consent_holds_for_every_card_and_quiz_of_a_play_round(couple: Couples) -> None:
    consent = Consent.of(couple.offered, couple.limits, couple.round_depth)
    config = SessionConfig(
        mode=Mode.PLAY, deck_ids=tuple(couple.decks), filters=DealFilters.within(consent), length=20, seed=couple.seed
    )
    session = Session(config, couple.decks, dict(couple.memories), due_book(couple.memories))
    events = played(session, random.Random(couple.seed), NOW)
    for card, _memory in shown_on_the_table(session, events):
        assert couple.fits(card, couple.round_depth), card
    for key in session.summary().starred:
        assert couple.fits(couple.cards[key], couple.round_depth)


@settings_for_sessions
@given(couple=couples())
def test_consent_holds_for_every_question_of_quiz_me(couple: Couples) -> None:
    consent = Consent.from_settings({"spicy": couple.offered, "max_level": couple.settings_depth}, couple.limits)
    config = SessionConfig(mode=Mode.QUIZ, deck_ids=tuple(couple.decks), filters=DealFilters.within(consent), length=None)
    session = Session(config, couple.decks, dict(couple.memories), due_book(couple.memories))
    events = played(session, random.Random(couple.seed), NOW)
    asked = shown_on_the_table(session, events)
    for card, memory in asked:
        assert memory is not None and couple.fits(card, couple.settings_depth), card
    fitting = [key for key in couple.memories if couple.fits(couple.cards[key.card_key], couple.settings_depth)]
    assert len(asked) == len(fitting)  # and everything allowed that was due was asked


@settings_for_sessions
@given(couple=couples())
def test_consent_holds_in_our_story(couple: Couples) -> None:
    consent = Consent.from_settings({"spicy": couple.offered, "max_level": couple.settings_depth}, couple.limits)
    reviews = [Review(key, 1 - key.owner, "a guess", _verdict(index), NOW) for index, key in enumerate(couple.memories)]
    story = build_story(couple.memories, reviews, due_book(couple.memories), couple.decks.values(), [], NOW, consent)
    for seat in (0, 1):
        for memory in story.memories[seat]:
            assert couple.fits(couple.cards[memory.key.card_key], couple.settings_depth)
    for key in story.reviews:
        assert couple.fits(couple.cards[key.card_key], couple.settings_depth)
    assert all(couple.fits(card, couple.settings_depth) for card in story.cards.values())
    quizzed = sum(story.knowledge[seat].quizzed for seat in (0, 1))
    assert quizzed == sum(1 for key in couple.memories if couple.fits(couple.cards[key.card_key], couple.settings_depth))


def _verdict(index: int):  # type: ignore[no-untyped-def]
    from game.core.answers import Verdict

    return list(Verdict)[index % 3]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(couple=couples(), minutes=st.sampled_from((30, 60, 90)))
def test_consent_and_the_spicy_setting_hold_for_a_whole_date_night_and_its_keepsake(couple: Couples, minutes: int) -> None:
    caps = (couple.limits[0].cap, couple.limits[1].cap)
    spicy = (couple.limits[0].spicy, couple.limits[1].spicy)
    setup = EveningSetup(minutes, couple.round_depth, caps, spicy, couple.seed, offered=couple.offered)
    decks = {deck_id: deck for deck_id, deck in couple.decks.items()}
    memories, book = dict(couple.memories), due_book(couple.memories)
    evening = DateNight.plan(setup, decks, memories, book, History(), NOW)
    rng = random.Random(couple.seed)
    now = NOW
    shown: list[Card] = []
    for _ in range(60):
        step = evening.step
        if step is None:
            break
        now += timedelta(minutes=1)
        if step.kind is StepKind.PLEDGE:
            shown += [evening.cards[key] for key in step.cards]
            evening.pledge(now)
        elif step.kind is StepKind.OPEN_NOTE:
            evening.open_note(now)
        elif step.kind is StepKind.BREAK:
            evening.end_break(now)
        elif step.kind is StepKind.SEAL_NOTE:
            evening.seal_note("See you next week", now)
        else:  # more of a part that went quickly is said yes to: within the limits like every other card
            dealt = (
                evening.take_more(memories, book, now)
                if step.status is Status.OFFERED
                else evening.begin_segment(memories, book, now)
            )
            began = next((e for e in dealt if isinstance(e, SegmentBegan)), None)
            if began is None:
                continue
            asked = {key: memory for key, memory in memories.items() if key not in began.hidden}
            session = Session(began.config, evening.decks, asked, book)
            events = played(session, rng, now)
            for card, memory in shown_on_the_table(session, events):
                shown.append(card)
                if step.segment is Segment.QUIZ:
                    assert memory is not None
            memories.update(asked)
            evening.finish_segment(session, now)
    for card in shown:
        assert couple.fits(card, couple.round_depth) or card.deck_id == "date-night", card
    # The keepsake, even were every memory made and every card starred tonight.
    # Those beyond tonight's consent come first, where the keepsake's few places would take them.
    beyond = sorted(couple.cards.values(), key=lambda card: couple.fits(card, couple.round_depth))
    evening.state.tally.made[:0] = sorted(memories, key=lambda key: couple.fits(evening.cards[key.card_key], couple.round_depth))
    evening.state.tally.starred[:0] = [card.key for card in beyond]
    keepsake = build_keepsake(evening.state, COUPLE, memories, evening.cards, {}, date(2026, 11, 25), 60)
    words = " ".join(keepsake.texts())
    things = (*keepsake.learned, *keepsake.appreciations)
    for thing in things:  # each names the card it answers, and so the memory it came from
        assert thing.card is not None
        memory = memories[MemoryKey(thing.owner, thing.card.deck_id, thing.card.card_id)]
        assert couple.fits(evening.cards[thing.card], couple.round_depth) and not memory.private, thing
    # Two cards may ask in the same words (the date night's own small thing stands in for a deck's deeper one):
    # such a question on the keepsake is then the other card's, found within consent just above.
    questions = {thing.question for thing in things}
    for key, memory in memories.items():
        card = evening.cards[key.card_key]
        if not couple.fits(card, couple.round_depth) or memory.private:
            question = card.quiz_text("Kofi" if key.owner == 0 else "Maëlle", "Maëlle" if key.owner == 0 else "Kofi")
            assert question not in words or question in questions
    for card in couple.cards.values():
        if not couple.fits(card, couple.round_depth):
            assert card.text.replace("{name}", "Kofi").replace("{partner}", "Maëlle") not in keepsake.starred


def test_date_night_deals_no_spicy_card_while_the_setting_is_off() -> None:
    decks = {deck.id: deck for deck in builtin()}
    for seed in range(6):
        setup = EveningSetup(90, 3, (3, 3), (True, True), seed, offered=False)
        evening = DateNight.plan(setup, decks, {}, QuizBook(), History(), NOW)
        planned = [evening.cards[key] for step in evening.state.steps for key in (*step.cards, *step.spares)]
        assert planned and not any(card.spicy for card in planned)
        assert not evening.state.spicy


def test_a_play_round_with_spicy_off_never_quizzes_a_spicy_memory() -> None:
    """The tester's case: a Desire & Intimacy answer from date night, then a Play round with spicy off."""
    decks = {deck.id: deck for deck in builtin()}
    spicy_card = next(card for deck in builtin() for card in deck.cards if card.spicy and card.remembered)
    key = MemoryKey(1, spicy_card.deck_id, spicy_card.id)
    memories = {key: Memory.first(key, parse_answer(spicy_card, value_for(spicy_card, random.Random(1))), NOW)}
    consent = Consent.of(False, {0: Limit(3, True), 1: Limit(3, True)}, 3)
    for mode in (Mode.PLAY, Mode.QUIZ):
        config = SessionConfig(mode=mode, deck_ids=("favourite-details",), filters=DealFilters.within(consent), length=8)
        session = Session(config, decks, dict(memories), due_book(memories))
        events = played(session, random.Random(2), NOW + timedelta(days=3))
        assert all(memory != key for _card, memory in shown_on_the_table(session, events))
