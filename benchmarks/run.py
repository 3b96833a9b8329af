"""Kindred's benchmark: one table, a row per quality bar of docs/ARCHITECTURE.md.

    python3 benchmarks/run.py            # the full run, about 2 minutes
    python3 benchmarks/run.py --quick    # fewer repetitions, under a minute

This is a benchmark, not a test: it measures and prints, and asserts nothing. Every row
gives the figure, a baseline measured in the same run (these machines are noisy, so the
bars that can be are ratios), the bar, and PASS or FAIL. The exit code is 1 when a bar
fails or a row could not be measured, else 0.

Children it starts: first_frame.py (the real game up to its first frame), bare_window.py
(the bare pygame-ce baselines) and soak.py (many turns through session, store and window).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

# In-process rows draw with the dummy driver; children get their environment explicitly.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

MS = 1000.0


@dataclass
class Row:
    what: str
    measured: str
    baseline: str
    ratio: str
    bar: str
    result: str  # PASS, FAIL, SKIPPED or ERROR
    note: str = ""
    label: str = ""  # the row's number in the table: 1, 2, ... (8, 8b for a bar with two rows)


@dataclass(frozen=True)
class Plan:
    quick: bool
    deck_runs: int
    deck_baseline_runs: int
    saves: int
    picks: int
    start_runs: int
    idle_seconds: float
    flips: int
    soak_turns: int


FULL = Plan(
    False, deck_runs=5, deck_baseline_runs=3, saves=500, picks=1000, start_runs=15, idle_seconds=10.0, flips=24, soak_turns=2000
)
QUICK = Plan(
    True, deck_runs=3, deck_baseline_runs=1, saves=200, picks=1000, start_runs=7, idle_seconds=4.0, flips=8, soak_turns=1000
)


# ---- helpers ------------------------------------------------------------------------------


def percentile(values: list[float], pct: int) -> float:
    """The pct-th percentile (statistics' inclusive method; needs two values or more)."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def ms(seconds: float) -> str:
    return f"{seconds * MS:.3f} ms" if seconds < 0.01 else f"{seconds * MS:.1f} ms"


@contextmanager
def scratch(name: str) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=f"kindred-bench-{name}-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child process: headless and silent unless `extra` says otherwise."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SDL_")}
    env.update(PYGAME_HIDE_SUPPORT_PROMPT="1", SDL_AUDIODRIVER="dummy", PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


def couple_services(root: Path, clock: list[datetime]):  # type: ignore[no-untyped-def]
    """A real store and the game's services in `root`, on a fake clock, with a couple in it."""
    from game.services import GameServices
    from game.storage.store import Store

    store = Store.open(root, clock[0])
    services = GameServices(store, root, seed=3, clock=lambda: clock[0])
    couple = services.create_couple([("Ana", "#d9825b"), ("Bình", "#5b8bd9")])
    return store, services, couple


# ---- 1. a 10,000-card deck ---------------------------------------------------------------


def bench_big_deck(plan: Plan) -> Row:
    import yaml

    from decks import big_deck_yaml
    from game.storage.deck_files import load_deck_file

    with scratch("deck") as folder:
        path = folder / "generated.yaml"
        path.write_text(big_deck_yaml(10_000), encoding="utf-8")
        loads, cpu = [], []
        for _ in range(plan.deck_runs):
            start, cpu_start = time.perf_counter(), time.process_time()
            loaded = load_deck_file(path)
            loads.append(time.perf_counter() - start)
            cpu.append(time.process_time() - cpu_start)
        assert len(loaded.deck.cards) == 10_000
        plain = []
        for _ in range(plan.deck_baseline_runs):
            start = time.perf_counter()
            text = path.read_text(encoding="utf-8")
            yaml.load(text, Loader=yaml.CSafeLoader)
            plain.append(time.perf_counter() - start)
    value = statistics.median(loads)
    base = statistics.median(plain)
    return Row(
        "load + validate a 10,000-card deck",
        f"{value:.3f} s",
        f"{base:.3f} s plain CSafeLoader",
        f"{value / base:.2f}x",
        "< 1 s",
        verdict(value < 1.0),
        f"median of {len(loads)} loads (baseline: {len(plain)}), {statistics.median(cpu):.3f} s in CPU time; "
        "the plain load runs with the garbage collector on",
    )


def bench_strict_validate(plan: Plan) -> Row:
    """`deck validate --strict` on the shape a tester waited 62 s for: 1,561 long cards, each pair nearly the same."""
    import io

    from decks import alike_deck_yaml
    from game import cli

    class Nowhere(io.TextIOBase):
        def write(self, text: str) -> int:
            return len(text)

    def timed(strict: bool) -> tuple[float, float]:
        start, cpu_start = time.perf_counter(), time.process_time()
        assert cli.deck_validate([str(path)], strict, Nowhere(), Nowhere()) == (1 if strict else 0)
        return time.perf_counter() - start, time.process_time() - cpu_start

    with scratch("strict") as folder:
        path = folder / "alike.yaml"
        path.write_text(alike_deck_yaml(1561), encoding="utf-8")
        plain = [timed(False) for _ in range(plan.deck_baseline_runs)]
        strict = [timed(True) for _ in range(1 if plan.quick else 2)]
    wall, cpu = statistics.median(t for t, _ in strict), statistics.median(c for _, c in strict)
    plain_wall, plain_cpu = statistics.median(t for t, _ in plain), statistics.median(c for _, c in plain)
    ratio = cpu / plain_cpu
    return Row(
        "deck validate --strict, 1,561 long alike cards",
        f"{cpu:.1f} s CPU",
        f"{plain_cpu:.2f} s CPU plain validate",
        f"{ratio:.0f}x",
        "< 20 s CPU",
        verdict(cpu < 20.0),
        f"wall {wall:.1f} s (plain {plain_wall:.2f} s); every one of the 1,217,580 pairs is nearly the same, so each is "
        "scored and printed (to nowhere here); the near-duplicate search alone is about half of it",
    )


def bench_strict_growth(plan: Plan) -> Row:
    """`deck validate --strict` on 4,000 varied cards against 1,000: about 4 when the lint grows with the cards."""
    import io

    from decks import varied_deck_yaml
    from game import cli

    def cpu_for(cards: int, folder: Path) -> float:
        path = folder / f"varied-{cards}.yaml"
        path.write_text(varied_deck_yaml(cards, twins=cards // 50), encoding="utf-8")
        start = time.process_time()
        cli.deck_validate([str(path)], True, io.StringIO(), io.StringIO())
        return time.process_time() - start

    with scratch("growth") as folder:
        small = statistics.median(cpu_for(1000, folder) for _ in range(1 if plan.quick else 3))
        large = cpu_for(4000, folder)
    ratio = large / small
    return Row(
        "deck validate --strict, 4,000 cards against 1,000",
        f"{large:.1f} s CPU",
        f"{small:.2f} s CPU on 1,000 cards",
        f"{ratio:.1f}x",
        "near-linear: <= 5x",
        verdict(ratio <= 5.0),
        "varied cards of 8 to 16 random words, and one in 50 more an earlier card with a word changed; "
        "4 times the cards costs about 4 times as much when the lint is linear, 16 when it compares every pair",
    )


def bench_hostile_decks(plan: Plan) -> Row:
    import hostile_decks

    with scratch("hostile") as folder:
        times, plain, sizes = hostile_decks.measure(folder, 1 if plan.quick else 3)
    shape, worst = max(times.items(), key=lambda item: item[1])
    # Per byte, so a smaller hostile file is not flattered against the plain one.
    ratio = (worst / sizes[shape]) / (plain / sizes["plain"])
    return Row(
        "refuse a 5 MB deck of the worst shapes",
        f"{worst:.2f} s",
        f"{plain:.2f} s plain valid deck",
        f"{ratio:.2f}x per byte",
        "linear: < 2 s, <= 2x per byte",
        verdict(worst < 2.0 and ratio <= 2.0),
        f"worst: {shape} ({sizes[shape] / 1048576:.1f} MB); "
        + ", ".join(f"{name} {seconds:.2f} s ({seconds / plain:.1f}x the plain deck)" for name, seconds in times.items())
        + f"; plain deck {sizes['plain'] / 1048576:.1f} MB; each refused with at most 200 problems listed",
    )


# ---- 2. the built-in decks ---------------------------------------------------------------

COLD_DECKS = """
import time
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir
start = time.perf_counter()
found = load_decks(deck_paths(builtin_decks_dir()))
print(time.perf_counter() - start, len(found.decks), len(found.problems))
"""


def bench_builtin_decks(plan: Plan) -> Row:
    import yaml

    from game.storage.deck_files import deck_paths, load_decks
    from game.storage.paths import builtin_decks_dir

    colds = []
    for _ in range(3 if plan.quick else 5):
        out = subprocess.run([sys.executable, "-c", COLD_DECKS], capture_output=True, text=True, env=child_env(), check=True)
        seconds, _decks, problems = out.stdout.split()
        colds.append(float(seconds))
    cold = statistics.median(colds)
    paths = deck_paths(builtin_decks_dir())
    warm_runs = []
    for _ in range(10):
        start = time.perf_counter()
        found = load_decks(paths)
        warm_runs.append(time.perf_counter() - start)
    warm = statistics.median(warm_runs)
    plain_runs = []
    for _ in range(10):
        start = time.perf_counter()
        for path in paths:
            yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        plain_runs.append(time.perf_counter() - start)
    plain = statistics.median(plain_runs)
    worst = max(cold, warm)
    return Row(
        "load all built-in decks",
        f"{ms(cold)} first in a process, {ms(warm)} again",
        f"{ms(plain)} plain CSafeLoader",
        f"{worst / plain:.1f}x",
        "< 0.1 s",
        verdict(worst < 0.1),
        f"{len(found.decks)} decks, {sum(len(d.cards) for d in found.decks)} cards, {problems} problems; 'first in a process' "
        f"(median of {len(colds)} fresh processes, imports excluded) includes compiling the schema validator",
    )


# ---- 3. saving one answer ----------------------------------------------------------------


def bench_save_answer(plan: Plan) -> Row:
    import sqlite3

    from autoplay import next_command

    from game.core.cards import Kind
    from game.core.session import Phase, SessionConfig
    from game.core.session_commands import Answer

    clock = [datetime(2026, 11, 25, 19, 30, tzinfo=UTC)]
    rng = random.Random(1)
    times: list[float] = []
    cpu: list[float] = []  # the game's own work in each save, without the wait for the disk
    bare: list[float] = []
    with scratch("store") as root:
        store, services, couple = couple_services(root, clock)
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        sync = store.conn.execute("PRAGMA synchronous").fetchone()[0]
        # The baseline: the smallest durable commit on the same disk, one short row, same pragmas.
        floor = sqlite3.connect(root / "floor.db", isolation_level=None)
        floor.execute("PRAGMA journal_mode = WAL")
        floor.execute("PRAGMA synchronous = FULL")
        floor.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, answer TEXT)")
        deck_ids = tuple(deck.id for deck in services.decks())
        handle = None
        sessions = 0
        try:
            while len(times) < plan.saves:
                if handle is None or handle.session.ended:
                    clock[0] += timedelta(days=1)
                    handle = services.start(couple, SessionConfig(deck_ids=deck_ids, length=12, seed=sessions))
                    sessions += 1
                    continue
                session = handle.session
                command = next_command(session, rng)
                clock[0] += timedelta(minutes=1)
                if isinstance(command, Answer) and session.phase is Phase.ANSWER and session.current_card().kind is Kind.ASK:
                    events = session.apply(command, clock[0])
                    start, cpu_start = time.perf_counter(), time.thread_time()
                    store.sessions.record(couple.id, handle.session_id, session, events, clock[0])
                    times.append(time.perf_counter() - start)
                    cpu.append(time.thread_time() - cpu_start)
                    start = time.perf_counter()  # interleaved, so both see the same disk weather
                    floor.execute("BEGIN IMMEDIATE")
                    floor.execute("INSERT INTO answers (answer) VALUES (?)", (str(command.value),))
                    floor.execute("COMMIT")
                    bare.append(time.perf_counter() - start)
                else:
                    handle.run(command)
            memories = len(store.memories.all(couple.id))
        finally:
            floor.close()
            store.close()
    p50, p99 = statistics.median(times), percentile(times, 99)
    b50, b99 = statistics.median(bare), percentile(bare, 99)
    return Row(
        "save one answer durably (Store.record)",
        f"p50 {ms(p50)}, p99 {ms(p99)}",
        f"p50 {ms(b50)}, p99 {ms(b99)} one-row commit",
        f"p99 {p99 / b99:.1f}x",
        "p99 < 2 ms",
        verdict(p99 < 0.002),
        f"{len(times)} answers over {sessions} sessions ({memories} memories at the end); journal_mode={mode}, "
        f"synchronous={sync} (2 = FULL); temp folder on {filesystem(tempfile.gettempdir())}. The baseline is the disk's "
        "floor: a one-row INSERT committed with the same pragmas, timed right after each save. In CPU time a save "
        f"takes p50 {ms(statistics.median(cpu))}, p99 {ms(percentile(cpu, 99))}: the rest is waiting for fsync",
    )


def filesystem(path: str) -> str:
    """The filesystem type holding `path` (from /proc/mounts), for the fsync caveat."""
    best, kind = "", "unknown"
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) > 2 and path.startswith(parts[1]) and len(parts[1]) > len(best):
                    best, kind = parts[1], parts[2]
    except OSError:
        pass
    return kind


# ---- 4. picking the next quiz ------------------------------------------------------------


def bench_pick_quiz(plan: Plan) -> Row:
    import fsrs

    from game.core.answers import Verdict
    from game.core.cards import Card, Kind
    from game.core.memories import Memory, MemoryKey
    from game.core.partner_quiz import QuizBook

    rng = random.Random(4)
    now = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    deck_cards = {f"card-{i}": Card("generated", f"card-{i}", "?", Kind.ASK, quiz="?") for i in range(10_000)}
    book = QuizBook()
    memories: dict[MemoryKey, Memory] = {}
    owner, guesser = 1, 0
    for i in range(10_000):
        key = MemoryKey(owner, "generated", f"card-{i}")
        memories[key] = Memory.first(key, "an answer", now - timedelta(days=400))
        created = now - timedelta(days=rng.uniform(1, 365))
        book.put(key, guesser, fsrs.Card(card_id=i + 1, due=created))
        if i % 3:  # two thirds have been quizzed 1-4 times; the last quiz 0-40 days ago, so some are due and some not
            reviews = rng.randint(1, 4)
            last = now - timedelta(days=rng.uniform(0, 40))
            for step in range(reviews):
                when = created + (last - created) * (step + 1) / reviews
                book.review(key, guesser, rng.choice(list(Verdict)), when)
    due_now = book.count_due(guesser, now)
    # What a session asks of each candidate (turn_order.quiz_eligible): not quizzed this session, still a
    # memory, its card still in a deck, and not made in the last few turns.
    quizzed: set[MemoryKey] = set()
    made: dict[MemoryKey, int] = {}
    turn = [0]

    def eligible(key: MemoryKey) -> bool:
        if key in quizzed or key not in memories or deck_cards.get(key.card_id) is None:
            return False
        when = made.get(key)
        return when is None or turn[0] - when >= 4

    times: list[float] = []
    clock = now
    for pick in range(plan.picks):
        if pick % 30 == 0:  # a new session every 30 picks: nothing quizzed yet
            quizzed.clear()
            made.clear()
            clock += timedelta(hours=20)
        start = time.perf_counter()
        chosen = book.pick(guesser, clock, eligible)
        times.append(time.perf_counter() - start)
        assert chosen is not None
        quizzed.add(chosen)
        turn[0] += 1
        clock += timedelta(minutes=3)
    scans = []
    for _ in range(20):  # the baseline: one naive pass over every schedule, as without the due index
        start = time.perf_counter()
        min((card.due, key) for (key, seat), card in book.items() if seat == guesser and eligible(key))
        scans.append(time.perf_counter() - start)
    p50, p99 = statistics.median(times), percentile(times, 99)
    return Row(
        "pick the next quiz among 10,000 memories",
        f"p50 {ms(p50)}, p99 {ms(p99)}",
        f"{ms(statistics.median(scans))} one naive scan",
        f"p99 {ms(p99)}",
        "< 5 ms",
        verdict(p99 < 0.005),
        f"{len(times)} picks; {len(book)} schedules, {due_now} due at the start; up to 29 already quizzed skipped per pick",
    )


# ---- 5. start to first frame -------------------------------------------------------------


def first_frame_seconds(args: list[str], env: dict[str, str]) -> float:
    """Wall time from just before spawning the child to the frame it reports (its own time.time())."""
    started = time.time()
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=60)
    for line in out.stdout.splitlines():
        if line.startswith("FIRST_FRAME "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{args[0]} drew no frame (exit {out.returncode}): {out.stderr.strip()[-400:]}")


def bench_start(plan: Plan) -> Row:
    with scratch("start") as folder:
        # Byte-compiled modules as an installed game has them: a private pycache, warmed once.
        env = child_env(SDL_VIDEODRIVER="dummy", PYTHONPYCACHEPREFIX=str(folder / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        game = [str(HERE / "first_frame.py"), "--data-dir", str(folder / "data"), "--window", "1280x720"]
        bare = [str(HERE / "bare_window.py"), "first-frame"]
        first_frame_seconds(bare, env)
        first_frame_seconds(game, env)  # also creates the store: the timed starts open an existing one
        # Interleaved, each second pair the other way round, so a busy moment on the machine (it is shared)
        # falls on both sides alike; the medians then leave out the odd slow start of either.
        games, bares = [], []
        for run in range(plan.start_runs):
            for child in (bare, game) if run % 2 == 0 else (game, bare):
                (bares if child is bare else games).append(first_frame_seconds(child, env))
    value, base = statistics.median(games), statistics.median(bares)
    return Row(
        "start to first interactive frame",
        ms(value),
        f"{ms(base)} bare set_mode+flip",
        f"{value / base:.2f}x",
        "<= 1.5x",
        verdict(value / base <= 1.5),
        f"median of {len(games)} interleaved runs each, dummy driver, warm byte-code cache, existing store; "
        f"game {ms(min(games))}-{ms(max(games))}, bare {ms(min(bares))}-{ms(max(bares))}",
    )


# ---- 6. idle CPU under Xvfb --------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), from /proc/PID/stat."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_share(pid: int, seconds: float) -> float:
    """The share of one core `pid` used over `seconds` of wall time."""
    cpu0, wall0 = cpu_seconds(pid), time.perf_counter()
    time.sleep(seconds)
    return (cpu_seconds(pid) - cpu0) / (time.perf_counter() - wall0)


def free_display() -> int:
    for number in range(91, 400):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"timed out waiting for {what}")


def window_shown(display: str, title: str) -> bool:
    if shutil.which("xwininfo") is None:
        return False
    out = subprocess.run(["xwininfo", "-display", display, "-root", "-tree"], capture_output=True, text=True)
    return f'"{title}"' in out.stdout


@contextmanager
def started(args: list[str], env: dict[str, str], log: Path, pipe: bool = False) -> Iterator[subprocess.Popen[str]]:
    """A child process, its stderr in `log`, stopped (by its own id) on the way out."""
    with log.open("w", encoding="utf-8") as errors:
        out = subprocess.PIPE if pipe else subprocess.DEVNULL
        process = subprocess.Popen(args, env=env, stdout=out, stderr=errors, text=True, cwd=ROOT)
        try:
            yield process
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def tail(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-400:].strip()


def bench_idle_cpu(plan: Plan) -> Row:
    what, bar = "CPU while a screen sits still (Xvfb)", "< 1% of a core"
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return Row(what, "-", "-", "-", bar, "SKIPPED", "Xvfb is not installed (Debian package xvfb)")
    number = free_display()
    display = f":{number}"
    server_args = [xvfb, display, "-screen", "0", "1280x720x24", "-nolisten", "tcp", "-noreset"]
    with scratch("idle") as folder, started(server_args, dict(os.environ), folder / "xvfb.log") as server:
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists() or server.poll() is not None, 10, "Xvfb")
        if server.poll() is not None:
            return Row(what, "-", "-", "-", bar, "SKIPPED", f"Xvfb did not start: {tail(folder / 'xvfb.log')}")
        if shutil.which("xdpyinfo"):
            ready = lambda: subprocess.run(["xdpyinfo", "-display", display], capture_output=True).returncode == 0  # noqa: E731
            wait_for(ready, 10, "the display")
        env = child_env(DISPLAY=display, SDL_VIDEO_WINDOW_POS="0,0")
        game_args = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder / "data"), "--window", "1280x720"]
        with started(game_args, env, folder / "game.log") as game:
            if shutil.which("xwininfo"):
                wait_for(lambda: window_shown(display, "Kindred") or game.poll() is not None, 30, "the game's window")
            else:
                time.sleep(5)
            if game.poll() is not None:
                raise RuntimeError(f"the game exited early: {tail(folder / 'game.log')}")
            time.sleep(1.5)  # the title is drawn; let it settle into idle
            x0 = cpu_seconds(server.pid)
            game_share = cpu_share(game.pid, plan.idle_seconds)
            x_game = (cpu_seconds(server.pid) - x0) / plan.idle_seconds
        with started([sys.executable, str(HERE / "bare_window.py"), "redraw-loop"], env, folder / "loop.log", pipe=True) as loop:
            assert loop.stdout is not None
            loop.stdout.readline()  # READY
            time.sleep(0.5)
            x0 = cpu_seconds(server.pid)
            loop_share = cpu_share(loop.pid, plan.idle_seconds)
            x_loop = (cpu_seconds(server.pid) - x0) / plan.idle_seconds
    return Row(
        what,
        f"{game_share:.2%}",
        f"{loop_share:.1%} redraw at 60 fps",
        f"{game_share / loop_share:.3f}x" if loop_share else "-",
        bar,
        verdict(game_share < 0.01),
        f"the real game (main.py) idle on its title screen, {plan.idle_seconds:.0f} s each, utime+stime from /proc/PID/stat "
        f"(tick {1000 / os.sysconf('SC_CLK_TCK'):.0f} ms); Xvfb itself used {x_game:.1%} (game) vs {x_loop:.1%} (loop)",
    )


