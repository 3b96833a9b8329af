"""The drive holding the saved data goes while the couple plays: a USB stick pulled out, a network drive gone.

SQLite then fails writes with "disk I/O error" (SQLITE_IOERR). The game goes on, keeps what was done in memory,
says in a banner that the drive can't be reached and what to do, and writes it all once it is back; closing
meanwhile asks first. Something that cannot wait (new names) is not saved, says why, and stays on screen; a screen
that cannot be read says so in words about reading. The file is never set aside as broken.

The drive's failing is SQLite's own error, raised by the game's real connection to the real file for every write
(or, for a read, every query) while the drive is gone, as tests/test_disk_full.py does for a full disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pygame

from game.pending_saves import DRIVE_GONE, WAITS
from game.storage.store import Store
from game.storage.store_trouble import Trouble

from .drawn import frame
from .pilot import Pilot
from .test_busy_file import closing_asks_first, renamed_while
from .test_flows import deal
from .test_read_only_file import set_aside
from .tour import finish_turn

Pilots = Callable[..., Pilot]
WAIT = WAITS[Trouble.UNREACHABLE]
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT", "PRAGMA WAL_CHECKPOINT")


class GoneDrive:
    """The store's real connection, on a drive that is gone: the statements it starts with fail as SQLite fails them."""

    def __init__(self, conn: sqlite3.Connection, failing: tuple[str, ...]) -> None:
        self.conn, self.failing = conn, failing

    def _check(self, sql: str) -> None:
        if sql.lstrip().upper().startswith(self.failing):
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorcode = 10  # type: ignore[attr-defined]
            raise error

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._check(sql)
        return self.conn.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._check(sql)
        return self.conn.executemany(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


@contextmanager
def drive_gone(p: Pilot, failing: tuple[str, ...] = WRITES) -> Iterator[Callable[[], None]]:
    """The drive gone from now on; the function brings it back (else the end does)."""
    db = p.store.db
    real = db.conn
    db.conn = GoneDrive(real, failing)  # type: ignore[assignment]

    def back() -> None:
        db.conn = real

    try:
        yield back
    finally:
        back()


def test_a_turn_played_while_the_drive_is_gone_is_kept_told_asked_about_on_closing_and_saved_once_it_is_back(
    pilots: Pilots, tmp_path: Path
) -> None:
    p = pilots(at_home=True)
    deal(p)
    with drive_gone(p) as back:
        finish_turn(p)  # the first card, played on (whatever it asks)
        p.advance(0.7)
        assert p.scene_name == "PlayScene", "the round goes on from memory"
        assert p.services.save_problem() == DRIVE_GONE
        assert "can't be reached" in DRIVE_GONE and "reconnect it" in DRIVE_GONE
        shown = [drawn for drawn in frame(p) if drawn.text == DRIVE_GONE]
        assert shown and not shown[0].cut, "the sentence is on screen, whole"
        p.screenshot(tmp_path / "drive-gone.png")
        assert p.store.sessions.turns(1) == [], "nothing could be written"
        p.advance(3.5)  # tried again: still gone
        assert p.scene_name == "PlayScene" and p.services.save_problem() == DRIVE_GONE
        closing_asks_first(p, WAIT)
        back()
        p.advance(3.5)  # the retry saves what waited, and the window closes as they asked
    assert not p.shell.running
    assert p.shell.ui.toast_text == WAIT.saved
    assert p.store.sessions.turns(1), "the turn is in the file"
    assert not set_aside(p.root)
    p.close()
    with Store.open(p.root, p.now) as store:
        assert store.notice is None and store.sessions.turns(1)
    assert not set_aside(p.root)


def test_renaming_while_the_drive_is_gone_says_why_keeps_the_names_on_screen_and_saves_them_later(pilots: Pilots) -> None:
    assert "can't be reached" in WAIT.refused and "wasn't saved" in WAIT.refused
    renamed_while(pilots(at_home=True), drive_gone, WAIT)


def test_a_screen_that_cannot_be_read_while_the_drive_is_gone_says_so_and_opens_once_it_is_back(
    pilots: Pilots, tmp_path: Path
) -> None:
    p = pilots(at_home=True)
    with drive_gone(p, ("SELECT", *WRITES)) as back:
        p.click("Our story")
        p.advance(0.2)
        assert p.scene_name == "HomeScene", "nothing half-read is shown"
        assert p.shell.ui.toast_text == WAIT.unread and "wasn't saved" not in WAIT.unread
        shown = [drawn for drawn in frame(p) if drawn.text == WAIT.unread]
        assert shown and not shown[0].cut, "the sentence is on screen, whole"
        p.screenshot(tmp_path / "drive-gone-unread.png")
        back()
        p.click("Our story")
    assert p.scene_name == "StoryScene"
    assert not set_aside(p.root)


def test_a_game_left_alone_while_the_drive_is_gone_stays_open(pilots: Pilots) -> None:
    """Idle, the game folds its write-ahead log into the file; with the drive gone that is put off, never a crash."""
    p = pilots(at_home=True)
    deal(p)
    p.press(pygame.K_RETURN)  # a turn saved: the log has something to fold
    with drive_gone(p, ("PRAGMA WAL_CHECKPOINT",)):
        p.advance(3.0)  # past the housekeeping's moment of stillness
        assert p.shell.running and p.scene_name == "PlayScene" and p.services.save_problem() is None
    assert not set_aside(p.root)
