"""Date nights in the store (issue 5): the evening survives a closed window with the time that remained,
its segments are stored like any session but never resumed as a plain game, the sealed note waits for
the next evening (sealed at rest under a passphrase), and keepsakes are private files."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from game.core.answers import AnswerValue, Verdict
from game.core.cards import Kind
from game.core.date_night_commands import (
    BeginSegment,
    DeclineMore,
    EndBreak,
    FinishSegment,
    OpenNote,
    Pause,
    Pledge,
    ReopenSegment,
    Resume,
    SealNote,
)
from game.core.date_night_events import SegmentBegan
from game.core.date_night_plan import EveningSetup
from game.core.date_night_state import Segment, Status, StepKind
from game.core.memories import MemoryKey
from game.core.session import Phase
from game.core.session_commands import Answer, AnswerPrivately, Complete, End, Guess, Judge
from game.services import GameServices
from game.storage.keepsakes import keepsake_folder, open_folder, save_keepsake
from game.storage.paths import DB_NAME
from game.storage.store import Store
from game.stored_evening import StoredEvening
from game.stored_session import StoredSession

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
SIMPLE_ANSWERS: dict[str, AnswerValue] = {"date": "03-14", "number": "4", "scale": 5, "who": "me"}


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def later(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def open_services(root: Path, clock: Clock) -> GameServices:
    return GameServices(Store.open(root, clock.now), root, seed=5, clock=clock)


def play_segment(handle: StoredSession, clock: Clock, turns: int | None = None) -> None:
    """Play the segment's turns the simple way, three minutes each."""
    session = handle.session
    stop = len(session.state.completed) + turns if turns is not None else None
    while not session.ended and (stop is None or len(session.state.completed) < stop):
        card = session.current_card()
        value = card.options[0] if card.options else SIMPLE_ANSWERS.get(card.answer_type.value, "Pancakes")
        before = len(session.state.completed)
        if session.phase is Phase.GUESS:
            handle.run(Guess(value))
        elif session.phase is Phase.JUDGE:
            handle.run(Judge(Verdict.GOT_IT))
        elif session.phase is Phase.PRIVATE:
            seat = 0 if 0 not in session.state.private else 1
            handle.run(AnswerPrivately(seat, [card.options[0], card.options[1]] if card.kind is Kind.SCENARIO else value))
        elif session.phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered:
            handle.run(Answer(value))
        else:
            handle.run(Complete())
        if len(session.state.completed) > before:
            clock.later(minutes=3)


def run_to_end(evening: StoredEvening, services: GameServices, clock: Clock, note: str | None = None) -> None:
    for _ in range(100):
        step = evening.evening.step
        if step is None:
            return
        if step.kind is StepKind.PLEDGE:
            evening.run(Pledge())
        elif step.kind is StepKind.OPEN_NOTE:
            evening.run(OpenNote())
        elif step.kind is StepKind.BREAK:
            evening.run(EndBreak())
        elif step.kind is StepKind.SEAL_NOTE:
            evening.run(SealNote(note))
        elif step.status is Status.OFFERED:
            evening.run(DeclineMore())
        else:
            _, handle = evening.begin_segment()
            if handle is not None:
                play_segment(handle, clock)
                evening.run(FinishSegment(handle.session))
    raise AssertionError("the evening never ended")


def test_date_night_resumes_after_the_window_closes_with_the_time_that_remained(data_root: Path) -> None:
    clock = Clock()
    services = open_services(data_root, clock)
    couple = services.create_couple([("Zoë", "#c8784f"), ("Łukasz", "#4f8cc8")])
    evening = services.start_evening(couple, EveningSetup(60, 2, (3, 2), (False, True), seed=3))
    evening.run(Pledge())
    _, handle = evening.begin_segment()
    assert handle is not None
    play_segment(handle, clock, turns=1)
    clock.later(minutes=2)
    evening.run(Pause())  # the window closes
    left = evening.evening.time_left(clock.now)
    played = list(handle.session.state.completed)
    services.store.close()

    clock.later(hours=20)  # the next day
    services = open_services(data_root, clock)
    assert services.resume(couple) is None  # a date night's segment is never resumed as a plain game
    again = services.resume_evening(couple)
    assert again is not None
    again.run(Resume())
    assert again.evening.time_left(clock.now) == left
    assert again.evening.step is not None and again.evening.step.segment is Segment.WARM_UP
    segment = again.segment()
    assert segment is not None
    assert segment.session.state.completed == played
    assert segment.session.current is not None
    assert again.evening.state.max_level == 2 and again.evening.state.spicy is False
    services.store.close()


