"""The store across processes: a second copy is told it is busy; kill -9 loses no committed answer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from game.core.memories import MemoryKey
from game.core.partner_quiz import QuizBook
from game.core.session import Session
from game.storage.store import Store, StoreBusy

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL and fork-style processes")

HOLDER = textwrap.dedent(
    """
    import sys
    from datetime import datetime, UTC
    from pathlib import Path
    from game.storage.store import Store

    store = Store.open(Path(sys.argv[1]), datetime(2026, 11, 25, 19, 30, tzinfo=UTC))
    store.couples.create([("Zoë", "#c8784f"), ("Łukasz", "#4f8cc8")], datetime(2026, 11, 25, 19, 30, tzinfo=UTC))
    print("holding", flush=True)
    sys.stdin.read()  # until the parent closes our stdin
    store.close()
    print("closed", flush=True)
    """
)

SAVER = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timedelta, UTC
    from pathlib import Path
    from game.core.cards import Kind, deck_from_data
    from game.core.partner_quiz import QuizBook
    from game.core.session import Phase, Session, SessionConfig
    from game.storage.store import Store

    T0 = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    cards = [{"id": f"c{i}", "text": f"Question {i}?", "quiz": "What did {name} say?"} for i in range(3000)]
    deck = deck_from_data({"id": "k", "name": "Kill", "cards": cards})
    store = Store.open(Path(sys.argv[1]), T0)
    couple = store.couples.create([("Ánh", "#c8784f"), ("ليلى", "#4f8cc8")], T0)
    session = Session(SessionConfig(deck_ids=("k",), length=None, seed=5), {"k": deck}, {}, QuizBook())
    session_id = store.sessions.start(couple.id, session, T0, session.begin(T0))
    print(f"couple {couple.id}", flush=True)
    n = 0
    while not session.ended:
        now = T0 + timedelta(seconds=n)
        n += 1
        turn = session.current
        if turn.is_quiz:  # quizzes on tonight's answers come up too; pass them by
            store.sessions.record(couple.id, session_id, session, session.pass_card(now), now)
            continue
        answer = f"answer {n} — ünïcødé ✨ " + "x" * (1 + n % 50)
        events = session.answer(answer, now)
        store.sessions.record(couple.id, session_id, session, events, now)
        print(f"saved {turn.seat} {turn.card.card_id} {answer}", flush=True)
    """
)


def child(script: str, root: Path, **kwargs: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen([sys.executable, "-c", script, str(root)], env=env, cwd=REPO, **kwargs)  # type: ignore[call-overload,no-any-return]


def test_a_second_process_opening_the_store_is_told_it_is_busy(data_root: Path, now: datetime) -> None:
    holder = child(HOLDER, data_root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline() == b"holding\n", holder.stderr.read() if holder.stderr else b""
        with pytest.raises(StoreBusy) as busy:
            Store.open(data_root, now)
        message = str(busy.value)
        assert "already open" in message and str(data_root) in message and "Close the other window" in message
        holder.stdin.close()
        assert holder.stdout.readline() == b"closed\n"
        assert holder.wait(timeout=20) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    # once the other copy is gone, the store opens, with its data intact
    with Store.open(data_root, now) as store:
        assert store.notice is None
        assert [couple.name(0) for couple in store.couples.all()] == ["Zoë"]


def test_kill_9_in_the_middle_of_saves_loses_no_committed_answer(data_root: Path, now: datetime) -> None:
    saver = child(SAVER, data_root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines: list[bytes] = []
    first_saved = threading.Event()

    def read() -> None:
        assert saver.stdout is not None
        for line in saver.stdout:
            lines.append(line)
            if line.startswith(b"saved "):
                first_saved.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert first_saved.wait(timeout=30), saver.stderr.read() if saver.stderr else b""
        time.sleep(0.5)
        assert saver.poll() is None, "the saver stopped before it was killed"
        os.kill(saver.pid, signal.SIGKILL)
        assert saver.wait(timeout=20) == -signal.SIGKILL
    finally:
        if saver.poll() is None:
            saver.kill()
            saver.wait()
    reader.join(timeout=20)

    # every complete line was printed after its record() returned: that answer was committed
    text = [line.decode("utf-8") for line in lines if line.endswith(b"\n")]
    assert text[0].startswith("couple ")
    couple_id = int(text[0].split()[1])
    saved = [line[len("saved ") :].rstrip("\n").split(" ", 2) for line in text[1:] if line.startswith("saved ")]
    assert len(saved) >= 20, f"only {len(saved)} answers were saved before the kill"

    with Store.open(data_root, now) as store:
        assert store.notice is None, store.notice
        memories = store.memories.all(couple_id)
        for seat, card_id, answer in saved:
            memory = memories.get(MemoryKey(int(seat), "k", card_id))
            assert memory is not None, f"the committed answer to {card_id} was lost"
            assert memory.answer == answer
        # the session resumes where the last committed command left it
        found = store.sessions.unfinished(couple_id)
        assert found is not None
        assert len(found.state.completed) == len(store.sessions.turns(couple_id)) >= len(saved)
        assert found.state.new_memories == len(memories)
        assert len(store.memories.quizbook(couple_id)) == len(memories)  # each with the partner's schedule
        resumed = Session(found.config, {}, memories, QuizBook(), found.state)
        assert resumed.begin(now) == [] and resumed.current == found.state.current