# ---- 7. a card-flip frame at 1920x1080 ---------------------------------------------------


def bench_flip_frame(plan: Plan) -> Row:
    import pygame
    from autoplay import next_command

    from game.core.cards import Kind
    from game.core.session import Phase, SessionConfig
    from game.core.session_commands import AnswerPrivately
    from game.ui.runner import build_shell
    from game.ui.scenes.play import FLIP_SECONDS, PlayScene

    clock = [datetime(2026, 11, 25, 19, 30, tzinfo=UTC)]
    rng = random.Random(7)
    frames_per_flip = max(2, round(FLIP_SECONDS * 60))
    times: list[float] = []
    cpu_times: list[float] = []  # the same frames in CPU time: what the drawing costs when no other process competes
    with scratch("flip") as root:
        store, services, couple = couple_services(root, clock)
        try:
            shell = build_shell(services, (1920, 1080), fullscreen=False)
            shell.step([], 0.0)
            ui = shell.ui
            deck_ids = tuple(deck.id for deck in services.decks())
            scene: PlayScene | None = None
            sessions = 0
            while len(times) < plan.flips * frames_per_flip:
                if scene is None or scene.session.ended:
                    handle = services.start(couple, SessionConfig(deck_ids=deck_ids, length=None, seed=sessions))
                    sessions += 1
                    scene = PlayScene(ui, handle)
                    ui.reset(scene)
                    shell.step([], 1 / 60)
                    continue
                session = scene.session
                command = next_command(session, rng)
                clock[0] += timedelta(minutes=1)
                revealing = isinstance(command, AnswerPrivately) and len(session.state.private) == 1
                scene.run(command)
                scene.deal = 1.0
                if revealing and session.phase is Phase.REVEAL:
                    assert session.current_card().kind in (Kind.BOTH, Kind.SCENARIO)
                    for frame in range(frames_per_flip):  # the whole flip, its first frame (text not cached yet) included
                        scene.flip = frame / frames_per_flip
                        start, cpu = time.perf_counter(), time.thread_time()
                        shell.draw()
                        times.append(time.perf_counter() - start)
                        cpu_times.append(time.thread_time() - cpu)
                scene.flip = 1.0
                shell.step([], 1 / 60)
            # The baseline: a bare 1920x1080 fill plus a blit of a card-sized surface with alpha.
            window = shell.window
            card = pygame.Surface(scene.card_rect.inflate(28, 28).size if scene else (600, 760), pygame.SRCALPHA)
            card.fill((250, 240, 230, 255))
            bare: list[float] = []
            for _ in range(len(times)):
                start = time.perf_counter()
                window.fill((246, 236, 224))
                window.blit(card, (56, 96))
                bare.append(time.perf_counter() - start)
            size = window.get_size()
            pygame.display.quit()
        finally:
            store.close()
    p50, p99 = statistics.median(times), percentile(times, 99)
    base99 = percentile(bare, 99)
    firsts = times[::frames_per_flip]
    return Row(
        "one card-flip frame at 1920x1080 (drawing)",
        f"p50 {ms(p50)}, p99 {ms(p99)} (CPU p99 {ms(percentile(cpu_times, 99))})",
        f"p99 {ms(base99)} fill + card blit",
        f"{p99 / base99:.1f}x",
        "p99 < 4 ms",
        verdict(p99 < 0.004),
        f"{len(times)} frames of {len(times) // frames_per_flip} flips (both and scenario reveals), "
        f"Shell.draw at {size[0]}x{size[1]}, "
        f"dummy driver, the flip to the screen not included; in CPU time p50 {ms(statistics.median(cpu_times))}, "
        f"p99 {ms(percentile(cpu_times, 99))}; first frame of each flip (new text to lay out): "
        f"median {ms(statistics.median(firsts))}",
    )


