"""Pronouns in the store: a couple from before them reads as "they"; each partner's choice is kept."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from game.core.pronouns import Pronouns
from game.storage.migrations import MIGRATIONS
from game.storage.store import Store


def test_pronouns_a_store_of_version_4_keeps_its_couple_and_reads_they(data_root: Path, now: datetime) -> None:
    data_root.mkdir(mode=0o700)
    with Store.open(data_root, now) as store:
        path = Path(store.conn.execute("PRAGMA database_list").fetchone()[2])
    path.unlink()
    conn = sqlite3.connect(path)
    conn.executescript("".join(MIGRATIONS[:4]))
    conn.execute("INSERT INTO couples (id, created_at) VALUES (1, ?)", (now.isoformat(),))
    conn.execute("INSERT INTO players VALUES (1, 0, 'Maya', '#e07a5f'), (1, 1, 'Sam', '#3d9a8b')")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Store.open(data_root, now) as store:
        couple = store.couples.all()[0]
        assert (couple.name(0), couple.pronouns(0), couple.pronouns(1)) == ("Maya", Pronouns.THEY, Pronouns.THEY)
        store.couples.set_pronouns(couple.id, 1, "he")
    with Store.open(data_root, now) as store:
        assert store.couples.get(1).pronouns(1) is Pronouns.HE
