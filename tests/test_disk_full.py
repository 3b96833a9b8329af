"""The disk fills while playing: the turn is kept in memory, the couple is told, and it is saved when there is
space again (issue 11, point 10). The full disk is SQLite's own error, raised by every write while it lasts."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import pygame

from benchmarks.autoplay import next_command
from game.core.session import Mode, SessionConfig
from game.pending_saves import DISK_FULL
from game.services import GameServices
from game.storage.store import Store
from tests.ui.tour import play_turn, start

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT")


class FillingDisk:
    """The store's connection on a disk that can fill up: while full, every write fails as SQLite says it does."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.full = False
        self.refused = 0

    def _check(self, sql: str) -> None:
        if self.full and sql.lstrip().upper().startswith(WRITES):
            self.refused += 1
            raise sqlite3.OperationalError("database or disk is full")

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._check(sql)
        return self.conn.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._check(sql)
        return self.conn.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def on_a_filling_disk(store: Store) -> FillingDisk:
    disk = FillingDisk(store.db.conn)
    store.db.conn = disk  # type: ignore[assignment]
    return disk


def saved_answers(store: Store, couple_id: int) -> list[Any]:
    return sorted(str(memory.answer) for memory in store.memories.all(couple_id).values())


def test_a_turn_played_on_a_full_disk_is_kept_and_saved_once_there_is_space(data_root: Path, now: datetime) -> None:
    store = Store.open(data_root, now)
    services = GameServices(store, data_root, seed=5, clock=lambda: now)
    couple = services.create_couple([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")])
    disk = on_a_filling_disk(store)
    deck_ids = tuple(deck.id for deck in services.decks())
    handle = services.start(couple, SessionConfig(mode=Mode.PLAY, deck_ids=deck_ids, length=6))
    disk.full = True
    rng = random.Random(5)
    while len(handle.session.state.completed) < 4:
        handle.run(next_command(handle.session, rng))
    assert disk.refused > 0
    assert services.save_problem() == DISK_FULL
    assert store.sessions.turns(couple.id) == []
    assert not services.retry_saves()  # still full: still kept
    disk.full = False
    assert services.retry_saves()
    assert services.save_problem() is None
    assert len(store.sessions.turns(couple.id)) == len(handle.session.state.completed) == 4
    store.close()
    with Store.open(data_root, now) as again:
        found = again.sessions.unfinished(couple.id)
        assert found is not None and found.state.completed == handle.session.state.completed
        assert saved_answers(again, couple.id) == sorted(str(m.answer) for m in handle.session.memories.values())


def playing_when_the_disk_fills(data_root: Path, now: datetime, cards: int) -> tuple[Any, FillingDisk]:
    """A round dealt in the window, then the disk fills and `cards` whole cards are played on it."""
    p = start(data_root, now)
    disk = on_a_filling_disk(p.store)
    p.click("Play")
    p.click("Deal the cards")
    p.advance(1.0)
    disk.full = True
    while len(p.scene.session.state.completed) < cards:
        play_turn(p)
    return p, disk


def test_the_game_says_the_disk_is_full_keeps_playing_and_saves_when_space_is_back(
    data_root: Path, now: datetime, tmp_path: Path
) -> None:
    p, disk = playing_when_the_disk_fills(data_root, now, cards=2)
    assert p.scene_name == "PlayScene"
    assert p.services.save_problem() == DISK_FULL
    p.screenshot(tmp_path / "disk-full.png")
    played = list(p.scene.session.state.completed)
    assert played and p.store.sessions.turns(1) == []
    p.advance(4.0)  # tried again, still full
    assert p.services.save_problem() == DISK_FULL
    disk.full = False
    p.advance(3.5)  # the next retry goes through without anything being pressed
    assert p.services.save_problem() is None
    assert "There is space again" in p.shell.ui.toast_text
    assert len(p.store.sessions.turns(1)) == len(played)
    p.close()
    q = start.__globals__["Pilot"](data_root, p.now)  # the same game, opened again
    q.press(pygame.K_RETURN)
    assert q.scene_name == "PlayScene" and list(q.scene.session.state.completed) == played
    q.close()


def test_closing_the_window_while_saves_wait_asks_first_and_closes_once_they_are_saved(
    data_root: Path, now: datetime, tmp_path: Path
) -> None:
    p, disk = playing_when_the_disk_fills(data_root, now, cards=1)
    played = list(p.scene.session.state.completed)
    assert played and p.store.sessions.turns(1) == []
    assert p.step([pygame.event.Event(pygame.QUIT)])  # still open: closing now would lose the turns
    assert p.scene_name == "ConfirmScene" and "Not everything is saved yet" in p.scene.question
    p.screenshot(tmp_path / "close-while-full.png")
    p.click("Keep it open")
    assert p.scene_name == "PlayScene" and p.shell.running
    assert p.step([pygame.event.Event(pygame.QUIT)])
    assert p.scene_name == "ConfirmScene"
    disk.full = False
    p.advance(3.5)  # the retry saves what waited, and the window closes as they asked
    assert not p.shell.running
    assert len(p.store.sessions.turns(1)) == len(played)
    p.close()


def test_closing_twice_on_a_full_disk_closes(data_root: Path, now: datetime) -> None:
    p, _ = playing_when_the_disk_fills(data_root, now, cards=1)
    assert p.step([pygame.event.Event(pygame.QUIT)])
    assert p.scene_name == "ConfirmScene"
    assert not p.step([pygame.event.Event(pygame.QUIT)])  # they insist: it closes
    p.close()
