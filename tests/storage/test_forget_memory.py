"""Forgetting one answer, in a real store after weeks of play: the memory, every version of it, its quiz schedule,
every quiz on it and every turn's record of it go, and the partner's answers stay; later exports never hold it."""

from __future__ import annotations

import json

import pytest

from game.storage.exporting import export_data
from tests.story_history import played_store


@pytest.fixture
def played(tmp_path):
    with played_store(tmp_path / "data") as played:
        yield played


def holds(turn: dict, key) -> bool:
    """Whether a turn's record holds `key`'s answer, or a quiz on it (the partner guessing it)."""
    if (turn["deck_id"], turn["card_id"]) != (key.deck_id, key.card_id):
        return False
    answers = turn["outcome"].get("answers")
    if turn["kind"] in ("both", "scenario"):
        return isinstance(answers, dict) and str(key.owner) in answers
    return (1 - turn["seat"] if turn["kind"] == "quiz" else turn["seat"]) == key.owner


def held_by_turns(store, couple_id, key) -> list[dict]:
    """The turns that still hold `key`'s answer, or a quiz on it."""
    return [turn for turn in store.sessions.turns(couple_id) if holds(turn, key)]


def test_forgetting_one_answer_takes_it_its_schedule_its_quizzes_and_its_turns_and_nothing_else(played):
    store, services, couple, _clock = played
    reviews = store.memories.reviews(couple.id)
    book = store.memories.quizbook(couple.id)
    key = next(r.memory for r in reviews if book.get(r.memory, 1 - r.memory.owner) is not None)
    before = store.memories.all(couple.id)
    others = {k: m for k, m in before.items() if k != key}
    assert held_by_turns(store, couple.id, key)  # it was said, and quizzed, in play
    rows = store.conn.execute("SELECT COUNT(*) FROM memory_versions").fetchone()[0]

    assert services.forget_memory(couple, key)

    assert store.memories.all(couple.id) == others  # the partner's answers, and every other, as they were
    assert all(r.memory != key for r in store.memories.reviews(couple.id))
    assert len(store.memories.reviews(couple.id)) == len([r for r in reviews if r.memory != key])
    assert store.memories.quizbook(couple.id).get(key, 1 - key.owner) is None
    assert held_by_turns(store, couple.id, key) == []
    gone = len(before[key].history)
    assert store.conn.execute("SELECT COUNT(*) FROM memory_versions").fetchone()[0] == rows - gone
    orphans = "SELECT COUNT(*) FROM {} WHERE memory_id NOT IN (SELECT id FROM memories)"
    assert all(store.conn.execute(orphans.format(t)).fetchone()[0] == 0 for t in ("memory_versions", "schedules", "reviews"))
    assert not services.forget_memory(couple, key)  # once gone, there is nothing to forget


def test_a_later_export_holds_nothing_of_a_forgotten_answer(played):
    store, services, couple, clock = played
    key = next(r.memory for r in store.memories.reviews(couple.id))
    services.forget_memory(couple, key)
    data = export_data(store, services.decks(), clock.now, include_private=True)  # even the everything export
    (ours,) = data["couples"]
    whose = {"owner": key.owner, "deck_id": key.deck_id, "card_id": key.card_id}
    assert all({name: m[name] for name in whose} != whose for m in ours["memories"]) and ours["memories"]
    assert all(r["memory"] != whose for r in ours["reviews"]) and ours["reviews"]
    # the card's other turns may stay (the partner's own answer, a quiz on it), but none holds the forgotten one
    assert [json.dumps(turn) for turn in ours["turns"] if holds(turn, key)] == []


def test_from_a_card_both_answered_only_the_forgotten_half_goes(played):
    store, services, couple, _clock = played
    remembered = {(k.deck_id, k.card_id): k for k in store.memories.all(couple.id)}
    both = next(
        turn
        for turn in store.sessions.turns(couple.id)
        if turn["kind"] in ("both", "scenario")
        and {"0", "1"} <= set(turn["outcome"].get("answers") or {})
        and (turn["deck_id"], turn["card_id"]) in remembered
    )
    key = remembered[(both["deck_id"], both["card_id"])]
    partner = str(1 - key.owner)
    services.forget_memory(couple, key)
    after = [t for t in store.sessions.turns(couple.id) if (t["session"], t["number"]) == (both["session"], both["number"])]
    assert after and after[0]["outcome"]["answers"] == {partner: both["outcome"]["answers"][partner]}
