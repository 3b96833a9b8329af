"""Shared files keep to consent: the JSON export and “Our book” from a real store, for random couples."""

from __future__ import annotations

import json
import random
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.autoplay import next_command
from game.core.cards import CardKey
from game.core.dealing import DealFilters
from game.core.limits import Limit
from game.core.session import Session, SessionConfig
from game.storage.exporting import export_text
from game.storage.store import Store
from tests.core.test_consent import NOW, builtin, our_deck


def played_everything(root: Path, decks, seed: int) -> tuple[Store, int]:
    """A couple who once played every kind of card, spicy and deep ones too, and saved their answers."""
    store = Store.open(root, NOW)
    couple = store.couples.create([("Kofi", "#c8784f"), ("Maëlle", "#4f8cc8")], NOW)
    by_id = {deck.id: deck for deck in decks}
    config = SessionConfig(deck_ids=tuple(by_id), filters=DealFilters(max_level=3, spicy=True), length=24, seed=seed)
    session = Session(config, by_id, store.memories.all(couple.id), store.memories.quizbook(couple.id))
    now = NOW - timedelta(days=30)
    session_id = store.sessions.start(couple.id, session, now, session.begin(now))
    rng = random.Random(seed)
    while not session.ended:
        now += timedelta(minutes=1)
        command = next_command(session, rng)
        store.sessions.record(couple.id, session_id, session, session.apply(command, now), now)
    return store, couple.id


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    deck=our_deck(),
    offered=st.booleans(),
    depth=st.integers(1, 3),
    limits=st.tuples(st.builds(Limit, st.integers(1, 3), st.booleans()), st.builds(Limit, st.integers(1, 3), st.booleans())),
    seed=st.integers(0, 2**16),
)
def test_consent_holds_in_the_shared_export_and_our_book(deck, offered, depth, limits, seed) -> None:
    decks = [*builtin(), deck]
    cards = {card.key: card for d in decks for card in d.cards}
    cap = min(depth, limits[0].cap, limits[1].cap)
    spicy_ok = offered and limits[0].spicy and limits[1].spicy

    def fits(deck_id: str, card_id: str) -> bool:
        card = cards.get(CardKey(deck_id, card_id))
        return card is not None and card.level <= cap and (spicy_ok or not card.spicy)

    with tempfile.TemporaryDirectory() as folder:
        store, couple_id = played_everything(Path(folder) / "data", decks, seed)
        with store:
            store.settings.save("spicy", offered)
            store.settings.save("max_level", depth)
            store.settings.save("limits", {str(seat): limits[seat].to_json() for seat in (0, 1)}, couple_id=couple_id)
            assert store.memories.all(couple_id)
            shared = json.loads(export_text(store, decks, NOW, include_private=False, book=False))
            book = export_text(store, decks, NOW, include_private=False, book=True)
            everything = json.loads(export_text(store, decks, NOW, include_private=True, book=False))
            every_memory = store.memories.all(couple_id)
    (entry,) = shared["couples"]
    for memory in entry["memories"]:
        assert fits(memory["deck_id"], memory["card_id"]) and not memory["just_between_us"]
    for review in entry["reviews"]:
        assert fits(review["memory"]["deck_id"], review["memory"]["card_id"])
    for turn in entry["turns"]:
        assert fits(turn["deck_id"], turn["card_id"])
    for seen in entry["cards_seen"]:
        assert fits(seen["deck_id"], seen["card_id"])
    assert entry["agreed_limits"] == {"max_level": cap, "spicy": spicy_ok}
    for key in every_memory:
        if not fits(key.deck_id, key.card_id) and key.deck_id == "ours":
            question = cards[key.card_key].quiz_text("Kofi" if key.owner == 0 else "Maëlle", "Maëlle" if key.owner == 0 else "Kofi")
            assert question not in book
    assert len(everything["couples"][0]["memories"]) == len(every_memory)  # --include-private: everything


def test_the_export_never_says_whose_limits_were_whose(tmp_path: Path) -> None:
    """Each partner's own depth cap and spicy consent stay out of every export; only the combined value goes in."""
    decks = list(builtin())
    store, couple_id = played_everything(tmp_path / "data", decks, 5)
    with store:
        store.settings.save("limits", {"0": {"cap": 1, "spicy": True}, "1": {"cap": 3, "spicy": False}}, couple_id=couple_id)
        for include_private in (False, True):
            data = json.loads(export_text(store, decks, NOW, include_private=include_private, book=False))
            (entry,) = data["couples"]
            assert "limits" not in entry["settings"]
            assert entry["agreed_limits"] == {"max_level": 1, "spicy": False}
            text = json.dumps(data)
            assert '"cap"' not in text and "'cap'" not in text
