"""A paused date night keeps within the limits as they are when it picks up again, not as they were when it was planned.

The tester's two evenings: one paused, then a partner lowered their depth in Play's private limits;
one with spicy cards welcome by both, paused in the middle of "Going deeper", then a partner said no
to spicy cards and lowered their depth. Whatever was planned, nothing beyond the limits in force is
dealt, left on the table, quizzed or written on the keepsake after the change. The expected limits are
worked out here, apart from game/core/consent.py: the lowest of the evening's depth and both caps, and
spicy only when Settings offers it and both said yes.
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
from game.core.cards import Card, CardKey, Deck
from game.core.date_night import DateNight
from game.core.date_night_commands import KeepWithinLimits
from game.core.date_night_events import LimitsChanged, SegmentBegan, SegmentTimeUp, SegmentToBeginAgain
from game.core.date_night_plan import RITUALS_DECK, EveningSetup, History
from game.core.date_night_state import Segment, StepKind, evening_from_json, evening_to_json
from game.core.events import CardPassed, Event, TurnCompleted, TurnStarted
from game.core.keepsake import build_keepsake
from game.core.limits import Limit
from game.core.memories import Memory, MemoryKey
from game.core.partner_quiz import QuizBook
from game.core.players import Couple, Player
from game.core.session import Session
from game.core.session_commands import AnswerPrivately, Complete, Star
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

NOW = datetime(2026, 12, 6, 19, 30, tzinfo=UTC)
COUPLE = Couple(1, (Player(0, "Nasrin", "#c8784f"), Player(1, "Sam", "#4f8cc8")))


@cache
def builtin() -> dict[str, Deck]:
    return {deck.id: deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks}


@dataclass
class InForce:
    """The couple's limits as they are now: Settings' spicy switch and each partner's own."""

    offered: bool
    limits: dict[int, Limit]

    def fits(self, card: Card, depth: int) -> bool:
        """Worked out apart from the rule under test."""
        cap = min(depth, self.limits[0].cap, self.limits[1].cap)
        spicy = self.offered and self.limits[0].spicy and self.limits[1].spicy
        return card.level <= cap and (spicy or not card.spicy)


