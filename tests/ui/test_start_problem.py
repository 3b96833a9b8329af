"""A problem at start is shown in a small window as well as printed: started from the application menu
(Terminal=false), a couple has no terminal to read. Without a display it is only printed, and nothing waits."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.storage.store import Store
from game.ui.start_problem import HEADING, ProblemWindow, tell

REPO = Path(__file__).resolve().parents[2]
SENTENCE = (
    "Another program is using Kindred's saved data (/home/zoe/.local/share/Kindred/kindred.db) right now — a backup "
    "or sync tool, perhaps. Kindred waited 5 seconds. Close that program or wait a moment, then start Kindred again. "
    "Nothing was changed."
)


@pytest.fixture
def window() -> Iterator[ProblemWindow]:
    shown = ProblemWindow(SENTENCE)
    yield shown
    pygame.display.quit()


def drawn_words(shown: ProblemWindow) -> dict[str, pygame.Rect]:
    """Draw the window once: each block of words drawn, with where its ink landed."""
    made: dict[int, str] = {}
    block = shown.text.block

    def noting(text: str, *args: Any, **kw: Any) -> pygame.Surface:
        surface = block(text, *args, **kw)
        made[id(surface)] = text
        return surface

    found: dict[str, pygame.Rect] = {}
    blit = pygame.Surface.blit

    class Noting(pygame.Surface):
        def blit(self, source: pygame.Surface, dest: Any, *args: Any, **kw: Any) -> pygame.Rect:  # type: ignore[override]
            if id(source) in made:
                found[made[id(source)]] = source.get_bounding_rect().move(dest)
            return blit(self, source, dest, *args, **kw)

    real = shown.window
    shown.text.block = noting  # type: ignore[method-assign]
    shown.window = Noting(real.get_size())
    try:
        shown.draw()
    finally:
        shown.text.block, shown.window = block, real  # type: ignore[method-assign]
    return found


def test_the_window_shows_the_sentence_whole_under_a_heading_with_a_close_button(window: ProblemWindow, tmp_path: Path) -> None:
    assert window.step([]), "it stays open until closed"
    words = drawn_words(window)
    inside = window.window.get_rect()
    assert set(words) == {HEADING, SENTENCE}
    assert all(inside.contains(rect) for rect in words.values()), "nothing is cut off at the window's edge"
    assert words[HEADING].bottom <= words[SENTENCE].top < words[SENTENCE].bottom <= window.button.rect.top
    assert inside.contains(window.button.rect) and window.button.label == "Close"
    window.step([])
    pygame.image.save(window.window, str(tmp_path / "start-problem.png"))


def test_esc_closes_it(window: ProblemWindow) -> None:
    assert not window.step([pygame.event.Event(pygame.KEYDOWN, key=pygame.K_ESCAPE, mod=0, unicode="", scancode=0)])


@pytest.mark.parametrize(
    "how",
    [
        [pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r", scancode=0)],
        [pygame.event.Event(pygame.QUIT)],  # the window's own close button
        "click",
    ],
    ids=["enter", "close button of the window", "click on Close"],
)
def test_enter_the_window_s_close_button_or_a_click_on_close_closes_it(window: ProblemWindow, how: Any) -> None:
    if how == "click":
        pos = window.button.rect.center
        how = [pygame.event.Event(kind, pos=pos, button=1) for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP)]
    assert not window.step(how)


def test_a_click_beside_the_button_leaves_it_open(window: ProblemWindow) -> None:
    pos = (window.button.rect.left - 40, window.button.rect.centery)
    down, up = (pygame.event.Event(kind, pos=pos, button=1) for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP))
    assert window.step([down, up])


def test_without_a_display_the_sentence_is_only_printed() -> None:
    """The tests' dummy driver is such a case: nobody could see the window, or close it."""
    said = io.StringIO()
    tell(SENTENCE, said)
    assert said.getvalue() == SENTENCE + "\n"
    assert pygame.display.get_surface() is None


@pytest.mark.parametrize("driver", ["dummy", "x11"], ids=["dummy video driver", "no display at all"])
def test_a_second_start_says_kindred_is_already_open_and_exits_without_waiting(data_root: Path, now: datetime, driver: str) -> None:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["SDL_VIDEODRIVER"] = driver
    with Store.open(data_root, now):  # the first window's
        done = subprocess.run(
            [sys.executable, "main.py", "--data-dir", str(data_root)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert "Kindred is already open with the data folder" in done.stderr and "Traceback" not in done.stderr


def test_a_data_folder_that_is_a_file_is_said_plainly_at_start(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("mine\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["SDL_VIDEODRIVER"] = "dummy"
    done = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(afile)], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr == f"{afile} is a file, not a folder: choose a folder for Kindred's saved data. Nothing was changed.\n"