def test_date_night_sealed_note_waits_for_the_next_evening_and_is_opened_there(data_root: Path) -> None:
    clock = Clock()
    services = open_services(data_root, clock)
    couple = services.create_couple([("Sam", "#c8784f"), ("Alex", "#4f8cc8")])
    first = services.start_evening(couple, EveningSetup(30, 1, (1, 1), (False, False), seed=1))
    assert first.evening.state.steps[1].kind is not StepKind.OPEN_NOTE
    run_to_end(first, services, clock, note="Dance in the kitchen next time 💃")
    assert first.evening.ended
    assert services.resume_evening(couple) is None

    clock.later(days=14)
    second = services.start_evening(couple, EveningSetup(30, 1, (1, 1), (False, False), seed=2))
    assert second.evening.state.steps[1].kind is StepKind.OPEN_NOTE
    second.run(Pledge())
    assert second.waiting_note() == "Dance in the kitchen next time 💃"
    second.run(OpenNote())
    assert second.waiting_note() is None
    third_history = services.store.date_nights.waiting_note(couple.id)
    assert third_history is None
    services.store.close()


def test_date_night_note_is_sealed_at_rest_when_the_profile_has_a_passphrase(data_root: Path) -> None:
    clock = Clock()
    services = open_services(data_root, clock)
    couple = services.create_couple([("Sam", "#c8784f"), ("Alex", "#4f8cc8")])
    services.set_passphrase(couple, "correct horse battery staple")
    evening = services.start_evening(couple, EveningSetup(30, 1, (1, 1), (False, False), seed=1))
    run_to_end(evening, services, clock, note="Our secret plan: Lisbon")
    services.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = (data_root / DB_NAME).read_bytes()
    assert b"Lisbon" not in raw
    assert services.store.date_nights.waiting_note(couple.id).text == "Our secret plan: Lisbon"  # type: ignore[union-attr]
    services.store.close()


def test_date_night_segments_are_stored_as_sessions_and_recent_cards_are_known(data_root: Path) -> None:
    clock = Clock()
    services = open_services(data_root, clock)
    couple = services.create_couple([("Sam", "#c8784f"), ("Alex", "#4f8cc8")])
    evening = services.start_evening(couple, EveningSetup(30, 2, (2, 2), (False, False), seed=4))
    run_to_end(evening, services, clock)
    played = set(evening.evening.state.tally.played)
    assert played
    book = services.store.date_nights
    assert set(book.recent_cards(couple.id, NOW - timedelta(days=1))) == played
    assert set(book.recent_cards(couple.id, clock.now + timedelta(minutes=1))) == set()
    turns = services.store.sessions.turns(couple.id)
    assert {(turn["deck_id"], turn["card_id"]) for turn in turns if turn["kind"] != "quiz"} == {
        (key.deck_id, key.card_id) for key in played
    }
    memories = services.store.memories.all(couple.id)
    assert set(evening.evening.state.tally.made) <= set(memories)
    services.store.close()


def test_date_night_a_new_evening_sets_an_unfinished_one_aside(data_root: Path) -> None:
    clock = Clock()
    services = open_services(data_root, clock)
    couple = services.create_couple([("Sam", "#c8784f"), ("Alex", "#4f8cc8")])
    first = services.start_evening(couple, EveningSetup(60, 2, (2, 2), (False, False)))
    first.run(Pledge())
    events, handle = first.begin_segment()
    assert handle is not None and any(isinstance(event, SegmentBegan) for event in events)
    second = services.start_evening(couple, EveningSetup(30, 2, (2, 2), (False, False)))
    resumed = services.resume_evening(couple)
    assert resumed is not None and resumed.date_night_id == second.date_night_id
    assert services.store.date_nights.open_segment(couple.id, first.date_night_id) is None
    services.store.close()


def test_date_night_keepsake_files_are_private_and_never_overwritten(tmp_path: Path) -> None:
    root = tmp_path / "data"
    first = save_keepsake(root, b"\x89PNG first", NOW)
    second = save_keepsake(root, b"\x89PNG second", NOW)
    assert first.parent == keepsake_folder(root) == root / "keepsakes"
    assert first != second and first.read_bytes() == b"\x89PNG first" and second.read_bytes() == b"\x89PNG second"
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600
        assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
    assert not list(first.parent.glob("*.part"))