@dataclass
class Table:
    """A date night and the session of the part being played, with every card shown and when."""

    evening: DateNight
    memories: dict[MemoryKey, Memory]
    book: QuizBook
    rng: random.Random
    now: datetime = NOW
    session: Session | None = None
    #: (card, the limits in force when it was shown)
    shown: list[tuple[Card, InForce]] = field(default_factory=list)

    def show(self, events: list[Event], couple: InForce) -> None:
        assert self.session is not None
        for event in events:
            if isinstance(event, TurnStarted):
                card = self.session.card(event.turn.card)
                assert card is not None
                self.shown.append((card, InForce(couple.offered, dict(couple.limits))))

    def go(self, couple: InForce) -> bool:
        """One step of the evening, as the couple would take it; False once it has ended."""
        self.now += timedelta(minutes=2)
        if self.session is not None:
            session = self.session
            if session.ended:
                self.evening.finish_segment(session, self.now)
                self.memories.update(session.memories)
                self.session = None
                return True
            events = session.apply(next_command(session, self.rng), self.now)
            done = any(isinstance(event, (TurnCompleted, CardPassed)) for event in events)
            finished = self.evening.turn_finished(self.now) if done and not session.ended else []
            if any(isinstance(event, SegmentTimeUp) for event in finished):  # the next card is never shown: the part ends
                session.end(self.now)
                return True
            if any(isinstance(event, SegmentToBeginAgain) for event in finished):  # nor here: the part begins again
                self.begin_again()
                return True
            self.show(events, couple)
            return True
        step = self.evening.step
        if step is None:
            return False
        if step.kind is StepKind.PLEDGE:
            self.shown += [(self.evening.cards[key], InForce(couple.offered, dict(couple.limits))) for key in step.cards]
            self.evening.pledge(self.now)
        elif step.kind is StepKind.OPEN_NOTE:
            self.evening.open_note(self.now)
        elif step.kind is StepKind.BREAK:
            self.evening.end_break(self.now)
        elif step.kind is StepKind.SEAL_NOTE:
            self.evening.seal_note("Next time, the beach", self.now)
        else:
            events = self.evening.begin_segment(self.memories, self.book, self.now)
            began = next((event for event in events if isinstance(event, SegmentBegan)), None)
            if began is not None:
                asked = {key: memory for key, memory in self.memories.items() if key not in began.hidden}
                self.session = Session(began.config, self.evening.decks, asked, self.book)
                self.show(self.session.begin(self.now), couple)
        return True

    def pause_and_resume(self, couple: InForce) -> list[Event]:
        """Pause, then pick up again as the game does (game/stored_evening.py): the saved evening reads the limits as
        they are now and, when they changed, a part being played begins again within them once its card on the table
        is done, or at once when that card is beyond them (answers to finished turns kept)."""
        self.evening.pause(self.now)
        self.now += timedelta(hours=1)
        self.evening = DateNight(evening_from_json(evening_to_json(self.evening.state)), builtin())
        events = self.evening.apply(KeepWithinLimits(couple.offered, dict(couple.limits), History()), self.now)
        if events and self.session is not None and not self.session.ended:
            card = self.session.card(self.session.current.card) if self.session.current else None
            if card is None or not self.evening.filters.consents_to(card):
                self.begin_again()
        self.evening.resume(self.now)
        return events

    def begin_again(self) -> None:
        assert self.session is not None
        self.session.end(self.now)
        self.evening.finish_segment(self.session, self.now, afresh=True)
        self.memories.update(self.session.memories)
        self.session = None

    def play_on(self, couple: InForce, most: int = 400) -> None:
        for _ in range(most):
            if not self.go(couple):
                return
        raise AssertionError("the evening never ended")

    def play_until(self, couple: InForce, done: object, most: int = 400) -> None:
        for _ in range(most):
            if done(self):  # type: ignore[operator]
                return
            assert self.go(couple), "the evening ended first"
        raise AssertionError("never got there")


def deeper_cards(table: Table) -> list[Card]:
    return [card for card, _ in table.shown if card.key in deeper_keys(table.evening)]


def deeper_keys(evening: DateNight) -> set[CardKey]:
    return {key for step in evening.state.steps if step.segment is Segment.DEEPER for key in step.cards}


def in_segment(segment: Segment) -> object:
    def there(table: Table) -> bool:
        step = table.evening.step
        return step is not None and step.segment is segment and table.session is not None

    return there


# ---- the tester's two evenings --------------------------------------------------------------------------------


def test_a_partner_lowering_their_depth_while_the_evening_is_paused_deals_no_deep_card_after() -> None:
    """Both said "all the way to deep", spicy off; paused; Sam chose "up to personal" in Play; resumed."""
    couple = InForce(False, {0: Limit(3, False), 1: Limit(3, False)})
    setup = EveningSetup(60, 3, (3, 3), (False, False), seed=11, offered=False)
    table = Table(DateNight.plan(setup, builtin(), {}, QuizBook(), History(), NOW), {}, QuizBook(), random.Random(1))
    planned = [table.evening.cards[key] for key in deeper_keys(table.evening)]
    assert sum(card.level == 3 for card in planned) >= 3  # the plan went deep, as both allowed then
    table.play_until(couple, in_segment(Segment.WARM_UP))
    couple.limits[1] = Limit(2, False)
    events = table.pause_and_resume(couple)
    assert events == [LimitsChanged(2, False)] and table.evening.state.max_level == 2
    table.play_on(couple)
    after = deeper_cards(table)
    assert len(after) >= 2 and all(card.level <= 2 for card in after)  # going deeper still, as far as personal
    assert all(card.level <= 2 for card, _ in table.shown)


