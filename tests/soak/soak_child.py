"""Child process of the soak test: plays TURNS turns through the game's services and the real store.

Prints ``RSS <turns> <kB> <memories>`` every 1,000 turns. Run: python soak_child.py DATA_DIR TURNS
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.autoplay import next_command
from game.core.events import TurnCompleted
from game.core.session import SessionConfig
from game.services import GameServices
from game.storage.store import Store


def rss_kb() -> int:
    with open("/proc/self/status") as status:
        return int(next(line for line in status if line.startswith("VmRSS")).split()[1])


def main(root: Path, turns: int) -> None:
    clock = [datetime(2026, 11, 25, 19, 30, tzinfo=UTC)]
    store = Store.open(root, clock[0])
    services = GameServices(store, root, seed=None, clock=lambda: clock[0])
    couple = services.create_couple([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")])
    deck_ids = tuple(deck.id for deck in services.decks())
    rng = random.Random(20261125)
    played = 0
    while played < turns:
        handle = services.start(couple, SessionConfig(deck_ids=deck_ids, length=12))
        while not handle.session.ended and played < turns:
            clock[0] += timedelta(minutes=rng.randint(1, 240))
            events = handle.run(next_command(handle.session, rng))
            finished = sum(1 for event in events if isinstance(event, TurnCompleted))
            for _ in range(finished):
                played += 1
                if played % 1000 == 0:
                    print(f"RSS {played} {rss_kb()} {len(handle.session.memories)}", flush=True)
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
