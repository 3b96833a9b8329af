"""The date-night director: the arc, the caps, the spice, the clock.

Properties run over the built-in decks with random lengths, depths, private caps and consents,
memories and history; whole evenings are played through real Sessions with a fake clock.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from game.core.answers import Verdict
from game.core.cards import Card, CardKey, Deck, Kind
from game.core.date_night import DateNight, DateNightError
from game.core.date_night_events import EveningEnded, NoteSealed, SegmentBegan, SegmentSkipped, SegmentTimeUp
from game.core.date_night_plan import RITUALS, RITUALS_DECK, SMALL_THING_CARDS, EveningSetup, History, candidates
from game.core.date_night_quiz import quiz_config
from game.core.date_night_state import ARC, LENGTHS, Segment, Status, StepKind, evening_from_json, evening_to_json
from game.core.dealing import DealFilters
from game.core.deck_lint import SAME_QUESTION, _fold
from game.core.memories import Memory, MemoryKey
from game.core.partner_quiz import QuizBook
from game.core.session import Phase, Session
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
SAMPLE = {"text": "Toast with honey", "date": "03-14", "number": "7", "scale": 4, "who": "both"}


@cache
def builtin() -> dict[str, Deck]:
    return {deck.id: deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks}


def every_card() -> dict[CardKey, Card]:
    return {card.key: card for deck in builtin().values() for card in deck.cards}


def remembered_keys() -> list[MemoryKey]:
    return [MemoryKey(seat, key.deck_id, key.card_id) for key, card in every_card().items() if card.remembered for seat in (0, 1)]


def book_of(memories: dict[MemoryKey, Memory], due: datetime) -> QuizBook:
    book = QuizBook()
    for key in memories:
        book.new(key, 1 - key.owner, due)
    return book


def memories_of(keys: list[MemoryKey], at: datetime) -> dict[MemoryKey, Memory]:
    cards = every_card()
    out = {}
    for key in keys:
        card = cards[key.card_key]
        if card.answer_type.value == "choice":
            answer: str | int = card.options[0]
        else:
            answer = SAMPLE[card.answer_type.value]
        out[key] = Memory.first(key, answer, at)
    return out


setups = st.builds(
    EveningSetup,
    minutes=st.sampled_from((30, 60, 90)),
    depth=st.integers(1, 3),
    caps=st.tuples(st.integers(1, 3), st.integers(1, 3)),
    spicy=st.tuples(st.booleans(), st.booleans()),
    seed=st.integers(0, 2**31 - 1),
)


@st.composite
def couples_past(draw: st.DrawFn) -> tuple[dict[MemoryKey, Memory], QuizBook, History]:
    """Some memories (due or not) and some history of seen cards and earlier date nights."""
    keys = remembered_keys()
    chosen = draw(st.lists(st.sampled_from(keys), max_size=25, unique=True))
    memories = memories_of(chosen, NOW - timedelta(days=30))
    due = NOW - timedelta(days=1) if draw(st.booleans()) else NOW + timedelta(days=5)
    cards = sorted(every_card())
    seen = draw(st.lists(st.sampled_from(cards), max_size=80, unique=True))
    date_nights = draw(st.lists(st.sampled_from(cards), max_size=60, unique=True))
    history = History(
        recently_seen={key: NOW - timedelta(days=index + 1) for index, key in enumerate(seen + date_nights)},
        date_night_cards={key: NOW - timedelta(days=index + 1) for index, key in enumerate(date_nights)},
        note_waiting=draw(st.booleans()),
    )
    return memories, book_of(memories, due), history


# ---- playing a whole evening through real sessions ------------------------------------------------


@dataclass
class Evening:
    dealt: list[CardKey] = field(default_factory=list)
    quizzed: list[MemoryKey] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    time_ups: list[Segment] = field(default_factory=list)
    skipped: list[Segment] = field(default_factory=list)
    sealed: str | None = None
    now: datetime = NOW
    turns: int = 0
    #: Each offer of more: the part, and the cards offered.
    offers: list[tuple[Segment, list[CardKey]]] = field(default_factory=list)


Pace = Callable[[int], float]


def play_turn(session: Session, now: datetime) -> None:
    card = session.current_card()
    turn = session.current
    assert turn is not None
    phase = session.phase
    value: object = card.options[0] if card.options else SAMPLE[card.answer_type.value]
    if phase is Phase.GUESS:
        session.guess(value if not isinstance(value, int) else str(value), now)  # type: ignore[arg-type]
    elif phase is Phase.JUDGE:
        session.judge(Verdict.CLOSE, now)
    elif phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered:
        session.answer(value, now)  # type: ignore[arg-type]
    elif phase is Phase.PRIVATE:
        seat = 0 if 0 not in session.state.private else 1
        session.answer_privately(seat, [card.options[0], card.options[-1]] if card.kind is Kind.SCENARIO else value, now)
    else:
        session.complete(now)


def play_evening(
    evening: DateNight,
    memories: dict[MemoryKey, Memory],
    book: QuizBook,
    minutes_per_turn: Pace = lambda turn: 4.0,
    take_break: bool = True,
    note: str | None = "Same time next month?",
    now: datetime = NOW,
    at_break: Callable[[datetime], None] = lambda now: None,
    take_more: bool = False,
) -> Evening:
    """Play an evening through; a part ended well ahead offers more, taken or declined as `take_more` says."""
    seen = Evening(now=now)
    pace = minutes_per_turn
    for _ in range(200):
        step = evening.step
        if step is None:
            break
        if step.kind is StepKind.PLEDGE:
            evening.pledge(seen.now)
        elif step.kind is StepKind.OPEN_NOTE:
            evening.open_note(seen.now)
        elif step.kind is StepKind.BREAK:
            at_break(seen.now)
            if take_break:
                evening.take_break(seen.now)
                seen.now += timedelta(minutes=step.minutes)
            evening.end_break(seen.now)
        elif step.kind is StepKind.SEAL_NOTE:
            events = evening.seal_note(note, seen.now)
            seen.sealed = next((e.text for e in events if isinstance(e, NoteSealed)), None)
        elif step.status is Status.OFFERED:
            seen.offers.append((step.segment, list(step.offer)))
            events = evening.take_more(memories, book, seen.now) if take_more else evening.decline_more(seen.now)
            began = next((e for e in events if isinstance(e, SegmentBegan)), None)
            if began is not None:
                play_segment(evening, began, memories, book, seen, pace)
        else:
            events = evening.begin_segment(memories, book, seen.now)
            began = next((e for e in events if isinstance(e, SegmentBegan)), None)
            if began is None:
                seen.skipped += [e.segment for e in events if isinstance(e, SegmentSkipped)]
                continue
            seen.segments.append(began.segment)
            play_segment(evening, began, memories, book, seen, pace)
    assert evening.ended
    return seen


def play_segment(
    evening: DateNight, began: SegmentBegan, memories: dict[MemoryKey, Memory], book: QuizBook, seen: Evening, pace: Pace
) -> None:
    """Play one part's session through, as the evening's screens do, and hand it back to the director."""
    asked = {key: memory for key, memory in memories.items() if key not in began.hidden}
    session = Session(began.config, evening.decks, asked, book)
    session.begin(seen.now)
    while not session.ended:
        turn = session.current
        assert turn is not None
        if turn.memory is not None and turn.memory not in seen.quizzed:
            seen.quizzed.append(turn.memory)
        elif turn.memory is None and (not seen.dealt or seen.dealt[-1] != turn.card):
            seen.dealt.append(turn.card)
        before = len(session.state.completed)
        play_turn(session, seen.now)
        if len(session.state.completed) > before:
            seen.turns += 1
            seen.now += timedelta(minutes=pace(seen.turns))
            if not session.ended and evening.turn_finished(seen.now):
                seen.time_ups.append(began.segment)
                session.end(seen.now)
    memories.update(session.memories)
    evening.finish_segment(session, seen.now)


# ---- properties of the plan ---------------------------------------------------------------------------


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(setup=setups, past=couples_past())
def test_date_night_plan_never_exceeds_either_cap_and_spice_needs_both(setup: EveningSetup, past) -> None:
    memories, book, history = past
    evening = DateNight.plan(setup, builtin(), memories, book, history, NOW)
    lowest = min(setup.depth, *setup.caps)
    for step in evening.state.steps:
        for key in [*step.cards, *step.spares]:
            card = evening.card(key)
            assert card is not None
            assert card.level <= lowest
            assert not card.spicy or all(setup.spicy)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(setup=setups, past=couples_past())
def test_date_night_arc_keeps_its_order_and_the_plan_fills_the_length(setup: EveningSetup, past) -> None:
    memories, book, history = past
    evening = DateNight.plan(setup, builtin(), memories, book, history, NOW)
    steps = evening.state.steps
    order = [ARC.index(step.segment) for step in steps]
    assert order == sorted(order)
    assert steps[0].kind is StepKind.PLEDGE
    assert [step.kind for step in steps[-2:]] == [StepKind.CARDS, StepKind.SEAL_NOTE]
    assert steps[-2].segment is Segment.CLOSING
    assert (steps[1].kind is StepKind.OPEN_NOTE) == history.note_waiting
    breaks = [index for index, step in enumerate(steps) if step.kind is StepKind.BREAK]
    assert len(breaks) == (1 if setup.minutes in (60, 90) else 0)
    for index in breaks:
        assert steps[index - 1].segment in (Segment.WARM_UP, Segment.QUIZ, Segment.DEEPER)
        assert steps[index + 1].segment in (Segment.QUIZ, Segment.DEEPER, Segment.BACK)
    middle = {step.segment for step in steps if step.kind is StepKind.CARDS}
    assert {Segment.WARM_UP, Segment.DEEPER, Segment.BACK, Segment.CLOSING} <= middle
    assert abs(evening.planned_minutes() - setup.minutes) <= 0.10 * setup.minutes


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(setup=setups, past=couples_past())
def test_date_night_quiz_is_planned_only_from_due_memories_within_tonights_limits(setup: EveningSetup, past) -> None:
    memories, book, history = past
    evening = DateNight.plan(setup, builtin(), memories, book, history, NOW)
    quiz = [step for step in evening.state.steps if step.segment is Segment.QUIZ]
    cards = every_card()
    fitting = [
        key
        for seat in (0, 1)
        for key in book.due(seat, NOW)
        if cards[key.card_key].level <= setup.max_level and (not cards[key.card_key].spicy or setup.spicy_ok)
    ]
    if not fitting:
        assert quiz == []
    else:
        assert len(quiz) == 1 and 1 <= quiz[0].quizzes <= len(fitting)


#: How long ago an answer was last given: still resting, rested, and past the two months a changing one stays fresh.
AGES = (timedelta(hours=2), timedelta(days=3), timedelta(days=30), timedelta(days=75), timedelta(days=400))


@st.composite
def answers_of_all_ages(draw: st.DrawFn) -> tuple[dict[MemoryKey, Memory], Callable[[], QuizBook]]:
    """Remembered answers of every age, many to cards whose answer changes (gone stale after two months: its owner is
    asked whether it still holds before the partner is quizzed), each due or not; and a way to make their quiz book
    afresh (a round played through changes it)."""
    keys = remembered_keys()
    changing = [key for key in keys if every_card()[key.card_key].changes]
    chosen = draw(st.lists(st.sampled_from(changing), max_size=5, unique=True))
    chosen += [key for key in draw(st.lists(st.sampled_from(keys), max_size=9, unique=True)) if key not in chosen]
    ages = [draw(st.sampled_from(AGES)) for _ in chosen]
    dues = [draw(st.sampled_from((timedelta(days=-20), timedelta(hours=-1), timedelta(days=4)))) for _ in chosen]
    return aged(chosen, ages, dues)


def aged(
    keys: list[MemoryKey], ages: list[timedelta], dues: list[timedelta]
) -> tuple[dict[MemoryKey, Memory], Callable[[], QuizBook]]:
    memories = {key: memories_of([key], NOW - age)[key] for key, age in zip(keys, ages, strict=True)}
    due = {key: NOW + when for key, when in zip(keys, dues, strict=True)}

    def book() -> QuizBook:
        made = QuizBook()
        for key, when in due.items():
            made.new(key, 1 - key.owner, when)
        return made

    return memories, book


def asked_through(session: Session, seed: int) -> tuple[int, int]:
    """Play a quiz round to its end the way a couple would: the N of its "Question 1 of N", and how many it asked."""
    from benchmarks.autoplay import next_command

    rng = random.Random(seed)
    session.begin(NOW)
    said = session.state.questions
    while not session.ended:
        session.apply(next_command(session, rng), NOW)
    return said, len(session.state.completed)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(setup=setups, past=answers_of_all_ages())
@example(  # one answer, to a card whose answer changes, given long ago: the part checks it with its owner
    setup=EveningSetup(60, 3, (3, 3), (False, False), seed=1),
    past=aged([MemoryKey(0, "favourite-details", "coffee-order")], [timedelta(days=75)], [timedelta(days=-20)]),
)
def test_date_night_offers_a_quiz_part_exactly_when_it_has_questions_and_asks_as_many_as_it_says(setup: EveningSetup, past):
    """The plan offers the quiz part, and the part says "Question 1 of N", by what it will really ask: a changing
    answer gone stale is asked too (its owner checks it), so an evening of only those still has a quiz part."""
    memories, book = past
    evening = DateNight.plan(setup, builtin(), memories, book(), History(), NOW)
    filters = DealFilters(max_level=setup.max_level, spicy=setup.spicy_ok)
    every = evening.decks
    said, whole = asked_through(Session(quiz_config(every, filters), every, dict(memories), book()), setup.seed)
    assert said == whole, "(Quiz me's own count, which the part's is made by)"
    quiz = [index for index, step in enumerate(evening.state.steps) if step.segment is Segment.QUIZ]
    assert bool(quiz) == bool(whole), f"a round of all that are due asks {whole}"
    if not quiz:
        return
    evening.state.index = quiz[0]
    events = evening.begin_segment(memories, book(), NOW)
    began = events[0]
    assert isinstance(began, SegmentBegan), events
    step = evening.state.steps[quiz[0]]
    assert 1 <= step.quizzes <= whole
    session = Session(began.config, every, {k: m for k, m in memories.items() if k not in began.hidden}, book())
    assert asked_through(session, setup.seed) == (step.quizzes, step.quizzes), '"Question 1 of N" and what it asks'


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(setup=setups, past=couples_past(), segment=st.sampled_from([Segment.WARM_UP, Segment.DEEPER, Segment.BACK]))
def test_date_night_cards_from_recent_date_nights_come_last(setup: EveningSetup, past, segment: Segment) -> None:
    _, _, history = past
    filters = DealFilters(max_level=setup.max_level, spicy=setup.spicy_ok)
    order = candidates(segment, builtin(), filters, setup.seed, history)
    if segment is Segment.WARM_UP:  # the warm-up always opens with one opener, the freshest there is
        opener, order = order[0], order[1:]
        assert "opener" in every_card()[opener].tags
        openers = [key for key in order if "opener" in every_card()[key].tags]
        assert all(key in history.date_night_cards or opener not in history.date_night_cards for key in openers)
    tiers = [key in history.date_night_cards for key in order]
    assert tiers == sorted(tiers)
    assert len(order) == len(set(order))


# ---- whole evenings -----------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    setup=setups,
    past=couples_past(),
    pace=st.lists(st.floats(1.0, 12.0), min_size=1, max_size=8),
    take_break=st.booleans(),
)
def test_date_night_played_through_never_repeats_a_card_and_keeps_within_the_limits(
    setup: EveningSetup, past, pace: list[float], take_break: bool
) -> None:
    memories, book, history = past
    evening = DateNight.plan(setup, builtin(), memories, book, history, NOW)
    seen = play_evening(evening, dict(memories), book, lambda turn: pace[turn % len(pace)], take_break)
    assert len(seen.dealt) == len(set(seen.dealt))
    assert len(seen.quizzed) == len(set(seen.quizzed))
    cards = evening.cards
    lowest = min(setup.depth, *setup.caps)
    for key in [*seen.dealt, *(memory.card_key for memory in seen.quizzed)]:
        assert cards[key].level <= lowest
        assert not cards[key].spicy or all(setup.spicy)
    assert [ARC.index(segment) for segment in seen.segments] == sorted(ARC.index(segment) for segment in seen.segments)
    assert seen.segments[-1] is Segment.CLOSING
    assert set(evening.state.tally.played) == set(seen.dealt)


def test_date_night_on_time_plays_every_part_and_ends_near_the_length() -> None:
    setup = EveningSetup(60, 3, (3, 3), (False, False), seed=4)
    memories = memories_of(remembered_keys()[:12], NOW - timedelta(days=20))
    book = book_of(memories, NOW - timedelta(days=1))
    evening = DateNight.plan(setup, builtin(), memories, book, History(), NOW)
    seen = play_evening(evening, memories, book, lambda turn: 3.5)
    assert seen.segments == [Segment.WARM_UP, Segment.QUIZ, Segment.DEEPER, Segment.BACK, Segment.CLOSING]
    assert seen.quizzed
    minutes = (seen.now - NOW).total_seconds() / 60
    assert 50 <= minutes <= 66
    assert seen.sealed == "Same time next month?"


def test_date_night_running_over_shortens_what_follows_but_never_the_closing() -> None:
    setup = EveningSetup(60, 2, (3, 3), (False, False), seed=9)
    relaxed = DateNight.plan(setup, builtin(), {}, QuizBook(), History(), NOW)
    on_time = play_evening(relaxed, {}, QuizBook(), lambda turn: 3.5)
    slow = DateNight.plan(setup, builtin(), {}, QuizBook(), History(), NOW)
    over = play_evening(slow, {}, QuizBook(), lambda turn: 12.0 if turn <= 3 else 4.0)
    assert Segment.WARM_UP in over.time_ups
    later = [step for step in slow.state.steps if step.segment in (Segment.DEEPER, Segment.BACK)]
    planned = [step for step in relaxed.state.steps if step.segment in (Segment.DEEPER, Segment.BACK)]
    assert sum(len(step.cards) for step in later) < sum(len(step.cards) for step in planned)
    closing = next(step for step in slow.state.steps if step.segment is Segment.CLOSING and step.kind is StepKind.CARDS)
    assert closing.status is Status.DONE and len(closing.cards) == 2
    assert len(on_time.dealt) > len(over.dealt)


def test_date_night_never_cuts_off_an_answer_the_time_is_checked_between_turns() -> None:
    setup = EveningSetup(60, 1, (1, 1), (False, False), seed=2)
    evening = DateNight.plan(setup, builtin(), {}, QuizBook(), History(), NOW)
    evening.pledge(NOW)
    began = next(e for e in evening.begin_segment({}, QuizBook(), NOW) if isinstance(e, SegmentBegan))
    assert began.config.length is not None and began.config.length >= 2
    session = Session(began.config, evening.decks, {}, QuizBook())
    session.begin(NOW)
    late = NOW + timedelta(minutes=40)  # the first card took far longer than the whole warm-up was meant to
    assert evening.turn_finished(NOW) == []
    while not session.state.completed:  # one whole card, however many steps it takes (an action's follow-ups too)
        play_turn(session, late)
    assert len(session.state.completed) == 1 and not session.ended  # the answer went through in full
    assert evening.turn_finished(late) == [SegmentTimeUp(Segment.WARM_UP)]
    session.end(late)
    events = evening.finish_segment(session, late)
    assert evening.state.tally.played == [session.state.completed[0].card]
    assert any(isinstance(event, EveningEnded) for event in events) is False


def test_date_night_lower_cap_wins_and_the_state_never_says_whose() -> None:
    for caps in ((1, 3), (3, 1)):
        evening = DateNight.plan(EveningSetup(60, 3, caps, (True, True)), builtin(), {}, QuizBook(), History(), NOW)
        data = evening_to_json(evening.state)
        assert data["max_level"] == 1
        assert "caps" not in data and "cap" not in str(data.keys())
    one = evening_to_json(
        DateNight.plan(EveningSetup(60, 3, (1, 3), (True, True)), builtin(), {}, QuizBook(), History(), NOW).state
    )
    two = evening_to_json(
        DateNight.plan(EveningSetup(60, 3, (3, 1), (True, True)), builtin(), {}, QuizBook(), History(), NOW).state
    )
    assert one == two


def test_date_night_quiz_is_left_out_gracefully_when_nothing_is_due() -> None:
    memories = memories_of(remembered_keys()[:6], NOW)
    evening = DateNight.plan(
        EveningSetup(60, 3, (3, 3), (False, False)), builtin(), memories, book_of(memories, NOW + timedelta(days=3)), History(), NOW
    )
    assert Segment.QUIZ not in {step.segment for step in evening.state.steps}
    assert Segment.QUIZ not in {segment for segment, _ in evening.arc()}


def test_date_night_quiz_is_left_out_when_the_answers_due_were_given_earlier_today() -> None:
    earlier = NOW - timedelta(hours=2)  # a first evening's answers: due at once, but they rest a day before a quiz
    memories = memories_of(remembered_keys()[:8], earlier)
    book = book_of(memories, earlier)
    assert sum(1 for seat in (0, 1) for _ in book.due(seat, NOW)) == 8
    setup = EveningSetup(60, 3, (3, 3), (False, False), seed=5)
    evening = DateNight.plan(setup, builtin(), memories, book, History(), NOW)
    assert Segment.QUIZ not in {step.segment for step in evening.state.steps}
    assert Segment.QUIZ not in {segment for segment, _ in evening.arc()}
    assert abs(evening.planned_minutes() - 60) <= 0.10 * 60  # its time went to the other parts
    tomorrow = DateNight.plan(setup, builtin(), memories, book, History(), NOW + timedelta(days=1))
    assert Segment.QUIZ in {step.segment for step in tomorrow.state.steps}


def test_date_night_quiz_with_nothing_left_to_ask_when_it_comes_is_skipped_as_empty() -> None:
    memories = memories_of(remembered_keys()[:6], NOW - timedelta(days=9))
    book = book_of(memories, NOW - timedelta(days=1))
    evening = DateNight.plan(EveningSetup(60, 3, (3, 3), (False, False), seed=5), builtin(), memories, book, History(), NOW)
    quiz = next(index for index, step in enumerate(evening.state.steps) if step.segment is Segment.QUIZ)
    evening.state.index = quiz
    changed = {key: memory.renewed(memory.answer, NOW) for key, memory in memories.items()}  # all answered again just now
    events = evening.begin_segment(changed, book, NOW)
    assert events[0] == SegmentSkipped(Segment.QUIZ, empty=True)
    assert evening.state.steps[quiz].status is Status.SKIPPED


def test_date_night_quiz_skips_memories_made_tonight() -> None:
    setup = EveningSetup(60, 3, (3, 3), (False, False), seed=1)
    old = memories_of(remembered_keys()[:2], NOW - timedelta(days=9))
    book = book_of(old, NOW - timedelta(days=1))
    evening = DateNight.plan(setup, builtin(), old, book, History(), NOW)
    memories = dict(old)
    seen = play_evening(evening, memories, book, lambda turn: 3.0)
    made_in_warm_up = [key for key in evening.state.tally.made if key not in old]
    assert made_in_warm_up
    assert set(seen.quizzed) <= set(old)


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**16), minutes=st.sampled_from(LENGTHS), depth=st.integers(1, 3))
@example(seed=14, minutes=30, depth=1)  # the pledge card came back as the warm-up's first card
def test_date_night_the_pledge_card_is_read_once_and_never_dealt_again(seed: int, minutes: int, depth: int) -> None:
    """ "Phones on silent, face down…" is read out at the start; the warm-up never deals it a second time."""
    evening = DateNight.plan(EveningSetup(minutes, depth, (3, 3), (False, False), seed), builtin(), {}, QuizBook(), History(), NOW)
    pledge, *rest = evening.state.steps
    assert all(pledge.cards[0] not in [*step.cards, *step.spares] for step in rest)


def test_date_night_the_small_thing_reads_as_its_own_card_whichever_of_the_two_it_is() -> None:
    """Kindred's own small thing closes a light evening, Openers & Closers' a deeper one. A couple who have had both are
    quizzed on both in one evening (each quiz asks for the latest promise), and a limit lowered at the closing deals one
    after the other: neither their questions nor their quizzes may read as one card asked twice."""
    cards = {**every_card(), **{card.key: card for card in RITUALS.cards}}
    deeper, light = (cards[key] for key in SMALL_THING_CARDS)
    for a, b in ((deeper.text, light.text), (deeper.quiz, light.quiz)):
        folded = _fold(a or ""), _fold(b or "")
        alike = max(fuzz.token_sort_ratio(*folded), fuzz.token_set_ratio(*folded))
        assert alike < SAME_QUESTION, f"{a!r} and {b!r} are {alike:.0f}% alike"


def test_date_night_a_light_evening_still_closes_with_a_small_thing_for_this_week() -> None:
    evening = DateNight.plan(EveningSetup(30, 1, (1, 2), (False, False)), builtin(), {}, QuizBook(), History(), NOW)
    closing = next(step for step in evening.state.steps if step.segment is Segment.CLOSING and step.kind is StepKind.CARDS)
    assert [key.card_id for key in closing.cards] == ["tonight-more-of-that", "small-thing-this-week"]
    assert closing.cards[1].deck_id == RITUALS_DECK
    deeper = DateNight.plan(EveningSetup(30, 2, (3, 2), (False, False)), builtin(), {}, QuizBook(), History(), NOW)
    closing = next(step for step in deeper.state.steps if step.segment is Segment.CLOSING and step.kind is StepKind.CARDS)
    assert [str(key) for key in closing.cards] == [
        "openers-and-closers/tonight-more-of-that",
        "openers-and-closers/small-thing-i-will-do",
    ]


def test_date_night_pledge_is_the_phones_down_card_and_comes_first() -> None:
    evening = DateNight.plan(EveningSetup(30, 2, (2, 2), (False, False)), builtin(), {}, QuizBook(), History(), NOW)
    assert evening.step is not None and evening.step.kind is StepKind.PLEDGE
    assert [str(key) for key in evening.step.cards] == ["openers-and-closers/phones-face-down"]
    with pytest.raises(DateNightError):
        evening.begin_segment({}, QuizBook(), NOW)
    evening.pledge(NOW)
    assert evening.step.segment is Segment.WARM_UP
    assert evening.arc()[0] == (Segment.ARRIVE, "done")
    assert evening.arc()[1] == (Segment.WARM_UP, "now")


def test_date_night_time_away_is_not_counted_and_the_state_survives_json() -> None:
    evening = DateNight.plan(EveningSetup(60, 2, (2, 2), (False, False)), builtin(), {}, QuizBook(), History(), NOW)
    evening.pledge(NOW + timedelta(minutes=3))
    evening.pause(NOW + timedelta(minutes=10))
    assert evening.time_left(NOW + timedelta(hours=5)) == 50 * 60
    again = DateNight(evening_from_json(evening_to_json(evening.state)), builtin())
    again.resume(NOW + timedelta(days=1))
    assert again.time_left(NOW + timedelta(days=1, minutes=5)) == 45 * 60
    crashed = DateNight(evening_from_json(evening_to_json(again.state)), builtin())  # saved while running, never paused
    crashed.resume(NOW + timedelta(days=3))
    assert crashed.time_left(NOW + timedelta(days=3, minutes=1)) == 49 * 60
    assert evening_to_json(again.state)["steps"] == evening_to_json(evening.state)["steps"]


def test_date_night_break_counts_down_and_can_be_skipped() -> None:
    evening = DateNight.plan(EveningSetup(90, 2, (2, 2), (False, False)), builtin(), {}, QuizBook(), History(), NOW)
    index = next(i for i, step in enumerate(evening.state.steps) if step.kind is StepKind.BREAK)
    evening.state.index = index
    evening.take_break(NOW)
    assert evening.break_left(NOW + timedelta(minutes=4)) == 6 * 60
    events = evening.end_break(NOW + timedelta(minutes=4))
    assert evening.state.steps[index].status is Status.DONE
    assert evening.step is not None and evening.step.kind is StepKind.CARDS
    assert events[0].taken is True  # type: ignore[attr-defined]


def test_date_night_wrap_up_goes_straight_to_the_closing() -> None:
    evening = DateNight.plan(EveningSetup(90, 2, (2, 2), (False, False)), builtin(), {}, QuizBook(), History(), NOW)
    evening.pledge(NOW)
    evening.wrap_up(NOW + timedelta(minutes=1))
    assert evening.step is not None and evening.step.segment is Segment.CLOSING
    assert [state for _, state in evening.arc()][1:4] == ["skipped", "skipped", "skipped"]
    with pytest.raises(DateNightError):
        evening.wrap_up(NOW)


def test_date_night_ends_with_the_tally_and_no_note_when_none_was_written() -> None:
    evening = DateNight.plan(EveningSetup(30, 1, (1, 1), (False, False), seed=8), builtin(), {}, QuizBook(), History(), NOW)
    seen = play_evening(evening, {}, QuizBook(), note="   ")
    assert seen.sealed is None
    assert evening.ended and evening.step is None
    assert evening.state.tally.cards_played == len(seen.dealt)
    with pytest.raises(DateNightError):
        evening.pledge(NOW)
    assert evening.pause(NOW) == [] and evening.resume(NOW) == []


# ---- the session extension a segment relies on ----------------------------------------------------------


def test_date_night_segment_session_deals_exactly_the_given_cards_and_mixes_in_no_quizzes() -> None:
    from game.core.session import SessionConfig
    from game.core.session_state import config_from_json, config_to_json

    wanted = [CardKey("each-others-back", "brutal-day-at-work"), CardKey("openers-and-closers", "toast-to-tonight")]
    too_deep = next(card.key for card in every_card().values() if card.level == 3 and not card.spicy)
    memories = memories_of(remembered_keys()[:8], NOW - timedelta(days=9))
    book = book_of(memories, NOW - timedelta(days=2))
    config = SessionConfig(
        deck_ids=("each-others-back", "openers-and-closers"),
        filters=DealFilters(max_level=2),
        length=3,
        cards=(wanted[0], too_deep, wanted[1]),
        quizzes=False,
    )
    session = Session(config, builtin(), dict(memories), book)
    session.begin(NOW)
    dealt = []
    while not session.ended:
        turn = session.current
        assert turn is not None and turn.memory is None
        if not dealt or dealt[-1] != turn.card:
            dealt.append(turn.card)
        play_turn(session, NOW)
    assert dealt == wanted  # in the given order, and never past the filters
    assert config_from_json(config_to_json(config)) == config
    plain = config_to_json(SessionConfig(deck_ids=("a",)))
    assert "cards" not in plain and "quizzes" not in plain
    assert config_from_json(plain).cards is None and config_from_json(plain).quizzes is True


def test_date_night_running_short_lengthens_what_follows_but_only_so_far() -> None:
    setup = EveningSetup(60, 2, (2, 2), (False, False), seed=12)
    planned = DateNight.plan(setup, builtin(), {}, QuizBook(), History(), NOW)
    minutes = {step.segment: step.minutes for step in planned.state.steps if step.kind is StepKind.CARDS}
    quick = DateNight.plan(setup, builtin(), {}, QuizBook(), History(), NOW)
    play_evening(quick, {}, QuizBook(), lambda turn: 0.5)  # a couple racing through the cards
    for step in quick.state.steps:
        if step.kind is StepKind.CARDS and not step.fixed:
            assert step.minutes <= minutes[step.segment] * 1.5 + 1e-9
    back = next(step for step in quick.state.steps if step.segment is Segment.BACK)
    planned_back = next(step for step in planned.state.steps if step.segment is Segment.BACK)
    assert len(planned_back.cards) < len(back.cards) <= 2 * len(planned_back.cards)


@pytest.mark.parametrize("segment", [Segment.WARM_UP, Segment.DEEPER, Segment.BACK])
def test_date_night_never_deals_from_a_deck_the_couple_must_pick_by_name(segment):
    plans = Deck(
        "plans-test",
        "Plans",
        tuple(Card("plans-test", f"c{level}", f"Where shall we live? {level}", level=level) for level in (1, 2, 3)),
        opt_in=True,
    )
    decks = {**builtin(), plans.id: plans}
    order = candidates(segment, decks, DealFilters(max_level=3), 5, History())
    assert order and not [key for key in order if key.deck_id == plans.id]


def test_date_night_moving_on_from_a_revealed_card_counts_it_as_played() -> None:
    evening = DateNight.plan(EveningSetup(60, 2, (2, 2), (False, False), seed=3), builtin(), {}, QuizBook(), History(), NOW)
    evening.pledge(NOW)
    while evening.step is not None and evening.step.segment is not Segment.BACK:
        if evening.step.kind is StepKind.BREAK:
            evening.end_break(NOW)
            continue
        began = next((e for e in evening.begin_segment({}, QuizBook(), NOW) if isinstance(e, SegmentBegan)), None)
        if began is not None:  # the parts before are moved on from at once, having played nothing
            evening.finish_segment(Session(began.config, evening.decks, {}, QuizBook()), NOW)
    began = next(e for e in evening.begin_segment({}, QuizBook(), NOW) if isinstance(e, SegmentBegan))
    session = Session(began.config, evening.decks, {}, QuizBook())
    session.begin(NOW)
    card = session.current_card()
    assert card.kind is Kind.SCENARIO
    session.answer_privately(0, [card.options[0], card.options[1]], NOW)
    session.answer_privately(1, [card.options[1], card.options[0]], NOW)
    session.end(NOW)  # "Move on" with the answers on the table, instead of "Next card"
    evening.finish_segment(session, NOW)
    tally = evening.state.tally
    assert tally.played == [card.key] and tally.cards_played == 1 and tally.sync == (2, 2)
    back = next(step for step in evening.state.steps if step.segment is Segment.BACK)
    assert back.cards == [card.key]


@pytest.mark.parametrize(("minutes_per_turn", "halfway"), [(0.5, False), (2.0, False), (4.0, True), (20.0, False)])
def test_date_night_says_halfway_at_the_break_only_when_the_clock_agrees(minutes_per_turn: float, halfway: bool) -> None:
    evening = DateNight.plan(EveningSetup(60, 2, (2, 2), (False, False), seed=12), builtin(), {}, QuizBook(), History(), NOW)
    said: list[tuple[bool, float]] = []
    play_evening(
        evening,
        {},
        QuizBook(),
        lambda turn: minutes_per_turn,
        at_break=lambda now: said.append((evening.halfway(now), evening.time_left(now) / 60)),
    )
    assert len(said) == 1
    assert said[0][0] is halfway, said  # racing through the cards, the break comes with 59 minutes left: not halfway
    assert (24 <= said[0][1] <= 36) is halfway
