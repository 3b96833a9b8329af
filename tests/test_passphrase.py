"""The passphrase lock: sealed at rest, asked for when the profile opens, slower after each miss."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from benchmarks.autoplay import next_command
from game.core.session import Session, SessionConfig
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir
from game.storage.store import Store, StoreError

SECRET = "Marzipan-Zoë-☕"


def raw_bytes(root):
    return b"".join(path.read_bytes() for path in root.iterdir() if path.name.startswith("kindred.db"))


def played_store(root, now):
    store = Store.open(root, now)
    couple = store.create_couple([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")], now)
    decks = {deck.id: deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks}
    session = Session(
        SessionConfig(deck_ids=tuple(decks), length=16, seed=3), decks, store.memories(couple.id), store.quizbook(couple.id)
    )
    session_id = store.start_session(couple.id, session, now, session.begin(now))
    rng = random.Random(3)
    while not session.ended:
        now += timedelta(minutes=1)
        name, args = next_command(session, rng)
        if name in ("answer", "guess") and session.current_card().answer_type.value == "text":
            args = (f"{SECRET} {args[0]}",)
        if name == "answer_privately" and session.current_card().answer_type.value == "text":
            args = (args[0], f"{SECRET} private")
        store.record(couple.id, session_id, session, getattr(session, name)(*args, now), now)
    store.save_setting("draft", {"where": "x", "text": SECRET}, couple_id=couple.id)
    return store, couple


def test_passphrase_seals_every_answer_text_in_the_data_file(data_root, now):
    store, couple = played_store(data_root, now)
    assert SECRET.encode() in raw_bytes(data_root)
    store.set_passphrase(couple.id, "a long walk by the sea", now)
    store.close()
    raw = raw_bytes(data_root)
    assert SECRET.encode() not in raw
    assert b"Marzipan" not in raw


def test_passphrase_is_needed_to_read_and_a_wrong_one_is_refused(data_root, now):
    store, couple = played_store(data_root, now)
    before = store.memories(couple.id)
    store.set_passphrase(couple.id, "a long walk by the sea", now)
    store.close()
    with Store.open(data_root, now) as again:
        assert again.is_locked(couple.id) and not again.is_open(couple.id)
        with pytest.raises(StoreError, match="locked"):
            again.memories(couple.id)
        assert again.unlock(couple.id, "a short walk") is False
        assert again.unlock(couple.id, "a long walk by the sea") is True
        assert again.memories(couple.id) == before
        assert again.open_session(couple.id) is None or again.open_session(couple.id).state is not None


def test_passphrase_change_and_removal_keep_every_answer(data_root, now):
    store, couple = played_store(data_root, now)
    before = store.memories(couple.id)
    store.set_passphrase(couple.id, "first passphrase", now)
    store.set_passphrase(couple.id, "second passphrase", now)
    store.close()
    with Store.open(data_root, now) as again:
        assert not again.unlock(couple.id, "first passphrase")
        assert again.unlock(couple.id, "second passphrase")
        again.remove_passphrase(couple.id)
    with Store.open(data_root, now) as plain:
        assert not plain.is_locked(couple.id)
        assert plain.memories(couple.id) == before
    assert SECRET.encode() in raw_bytes(data_root)
