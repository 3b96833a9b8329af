"""Child of benchmarks/run.py: RSS after many simulated turns through the real session, store and window.

``python3 benchmarks/soak.py DATA_DIR TURNS`` (dummy video driver expected). A couple plays TURNS
turns — every command saved by the real Store, each turn's PlayScene drawn by the real Shell —
starting a new session whenever one ends; after each turn the screen sits still for a moment, as it
does while a couple talks (the shell's idle housekeeping runs then). Prints ``RSS_KB <turns> <VmRSS>`` at the start (turn 0,
after set_mode and the title's first frame) and after every 500th turn, then
``TURNS <n> COMMANDS <n> SESSIONS <n> FRAMES <n>``.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from autoplay import next_command
from bare_window import rss_kb

from game.core.events import TurnCompleted
from game.core.session import SessionConfig
from game.services import GameServices
from game.storage.store import Store
from game.ui.runner import build_shell
from game.ui.scenes.play import PlayScene


def main(root: Path, turns: int) -> int:
    clock = [datetime(2026, 11, 25, 19, 30, tzinfo=UTC)]
    store = Store.open(root, clock[0])
    services = GameServices(store, root, seed=11, clock=lambda: clock[0])
    shell = build_shell(services, (1280, 720), fullscreen=False)
    shell.step([], 0.0)
    print(f"RSS_KB 0 {rss_kb()}", flush=True)
    ui = shell.ui
    couple = services.create_couple([("Ana", "#d9825b"), ("Bình", "#5b8bd9")])
    deck_ids = tuple(deck.id for deck in services.decks())
    rng = random.Random(5)
    done = commands = sessions = 0
    scene: PlayScene | None = None
    while done < turns:
        if scene is None or scene.session.ended:
            clock[0] += timedelta(days=1)  # a new evening: yesterday's memories are due
            handle = services.start(couple, SessionConfig(deck_ids=deck_ids, length=12, seed=sessions))
            sessions += 1
            scene = PlayScene(ui, handle)
            ui.reset(scene)
            shell.step([], 1 / 60)
            if scene.session.ended:
                continue
        command = next_command(scene.session, rng)
        clock[0] += timedelta(minutes=2)
        events = scene.run(command)
        commands += 1
        scene.deal = scene.flip = 1.0  # skip the animations: one drawn frame per command
        shell.step([], 1 / 60)
        finished = sum(isinstance(event, TurnCompleted) for event in events)
        if finished:
            shell.step([], 2.5)  # the couple talks: the screen sits still for a moment, as it does between real turns
        for _ in range(finished):
            done += 1
            if done % 500 == 0 or done == turns:
                print(f"RSS_KB {done} {rss_kb()}", flush=True)
    print(f"TURNS {done} COMMANDS {commands} SESSIONS {sessions} FRAMES {shell.frames_drawn}", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2])))
