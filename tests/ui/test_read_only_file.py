"""The saved data becomes read-only while the couple plays: its permissions changed, its drive remounted.

SQLite then refuses every write ("attempt to write a readonly database"). The game goes on, keeps what was done
in memory, says in a banner that the file cannot be written and what to do, and writes it all once it can be
written again; closing meanwhile asks first. Something that cannot wait (new names) is not saved, says why, and
stays on screen. The file is never set aside as broken.

A connection SQLite already holds open keeps writing after a chmod, and root may write to any file anyway, so
the file is made read-only here as SQLite has it when it may only read a file: the game's connection to the same
real file is opened again read-only (`mode=ro`). That holds as root too, so these tests always run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pygame

from game.pending_saves import READ_ONLY, WAITS
from game.storage.paths import DB_NAME
from game.storage.store import Store
from game.storage.store_trouble import Trouble

from .drawn import frame
from .pilot import Pilot
from .test_busy_file import closing_asks_first, renamed_while
from .test_flows import deal
from .tour import finish_turn

Pilots = Callable[..., Pilot]
WAIT = WAITS[Trouble.NOT_ALLOWED]


@contextmanager
def made_read_only(p: Pilot) -> Iterator[Callable[[], None]]:
    """The store's file read-only from now on, as SQLite has it; the function makes it writable again (else the end
    does)."""
    db = p.store.db
    writable = db.conn
    read_only = sqlite3.connect(f"{(p.root / DB_NAME).as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    read_only.execute("PRAGMA busy_timeout = 2000")
    db.conn = read_only

    def writable_again() -> None:
        if db.conn is read_only:
            db.conn = writable
            read_only.close()

    try:
        yield writable_again
    finally:
        writable_again()


def set_aside(root: Path) -> list[Path]:
    return list(root.glob("*.broken-*"))


def test_a_turn_played_while_the_file_is_read_only_is_kept_told_asked_about_on_closing_and_saved_once_it_can_be(
    pilots: Pilots, tmp_path: Path
) -> None:
    p = pilots(at_home=True)
    deal(p)
    with made_read_only(p) as writable_again:
        finish_turn(p)  # the first card, played on (whatever it asks)
        p.advance(0.7)
        assert p.scene_name == "PlayScene", "the round goes on from memory"
        assert p.services.save_problem() == READ_ONLY
        assert "can't write" in READ_ONLY and "make them writable again" in READ_ONLY
        shown = [drawn for drawn in frame(p) if drawn.text == READ_ONLY]
        assert shown and not shown[0].cut, "the sentence is on screen, whole"
        p.screenshot(tmp_path / "read-only.png")
        assert p.store.sessions.turns(1) == [], "nothing could be written (reading still works)"
        p.advance(3.5)  # tried again: still read-only
        assert p.scene_name == "PlayScene" and p.services.save_problem() == READ_ONLY
        closing_asks_first(p, WAIT)
        writable_again()
        p.advance(3.5)  # the retry saves what waited, and the window closes as they asked
    assert not p.shell.running
    assert p.shell.ui.toast_text == WAIT.saved
    assert p.store.sessions.turns(1), "the turn is in the file"
    assert not set_aside(p.root)
    p.close()
    with Store.open(p.root, p.now) as store:
        assert store.notice is None and store.sessions.turns(1)
    assert not set_aside(p.root)


def test_renaming_while_the_file_is_read_only_says_why_keeps_the_names_on_screen_and_saves_them_later(
    pilots: Pilots,
) -> None:
    assert "read-only" in WAIT.refused
    renamed_while(pilots(at_home=True), made_read_only, WAIT)


def test_a_game_left_alone_on_a_read_only_file_stays_open(pilots: Pilots) -> None:
    """Idle, the game folds its write-ahead log into the file; read-only, that is put off, never a crash."""
    p = pilots(at_home=True)
    deal(p)
    p.press(pygame.K_RETURN)  # a turn saved: the log has something to fold
    with made_read_only(p):
        p.advance(3.0)  # past the housekeeping's moment of stillness
        assert p.shell.running and p.scene_name == "PlayScene" and p.services.save_problem() is None
    assert not set_aside(p.root)
