"""A shared export leaves no trace of which questions have a just-between-us answer (tester's finding: the turn,
the "just between us" marker, the star and the question of such an answer were all still in the file).

The rule (docs/PRIVACY.md, game/storage/store_export.py): a memory marked just between us is left out of the
JSON and Our book, and so is every quiz on it and every turn that held it (a both card's or a scenario's turn
whole, when either partner's half is private). Its card is named in the file only where something shared names
it for its own reason: the partner's own shareable memory of that card, or a turn of it that held no private
answer. Then a star of that card and the card seen stay too; otherwise they go, and the question with them.
`--include-private` keeps everything.
"""

from __future__ import annotations

import json
import random
import re
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.autoplay import next_command
from game.core.cards import Card, Deck, Kind
from game.core.memories import MemoryKey
from game.core.players import other
from game.core.session import Session, SessionConfig
from game.core.session_commands import Star
from game.core.session_state import Phase
from game.storage.exporting import export_text
from game.storage.store import Store
from tests.core.test_consent import NOW


@st.composite
def a_deck(draw: st.DrawFn) -> Deck:
    """Cards of every kind, each named and worded uniquely, so a card id or a question in the file is unmistakable."""
    cards = []
    for index in range(draw(st.integers(4, 12))):
        kind = draw(st.sampled_from([Kind.ASK, Kind.ASK, Kind.BOTH, Kind.SCENARIO, Kind.ACTION]))
        quiz = f"Quiz number {index} for {{partner}}: {{name}}?" if kind in (Kind.ASK, Kind.BOTH) and draw(st.booleans()) else None
        options = ("Hold me", "Give me space") if kind is Kind.SCENARIO else ()
        text = f"Question number {index} for us, {{name}}?"
        changes = quiz is not None and draw(st.booleans())
        cards.append(Card("ours", f"qz{index}", text, kind=kind, quiz=quiz, options=options, changes=changes))
    return Deck(id="ours", name="Ours", color="#aa7755", cards=tuple(cards))


def play_rounds(store: Store, couple_id: int, deck: Deck, rounds: int, rng: random.Random) -> None:
    """Rounds weeks apart, so quizzes come due and changing answers are checked; now and then a card is starred."""
    decks = {deck.id: deck}
    when = NOW - timedelta(days=40 * rounds)
    for number in range(rounds):
        config = SessionConfig(deck_ids=(deck.id,), length=len(deck.cards), seed=rng.randrange(2**16))
        session = Session(config, decks, store.memories.all(couple_id), store.memories.quizbook(couple_id))
        session_id = store.sessions.start(couple_id, session, when, session.begin(when, store.sessions.recently_seen(couple_id)))
        while not session.ended:
            when += timedelta(minutes=1)
            command = Star() if session.phase is not Phase.ENDED and rng.random() < 0.2 else next_command(session, rng)
            store.sessions.record(couple_id, session_id, session, session.apply(command, when), when)
        when += timedelta(days=40 + number)


def holds(turn: dict, key: MemoryKey) -> bool:
    """Worked out apart from the export: whether a turn held or asked about the memory `key`."""
    if (turn["deck_id"], turn["card_id"]) != (key.deck_id, key.card_id):
        return False
    if turn["kind"] == "quiz":
        return turn["seat"] == other(key.owner)
    return turn["kind"] in ("both", "scenario") or turn["seat"] == key.owner


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deck=a_deck(), rounds=st.integers(1, 3), seed=st.integers(0, 2**16), marks=st.randoms(use_true_random=False))
def test_no_shared_file_names_a_question_whose_only_answer_in_it_is_just_between_us(deck, rounds, seed, marks) -> None:
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "data", NOW) as store:
        couple = store.couples.create([("Kofi", "#c8784f"), ("Maëlle", "#4f8cc8")], NOW)
        play_rounds(store, couple.id, deck, rounds, random.Random(seed))
        every = store.memories.all(couple.id)
        private = {key for key in every if marks.random() < 0.5}
        for key in private:
            store.memories.set_private(couple.id, key, True)
        turns = store.sessions.turns(couple.id)
        text = export_text(store, [deck], NOW, include_private=False, book=False)
        book = export_text(store, [deck], NOW, include_private=False, book=True)
        everything = export_text(store, [deck], NOW, include_private=True, book=False)
    (entry,) = json.loads(text)["couples"]
    in_file = {(m["owner"], m["deck_id"], m["card_id"]) for m in entry["memories"]}
    assert not any((key.owner, key.deck_id, key.card_id) in in_file for key in private)
    assert not any('"just_between_us": true' in line for line in text.splitlines())
    for review in entry["reviews"]:
        assert MemoryKey(review["memory"]["owner"], review["memory"]["deck_id"], review["memory"]["card_id"]) not in private
    for turn in entry["turns"]:
        assert not any(holds(turn, key) for key in private), turn
    for key in private:
        named = any(m["card_id"] == key.card_id for m in entry["memories"]) or any(
            t["card_id"] == key.card_id for t in entry["turns"]
        )
        if named:
            continue  # a shared memory or turn of the card names it for its own reason
        assert not re.search(rf'["/]{key.card_id}"', text), key  # no "card_id", no star "ours/qz…", no card seen
        number = key.card_id.removeprefix("qz")
        assert f"number {number} for" not in book, key  # neither the question nor its quiz wording
    # Asked for explicitly, everything is there: every memory, turn and star.
    (whole,) = json.loads(everything)["couples"]
    assert len(whole["memories"]) == len(every) and len(whole["turns"]) == len(turns)
