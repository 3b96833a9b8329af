"""Erase only us, over random stores of several couples on one laptop, some of them locked with a passphrase.

Each example takes couples who have played for some weeks by the real rules (rounds, quizzes, a date night,
promises), each with exports of their own and keepsakes, beside an export of every couple; it keeps some of them,
locks some, and erases one. Every table of the schema is walked (a table added later is walked too, and one whose
rows belong to nobody known fails here until it is placed): each row is given to the couple it belongs to, by its
couple_id or through the rows it refers to. After the erase every other couple's rows are there byte for byte, no
row of the erased couple is left in any table, and the laptop's own rows are as they were (but who played last, when
it was them). Of the files, exactly the erased couple's own exports and keepsakes are gone.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.demo import MovingClock, SampleServices, play_year
from game.storage.erasing_couple import couple_files, erase_couple
from game.storage.file_record import read_record
from game.storage.keepsakes import save_keepsake
from game.storage.store import Store
from tests.erase_folders import PNG

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
NAMES = (("Zoë", "Łukasz"), ("Amara", "Kofi"), ("Nguyễn Thị Ánh", "Sam"), ("Ines", "Ola"))
LOCKED = (1, 3)  # couples locked with a passphrase in the template
PASSPHRASE = "rainy sundays"
#: Tables whose rows are the laptop's, not any couple's.
LAPTOPS = {"housekeeping"}


def owners(conn: sqlite3.Connection) -> dict[str, str]:
    """For each table of the schema, SQL giving each of its rows with the couple it belongs to first (0: the
    laptop's own). Fails for a table with no couple_id and no reference that leads to one."""
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]

    def owner(table: str, alias: str) -> str | None:
        if table == "couples":
            return f"{alias}.id"
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        if "couple_id" in columns:
            return f"{alias}.couple_id"
        for ref in conn.execute(f"PRAGMA foreign_key_list({table})").fetchall():
            parent, mine, theirs = ref[2], ref[3], ref[4]
            inner = owner(parent, f"{alias}_{parent}")
            if inner is not None:
                return f"(SELECT {inner} FROM {parent} AS {alias}_{parent} WHERE {alias}_{parent}.{theirs} = {alias}.{mine})"
        return None

    found = {}
    for table in tables:
        who = owner(table, "t")
        if who is None:
            assert table in LAPTOPS, f"whose are the rows of '{table}'? Give them a couple_id, or name it the laptop's"
            who = "0"
        found[table] = f"SELECT {who}, t.* FROM {table} AS t"
    return found


def rows_by_couple(root: Path) -> dict[int, Counter[tuple[str, tuple[object, ...]]]]:
    """Every row of every table, as stored (sealed ones sealed), by the couple it belongs to."""
    conn = sqlite3.connect(root / "kindred.db")
    try:
        found: dict[int, Counter[tuple[str, tuple[object, ...]]]] = {}
        for table, sql in owners(conn).items():
            for who, *row in conn.execute(sql):
                found.setdefault(int(who), Counter())[(table, tuple(row))] += 1
        return found
    finally:
        conn.close()


@pytest.fixture(scope="module")
def template() -> Path:
    """Four couples after some weeks of play, two of them locked, each with exports and a keepsake of their own;
    and an export of every couple."""
    root = Path(tempfile.mkdtemp(prefix="kindred-couples-")) / "data"
    clock = MovingClock(NOW - timedelta(weeks=4))
    store = Store.open(root, NOW)
    try:
        services = SampleServices(store, root, seed=1, clock=clock)
        for index, (first, second) in enumerate(NAMES):
            clock.now = NOW - timedelta(weeks=4)
            couple = services.create_couple([(first, "#c8784f"), (second, "#4f8cc8")])
            play_year(services, couple, clock, weeks=4, seed=index + 1)
            services.saves.flush()
            services.export_everything(include_private=False, couple=couple)
            save_keepsake(root, PNG + bytes([index]), NOW - timedelta(days=index), couple.id)
            store.settings.save("max_level", 2, couple_id=couple.id)  # a setting of their own, sealed when locked
            if index in LOCKED:
                store.locks.set_passphrase(couple.id, PASSPHRASE, NOW)
        clock.now = NOW + timedelta(minutes=5)
        services.export_everything(include_private=False)
        store.settings.save("last_couple", 2)
    finally:
        store.close()
    yield root
    shutil.rmtree(root.parent, ignore_errors=True)


@settings(max_examples=12, deadline=None)
@given(kept=st.sets(st.sampled_from(range(4)), min_size=2), pick=st.integers(0, 3), unlocked=st.booleans())
def test_erasing_one_couple_leaves_every_other_couple_byte_for_byte(
    template: Path, kept: set[int], pick: int, unlocked: bool
) -> None:
    with tempfile.TemporaryDirectory() as place:
        root = Path(place) / "data"
        shutil.copytree(template, root)
        (root / "kindred.lock").unlink(missing_ok=True)
        with Store.open(root, NOW) as store:
            couples = store.couples.all()
            for index, couple in enumerate(couples):
                if index not in kept:
                    store.couples.delete(couple.id)
            left = [couple for index, couple in enumerate(couples) if index in kept]
            erased = left[pick % len(left)]
            if unlocked and store.locks.is_locked(erased.id):
                assert store.locks.unlock(erased.id, PASSPHRASE, NOW)  # as the game asks first; the rows need no key
            before = rows_by_couple(root)
            files_before = {path: path.read_bytes() for path in root.rglob("*") if path.is_file() and path.parent != root}
            going = couple_files(root, erased.id).going
            assert going, "their own exports and keepsake"
            erase_couple(store, erased.id)
            assert [couple.id for couple in store.couples.all()] == [couple.id for couple in left if couple != erased]
        after = rows_by_couple(root)
        assert erased.id not in after, f"rows of the erased couple are left: {after.get(erased.id)}"
        for couple in left:
            if couple != erased:
                assert after.get(couple.id) == before.get(couple.id), f"couple {couple.id}'s rows changed"
        laptop_before = {row for row in before.get(0, Counter()) if row[1][:2] != (0, "last_couple")}
        assert {row for row in after.get(0, Counter()) if row[1][:2] != (0, "last_couple")} == laptop_before
        last = [row for row in after.get(0, Counter()) if row[1][:2] == (0, "last_couple")]
        assert last == ([] if erased.id == 2 else [("settings", (0, "last_couple", "2"))])
        files_after = {path: path.read_bytes() for path in root.rglob("*") if path.is_file() and path.parent != root}
        assert set(files_before) - set(files_after) == set(going)
        assert all(files_after[path] == data for path, data in files_before.items() if path not in going)
        record = read_record(root)
        assert record is not None and not any(proof.couple == erased.id for proof in record.written.values())