# ---- 8. memory after 1,000 turns ---------------------------------------------------------


def bench_memory(plan: Plan) -> list[Row]:
    env = child_env(SDL_VIDEODRIVER="dummy")
    bare_args = [sys.executable, str(HERE / "bare_window.py"), "rss"]
    bare = subprocess.run(bare_args, capture_output=True, text=True, env=env, check=True)
    bare_mb = int(bare.stdout.split()[-1]) / 1024
    with scratch("soak") as root:
        out = subprocess.run(
            [sys.executable, str(HERE / "soak.py"), str(root / "data"), str(plan.soak_turns)],
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
        )
    if out.returncode != 0:
        raise RuntimeError(f"soak.py failed: {out.stderr.strip()[-600:]}")
    rss: dict[int, float] = {}
    played = ""
    for line in out.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] == "RSS_KB":
            rss[int(parts[1])] = int(parts[2]) / 1024
        elif parts and parts[0] == "TURNS":
            played = line.lower()
    at = 1000 if 1000 in rss else max(rss)
    last = max(rss)
    since = at if last > at else last // 2
    above = rss[at] - bare_mb
    growth = rss[last] - rss[since]
    curve = ", ".join(f"{turn}: {mb:.0f}" for turn, mb in sorted(rss.items()))
    return [
        Row(
            f"RSS after {at:,} turns",
            f"{rss[at]:.1f} MB (start {rss[0]:.1f} MB)",
            f"{bare_mb:.1f} MB bare window",
            f"+{above:.1f} MB",
            "<= bare + 60 MB",
            verdict(above <= 60),
            f"{played}; start = after set_mode and the title's first frame; dummy driver, 1280x720; RSS in MB by turn: {curve}",
        ),
        Row(
            f"RSS growth, turns {since:,} to {last:,} (soak)",
            f"{growth:+.1f} MB",
            f"{rss[since]:.1f} MB at turn {since:,}",
            f"{growth:+.1f} MB",
            "<= +5 MB",
            verdict(growth <= 5),
            "a soak: once caches are warm, no growth beyond a few MB"
            + (" (--quick: this window still includes the caches warming up)" if plan.quick else ""),
        ),
    ]


