"""A card of the game's own that moved to another deck keeps its answers, history and quiz schedule.

Rows saved before the move name the old deck; these tests make such rows from a played evening (renaming the deck
id of one remembered card's rows, as the file held them before the card moved) and check that they follow the card,
for a plain couple, a locked one once it is unlocked, through the game's services and through `export`.
"""

from __future__ import annotations

import io
import json
import random
from dataclasses import replace
from datetime import timedelta

import pytest

from benchmarks.autoplay import next_command
from game import cli
from game.core.card_moves import moves
from game.core.cards import Card, CardKey, Deck
from game.core.memories import MemoryKey
from game.core.session import Session, SessionConfig
from game.services import GameServices
from game.storage.deck_files import deck_paths, load_decks
from game.storage.moved_cards import follow_moved_cards
from game.storage.paths import builtin_decks_dir
from game.storage.store import Store

OURS = load_decks(deck_paths(builtin_decks_dir())).decks


def deck(deck_id: str, *card_ids: str) -> Deck:
    return Deck(deck_id, deck_id.title(), tuple(Card(deck_id, card_id, f"Card {card_id}?") for card_id in card_ids))


def test_only_a_card_that_left_one_of_our_decks_for_exactly_one_other_moves():
    ours = [deck("plans", "stays"), deck("romance", "honeymoon", "twice"), deck("signals", "twice")]
    stored = {
        CardKey("plans", "honeymoon"): CardKey("romance", "honeymoon"),  # moved: follows
        CardKey("plans", "stays"): None,  # still where it was
        CardKey("plans", "twice"): None,  # in two of our decks now: unsure, so it stays
        CardKey("plans", "retired"): None,  # in no deck at all: nothing to follow
        CardKey("our-own-deck", "honeymoon"): None,  # a couple's own deck is never a source
    }
    assert moves(stored, ours) == {old: new for old, new in stored.items() if new is not None}


ROW_TABLES = ("memories", "memory_versions", "schedules", "reviews", "turns", "cards_seen")


def count(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def played(root, now, passphrase: str | None = None):
    """One evening on the game's own decks, then the rows of one remembered card put back under another deck."""
    store = Store.open(root, now)
    couple = store.couples.create([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")], now)
    decks = {d.id: d for d in OURS}
    session = Session(SessionConfig(deck_ids=tuple(decks), length=14, seed=11), decks, {}, store.memories.quizbook(couple.id))
    session_id = store.sessions.start(couple.id, session, now, session.begin(now))
    rng = random.Random(11)
    while not session.ended:
        now += timedelta(minutes=1)
        store.sessions.record(couple.id, session_id, session, session.apply(next_command(session, rng), now), now)
    memories = store.memories.all(couple.id)
    key = min(memories, key=str)
    old = "plans" if key.deck_id != "plans" else "romance"
    for table in ("memories", "cards_seen", "turns"):
        store.conn.execute(f"UPDATE {table} SET deck_id = ? WHERE deck_id = ? AND card_id = ?", (old, key.deck_id, key.card_id))
    if passphrase:
        store.locks.set_passphrase(couple.id, passphrase, now)
    return store, couple, key, replace(key, deck_id=old), memories[key]


def test_answers_history_and_schedule_follow_the_card_to_its_new_deck(data_root, now):
    store, couple, key, old, memory = played(data_root, now)
    before = store.memories.quizbook(couple.id)
    assert key not in store.memories.all(couple.id) and old in store.memories.all(couple.id)
    rows = {table: count(store, table) for table in ROW_TABLES}
    assert follow_moved_cards(store.db, couple.id, OURS) >= 2  # the memory, and the turn it was made in
    assert {table: count(store, table) for table in ROW_TABLES} == rows  # nothing lost, nothing doubled
    after = store.memories.all(couple.id)
    assert after[key] == memory and old not in after

    def was_moved(k):  # the card's rows for either partner: a scenario remembers both partners' picks
        return (k.deck_id, k.card_id) == (old.deck_id, old.card_id)

    moved = {((replace(k, deck_id=key.deck_id) if was_moved(k) else k), guesser): card.due for (k, guesser), card in before.items()}
    assert any(k == old for (k, _), _card in before.items())  # the card was due to be quizzed on before it moved
    assert moved == {schedule: card.due for schedule, card in store.memories.quizbook(couple.id).items()}
    assert follow_moved_cards(store.db, couple.id, OURS) == 0  # done once; nothing left to move
    store.close()


def test_a_card_answered_again_after_it_moved_keeps_both_rows_untouched(data_root, now):
    store, couple, key, old, _memory = played(data_root, now)
    row = store.conn.execute("SELECT * FROM memories WHERE deck_id = ? AND card_id = ?", (old.deck_id, old.card_id)).fetchone()
    store.conn.execute(
        "INSERT INTO memories (couple_id, owner, deck_id, card_id, private) VALUES (?, ?, ?, ?, 0)",
        (couple.id, old.owner, key.deck_id, key.card_id),
    )
    follow_moved_cards(store.db, couple.id, OURS)
    assert store.conn.execute("SELECT * FROM memories WHERE id = ?", (row[0],)).fetchone() == row
    store.close()


def test_a_locked_couple_is_left_alone_until_unlocked_and_stays_sealed(data_root, now):
    store, couple, key, _old, memory = played(data_root, now, passphrase="a long walk by the sea")
    store.close()
    store = Store.open(data_root, now)
    raw = store.conn.execute("SELECT deck_id, card_id FROM memories ORDER BY id").fetchall()
    assert follow_moved_cards(store.db, couple.id, OURS) == 0
    assert store.conn.execute("SELECT deck_id, card_id FROM memories ORDER BY id").fetchall() == raw
    assert store.locks.unlock(couple.id, "a long walk by the sea", now)
    assert follow_moved_cards(store.db, couple.id, OURS) >= 1
    assert store.memories.all(couple.id)[key] == memory
    stored = {text for row in store.conn.execute("SELECT deck_id, card_id FROM memories") for text in row}
    assert key.deck_id not in stored and key.card_id not in stored  # still sealed at rest
    store.close()


def test_the_game_follows_moved_cards_when_it_reads_its_decks(data_root, now):
    store, couple, key, _old, memory = played(data_root, now)
    services = GameServices(store, data_root, seed=5, clock=lambda: now)
    services.warm_up()
    assert store.memories.all(couple.id)[key] == memory
    store.close()


@pytest.mark.parametrize("locked", [False, True])
def test_export_follows_moved_cards_of_every_couple_it_can_read(data_root, now, tmp_path, locked):
    store, couple, key, _old, _memory = played(data_root, now, passphrase="sea air" if locked else None)
    store.close()
    phrase = tmp_path / "phrase.txt"
    phrase.write_text("sea air\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert cli.export(data_root, "-", now, out, err, passphrase_file=str(phrase) if locked else None) == 0
    shown = [m for c in json.loads(out.getvalue())["couples"] for m in c["memories"]]
    assert any(m["deck_id"] == key.deck_id and m["card_id"] == key.card_id for m in shown), shown[:2]
    reopened = Store.open(data_root, now)
    if locked:
        assert reopened.locks.unlock(couple.id, "sea air", now)
    assert MemoryKey(key.owner, key.deck_id, key.card_id) in reopened.memories.all(couple.id)
    reopened.close()
