"""Years of use: a store holding five years of weekly play, made by the demo's sample couple playing the real rules.

`five_years(quick)` returns the rows of the benchmark table (as plain dicts, see run.py's Row) for:
opening the profile (Home's first frame), opening Our story (its first frame) and the playbook,
building both playbooks, exporting JSON and Our book. Each is measured on the same store after one
year and after five (the year is played on, not made again), so a row can say how it grows with the
history: linear or better when five years cost at most about what the data grew by.
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

END = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
#: Five years slower than one by more than the data grew, times this, is worse than linear.
LINEAR_SLACK = 1.25


def _best(work: Callable[[], object], runs: int) -> float:
    """The median of `runs` timings (after one warm-up run that fills the caches a real second look would find)."""
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _counts(root: Path) -> dict[str, int]:
    import sqlite3

    conn = sqlite3.connect(root / "kindred.db")
    try:
        out = {
            name: int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for name, table in (
                ("evenings", "sessions WHERE date_night_id IS NULL"),
                ("date nights", "date_nights"),
                ("turns", "turns"),
                ("memories", "memories"),
                ("answers", "memory_versions"),
                ("quiz reviews", "reviews"),
            )
        }
        out["evenings"] += out["date nights"]
        return out
    finally:
        conn.close()


def _measure(root: Path, runs: int) -> dict[str, float]:
    """Each timing on the store in `root` (its first couple)."""
    from game.services import GameServices
    from game.storage.exporting import export_text
    from game.storage.moved_cards import follow_moved_cards
    from game.storage.playbook_store import playbooks
    from game.storage.store import Store
    from game.ui.runner import build_shell
    from game.ui.scenes.home import HomeScene
    from game.ui.scenes.playbook import PlaybookScene
    from game.ui.scenes.story import StoryScene

    store = Store.open(root, END)
    try:
        services = GameServices(store, root, seed=3, clock=lambda: END)
        couple = services.couples()[0]
        decks = services.decks()
        ours = services.deck_library.builtin_decks
        services.playbook.ask_at_start(couple)  # the prompt itself is its own screen; its question is timed with Home below
        shell = build_shell(services, (1280, 720), fullscreen=False)
        ui = shell.ui

        def first_frame(make: Callable[[], Any]) -> Callable[[], None]:
            def show() -> None:
                ui.reset(make())
                shell.step([], 0.0)

            return show

        home = first_frame(lambda: HomeScene(ui, couple))
        out = {
            # The first Home of a run also asks whether a promise waits.
            "home": _best(lambda: (services.playbook.waiting_promises(couple), home()), runs),
            # Just after it, the questions a Quiz me round would ask (see HomeScene.update).
            "quiz count": _best(lambda: services.due_count(couple, services.consent(couple)), runs),
            "story": _best(first_frame(lambda: StoryScene(ui, couple)), runs),
            "playbook screen": _best(first_frame(lambda: PlaybookScene(ui, couple)), runs),
            "memories": _best(lambda: store.memories.all(couple.id), runs),
            "reading": _best(
                lambda: (store.memories.all(couple.id), store.memories.reviews(couple.id), store.sessions.turns(couple.id)), runs
            ),
            "playbook": _best(lambda: playbooks(store, couple, decks, END), runs),
            "json": _best(lambda: export_text(store, decks, END, False, book=False), runs),
            "book": _best(lambda: export_text(store, decks, END, False, book=True), runs),
            # What every start does once a couple, after the decks are read: nothing has moved, so only the look.
            "follow": _best(lambda: follow_moved_cards(store.db, couple.id, ours), runs),
        }
        import pygame

        pygame.display.quit()
        return out
    finally:
        store.close()


def five_years(quick: bool) -> list[dict[str, str]]:
    import tempfile

    from game.demo import MovingClock, make_sample_couple, play_year
    from game.services import GameServices
    from game.storage.store import Store

    runs = 3 if quick else 7
    folder = Path(tempfile.mkdtemp(prefix="kindred-bench-years-"))
    try:
        empty, one, five = folder / "empty", folder / "one", folder / "five"
        made: dict[str, float] = {}
        clock = MovingClock(END - timedelta(weeks=5 * 52))
        store = Store.open(five, clock.now)
        try:
            services = GameServices(store, five, seed=1, clock=clock)
            couple = make_sample_couple(services)
            made["remembered cards"] = sum(card.remembered for deck in services.decks() for card in deck.cards)
            start = time.perf_counter()
            play_year(services, couple, clock, weeks=52, seed=1)
            made["one"] = time.perf_counter() - start
            store.checkpoint()
            shutil.copytree(five, one, ignore=shutil.ignore_patterns("kindred.lock"))
            start = time.perf_counter()
            play_year(services, couple, clock, weeks=4 * 52, seed=2)
            made["four more"] = time.perf_counter() - start
        finally:
            store.close()
        store = Store.open(empty, END)
        make_sample_couple(GameServices(store, empty, seed=1, clock=lambda: END))
        store.close()
        sizes = {name: _counts(root) for name, root in (("one", one), ("five", five))}
        at = {name: _measure(root, runs) for name, root in (("empty", empty), ("one", one), ("five", five))}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return _rows(at, sizes, made)


def _growth(at: dict[str, dict[str, float]], key: str, data: float) -> tuple[str, bool]:
    grew = at["five"][key] / max(at["one"][key], 1e-9)
    ok = grew <= data * LINEAR_SLACK
    return f"1 → 5 years: ×{grew:.2f} for ×{data:.2f} the data ({'linear or better' if ok else 'worse than linear'})", ok


def _rows(at: dict[str, dict[str, float]], sizes: dict[str, dict[str, int]], made: dict[str, float]) -> list[dict[str, str]]:
    five, one = sizes["five"], sizes["one"]
    data = (five["answers"] + five["quiz reviews"] + five["turns"]) / max(1, one["answers"] + one["quiz reviews"] + one["turns"])
    held = ", ".join(f"{count:,} {name}" for name, count in five.items())
    rows = []

    def row(what: str, key: str, base_key: str, base_at: str, base_words: str, factor: float, note: str) -> None:
        measured, base = at["five"][key], at[base_at][base_key]
        growth, linear = _growth(at, key, data)
        ok = measured <= factor * base and linear
        rows.append(
            {
                "what": what,
                "measured": _ms(measured),
                "baseline": f"{_ms(base)} {base_words}",
                "ratio": f"{measured / base:.2f}x",
                "bar": f"≤ {factor:g}x, and linear",
                "result": "PASS" if ok else "FAIL",
                "note": f"{note} One year: {_ms(at['one'][key])}. {growth}.",
            }
        )

    row(
        "5 years: open the profile (Home's first frame)",
        "home",
        "home",
        "empty",
        "on an empty store",
        2,
        f"The five-year store holds {held} (made by `kindred demo`'s generator: {made['one']:.1f} s for the first "
        f"year, {made['four more']:.1f} s for four more). That is what five years of weekly play by the real rules "
        "gives (a 16-card round most weeks, a Quiz me round and a date night a month), fewer than the issue's guess "
        f"of ≈2,000 memories and ≈10,000 answers: the built-in decks have {made['remembered cards']:,.0f} cards that "
        f"are remembered, so {2 * made['remembered cards']:,.0f} memories at most with both partners answering each, "
        "and an evening adds about ten answers and checks. "
        "Home reads only each partner's newest promise, and counts the questions a Quiz me round would ask just after "
        "its first frame, by the round's own rule over the due answers alone "
        f"(one year: {_ms(at['one']['quiz count'])}; five: {_ms(at['five']['quiz count'])}).",
    )
    row(
        "5 years: open Our story (first frame)",
        "story",
        "reading",
        "five",
        "reading memories, reviews, turns",
        2,
        "The figures wait until a section shows them, and the how-well-you-know-each-other bars until the first "
        "frame is shown; the first frame reads every memory for Our memories' list and measures only the rows in "
        "view (the others' heights are guessed from their length until they scroll near). "
        "Its baseline is reading what it shows, not Home's first frame: Home shows its buttons, "
        "Our story shows every memory, so twice Home would mean showing nothing on the first frame.",
    )
    row("5 years: open the playbook screen (first frame)", "playbook screen", "story", "five", "Our story's first frame", 1, "")
    row(
        "5 years: build both playbooks",
        "playbook",
        "memories",
        "five",
        "reading the memories it is built from",
        3,
        "Reading the memories, then two pure passes over them (about as long as the reading).",
    )
    row(
        "5 years: export everything as JSON",
        "json",
        "reading",
        "five",
        "reading memories, reviews, turns",
        3,
        "The text is laid out one record a line by one C encoder made once; SQLite picks each session's stars out of "
        "its saved state; the memories are read once for the data and the playbooks.",
    )
    row("5 years: export Our book", "book", "json", "five", "the JSON export, same store", 2, "")
    row(
        "5 years: look for cards that moved deck (once a start)",
        "follow",
        "memories",
        "five",
        "reading the memories",
        1.5,
        "Every start looks, once a couple, for rows under a deck that no longer holds their card (one query over "
        "memories, cards seen and turns, then a dictionary pass); here nothing has moved, as at most starts.",
    )
    return rows
