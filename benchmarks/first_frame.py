"""Child of benchmarks/run.py: start the real game and print the wall time of its first drawn frame.

Run as ``python3 benchmarks/first_frame.py --data-dir DIR [--window WxH]`` with any video driver.
It goes through the game's own entry (``game.app.main``), lets the shell take its first step,
prints ``FIRST_FRAME <time.time()>`` once a frame has been drawn and flipped, and closes.
The baseline for it is ``bare_window.py first-frame``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game import app
from game.ui import shell


def _first_frame_then_close(self: shell.Shell) -> int:
    self.step([], 0.0)  # the loop's first step: with everything dirty it draws and flips
    if self.frames_drawn < 1:
        print("NO_FRAME", flush=True)
        return 1
    print(f"FIRST_FRAME {time.time():.6f}", flush=True)
    return 0


shell.Shell.run = _first_frame_then_close  # type: ignore[method-assign]
sys.exit(app.main(sys.argv[1:]))
