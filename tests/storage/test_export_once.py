"""Writing an export reads the store once: what it says it holds is counted in the data it wrote; a session's stars
are read alike from a plain saved state and from a sealed one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from game.core.session import SessionConfig
from game.core.session_commands import Star
from game.services import GameServices
from game.storage.exporting import export_data, export_text, export_to
from game.storage.store import Store
from tests.storage.sample_store import copy_of, make_sample

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sample(tmp_path_factory, "export-once", NOW, seed=4, weeks=6)


@pytest.fixture
def store(sample: Path, tmp_path: Path) -> Iterator[Store]:
    with copy_of(sample, tmp_path, NOW) as opened:
        yield opened


def counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str, calls: list[str]) -> None:
    real = getattr(owner, name)

    def counted(*args: Any, **kw: Any) -> Any:
        calls.append(name)
        return real(*args, **kw)

    monkeypatch.setattr(owner, name, counted)


@pytest.mark.parametrize("name", ["all.json", "book.html"])
def test_export_to_reads_each_couple_once_and_counts_what_it_wrote(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    decks = GameServices(store, tmp_path, seed=1, clock=lambda: NOW).decks()
    expected = export_text(store, decks, NOW, False, book=name.endswith(".html"))
    calls: list[str] = []
    for owner, method in ((store.memories, "all"), (store.memories, "reviews"), (store.sessions, "turns")):
        counting(monkeypatch, owner, method, calls)
    target = tmp_path / name
    held = export_to(store, decks, target, NOW)
    assert sorted(calls) == ["all", "reviews", "turns"], "one couple: each read once"
    assert target.read_text(encoding="utf-8") == expected  # the very text export_text gives
    data = json.loads(export_text(store, decks, NOW, False, book=False))
    memories = sum(len(couple["memories"]) for couple in data["couples"])
    # six weeks of seeded play keep dozens of memories (how many depends on which cards the decks deal)
    assert memories > 30 and held == {"couples": 1, "memories": memories, "locked": 0}


def test_a_locked_profile_exports_the_same_sessions_and_stars_as_before_it_was_locked(store: Store, tmp_path: Path) -> None:
    services = GameServices(store, tmp_path, seed=1, clock=lambda: NOW)
    decks = services.decks()
    handle = services.start(services.couples()[0], SessionConfig(deck_ids=tuple(deck.id for deck in decks), length=4, seed=2))
    handle.run(Star())  # the card on the table, starred in a saved state
    services.saves.flush()
    before = export_data(store, decks, NOW, include_private=True)
    (couple,) = before["couples"]
    assert couple["sessions"][-1]["starred"] == [str(handle.session.current_card().key)]
    store.locks.set_passphrase(couple["id"], "tea on the balcony", NOW)
    sealed = store.conn.execute("SELECT COUNT(*) FROM sessions WHERE state LIKE 'k1:%'").fetchone()[0]
    assert sealed == len(couple["sessions"])  # every saved state is sealed now: read whole, not by SQLite
    assert export_data(store, decks, NOW, include_private=True) == before
