"""What the game loads before its first frame, and what it leaves for after.

The first frame (benchmark row 5) is measured against a bare pygame window, so every module and
class made before it is paid for by every start. The game is run to its first flip in a child
process, with a store that has settings saved, and what Python holds at that moment is read; and the
cyclic garbage collector, which would only slow the start, is seen to rest until then.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from game.storage.store import Store

REPO = Path(__file__).resolve().parents[1]

#: Loaded after the first frame, on first use: the layout recorder (tests only), sealing and the couples'
#: keys, and the parts of the store the title does not read.
LATER = (
    "game.ui.layout_record",
    "game.storage.crypto",
    "game.storage.locks",
    "game.storage.memories",
    "game.storage.sessions",
)

_SCRIPT = """
import dataclasses, json, sys
from game import app
from game.ui import shell

def first(self):
    self.step([], 0.0)
    made = sorted(
        f"{name}.{value.__name__}"
        for name, module in list(sys.modules.items()) if name == "game" or name.startswith("game.")
        for value in list(vars(module).values())
        if isinstance(value, type) and value.__module__ == name and dataclasses.is_dataclass(value)
    )
    print(json.dumps({"flipped": self.frames_drawn, "modules": sorted(sys.modules), "dataclasses": made}))
    return 0

shell.Shell.run = first
sys.exit(app.main(["--data-dir", sys.argv[1]]))
"""


def first_frame(data: Path) -> dict[str, list[str] | int]:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    out = subprocess.run([sys.executable, "-c", _SCRIPT, str(data)], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    found: dict[str, list[str] | int] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


def test_the_first_frame_leaves_the_recorder_sealing_and_the_unread_store_parts_for_later(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = Store.open(data, datetime(2026, 5, 1, tzinfo=UTC))
    store.settings.save("theme", "dark")  # read for the first frame: reading them must not need the keys
    store.close()
    seen = first_frame(data)
    assert seen["flipped"] == 1
    assert [name for name in LATER if name in seen["modules"]] == []


def test_no_dataclass_is_built_before_the_first_frame(tmp_path: Path) -> None:
    """A dataclass compiles its methods as its module loads (~0.9 ms each): before the first frame, use a
    NamedTuple or a plain class, or move the class to a module loaded later."""
    seen = first_frame(tmp_path / "data")
    assert seen["dataclasses"] == []


_GC_SCRIPT = """
import gc, json, sys
import pygame
from game import app
from game.ui import shell

collections, seen = [], {}
gc.callbacks.append(lambda phase, info: collections.append(info["generation"]) if phase == "start" else None)
flip = pygame.display.flip

def first_flip():
    flip()
    seen.setdefault("collections before the first frame", len(collections))

def warm_up(self):
    seen["collector on after it"] = gc.isenabled()
    self.running = False

pygame.display.flip = first_flip
shell.Shell.warm_up = warm_up
collections.clear()
code = app.main(["--data-dir", sys.argv[1]])
seen["collector on at the end"] = gc.isenabled()
print(json.dumps(seen))
sys.exit(code)
"""


def test_the_cyclic_collector_rests_until_the_first_frame_is_out(tmp_path: Path) -> None:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    out = subprocess.run(
        [sys.executable, "-c", _GC_SCRIPT, str(tmp_path / "data")], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {
        "collections before the first frame": 0,
        "collector on after it": True,
        "collector on at the end": True,
    }
