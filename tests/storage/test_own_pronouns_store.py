"""Own pronouns in the store: kept as text in the players' pronouns column (no migration), read back whole;
the four stored words read exactly as before; nonsense is refused before it is written."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from game.core.pronouns import Pronouns, own_pronouns
from game.storage.store import Store
from game.storage.store_export import export_all
from game.storage.store_trouble import StoreError

XE = own_pronouns(["xe", "xem", "xyr", "xyrs", "xemself"], plural=False)
PERSIAN = own_pronouns(["او", "او", "اش", "مال\u200cاش", "خودش"], plural=False)


def test_own_pronouns_go_round_the_store_and_fill_cards_after_a_restart(data_root: Path, now: datetime) -> None:
    data_root.mkdir(mode=0o700)
    with Store.open(data_root, now) as store:
        couple = store.couples.create([("Robin", "#e07a5f", XE.value), ("Alex", "#3d9a8b", "she")], now)
        store.couples.set_pronouns(couple.id, 1, PERSIAN.value)
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    with Store.open(data_root, now) as store:
        couple = store.couples.get(couple.id)
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == version == 9  # no migration for this
        assert couple.pronouns(0) == XE and couple.pronouns(1) == PERSIAN
        assert (
            couple.fill("{They} {are|is} sure {partner_they} took {their} seat", 0) == "Xe is sure \u2068او\u2069 took xyr seat"
        )  # isolated, as a name
        stored = [row[0] for row in store.conn.execute("SELECT pronouns FROM players ORDER BY seat")]
    assert stored == ["own:is:xe/xem/xyr/xyrs/xemself", "own:is:او/او/اش/مال\u200cاش/خودش"]


def test_the_four_words_an_older_store_holds_read_exactly_as_before(data_root: Path, now: datetime) -> None:
    data_root.mkdir(mode=0o700)
    with Store.open(data_root, now) as store:
        first = store.couples.create([("Maya", "#e07a5f"), ("Sam", "#3d9a8b")], now)
        second = store.couples.create([("Noa", "#e07a5f"), ("Kofi", "#3d9a8b")], now)
        # Written straight into the column, as the game before own pronouns wrote them.
        for couple_id, seat, word in ((first.id, 0, "she"), (first.id, 1, "they"), (second.id, 0, "name"), (second.id, 1, "he")):
            store.conn.execute("UPDATE players SET pronouns = ? WHERE couple_id = ? AND seat = ?", (word, couple_id, seat))
        store.conn.commit()
    with Store.open(data_root, now) as store:
        read = [(c.pronouns(0), c.pronouns(1)) for c in store.couples.all()]
        assert read == [(Pronouns.SHE, Pronouns.THEY), (Pronouns.NAME, Pronouns.HE)]
        assert all(type(choice) is Pronouns for pair in read for choice in pair)
        assert store.couples.get(second.id).fill("{They} {are|is} here for {partner_them}", 0) == "Noa is here for him"
        # Saving them again keeps the very same words in the column.
        store.couples.set_pronouns(first.id, 0, read[0][0].value)
        assert store.conn.execute("SELECT pronouns FROM players WHERE couple_id = ? AND seat = 0", (first.id,)).fetchone() == (
            "she",
        )


def test_an_unreadable_own_set_in_the_column_reads_as_they_and_opens_the_store(data_root: Path, now: datetime) -> None:
    data_root.mkdir(mode=0o700)
    with Store.open(data_root, now) as store:
        couple = store.couples.create([("Maya", "#e07a5f"), ("Sam", "#3d9a8b")], now)
        store.conn.execute("UPDATE players SET pronouns = 'own:is:x e/xem//1/' WHERE couple_id = ? AND seat = 0", (couple.id,))
        store.conn.commit()
    with Store.open(data_root, now) as store:
        assert store.couples.get(couple.id).pronouns(0) is Pronouns.THEY


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("own:is:xe/xem//xyrs/xemself", "(the “their” form): Type the word you'd use in “their” idea."),
        ("own:is:xe/xem/xyr/xyrs/x<b>", "“<” can't be part of it"),
        ("zie", "Pronouns are 'they', 'she', 'he', 'name' or an own set"),
    ],
)
def test_nonsense_is_refused_with_a_sentence_and_nothing_is_written(data_root: Path, now: datetime, text: str, words: str) -> None:
    data_root.mkdir(mode=0o700)
    with Store.open(data_root, now) as store:
        couple = store.couples.create([("Maya", "#e07a5f", "she"), ("Sam", "#3d9a8b")], now)
        with pytest.raises(StoreError, match=r"\.$") as caught:
            store.couples.set_pronouns(couple.id, 0, text)
        assert words in str(caught.value)
        with pytest.raises(StoreError):
            store.couples.create([("Ana", "#e07a5f", text), ("Bo", "#3d9a8b")], now)
        assert store.couples.get(couple.id).pronouns(0) is Pronouns.SHE
        assert len(store.couples.all()) == 1


def test_the_json_export_carries_the_own_forms(data_root: Path, now: datetime) -> None:
    data_root.mkdir(mode=0o700)
    with Store.open(data_root, now) as store:
        store.couples.create([("Robin", "#e07a5f", XE.value), ("Alex", "#3d9a8b", "he")], now)
        data = json.loads(json.dumps(export_all(store)))  # as it is written to the file
    players = data["couples"][0]["players"]
    assert [player["pronouns"] for player in players] == ["own:is:xe/xem/xyr/xyrs/xemself", "he"]
