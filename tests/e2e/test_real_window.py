"""The real game in a real X window (Xvfb), driven with xdotool the way a person would.

First evening: Begin and type a name at once (a fast typist), two names with
accents, click Play, keep one deck and an open-ended length, share three
answers (with accents), start typing a fourth and close the window. Second
evening: Begin goes straight back into the session with the half-typed answer
still there; play on until the game quizzes one of you about an earlier
answer; guess, judge, close. Then read what was saved, read-only.

Everything the test sees on screen is saved as screenshots under the test's
tmp_path (`shots/`), also when it fails. The game's saved session state tells
the test which card is on the table, so it plays whatever the deal brings.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import itertools
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.xserver import X_TOOLS_MISSING, X_TOOLS_REASON, wait_for, xvfb

REPO = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(bool(X_TOOLS_MISSING), reason=X_TOOLS_REASON)]

SEED = 9
SIZE = (1280, 720)
DECK = "favourite-details"  # nearly all share cards with a typed answer
NAMES = ("Zoë", "Łukasz")
ANSWERS = (
    "Humming while making crème brûlée",
    "Bánh mì from the stall by Nguyễn Thị Ánh's",
    "Reading the last page first",
    "Long walks after it rains",
    "Calling her mum every Sunday",
    "Whistling in the lift",
    "Cold pizza for breakfast",
    "Naming every houseplant",
    "Dancing badly in the kitchen",
    "Keeping every ticket stub",
)
DRAFT = "Half a thought about façades"
GUESS = "Something sweet, I think"
WAIT = 10.0  # the most any one step may take, in seconds


# ---- the X server -------------------------------------------------------------------


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb on a display number it picks itself (-displayfd), gone after the test."""
    with xvfb(tmp_path / "xvfb.log", SIZE) as name:
        yield name


def _close_window(display: str, window: int) -> None:
    """What a window manager does when a person clicks the close button: send WM_DELETE_WINDOW.

    Xvfb runs no window manager, so alt+F4 would reach nobody and `xdotool windowclose`
    would destroy the window under the game's feet instead of asking it to close.
    """
    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]

    class ClientMessage(ctypes.Structure):
        _fields_ = [
            ("type", ctypes.c_int),
            ("serial", ctypes.c_ulong),
            ("send_event", ctypes.c_int),
            ("display", ctypes.c_void_p),
            ("window", ctypes.c_ulong),
            ("message_type", ctypes.c_ulong),
            ("format", ctypes.c_int),
            ("data", ctypes.c_long * 5),
        ]

    class XEvent(ctypes.Union):
        _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]

    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(XEvent)]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    assert connection, f"could not open display {display}"
    try:
        event = XEvent()
        event.xclient.type = 33  # ClientMessage
        event.xclient.display = connection
        event.xclient.window = window
        event.xclient.message_type = x11.XInternAtom(connection, b"WM_PROTOCOLS", 0)
        event.xclient.format = 32
        event.xclient.data[0] = x11.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
        event.xclient.data[1] = 0  # CurrentTime
        assert x11.XSendEvent(connection, window, 0, 0, ctypes.byref(event)), "XSendEvent failed"
        x11.XFlush(connection)
    finally:
        x11.XCloseDisplay(connection)


# ---- a person at the keyboard -------------------------------------------------------------