def test_date_night_keepsake_folder_opens_or_says_why_not(tmp_path: Path) -> None:
    opened: list[list[str]] = []

    def works(command: list[str]) -> int:
        opened.append(command)
        return 0

    assert open_folder(tmp_path, works) is None
    assert opened[0][-1] == str(tmp_path)

    def missing(command: list[str]) -> int:
        raise FileNotFoundError(2, "No such file or directory")

    message = open_folder(tmp_path, missing)
    assert message is not None and "this computer has no" in message and str(tmp_path) in message
    failed = open_folder(tmp_path, lambda command: 3)
    assert failed is not None and "did not start" in failed


def test_date_night_services_open_the_keepsake_folder_through_the_launcher(data_root: Path) -> None:
    clock = Clock()
    services = open_services(data_root, clock)
    seen: list[list[str]] = []
    services.folder_launcher = lambda command: seen.append(command) or 0  # type: ignore[method-assign,assignment,func-returns-value]
    path = save_keepsake(data_root, b"png", NOW)
    assert services.open_folder(str(path)) is None
    assert seen == [[seen[0][0], str(path.parent)]]
    services.store.close()


@pytest.mark.parametrize("private", [False, True])
def test_date_night_keepsake_never_holds_a_just_between_us_memory(data_root: Path, private: bool) -> None:
    clock = Clock()
    services = open_services(data_root, clock)
    secret = "The tattoo nobody knows about"
    remembered: MemoryKey | None = None
    for seed in range(6, 40):  # the first evening whose warm-up deals a remembered text card, whatever the decks hold
        couple = services.create_couple([(f"Sam {seed}", "#c8784f"), ("Alex", "#4f8cc8")])
        evening = services.start_evening(couple, EveningSetup(60, 1, (1, 1), (False, False), seed=seed))
        evening.run(Pledge())
        _, handle = evening.begin_segment()
        assert handle is not None
        while not handle.session.ended:
            card = handle.session.current_card()
            if (
                handle.session.phase is Phase.ANSWER
                and card.kind is Kind.ASK
                and card.remembered
                and card.answer_type.value == "text"
            ):
                remembered = MemoryKey(handle.session.state.active, card.deck_id, card.id)
                handle.run(Answer(secret))
                services.set_private(couple, remembered, private)
                break
            play_segment(handle, clock, turns=1)
        if remembered is not None:
            break
    assert remembered is not None, "no warm-up dealt a text card to remember"
    handle.run(End())
    evening.run(FinishSegment(handle.session))
    keepsake = evening.keepsake()
    shown = "\n".join(keepsake.texts())
    assert (secret in shown) is not private
    services.store.close()


def test_date_night_a_segment_that_ended_unrecorded_or_was_never_saved_is_picked_up(data_root: Path) -> None:
    clock = Clock()
    services = open_services(data_root, clock)
    couple = services.create_couple([("Sam", "#c8784f"), ("Alex", "#4f8cc8")])
    evening = services.start_evening(couple, EveningSetup(60, 2, (2, 2), (False, False), seed=7))
    evening.run(Pledge())
    _, handle = evening.begin_segment()
    assert handle is not None
    play_segment(handle, clock)  # the window closed right after its last turn, before the evening moved on
    services.store.close()

    services = open_services(data_root, clock)
    again = services.resume_evening(couple)
    assert again is not None
    ended = again.segment()
    assert ended is not None and ended.session.ended
    again.run(FinishSegment(ended.session))
    assert again.evening.step is not None and again.evening.step.segment is not Segment.WARM_UP
    # Now a step that began, with the window closing before its session was saved:
    store = services.store
    again.run(BeginSegment(store.memories.all(couple.id), store.memories.quizbook(couple.id)))
    assert again.segment() is None
    again.run(ReopenSegment())
    _, handle = again.begin_segment()
    assert handle is not None and again.segment() is not None
    services.store.close()


def test_date_night_erasing_everything_takes_the_evenings_notes_and_keepsakes_too(data_root: Path) -> None:
    clock = Clock()
    services = open_services(data_root, clock)
    couple = services.create_couple([("Sam", "#c8784f"), ("Alex", "#4f8cc8")])
    evening = services.start_evening(couple, EveningSetup(30, 1, (1, 1), (False, False), seed=3))
    run_to_end(evening, services, clock, note="A secret plan")
    saved = Path(evening.save_keepsake(b"\x89PNG\r\n\x1a\n a picture"))
    assert saved.exists()
    services.erase_everything()
    assert services.store.conn.execute("SELECT COUNT(*) FROM date_nights").fetchone()[0] == 0
    assert not saved.exists() and not saved.parent.exists()
    services.store.close()