# ---- 9. one passphrase guess ----------------------------------------------------------------


def bench_passphrase_guess(plan: Plan) -> Row:
    """One wrong passphrase through the store, as a guesser would try it (the wait between tries skipped)."""
    from game.storage.crypto import CURRENT, LEGACY, derive_key
    from game.storage.store import Store

    tries = 3 if plan.quick else 5
    moment = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    with scratch("guess") as root, Store.open(root, moment) as store:
        couple = store.couples.create([("Ana", "#d9825b"), ("Bình", "#5b8bd9")], moment)
        store.locks.set_passphrase(couple.id, "a long walk by the sea", moment)
        guesses = []
        for attempt in range(tries):
            moment += timedelta(hours=1)  # past any wait: only the guess itself is timed
            start = time.perf_counter()
            store.locks.unlock(couple.id, f"guess number {attempt}", moment)
            guesses.append(time.perf_counter() - start)
    old = []
    for attempt in range(tries):
        start = time.perf_counter()
        derive_key(f"guess number {attempt}", b"0" * 16, LEGACY)
        old.append(time.perf_counter() - start)
    guess, before = statistics.median(guesses), statistics.median(old)
    return Row(
        "one passphrase guess",
        f"{guess:.2f} s",
        f"{before:.2f} s with the old cost (scrypt n=2**15)",
        f"{guess / before:.1f}x",
        "3–6× the old cost",
        verdict(3 <= guess / before <= 6),
        f"median of {tries} wrong guesses through Store.unlock (scrypt n=2**{CURRENT.n.bit_length() - 1}, r={CURRENT.r}) against "
        "the old key derivation alone, in the same run: scrypt's work grows with n, so four times n should cost about four "
        "times as much for a guesser (≈0.44 s a guess on a quiet machine); the wait after each miss comes on top",
    )


