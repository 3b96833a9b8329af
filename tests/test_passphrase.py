"""The passphrase lock: sealed at rest, asked for when the profile opens, slower after each miss."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

import pytest

from benchmarks.autoplay import next_command
from game.core.session import Session, SessionConfig
from game.core.session_commands import Answer, AnswerPrivately, Guess
from game.storage.deck_files import deck_paths, load_decks
from game.storage.locks import FIXED_COLUMNS, SEALED_COLUMNS
from game.storage.paths import builtin_decks_dir
from game.storage.store import Store, StoreError

AFTER_THE_WAIT = timedelta(seconds=2)  # a wrong passphrase makes the next try wait a second

SECRET = "Marzipan-Zoë-☕"


def raw_bytes(root):
    return b"".join(path.read_bytes() for path in root.iterdir() if path.name.startswith("kindred.db"))


def played_store(root, now):
    """Two evenings a few days apart: answers made on the first are quizzed on the second."""
    store = Store.open(root, now)
    couple = store.couples.create([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")], now)
    decks = {deck.id: deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks}
    rng = random.Random(3)
    for evening, seed in enumerate((3, 4)):
        now += timedelta(days=3 * evening)
        session = Session(
            SessionConfig(deck_ids=tuple(decks), length=16, seed=seed),
            decks,
            store.memories.all(couple.id),
            store.memories.quizbook(couple.id),
        )
        session_id = store.sessions.start(couple.id, session, now, session.begin(now))
        while not session.ended:
            now += timedelta(minutes=1)
            command = next_command(session, rng)
            typed = session.current_card().answer_type.value == "text"
            if isinstance(command, (Answer, Guess)) and typed:
                command = replace(command, value=f"{SECRET} {command.value}")
            if isinstance(command, AnswerPrivately) and typed:
                command = replace(command, value=f"{SECRET} private")
            store.sessions.record(couple.id, session_id, session, session.apply(command, now), now)
    store.settings.save("draft", {"where": "x", "text": SECRET}, couple_id=couple.id)
    return store, couple


def test_passphrase_seals_every_answer_text_in_the_data_file(data_root, now):
    store, couple = played_store(data_root, now)
    assert SECRET.encode() in raw_bytes(data_root)
    store.locks.set_passphrase(couple.id, "a long walk by the sea", now)
    store.close()
    raw = raw_bytes(data_root)
    assert SECRET.encode() not in raw
    assert b"Marzipan" not in raw


def test_passphrase_is_needed_to_read_and_a_wrong_one_is_refused(data_root, now):
    store, couple = played_store(data_root, now)
    before = store.memories.all(couple.id)
    store.locks.set_passphrase(couple.id, "a long walk by the sea", now)
    store.close()
    with Store.open(data_root, now) as again:
        assert again.locks.is_locked(couple.id) and not again.locks.is_open(couple.id)
        with pytest.raises(StoreError, match="locked"):
            again.memories.all(couple.id)
        assert again.locks.unlock(couple.id, "a short walk", now) is False
        assert again.locks.unlock(couple.id, "a long walk by the sea", now + AFTER_THE_WAIT) is True
        assert again.memories.all(couple.id) == before
        assert again.sessions.unfinished(couple.id) is None or again.sessions.unfinished(couple.id).state is not None


def test_passphrase_change_and_removal_keep_every_answer(data_root, now):
    store, couple = played_store(data_root, now)
    before = store.memories.all(couple.id)
    store.locks.set_passphrase(couple.id, "first passphrase", now)
    store.locks.set_passphrase(couple.id, "second passphrase", now)
    store.close()
    with Store.open(data_root, now) as again:
        assert not again.locks.unlock(couple.id, "first passphrase", now)
        assert again.locks.unlock(couple.id, "second passphrase", now + AFTER_THE_WAIT)
        again.locks.remove_passphrase(couple.id)
    with Store.open(data_root, now) as plain:
        assert not plain.locks.is_locked(couple.id)
        assert plain.memories.all(couple.id) == before
    assert SECRET.encode() in raw_bytes(data_root)


def sealed_views(root):
    """What someone with only the data file can read of the couple's rows."""
    import sqlite3

    with sqlite3.connect(root / "kindred.db") as raw:
        return {
            "memories": raw.execute("SELECT deck_id, card_id, private FROM memories").fetchall(),
            "turns": raw.execute("SELECT deck_id, card_id FROM turns").fetchall(),
            "cards_seen": raw.execute("SELECT deck_id, card_id FROM cards_seen").fetchall(),
            "verdicts": raw.execute("SELECT verdict FROM reviews").fetchall(),
            "sessions": raw.execute("SELECT config, deal FROM sessions").fetchall(),
            "sealing": raw.execute("SELECT sealing FROM locks").fetchall(),
        }


