"""Reads that stay quick after years of play (issue 15, benchmark row 12) give what the slower reads gave.

Home counts a Quiz me round's questions from the due memories alone, and asks whether a promise waits,
without reading every answer; these tests hold the quick reads to the full ones on the sample couple's real
history.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from game.core.date_night_plan import SMALL_THING_CARDS
from game.core.memories import MemoryKey
from game.core.promises import Outcome, waiting
from game.storage import playbook_store
from game.storage.columns import dump_json, iso
from game.storage.migrations import LATEST
from game.storage.store import Store
from tests.storage.sample_store import copy_of, make_sample

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ten weeks of the sample couple's play, made once for this file."""
    return make_sample(tmp_path_factory, "years", NOW, seed=5)


@pytest.fixture
def store(sample: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the sample store for each test."""
    with copy_of(sample, tmp_path, NOW) as opened:
        yield opened


def _moments(store: Store) -> list[datetime]:
    """Every moment an answer was given or a quiz falls due, and a minute either side."""
    found = {row[0] for row in store.conn.execute("SELECT at FROM memory_versions UNION SELECT due FROM schedules")}
    moments = sorted(datetime.fromisoformat(text) for text in found)
    return sorted(
        {
            moment + shift
            for moment in moments[:: max(1, len(moments) // 40)]
            for shift in (timedelta(minutes=-1), timedelta(0), timedelta(minutes=1))
        }
    )


@pytest.mark.parametrize("passphrase", [None, "tea at dawn"])
def test_the_due_read_holds_the_full_reads_due_schedules_and_latest_answers(store: Store, passphrase: str | None) -> None:
    couple_id = store.couples.all()[0].id
    if passphrase:
        store.locks.set_passphrase(couple_id, passphrase, NOW)
    memories = store.memories.all(couple_id)
    book = store.memories.quizbook(couple_id)
    splits = 0
    for moment in _moments(store):
        due, due_book = store.memories.due(couple_id, moment)
        expected = {(key, guesser): card for (key, guesser), card in book.items() if card.due <= moment}
        assert dict(due_book.items()) == expected, moment
        assert set(due) == {key for key, _guesser in expected}
        for key, memory in due.items():
            assert memory.answer == memories[key].answer and memory.updated_at == memories[key].updated_at
            assert memory.private == memories[key].private
        splits += 0 < len(expected) < len(book)
    assert splits > 5  # some moments hold schedules that are due and others that are not


def _add_version(store: Store, couple_id: int, key: MemoryKey, answer: str, at: datetime) -> None:
    keyring = store.db.keyring
    memory_id = store.memories.memory_id(store.conn, couple_id, key)
    with store.db.transaction() as conn:
        if memory_id is None:
            memory_id = conn.execute(
                "INSERT INTO memories (couple_id, owner, deck_id, card_id) VALUES (?, ?, ?, ?)",
                (couple_id, key.owner, keyring.seal_fixed(couple_id, key.deck_id), keyring.seal_fixed(couple_id, key.card_id)),
            ).lastrowid
        seq = conn.execute("SELECT COUNT(*) FROM memory_versions WHERE memory_id = ?", (memory_id,)).fetchone()[0]
        conn.execute(
            "INSERT INTO memory_versions (memory_id, seq, answer, at) VALUES (?, ?, ?, ?)",
            (memory_id, seq, keyring.seal(couple_id, dump_json(answer)), iso(at)),
        )


@pytest.mark.parametrize("passphrase", [None, "tea at dawn"])
def test_the_newest_promises_wait_just_as_the_whole_list_says(store: Store, passphrase: str | None) -> None:
    couple = store.couples.all()[0]
    if passphrase:
        store.locks.set_passphrase(couple.id, passphrase, NOW)
    start = NOW + timedelta(days=2)
    # Histories that end in a repeat (a, b, b: each b is a promise of its own) and that come back (a, b, a).
    steps = [
        ("call my sister", 0),
        ("walk after dinner", 1),
        ("walk after dinner", 2),
        ("call my sister", 3),
        ("call my sister", 9),
    ]
    checked = 0
    for owner, card in ((0, SMALL_THING_CARDS[0]), (1, SMALL_THING_CARDS[1]), (1, SMALL_THING_CARDS[0])):
        key = MemoryKey(owner, card.deck_id, card.card_id)
        for step, (answer, day) in enumerate(steps):
            _add_version(store, couple.id, key, answer, start + timedelta(days=day, hours=owner))
            newest = playbook_store.promises(store, couple.id)[-1]
            if step % 3:  # some words given (not yet, it happened), some promises left unanswered
                word = Outcome.NOT_YET if step % 3 == 1 else Outcome.DONE
                playbook_store.answer_promise(store, couple.id, newest, word, start + timedelta(days=day, hours=3))
            for later in (timedelta(hours=1), timedelta(days=1, hours=2), timedelta(days=5)):
                moment = start + timedelta(days=day) + later
                for date_night in (False, True):
                    full = waiting(playbook_store.promises(store, couple.id), moment, date_night=date_night)
                    quick = waiting(playbook_store.newest_promises(store, couple.id), moment, date_night=date_night)
                    assert quick == full, (key, answer, moment, date_night)
                    checked += bool(full)
    assert checked > 10
    if passphrase:
        raw = json.dumps(store.conn.execute("SELECT outcome FROM promise_outcomes").fetchall())
        assert "not_yet" not in raw


def test_the_turns_of_one_kind_are_those_of_all_turns(store: Store) -> None:
    couple_id = store.couples.all()[0].id
    every = store.sessions.turns(couple_id)
    scenarios = store.sessions.turns(couple_id, kinds=("scenario",))
    assert scenarios and len(scenarios) < len(every)
    assert scenarios == [turn for turn in every if turn["kind"] == "scenario"]


def test_a_version_8_store_gains_the_due_count_indexes_and_reads_the_same(sample: Path, tmp_path: Path) -> None:
    root = tmp_path / "data"
    shutil.copytree(sample, root)
    (root / "kindred.lock").unlink(missing_ok=True)
    opened = Store.open(root, NOW)
    couple_id = opened.couples.all()[0].id
    before = opened.memories.due(couple_id, NOW)
    opened.close()
    with sqlite3.connect(root / "kindred.db") as conn:  # as version 8 left it
        conn.executescript("DROP INDEX schedules_due; DROP INDEX memory_versions_at; PRAGMA user_version = 8;")
    conn.close()
    store = Store.open(root, NOW)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST == 9
        memories, book = store.memories.due(couple_id, NOW)
        assert memories == before[0] and dict(book.items()) == dict(before[1].items())
        indexes = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"schedules_due", "memory_versions_at"} <= indexes
    finally:
        store.close()