# ---- the table ---------------------------------------------------------------------------

# ---- 10. importing lists at the size limit ------------------------------------------------------

IMPORT_LIMIT = 5 * 1024 * 1024 - 64


def _filled(unit: str, head: str = "", tail: str = "") -> str:
    return head + unit * ((IMPORT_LIMIT - len(head) - len(tail)) // len(unit)) + tail


def import_shapes() -> dict[str, str]:
    """Files at the 5 MB limit in the shapes that once took minutes (each line, quote or cell a step of work)."""
    return {
        "stray lines.md": _filled("x\n", "- One?\n- Two?\n"),
        "wrapped lines.md": _filled("and more\n", "- One\n"),
        "headings.md": _filled("## A\n", "- One?\n"),
        "comments.txt": _filled("#\n"),
        "alike questions.txt": _filled("Same question?\n"),
        "quotes in cells.csv": _filled('"' + '""' * 900 + '?"\n', "text\n"),
        "one huge quoted cell.csv": 'text\n"' + '""' * (IMPORT_LIMIT // 2 - 8) + '"\n',
        "wide row.csv": _filled("a,", "text\n", "\n"),
        "JSON strings.json": "[" + _filled('"Why?",', tail='"Why?"]'),
    }


def bench_import(plan: Plan) -> Row:
    from game.storage.deck_files import DeckError
    from game.storage.importing import preview_file

    question = "What is one small thing that would make this week lighter for you, and why that one? Tell me slowly. " * 2
    plain = "".join(f"{question}({number})?\n" for number in range(20_000))
    timings: dict[str, float] = {}
    with scratch("import") as folder:
        for name, text in {"plain list.txt": plain, **import_shapes()}.items():
            path = folder / name
            path.write_text(text, encoding="utf-8")
            runs = []
            for _ in range(1 if plan.quick else 2):
                start = time.perf_counter()
                with contextlib.suppress(DeckError):  # most shapes end in a located refusal: the time to it counts
                    preview_file(path, name)
                runs.append(time.perf_counter() - start)
            timings[name] = min(runs)
    base = timings.pop("plain list.txt")
    worst_name = max(timings, key=lambda name: timings[name])
    worst = timings[worst_name]
    return Row(
        "import a 5 MB list of the worst shapes",
        f"{worst:.2f} s ({worst_name})",
        f"{base:.2f} s a plain 5 MB list of 20,000 questions",
        f"{worst / base:.2f}x",
        "linear: under 2 s",
        verdict(worst < 2.0),
        "each shape: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in timings.items()),
    )


# ---- 12. five years of weekly play (benchmarks/years.py) ------------------------------------


def bench_years(plan: Plan) -> list[Row]:
    from years import five_years

    return [Row(**fields) for fields in five_years(plan.quick)]


# ---- 15. the dealer: every built-in card dealt into rounds of twenty ---------------------------


def bench_deal(plan: Plan) -> Row:
    """The dealer's cost for a first evening: every built-in card (spicy on), climbed, bookended, its shapes and
    subjects held once a round, against the plain shuffle of the same cards in the same run; and how many first rounds
    of what a new couple has (no opt-in decks, spicy off) still meet a once-a-round shape or subject twice."""
    from collections import Counter

    from game.core.card_shapes import ONCE_A_ROUND, shapes
    from game.core.dealing import DealFilters, deal
    from game.storage.deck_files import deck_paths, load_decks
    from game.storage.paths import builtin_decks_dir

    decks = load_decks(deck_paths(builtin_decks_dir())).decks
    seeds = range(100 if plan.quick else 300)

    def median(length: int | None) -> float:
        times = []
        for seed in seeds:
            start = time.perf_counter()
            deal(decks, DealFilters(spicy=True), seed, None, length, length is not None)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    plain, dealt = median(None), median(20)
    usual = [deck for deck in decks if not deck.opt_in]
    once = {card.key: shapes(card) & ONCE_A_ROUND for deck in usual for card in deck.cards}
    twins = sum(
        any(n > 1 for n in Counter(s for key in deal(usual, DealFilters(), seed, None, 20, True)[:20] for s in once[key]).values())
        for seed in seeds
    )
    return Row(
        "deal every built-in card into rounds of twenty",
        f"{ms(dealt)} a deal",
        f"{ms(plain)} plain shuffle",
        f"{dealt / plain:.1f}x",
        "< 0.1 s",
        verdict(dealt < 0.1),
        f"median of {len(seeds)} seeds, {sum(len(d.cards) for d in decks)} cards, once a session; {twins} of {len(seeds)} "
        "first rounds of a new couple's decks meet a once-a-round shape or subject twice",
    )


BENCHES: list[tuple[str, Callable[[Plan], Row | list[Row]]]] = [
    ("load + validate a 10,000-card deck", bench_big_deck),
    ("load all built-in decks", bench_builtin_decks),
    ("save one answer durably", bench_save_answer),
    ("pick the next quiz among 10,000 memories", bench_pick_quiz),
    ("start to first interactive frame", bench_start),
    ("CPU while a screen sits still (Xvfb)", bench_idle_cpu),
    ("one card-flip frame at 1920x1080", bench_flip_frame),
    ("RSS after 1,000 turns", bench_memory),
    ("refuse a 5 MB deck of the worst shapes", bench_hostile_decks),
    ("one passphrase guess", bench_passphrase_guess),
    ("import a 5 MB list of the worst shapes", bench_import),
    ("five years of weekly play", bench_years),
    ("deck validate --strict, 1,561 long alike cards", bench_strict_validate),
    ("deck validate --strict, 4,000 cards against 1,000", bench_strict_growth),
    ("deal every built-in card into rounds of twenty", bench_deal),
]


def print_table(rows: list[Row]) -> None:
    headers = ("#", "what", "measured", "baseline (same run)", "ratio / bound", "bar", "result")
    cells = [(r.label, r.what, r.measured, r.baseline, r.ratio, r.bar, r.result) for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]

    def line(values: tuple[str, ...]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    print(line(headers))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for cell in cells:
        print(line(cell))
    print()
    for row in rows:
        if row.note:
            print(f"{row.label}. {row.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions: under a minute")
    parser.add_argument("--only", metavar="N", help="run only these rows, e.g. 1,5 (for profiling)")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    chosen = {int(n) for n in args.only.split(",")} if args.only else None
    import pygame

    print(
        f"Kindred benchmark{' (--quick)' if plan.quick else ''}: Python {platform.python_version()}, "
        f"pygame-ce {pygame.version.ver} (SDL {'.'.join(map(str, pygame.get_sdl_version()))}), "
        f"{os.cpu_count()} CPUs, {platform.machine()} {platform.system()}",
        flush=True,
    )
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    rows: list[Row] = []
    began = time.perf_counter()
    for number, (what, bench) in enumerate(BENCHES, 1):
        if chosen is not None and number not in chosen:
            continue
        start = time.perf_counter()
        try:
            result = bench(plan)
        except Exception as error:  # a row that cannot be measured says why; the others still run
            traceback.print_exc(file=sys.stderr)
            result = Row(what, "-", "-", "-", "-", "ERROR", f"{type(error).__name__}: {error}")
        made = result if isinstance(result, list) else [result]
        for part, row in enumerate(made):
            row.label = f"{number}{'abcdefgh'[part] if part else ''}"
        rows.extend(made)
        print(f"  measured {what} in {time.perf_counter() - start:.1f} s: {made[0].result}", file=sys.stderr, flush=True)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"load average after: {load}; the run took {time.perf_counter() - began:.0f} s\n")
    print_table(rows)
    return 0 if all(r.result in ("PASS", "SKIPPED") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