def all_sealed(views) -> bool:
    values = [value for name, rows in views.items() if name != "sealing" for row in rows for value in row]
    return bool(values) and all(isinstance(value, str) and value.startswith("k1:") for value in values)


def test_passphrase_seals_which_cards_were_answered_the_verdicts_and_the_just_between_us_marks(data_root, now):
    store, couple = played_store(data_root, now)
    key = next(iter(sorted(store.memories.all(couple.id))))
    store.memories.set_private(couple.id, key, True)
    before = (
        store.memories.all(couple.id),
        store.memories.reviews(couple.id),
        store.sessions.recently_seen(couple.id),
        store.sessions.turns(couple.id),
    )
    assert before[1], "the played session made quizzes"
    store.locks.set_passphrase(couple.id, "a long walk by the sea", now)
    store.close()
    assert all_sealed(sealed_views(data_root))
    raw = raw_bytes(data_root)
    assert key.card_id.encode() not in raw and b"favourite-details" not in raw
    assert "Zoë".encode() in raw  # names stay readable, as Settings and PRIVACY.md say
    with Store.open(data_root, now) as again:
        assert again.locks.unlock(couple.id, "a long walk by the sea")
        after = (
            again.memories.all(couple.id),
            again.memories.reviews(couple.id),
            again.sessions.recently_seen(couple.id),
            again.sessions.turns(couple.id),
        )
        assert after == before and after[0][key].private
        again.memories.set_private(couple.id, key, False)  # lookups by id still find the sealed row
        assert not again.memories.all(couple.id)[key].private
        again.locks.remove_passphrase(couple.id)
        assert again.memories.all(couple.id) == {**before[0], key: before[0][key].__class__(key, before[0][key].history, False)}
    views = sealed_views(data_root)
    assert (key.deck_id, key.card_id, 0) in views["memories"]  # plain again, as before the lock


def test_a_profile_locked_before_ids_were_sealed_is_sealed_the_next_time_its_passphrase_opens_it(data_root, now):
    store, couple = played_store(data_root, now)
    before = store.memories.all(couple.id), store.memories.reviews(couple.id)
    store.locks.set_passphrase(couple.id, "a long walk by the sea", now)
    with store.db.transaction() as conn:  # the rows as a store locked by the previous version held them
        for table, column, where in (*FIXED_COLUMNS, *SEALED_COLUMNS[2:3], *SEALED_COLUMNS[5:7]):
            rows = conn.execute(f"SELECT rowid, {column} FROM {table} WHERE {where}", (couple.id,)).fetchall()
            conn.executemany(
                f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                [(store.db.keyring.open(couple.id, value), rowid) for rowid, value in rows],
            )
        conn.execute("UPDATE memories SET private = 0")
        conn.execute("UPDATE locks SET sealing = 1")
    store.close()
    assert not all_sealed(sealed_views(data_root))
    with Store.open(data_root, now) as again:
        assert again.locks.unlock(couple.id, "a long walk by the sea")
        assert (again.memories.all(couple.id), again.memories.reviews(couple.id)) == before
    views = sealed_views(data_root)
    assert all_sealed(views) and views["sealing"] == [(2,)]
    with Store.open(data_root, now) as third:
        assert third.locks.unlock(couple.id, "a long walk by the sea")
        assert third.memories.all(couple.id) == before[0]
