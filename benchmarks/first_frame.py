"""Child of benchmarks/run.py: start the real game and print the wall time of its first drawn frame.

Run as ``python3 benchmarks/first_frame.py --data-dir DIR [--window WxH]`` with any video driver.
It goes through the game's own entry (``game.app.main``), which imports what it needs in its own
order, as the installed game does; the first flip of the window prints ``FIRST_FRAME <time.time()>``
and closes the game (the store is closed and pygame quit on the way out, as when the window closes).
Only pygame is imported before the entry, to listen for that flip; the baseline imports it too.
The baseline for it is ``bare_window.py first-frame``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pygame

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game import app  # after the line above, so this checkout's game is the one started

_flip = pygame.display.flip


class FirstFrame(Exception):
    """The first frame is on the screen: the game stops here."""


def _first_flip_then_close() -> None:
    _flip()
    print(f"FIRST_FRAME {time.time():.6f}", flush=True)
    raise FirstFrame


pygame.display.flip = _first_flip_then_close
try:
    code = app.main(sys.argv[1:])
except FirstFrame:
    sys.exit(0)
print("NO_FRAME", flush=True)
sys.exit(code or 1)