def test_a_partner_saying_no_to_spicy_cards_mid_part_takes_the_spicy_card_off_the_table_and_out_of_the_keepsake() -> None:
    """Spicy on in Settings, both deep and spicy yes; paused with the spicy card of "Going deeper" on the table (the
    second or third, as the deal falls); then Sam said no to spicy cards and lowered to personal; resumed."""
    couple = InForce(True, {0: Limit(3, True), 1: Limit(3, True)})
    setup = EveningSetup(60, 3, (3, 3), (True, True), seed=5, offered=True)
    table = Table(DateNight.plan(setup, builtin(), {}, QuizBook(), History(), NOW), {}, QuizBook(), random.Random(2))
    table.play_until(couple, in_segment(Segment.DEEPER))
    session = table.session
    assert session is not None
    first = session.current_card()
    session.apply(Star(), table.now)  # a moment worth keeping, starred before the limits changed
    table.play_until(couple, lambda t: t.session is not None and len(t.session.state.completed) == 1)
    on_table = session.current_card()
    if not (on_table.spicy or first.spicy):  # the dealer's promise is one among the deeper part's first three
        table.play_until(couple, lambda t: t.session is not None and len(t.session.state.completed) == 2)
        on_table = session.current_card()
    assert on_table.spicy or first.spicy  # one spicy card comes early in a spicy evening's deeper part
    answered_deep = [key for key in session.state.made if table.evening.cards[key.card_key].level == 3]
    couple.limits[1] = Limit(2, False)
    changed_at = len(table.shown)
    table.pause_and_resume(couple)
    assert table.evening.state.max_level == 2 and table.evening.state.spicy is False
    step = table.evening.step
    assert step is not None and step.segment is Segment.DEEPER and table.session is None  # going deeper, begun again
    table.play_on(couple)
    after = table.shown[changed_at:]
    assert on_table.key not in {card.key for card, _ in after}
    for card, limits in after:
        assert limits.fits(card, 3), card.key
    assert sum(card.key in deeper_keys(table.evening) for card, _ in after) >= 2  # and it still has cards to play
    keepsake = build_keepsake(table.evening.state, COUPLE, table.memories, table.evening.cards, {}, date(2026, 12, 6), 60)
    if not couple.fits(first, 3):
        assert COUPLE.fill(first.text, 0) not in keepsake.starred
    words = " ".join(keepsake.texts())
    for key in answered_deep:
        card = table.evening.cards[key.card_key]
        assert COUPLE.quiz_text(card, key.owner) not in words


def test_a_light_limit_after_the_pause_gives_the_closing_a_small_thing_that_fits() -> None:
    """The planned "small thing I'll do" is a personal card: lowered to light, Kindred's own takes its place."""
    couple = InForce(False, {0: Limit(3, False), 1: Limit(3, False)})
    table = Table(
        DateNight.plan(EveningSetup(30, 2, (3, 3), (False, False), seed=3), builtin(), {}, QuizBook(), History(), NOW),
        {},
        QuizBook(),
        random.Random(3),
    )
    closing = next(step for step in table.evening.state.steps if step.segment is Segment.CLOSING and step.kind is StepKind.CARDS)
    assert [key.card_id for key in closing.cards] == ["tonight-more-of-that", "small-thing-i-will-do"]
    couple.limits[0] = Limit(1, False)
    table.pause_and_resume(couple)
    closing = next(step for step in table.evening.state.steps if step.segment is Segment.CLOSING and step.kind is StepKind.CARDS)
    assert [str(key) for key in closing.cards] == [
        "openers-and-closers/tonight-more-of-that",
        f"{RITUALS_DECK}/small-thing-this-week",
    ]
    table.play_on(couple)
    assert all(card.level == 1 for card, _ in table.shown)


