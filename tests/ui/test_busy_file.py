"""Another program holds the saved data while the couple plays: a backup or sync tool, a `sqlite3` shell.

Held by a second SQLite connection (`BEGIN EXCLUSIVE`), the file refuses every write, as it did for the
playtester. The game goes on, keeps what was done in memory, says so calmly, and writes it all once the
file is let go; closing meanwhile asks first. Something that cannot wait (renaming the couple) is not
saved, says why, and stays on screen to be saved again. A lock that keeps out even reads leaves a screen
unopened, with words about reading, not saving.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path

import pygame

from game.core.cards import Kind
from game.core.session import Phase
from game.pending_saves import FILE_BUSY, WAITS, SaveWait
from game.services import GameServices
from game.storage.database import BRIEF_WAIT_MS
from game.storage.paths import DB_NAME
from game.storage.store import Store
from game.storage.store_trouble import Trouble

from .drawn import frame
from .pilot import Pilot
from .test_flows import deal
from .test_play_loop import _play_rounds_until
from .tour import finish_turn

Pilots = Callable[..., Pilot]
BUSY = WAITS[Trouble.BUSY]


@contextmanager
def another_program_holding(root: Path) -> Iterator[Callable[[], None]]:
    """The store held as a `sqlite3` shell holds it with BEGIN EXCLUSIVE; the function lets go (else the end does)."""
    conn = sqlite3.connect(root / DB_NAME, isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")

    def let_go() -> None:
        if conn.in_transaction:
            conn.execute("COMMIT")

    try:
        yield let_go
    finally:
        let_go()
        conn.close()


@contextmanager
def another_program_locking_out_reads(p: Pilot) -> Iterator[Callable[[], None]]:
    """Another program holding the store so that not even a read gets in (a `sqlite3` shell in exclusive locking
    mode); the function lets go. SQLite grants that lock only while the game's connection holds no read of its own
    (in WAL mode one is kept from its first read on), so the game's connection is opened afresh first, unread."""
    db = p.store.db
    db.conn.close()
    db.conn = sqlite3.connect(p.root / DB_NAME, isolation_level=None, check_same_thread=False)
    db.conn.execute("PRAGMA busy_timeout = 100")  # the game's own wait would only make the test slower
    holder = sqlite3.connect(p.root / DB_NAME, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("SELECT COUNT(*) FROM couples").fetchone()  # the lock is taken by the first read
    try:
        yield holder.close
    finally:
        holder.close()


def reopened(p: Pilot) -> Store:
    """The saved data as the next start reads it (the pilot's window closed first)."""
    p.close()
    return Store.open(p.root, p.now)


def test_dealing_while_the_file_is_held_goes_on_and_the_round_is_saved_once_it_is_let_go(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    p.click("Play")
    with another_program_holding(p.root) as let_go:
        p.click("Deal the cards")
        p.advance(0.6)
        assert p.scene_name == "PlayScene", "the round is dealt and played from memory"
        assert p.services.save_problem() == FILE_BUSY
        assert p.store.sessions.unfinished(1) is None, "nothing could be written yet (reading still works)"
        p.advance(3.5)  # tried again: still held
        assert p.scene_name == "PlayScene" and p.services.save_problem() == FILE_BUSY
        let_go()
        p.advance(3.5)  # the next retry goes through without anything being pressed
    assert p.services.save_problem() is None
    assert p.shell.ui.toast_text == BUSY.saved
    dealt = p.scene.session.state
    with reopened(p) as store:
        found = store.sessions.unfinished(1)
        assert found is not None and found.state == dealt


def test_a_private_pick_made_while_the_file_is_held_is_kept_and_saved_once_it_is_let_go(pilots: Pilots) -> None:
    p = pilots(at_home=True)

    def on_a_scenario(scene) -> bool:  # type: ignore[no-untyped-def]
        return scene.session.phase is Phase.PRIVATE and scene.card().kind is Kind.SCENARIO

    _play_rounds_until(p, deal, on_a_scenario, 12, "no scenario was dealt")
    hand = next(w.label for w in p.scene.widgets if w.label.startswith("Hand the laptop to"))
    p.click(hand)
    p.press(pygame.K_RETURN)  # past the curtain
    assert p.scene_name == "PrivateAnswerScene"
    with another_program_holding(p.root) as let_go:
        p.key("2")  # their own pick
        p.key("1")  # and their guess of the other's
        assert p.scene_name == "PlayScene"
        seat, picked = next(iter(p.scene.session.state.private.items()))
        stored = p.store.sessions.unfinished(1)
        assert stored is not None and seat not in stored.state.private, "held: not in the file yet"
        assert p.services.save_problem() == FILE_BUSY
        let_go()
        p.advance(3.5)
    assert p.services.save_problem() is None
    with reopened(p) as store:
        found = store.sessions.unfinished(1)
        assert found is not None and found.state.private[seat] == picked


def test_a_setting_changed_while_the_file_is_held_takes_effect_and_is_saved_once_it_is_let_go(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    p.click("Settings")
    with another_program_holding(p.root) as let_go:
        p.click_at(p.widget("Text size: Medium").parts(p.shell.ui)[1].center)  # its +
        assert p.scene_name == "SettingsScene" and p.shell.ui.settings["text_size"] == "large"
        assert p.widget("Text size: Large")
        assert p.store.settings.read().get("text_size") is None, "held: not in the file yet"
        assert p.services.save_problem() == FILE_BUSY
        let_go()
        p.advance(3.5)
    assert p.services.save_problem() is None
    with reopened(p) as store:
        assert store.settings.read()["text_size"] == "large"


def test_the_couple_is_told_calmly_and_closing_asks_first_then_closes_once_the_answers_are_saved(
    pilots: Pilots, tmp_path: Path
) -> None:
    p = pilots(at_home=True)
    deal(p)
    with another_program_holding(p.root) as let_go:
        finish_turn(p)  # the first card, played on (whatever it asks)
        p.advance(0.7)
        shown = [drawn for drawn in frame(p) if drawn.text == FILE_BUSY]
        assert shown and not shown[0].cut, "the sentence is on screen, whole"
        p.screenshot(tmp_path / "busy.png")
        closing_asks_first(p, BUSY)
        let_go()
        p.advance(3.5)  # the retry saves what waited, and the window closes as they asked
    assert not p.shell.running
    assert p.store.sessions.turns(1), "the turn is in the file"


def test_renaming_while_the_file_is_held_says_why_keeps_the_names_on_screen_and_saves_them_later(pilots: Pilots) -> None:
    renamed_while(pilots(at_home=True), lambda p: another_program_holding(p.root), BUSY)


def closing_asks_first(p: Pilot, wait: SaveWait) -> None:
    """The window closed while a save waits: it stays open and asks first, in `wait`'s words."""
    assert p.step([pygame.event.Event(pygame.QUIT)]), "still open: closing now would lose the turn"
    assert p.scene_name == "ConfirmScene" and p.scene.question == "Not everything is saved yet"
    assert p.scene.detail == wait.closing


def renamed_while(p: Pilot, refusing: Callable[[Pilot], AbstractContextManager[Callable[[], None]]], wait: SaveWait) -> None:
    """New names saved while the file refuses (`refusing`, whose function ends it): not saved, said why, still on
    the form; saved once the file takes them."""
    p.click("Names and pronouns")
    p.click("Name 1")
    p.press(pygame.K_END)
    p.type(" Ana")
    with refusing(p) as free:
        p.click("Save")
        p.advance(0.2)
        assert p.scene_name == "CoupleFormScene", "nothing was lost: the form is still there"
        assert p.widget("Name 1").value == "Zoë Ana"  # type: ignore[attr-defined]
        assert p.shell.ui.toast_text == wait.refused
        free()
    p.click("Save")
    p.advance(0.2)
    assert p.scene_name == "HomeScene"
    assert p.services.couples()[0].name(0) == "Zoë Ana"


def test_a_retry_waits_only_a_moment_for_the_held_file_so_the_window_never_freezes_again_and_again(
    data_root: Path, now: datetime
) -> None:
    with Store.open(data_root, now) as store:
        services = GameServices(store, data_root, seed=5, clock=lambda: now)
        waits: list[int] = []

        def write() -> None:
            waits.append(store.conn.execute("PRAGMA busy_timeout").fetchone()[0])
            store.settings.save("sound", False)

        usual = store.conn.execute("PRAGMA busy_timeout").fetchone()[0]
        with another_program_holding(data_root) as let_go:
            services.saves.save(write)  # the first try waits as long as ever
            assert not services.retry_saves()  # again: only a moment
            let_go()
            assert services.retry_saves()
        assert waits == [usual, BRIEF_WAIT_MS, BRIEF_WAIT_MS] and usual > BRIEF_WAIT_MS
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == usual, "and the usual wait is back"
        assert store.settings.read()["sound"] is False


def test_a_screen_that_cannot_be_read_just_now_says_so_in_words_about_reading_and_opens_once_it_can(
    pilots: Pilots, tmp_path: Path
) -> None:
    p = pilots(at_home=True)
    with another_program_locking_out_reads(p) as let_go:
        p.click("Our story")
        p.advance(0.2)
        assert p.scene_name == "HomeScene", "nothing half-read is shown"
        assert p.shell.ui.toast_text == BUSY.unread and "wasn't saved" not in BUSY.unread
        shown = [drawn for drawn in frame(p) if drawn.text == BUSY.unread]
        assert shown and not shown[0].cut, "the sentence is on screen, whole"
        p.screenshot(tmp_path / "unread.png")
        let_go()
        p.click("Our story")
    assert p.scene_name == "StoryScene"
