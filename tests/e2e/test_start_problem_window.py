"""Started from the application menu (no terminal) while another Kindred window is open: the real program shows
the sentence in a small window of its own, in a real X server (Xvfb), and closes when Esc is pressed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from game.storage.store import Store
from tests.xserver import X_TOOLS_MISSING, X_TOOLS_REASON, window_of, xvfb

REPO = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(bool(X_TOOLS_MISSING), reason=X_TOOLS_REASON)]


def test_a_second_start_shows_already_open_in_a_window_that_esc_closes(data_root: Path, now: datetime, tmp_path: Path) -> None:
    with xvfb(tmp_path / "xvfb.log", (1280, 720)) as display, Store.open(data_root, now):
        env = {**os.environ, "DISPLAY": display, "SDL_VIDEODRIVER": "x11"}
        game = subprocess.Popen(
            [sys.executable, "main.py", "--data-dir", str(data_root)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            window = window_of(game.pid, display)
            x = {**os.environ, "DISPLAY": display}
            geometry = subprocess.run(["xdotool", "getwindowgeometry", str(window)], env=x, capture_output=True, text=True)
            assert "720x" in geometry.stdout, geometry.stdout  # the small window, not the game's
            if shutil.which("import"):
                shot = tmp_path / "start-problem.png"
                subprocess.run(["import", "-window", str(window), str(shot)], env=x, capture_output=True, timeout=30)
            # No window manager gives the focus: the keys go where the pointer is, as on a bare X server.
            subprocess.run(["xdotool", "mousemove", "--window", str(window), "20", "20"], env=x, check=True, timeout=30)
            subprocess.run(["xdotool", "key", "Escape"], env=x, check=True, timeout=30)
            _, stderr = game.communicate(timeout=30)
        finally:
            if game.poll() is None:
                game.kill()
                game.wait()
    assert game.returncode == 1
    assert "Kindred is already open with the data folder" in stderr and "Traceback" not in stderr