def test_a_card_on_the_table_within_the_new_limits_stays_with_its_answer_and_the_part_begins_again_after_it() -> None:
    """Paused at the closing with one private answer given to "what I'd like more of"; lowered to light; resumed."""
    couple = InForce(False, {0: Limit(3, False), 1: Limit(3, False)})
    table = Table(
        DateNight.plan(EveningSetup(30, 2, (3, 3), (False, False), seed=3), builtin(), {}, QuizBook(), History(), NOW),
        {},
        QuizBook(),
        random.Random(3),
    )
    table.evening.pledge(table.now)
    table.evening.wrap_up(table.now)
    table.play_until(couple, in_segment(Segment.CLOSING))
    session = table.session
    assert session is not None and session.current_card().id == "tonight-more-of-that"
    session.apply(AnswerPrivately(0, "The way you laughed at my pun"), table.now)
    couple.limits[1] = Limit(1, False)
    table.pause_and_resume(couple)
    assert table.session is session and session.state.private == {0: "The way you laughed at my pun"}
    session.apply(AnswerPrivately(1, "Your terrible puns"), table.now)
    events = session.apply(Complete(), table.now)
    assert any(isinstance(event, TurnCompleted) for event in events)
    assert table.evening.turn_finished(table.now) == [SegmentToBeginAgain(Segment.CLOSING)]
    table.begin_again()
    assert table.evening.state.tally.played == [CardKey("openers-and-closers", "tonight-more-of-that")]
    table.go(couple)  # the rest of the closing, dealt within the limits as they are now
    again = table.session
    assert again is not None and again.current_card().key == CardKey(RITUALS_DECK, "small-thing-this-week")
    assert table.evening.step is not None and not table.evening.step.renew


def test_a_part_whose_time_is_spent_ends_rather_than_beginning_again() -> None:
    """Lowered mid-part, then its card on the table played past the part's time: it ends as any part does, not dealt
    again with no time to play it ("left out tonight" would be said of a part just played)."""
    couple = InForce(False, {0: Limit(3, False), 1: Limit(3, False)})
    setup = EveningSetup(60, 3, (3, 3), (False, False), seed=11, offered=False)
    table = Table(DateNight.plan(setup, builtin(), {}, QuizBook(), History(), NOW), {}, QuizBook(), random.Random(1))
    table.play_until(couple, in_segment(Segment.WARM_UP))
    couple.limits[1] = Limit(2, False)
    table.pause_and_resume(couple)
    step = table.evening.step
    assert step is not None and step.renew and table.session is not None
    assert table.evening.turn_finished(table.now) == [SegmentToBeginAgain(Segment.WARM_UP)]
    table.now += timedelta(minutes=step.minutes + 1)
    assert table.evening.turn_finished(table.now) == [SegmentTimeUp(Segment.WARM_UP)]


def test_nothing_changes_when_the_limits_are_as_they_were() -> None:
    setup = EveningSetup(60, 2, (3, 2), (True, False), seed=8, offered=True)
    evening = DateNight.plan(setup, builtin(), {}, QuizBook(), History(), NOW)
    before = evening_to_json(evening.state)
    assert evening.apply(KeepWithinLimits(True, {0: Limit(3, True), 1: Limit(2, False)}, History()), NOW) == []
    assert evening_to_json(evening.state) == before


# ---- any evening, any changes ------------------------------------------------------------------------------------

limit = st.builds(Limit, st.integers(1, 3), st.booleans())


