"""A private X server for tests that open real windows: Xvfb on a display number it picks itself."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

WAIT = 10.0
X_TOOLS_MISSING = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
X_TOOLS_REASON = (
    f"{' and '.join(X_TOOLS_MISSING)} not installed (apt-get install xvfb xdotool x11-utils x11-xserver-utils imagemagick)"
)


def wait_for(check: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
    """Poll `check` until it returns something truthy; fail saying what never happened."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:.0f} s for {what}")
        time.sleep(0.05)


@contextlib.contextmanager
def xvfb(log_path: Path, size: tuple[int, int]) -> Iterator[str]:
    """A fresh Xvfb (-displayfd), its display name while the block runs, gone after."""
    read, write = os.pipe()
    with log_path.open("wb") as log:
        command = ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp", "-noreset"]
        server = subprocess.Popen(command, pass_fds=(write,), stdout=log, stderr=subprocess.STDOUT)
        os.close(write)
        try:
            number = b""
            deadline = time.monotonic() + WAIT
            while not number.endswith(b"\n"):
                ready, _, _ = select.select([read], [], [], max(0.0, deadline - time.monotonic()))
                chunk = os.read(read, 16) if ready else b""
                if not chunk:
                    raise AssertionError(f"Xvfb did not report a display number; see {log_path}")
                number += chunk
            name = f":{int(number)}"
            probe = ["xdpyinfo", "-display", name] if shutil.which("xdpyinfo") else ["xdotool", "getdisplaygeometry"]
            env = {**os.environ, "DISPLAY": name}
            wait_for(lambda: subprocess.run(probe, env=env, capture_output=True).returncode == 0, "the X server to answer")
            yield name
        finally:
            os.close(read)
            server.terminate()
            try:
                server.wait(5)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def window_of(pid: int, display: str, timeout: float = 30) -> int:
    """The visible window of process `pid` (xdotool waits for it to appear)."""
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid)],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return int(found.stdout.split()[0])


def x_property(display: str, window: int, name: str) -> str:
    """`xprop`'s line for one property of a window."""
    done = subprocess.run(
        ["xprop", "-id", str(window), name], env={**os.environ, "DISPLAY": display}, capture_output=True, text=True, timeout=30
    )
    return done.stdout.splitlines()[0] if done.stdout else done.stderr


def screenshot(display: str, path: Path) -> Path:
    subprocess.run(["import", "-window", "root", str(path)], env={**os.environ, "DISPLAY": display}, check=True, timeout=30)
    return path


def title_screen_drawn(path: Path) -> list[str]:
    """What is missing from Kindred's first screen in a screenshot: [] when the title, its words and the
    Begin button are there (the theme, the fonts and the window all work)."""
    import pygame

    image = pygame.image.load(str(path))
    width, height = image.get_size()
    missing = []
    accent = pygame.mask.from_threshold(image, (200, 89, 63), (6, 6, 6, 255))
    if not any(rect.width >= 100 and rect.height >= 25 for rect in accent.get_bounding_rects()):
        missing.append("the Begin button (a wide patch of the warm accent)")
    band = image.subsurface(pygame.Rect(width // 4, height // 4, width // 2, height // 3))
    ink = pygame.mask.from_threshold(band, (59, 42, 34), (24, 24, 24, 255)).count()
    if ink < 400:
        missing.append(f"the title's letters (only {ink} pixels of the text colour)")
    colours = len({tuple(image.get_at((x, y))) for x in range(0, width, 7) for y in range(0, height, 7)})
    if colours < 20:
        missing.append(f"anything much at all ({colours} colours)")
    return missing