class Person:
    """Keys, typing, clicks and looking, all through the X server."""

    def __init__(self, display: str, shots: Path) -> None:
        self.display = display
        self.env = {**os.environ, "DISPLAY": display}
        self.shots = shots
        self.count = 0
        shots.mkdir(parents=True, exist_ok=True)

    def x(self, *args: str) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, f"{' '.join(args)} failed: {done.stderr.strip()}"
        return done.stdout

    def learn_letters(self, texts: list[str]) -> None:
        """Give every non-ASCII letter a key of its own, as a keyboard layout would.

        xdotool can only type what is on the keyboard map; its own trick of
        remapping a spare key for each letter races the game and loses letters.
        """
        letters = sorted({char for text in texts for char in text if ord(char) > 127})
        free = [int(line.split()[1]) for line in self.x("xmodmap", "-pke").splitlines() if line.split()[2:] == ["="]]
        free = [code for code in free if code > 8]
        assert len(free) >= len(letters), f"only {len(free)} free keycodes for {len(letters)} letters"
        commands: list[str] = []
        for code, char in zip(free, letters, strict=False):
            commands += ["-e", f"keycode {code} = U{ord(char):04X} U{ord(char):04X}"]
        if commands:
            self.x("xmodmap", *commands)
            time.sleep(0.3)

    def key(self, *keys: str) -> None:
        """Press keys one after another, at a person's pace (each lands in its own frame)."""
        for key in keys:
            self.x("xdotool", "key", key)
            time.sleep(0.15)

    def type(self, text: str, after_key: str | None = None) -> None:
        """Type `text`; with `after_key`, press that key first and start typing at once, as a fast typist does."""
        self.x("xdotool", *(("key", after_key) if after_key else ()), "type", "--delay", "25", text)
        time.sleep(0.1)

    def click(self, pos: tuple[int, int]) -> None:
        self.x("xdotool", "mousemove", str(pos[0]), str(pos[1]))
        time.sleep(0.1)
        self.x("xdotool", "click", "1")
        time.sleep(0.2)

    def shot(self, name: str) -> Path | None:
        """A screenshot of the whole screen, numbered in the order taken."""
        if shutil.which("import") is None:
            return None
        self.count += 1
        path = self.shots / f"{self.count:02d}-{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, capture_output=True, timeout=30)
        return path

    def find_big_button(self, color: tuple[int, int, int]) -> tuple[int, int] | None:
        """Where the widest patch of `color` is on the left half of the screen: the main button."""
        import pygame

        path = self.shot("looking-for-the-button")
        if path is None:
            return None
        image = pygame.image.load(str(path))
        mask = pygame.mask.from_threshold(image, color, (3, 3, 3, 255))
        wide = [
            rect for rect in mask.get_bounding_rects() if rect.width >= 150 and rect.height >= 30 and rect.centerx < SIZE[0] // 2
        ]
        return max(wide, key=lambda rect: rect.width).center if wide else None


# ---- the game, as a process ---------------------------------------------------------------