@st.composite
def past(draw: st.DrawFn) -> tuple[dict[MemoryKey, Memory], QuizBook]:
    """Answers from a month ago, due to be quizzed: some from cards beyond whatever limits come later."""
    cards = sorted(key for deck in builtin().values() for key in (card.key for card in deck.cards))
    every = {card.key: card for deck in builtin().values() for card in deck.cards}
    remembered = [key for key in cards if every[key].remembered]
    chosen = draw(st.lists(st.sampled_from(remembered), max_size=12, unique=True))
    rng = random.Random(len(chosen))
    memories, book = {}, QuizBook()
    for key in chosen:
        seat = draw(st.integers(0, 1))
        memory_key = MemoryKey(seat, key.deck_id, key.card_id)
        memories[memory_key] = Memory.first(
            memory_key, parse_answer(every[key], value_for(every[key], rng)), NOW - timedelta(days=30)
        )
        book.new(memory_key, 1 - seat, NOW - timedelta(days=1))
    return memories, book


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    minutes=st.sampled_from((30, 60, 90)),
    depth=st.integers(1, 3),
    start=st.tuples(limit, limit),
    offered=st.booleans(),
    seed=st.integers(0, 2**31 - 1),
    remembered=past(),
    data=st.data(),
)
def test_no_card_dealt_or_shown_after_a_change_of_limits_is_beyond_them(
    minutes: int,
    depth: int,
    start: tuple[Limit, Limit],
    offered: bool,
    seed: int,
    remembered: tuple[dict[MemoryKey, Memory], QuizBook],
    data: st.DataObject,
) -> None:
    """Steps of an evening, now and then a pause in which either partner changes their limits or Settings' spicy
    switch is flipped, then the evening picks up: every card from then on keeps within the limits in force."""
    memories, book = dict(remembered[0]), remembered[1]
    couple = InForce(offered, {0: start[0], 1: start[1]})
    setup = EveningSetup(minutes, depth, (start[0].cap, start[1].cap), (start[0].spicy, start[1].spicy), seed, offered)
    table = Table(DateNight.plan(setup, builtin(), memories, book, History(), NOW), memories, book, random.Random(seed))
    changes = 0
    for _ in range(600):
        if data.draw(st.integers(0, 9), label="pause here?") == 0 and changes < 6:
            changes += 1
            what = data.draw(st.sampled_from(("limit", "limit", "spicy switch")), label="change")
            if what == "spicy switch":
                couple.offered = not couple.offered
            else:
                couple.limits[data.draw(st.integers(0, 1), label="whose")] = data.draw(limit, label="to")
            table.pause_and_resume(couple)
        elif not table.go(couple):
            break
    else:
        raise AssertionError("the evening never ended")
    for card, limits in table.shown:
        assert limits.fits(card, depth), (card.key, limits)
    made = table.evening.state.tally.made
    keepsake = build_keepsake(table.evening.state, COUPLE, table.memories, table.evening.cards, {}, date(2026, 12, 6), 60)
    words = " ".join(keepsake.texts())
    for key in made:
        card = table.evening.cards[key.card_key]
        if not couple.fits(card, depth):
            assert COUPLE.quiz_text(card, key.owner) not in words
    for key in table.evening.state.tally.starred:
        card = table.evening.cards[key]
        if not couple.fits(card, depth):
            assert COUPLE.fill(card.text, 0) not in keepsake.starred


def test_the_tally_counts_no_card_set_aside_as_played() -> None:
    """A card taken off the table because the limits changed was neither played nor passed."""
    couple = InForce(True, {0: Limit(3, True), 1: Limit(3, True)})
    setup = EveningSetup(60, 3, (3, 3), (True, True), seed=5, offered=True)
    table = Table(DateNight.plan(setup, builtin(), {}, QuizBook(), History(), NOW), {}, QuizBook(), random.Random(2))
    table.play_until(couple, in_segment(Segment.DEEPER))
    assert table.session is not None
    beyond = table.session.current_card()
    couple.limits[0] = Limit(1, False)
    table.pause_and_resume(couple)
    assert beyond.key not in table.evening.state.tally.played
    changed_at = len(table.shown)
    table.play_on(couple)
    assert beyond.key not in {card.key for card, _ in table.shown[changed_at:]}
    assert beyond.key not in table.evening.state.tally.played