class Game:
    def __init__(self, display: str, data: Path, logs: Path, name: str) -> None:
        env = {key: value for key, value in os.environ.items() if key != "SDL_VIDEODRIVER"}
        env.update(DISPLAY=display, SDL_VIDEO_WINDOW_POS="0,0", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
        self.display = display
        self.env = env
        self.out = logs / f"{name}.out"
        self.err = logs / f"{name}.err"
        command = [sys.executable, "main.py", "--data-dir", str(data), "--seed", str(SEED), "--window", f"{SIZE[0]}x{SIZE[1]}"]
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=err)
        try:
            found = subprocess.run(
                ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.process.pid)],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
            )
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError(f"no game window after 30 s; stderr: {self.stderr()}") from None
        self.window = int(found.stdout.split()[0])
        subprocess.run(["xdotool", "windowfocus", "--sync", str(self.window)], env=env, timeout=10, check=True)
        time.sleep(0.5)  # the first frame

    def stderr(self) -> str:
        return self.err.read_text(errors="replace")[-3000:]

    def close_window(self) -> int:
        """Close the window as a person would; the game must end cleanly within a few seconds."""
        _close_window(self.display, self.window)
        try:
            return self.process.wait(WAIT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError(f"the game did not exit within {WAIT:.0f} s of closing its window") from None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


# ---- what the game saved ----------------------------------------------------------------


class Saved:
    """The game's SQLite file, only ever opened read-only."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        if not self.path.exists():
            return []
        try:
            with contextlib.closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=2)) as conn:
                return conn.execute(sql, args).fetchall()
        except sqlite3.OperationalError:
            return []  # not created yet, or busy for a moment

    def two_days_earlier(self) -> None:
        """Between runs (the game closed): move every saved answer two days into the past, as if two days went by."""
        with contextlib.closing(sqlite3.connect(self.path, timeout=5)) as conn:
            rows = conn.execute("SELECT rowid, at FROM memory_versions").fetchall()
            for rowid, at in rows:
                moved = datetime.fromisoformat(at) - timedelta(days=2)
                conn.execute("UPDATE memory_versions SET at = ? WHERE rowid = ?", (moved.isoformat(), rowid))
            conn.commit()

    def names(self) -> tuple[str, ...]:
        return tuple(name for (name,) in self.rows("SELECT name FROM players ORDER BY couple_id, seat"))

    def session(self) -> dict[str, Any] | None:
        found = self.rows("SELECT id, mode, config, state, ended_at FROM sessions ORDER BY id DESC LIMIT 1")
        if not found:
            return None
        session_id, mode, config, state, ended_at = found[0]
        return {"id": session_id, "mode": mode, "config": json.loads(config), "state": json.loads(state), "ended_at": ended_at}

    def answers(self) -> list[Any]:
        return [json.loads(answer) for (answer,) in self.rows("SELECT answer FROM memory_versions ORDER BY at, memory_id")]


class Table:
    """Plays whatever card is on the table, reading the turn from the saved session."""

    def __init__(self, person: Person, saved: Saved) -> None:
        from game.storage.deck_files import deck_paths, load_decks
        from game.storage.paths import builtin_decks_dir

        self.person = person
        self.saved = saved
        self.decks = {deck.id: deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks}
        self.shared: list[str] = []  # answers typed on share cards
        self.typed: list[str] = []  # every remembered answer typed into a text field, shared or private
        self.answers = itertools.cycle(ANSWERS)

    def state(self) -> dict[str, Any]:
        session = self.saved.session()
        assert session is not None, "no session was saved"
        return session["state"]

    def card(self, state: dict[str, Any] | None = None) -> Any:
        turn = (state or self.state())["current"]
        assert turn is not None, "no card on the table"
        deck_id, card_id = turn["card"].split("/", 1)
        return self.decks[deck_id].card(card_id)

    def text_card(self, state: dict[str, Any]) -> bool:
        """A card answered by typing free text, on the table and waiting for it."""
        card = self.card(state)
        return card.answer_type.value == "text" and (
            (state["phase"] == "answer" and card.kind.value == "ask" and card.remembered) or state["phase"] == "guess"
        )

    def after(self, action: Callable[[], object], what: str) -> dict[str, Any]:
        """Do `action`, then wait until the game has saved a new state."""
        before = self.state()
        action()
        return wait_for(lambda: (state := self.state()) != before and state, what)

    def answer(self, card: Any, name: str, text: str | None = None) -> None:
        """Enter an answer of the card's type into whatever answer widget has the focus."""
        kind = card.answer_type.value
        if kind in ("choice", "who"):
            self.person.key("1")
        elif kind == "scale":
            self.person.key("Tab", "Return")  # leave the slider at 5, press Save
        else:
            value = {"number": "3", "date": "14 March"}.get(kind) or text or next(self.answers)
            self.person.type(value)
            if kind == "text" and card.remembered:  # a card without quiz keeps no answer
                self.typed.append(value)
            self.person.shot(name)
            self.person.key("Return")

    def play_turn(self) -> dict[str, Any]:
        """Play the card on the table until the game saves the next step of the session."""
        state = self.state()
        card, phase, turn = self.card(state), state["phase"], state["current"]
        number = turn["number"] + 1
        where = f"turn {number} ({card.deck_id}/{card.id}, {card.kind.value}/{card.answer_type.value}, {phase})"
        if phase == "answer" and card.kind.value == "ask" and card.remembered:
            text = next(self.answers) if card.answer_type.value == "text" else None
            state = self.after(lambda: self.answer(card, f"turn-{number}-share", text), f"the answer to {where} to be saved")
            if text is not None:
                self.shared.append(text)
            return state
        self.person.shot(f"turn-{number}-{phase}")
        if phase == "answer":  # something to do together, or a card with nothing to remember
            keys = ("Tab", "Return") if card.seconds else ("Return",)  # skip past "Start the timer"
            return self.after(lambda: self.person.key(*keys), f"{where} to be done")
        if phase == "private":
            seat = next(s for s in (turn["seat"], 1 - turn["seat"]) if str(s) not in state["private"])

            def behind_the_curtain() -> None:
                self.person.key("Return")  # Hand the laptop to ...
                self.person.shot(f"turn-{number}-curtain-{seat}")
                self.person.key("Return")  # I'm ... — show me
                self.answer(card, f"turn-{number}-private-{seat}")
                if card.kind.value == "scenario":
                    self.answer(card, f"turn-{number}-prediction-{seat}")  # what the partner would pick

            return self.after(behind_the_curtain, f"the private answer of seat {seat} on {where}")
        if phase == "guess":  # a quiz the game can judge by itself (a choice, a number, a date)
            return self.after(lambda: self.answer(card, f"turn-{number}-guess", GUESS), f"the guess on {where}")
        if phase == "judge":
            return self.after(lambda: self.person.key("1"), f"the verdict on {where}")
        if phase == "reveal":
            return self.after(lambda: self.person.key("Return"), f"the next card after {where}")
        raise AssertionError(f"the test does not know how to play {where}")


# ---- the test ---------------------------------------------------------------------------


def _accent() -> tuple[int, int, int]:
    """The colour of the main button in the default theme."""
    code = json.loads((REPO / "assets" / "themes.json").read_text(encoding="utf-8"))["warm"]["accent"].lstrip("#")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


def test_two_evenings_in_a_real_window(display: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    person = Person(display, tmp_path / "shots")
    saved = Saved(data / "kindred.db")
    person.learn_letters([*NAMES, *ANSWERS, DRAFT, GUESS])
    games: list[Game] = []
    started = time.monotonic()
    try:
        # ---- First evening: make the couple, deal, share three answers, close mid-sentence ----
        game = Game(display, data, tmp_path, "first")
        games.append(game)
        person.shot("title")
        person.type(NAMES[0], after_key="Return")  # Begin: no couples yet, so the form for two names
        person.key("Return")  # on to the second name
        person.type(NAMES[1])
        person.shot("couple-form")
        person.key("Return")  # Start playing
        wait_for(lambda: saved.names() == NAMES, f"the couple {NAMES} to be saved (saved: {saved.names()})")

        if shutil.which("import"):  # look for the big Play button on Home and click it
            person.click(wait_for(lambda: person.find_big_button(_accent()), "the Play button on Home"))
            person.key("Return")  # after a click, the first Enter only shows where the focus is (on the first deck)
        else:  # nothing to look with: its shortcut
            person.key("p")
        person.shot("setup")
        table = Table(person, saved)
        # Keep one deck: walk the toggles with Tab and Enter, in the order the screen lists them.
        shown = sorted(
            (d for d in table.decks.values() if not (d.cards and all(c.spicy for c in d.cards))), key=lambda d: d.name.casefold()
        )
        for deck in shown:
            on_by_default = not deck.opt_in
            if on_by_default != (deck.id == DECK):
                person.key("Return")
            person.key("Tab")
        person.key("Tab", "Return", "Return")  # past the Depth slider to Length: 12 → 20 → open-ended, room for a quiz
        person.shot("one-deck-chosen")
        person.key("s")  # Deal the cards
        session = wait_for(saved.session, "the session to be dealt")
        assert session["config"]["deck_ids"] == [DECK], f"the setup screen dealt {session['config']['deck_ids']}"
        assert (session["config"]["seed"], session["config"]["length"]) == (SEED, None), session["config"]

        state = table.state()
        # The deal is drawn from the live collection, so how soon three typed answers come depends on its
        # cards; twenty turns leaves room for the collection to change, and still fails a game that stops asking.
        while len(table.shared) < 3 or not (table.text_card(state) and state["phase"] == "answer"):
            assert state["current"]["number"] < 20, f"{len(table.shared)} typed share answers in 20 turns"
            state = table.play_turn()
        person.type(DRAFT)  # half an answer, and then the laptop is closed
        person.shot("closing-mid-sentence")
        first_turns = state["turns_started"]
        closed = time.monotonic()
        assert game.close_window() == 0, f"the first run did not exit cleanly: {game.stderr()}"
        first_exit = time.monotonic() - closed
        for text in table.typed:
            assert text in saved.answers(), f"{text!r} was typed and saved, but is not in the file"

        # ---- Second evening: Begin resumes; finish the answer; play until a quiz -------------
        saved.two_days_earlier()  # the second evening is two days on: answers quizzed only once they have rested a day
        game = Game(display, data, tmp_path, "second")
        games.append(game)
        person.shot("title-again")
        person.key("Return")  # Begin: the last couple, straight back into the open session
        time.sleep(0.5)
        person.shot("resumed-with-the-draft")
        assert table.state()["turns_started"] == first_turns, "resuming must not deal a new card"
        state = table.after(lambda: person.key("Return"), "the half-typed answer to be saved")
        assert saved.answers()[-1] == DRAFT, f"the half-typed answer came back as {saved.answers()[-1]!r}"
        table.typed.append(DRAFT)
        # As above, the turn the quiz comes on depends on the live collection's cards (turn 19 of this deal when
        # this was written); thirty turns leaves room for it to change, and still fails a game that never asks.
        while not (state["current"]["memory"] and table.text_card(state)):
            assert state["current"]["number"] < 30, "no quiz about a typed answer in 30 turns"
            state = table.play_turn()

        # A quiz: one of them guesses what the other typed earlier; the other judges.
        owner, deck_id, card_id = state["current"]["memory"]
        truth = saved.rows(
            "SELECT v.answer FROM memories m JOIN memory_versions v ON v.memory_id = m.id "
            "WHERE m.owner = ? AND m.deck_id = ? AND m.card_id = ? ORDER BY v.seq DESC LIMIT 1",
            owner,
            deck_id,
            card_id,
        )
        assert truth and json.loads(truth[0][0]) in table.typed, f"the quiz asks about {truth}, not one of our answers"
        person.type(GUESS)
        person.shot("quiz-guess")
        state = table.after(lambda: person.key("Return"), "the guess to be saved")
        assert state["phase"] == "judge", f"a typed guess is for the partner to judge, not {state['phase']}"
        person.shot("quiz-judge")
        state = table.after(lambda: person.key("2"), "the verdict (Close) to be saved")
        assert state["phase"] == "reveal"
        person.shot("quiz-verdict")
        table.after(lambda: person.key("Return"), "the card after the quiz")
        person.shot("after-the-quiz")
        closed = time.monotonic()
        assert game.close_window() == 0, f"the second run did not exit cleanly: {game.stderr()}"
        second_exit = time.monotonic() - closed
    except BaseException:
        person.shot("failure")
        for game in games:
            game.kill()
            print(f"--- {game.err.name} ---\n{game.stderr()}")
        print(f"screenshots: {person.shots}")
        raise

    # ---- What was saved, read back read-only ---------------------------------------------
    print(f"two evenings in {time.monotonic() - started:.1f} s; the window closed in {first_exit:.2f} s and {second_exit:.2f} s")
    assert saved.names() == NAMES, "the names exactly as typed"
    answers = saved.answers()
    for text in table.typed:
        assert text in answers, f"{text!r} was typed but not saved; saved: {answers}"
    assert len(table.shared) >= 3
    assert any(ord(char) > 127 for text in table.shared for char in text), "a share answer with accents"
    reviews = saved.rows(
        "SELECT r.guesser, r.guess, m.owner, m.card_id FROM reviews r JOIN memories m ON m.id = r.memory_id "
        "WHERE r.verdict = 'close'"
    )
    assert len(reviews) == 1, reviews
    guesser, guess, owner_seat, quizzed_card = reviews[0]
    assert (json.loads(guess), guesser, owner_seat, quizzed_card) == (GUESS, 1 - owner, owner, card_id)
    sessions = saved.rows("SELECT mode, ended_at, json_extract(config, '$.deck_ids') FROM sessions")
    assert sessions == [("play", None, json.dumps([DECK]).replace(" ", ""))], sessions
    results = saved.session()["state"]["quiz_results"]  # type: ignore[index]
    assert [1 - owner, "close"] in results, results
    assert max(first_exit, second_exit) < 5, "closing the window ends the game within a few seconds"


def test_kill_right_after_answers_loses_none_and_the_session_resumes(display: str, tmp_path: Path) -> None:
    """SIGKILL the real game the moment answers are saved; a restart has every one and resumes there."""
    data = tmp_path / "data"
    person = Person(display, tmp_path / "shots")
    saved = Saved(data / "kindred.db")
    person.learn_letters([*NAMES, *ANSWERS])
    games: list[Game] = []
    try:
        game = Game(display, data, tmp_path, "killed")
        games.append(game)
        person.type(NAMES[0], after_key="Return")
        person.key("Return")
        person.type(NAMES[1])
        person.key("Return")
        wait_for(lambda: saved.names() == NAMES, "the couple to be saved")
        person.key("p")  # Play
        time.sleep(0.3)
        person.key("s")  # Deal the cards, with the decks as they are
        table = Table(person, saved)
        wait_for(lambda: saved.session() is not None, "the session to start")
        state = table.state()
        kills = 0
        while kills < 2:
            if state["phase"] == "ended":  # a round of cards that keep few answers: home, and another round
                person.key("Return")  # Back home
                time.sleep(0.3)
                person.key("p")
                time.sleep(0.3)
                person.key("s")
                state = wait_for(lambda: (now := table.state())["phase"] != "ended" and now, "another round to be dealt")
            state = table.play_turn()
            kept = saved.answers()
            # Any kind of answer counts (typed, picked, a scale): whichever cards the decks deal, the kills come.
            if len(kept) > kills * 2 + 1:
                # Right after an answer is in: no goodbye, no flush, no chance to tidy up.
                game.process.send_signal(signal.SIGKILL)
                assert game.process.wait(WAIT) == -signal.SIGKILL
                kills += 1
                after = saved.answers()
                lost = [answer for answer in kept if answer not in after]
                assert len(after) == len(kept) and not lost, f"answers saved before the kill are gone: {lost!r}"
                for text in table.typed:
                    assert text in after, f"{text!r} was typed and saved before the kill and is gone"
                game = Game(display, data, tmp_path, f"after-kill-{kills}")
                games.append(game)
                person.key("Return")  # Begin: straight back into the open session
                time.sleep(0.5)
                person.shot(f"resumed-after-kill-{kills}")
                assert table.state()["turns_started"] == state["turns_started"], "the session must resume on the same turn"
                state = table.play_turn()  # and it plays on
        assert game.close_window() == 0, game.stderr()
        assert len(saved.answers()) >= 4 and all(text in saved.answers() for text in table.typed)
    except BaseException:
        person.shot("failure")
        raise
    finally:
        for game in games:
            game.kill()
