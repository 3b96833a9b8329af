"""The one-folder app, built by packaging/build_app.py into a temporary folder and run as a couple would:
its commands, and its window under Xvfb drawing the same first screen as the checkout does."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.offline import online
from tests.xserver import X_TOOLS_MISSING, X_TOOLS_REASON, screenshot, title_screen_drawn, window_of, x_property, xvfb

REPO = Path(__file__).resolve().parents[2]  # the checkout these tests run in
BUILT_IN = [path.stem for path in sorted((REPO / "decks").glob("*.yaml"))]  # as deck list shows them: by file name
SIZE = (1280, 720)
EXE = "Kindred.exe" if os.name == "nt" else "Kindred"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "darwin", reason="on macOS the build is a Kindred.app; see the README"),
]


def bundle_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "SDL_", "KINDRED_"))}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/Kindred/ built from this checkout, in a temporary folder."""
    place = tmp_path_factory.mktemp("app")
    build = REPO / "packaging" / "build_app.py"
    command = [sys.executable, str(build), "--dist", str(place / "dist"), "--work", str(place / "work")]
    # Built without the tests' network wall on PYTHONPATH, so the bundle cannot pick up the wall's sitecustomize.
    built = subprocess.run(command, cwd=place, env=online(os.environ), capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    folder = place / "dist" / "Kindred"
    assert (folder / EXE).is_file(), built.stdout[-3000:] + built.stderr[-3000:]
    return folder


def test_the_app_folder_carries_the_decks_assets_and_fonts(app):
    inside = app / "_internal"
    for deck in BUILT_IN:
        assert (inside / "game" / "_data" / "decks" / f"{deck}.yaml").is_file(), deck
    assert (inside / "game" / "_data" / "decks" / "deck.schema.json").is_file()
    assert (inside / "game" / "_data" / "assets" / "themes.json").is_file()
    assert (inside / "game" / "_data" / "assets" / "sounds" / "chime.wav").is_file()
    assert (inside / "game" / "_data" / "assets" / "icons" / "kindred-256.png").is_file()
    assert (inside / "manimgx_fonts" / "NotoSans[wght].ttf").is_file()
    assert (inside / "noto_cjk_sans_jp_regular" / "NotoSansCJKjp-Regular.otf").is_file()
    assert (inside / "fontpkg_lora" / "files" / "Lora[wght].ttf").is_file()


def test_the_app_lists_the_built_in_decks_from_anywhere(app, tmp_path):
    listed = subprocess.run(
        [str(app / EXE), "--data-dir", str(tmp_path / "D"), "deck", "list"],
        cwd=tmp_path,
        env=bundle_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    shown = [line.split()[0] for line in listed.stdout.split("Your decks")[0].splitlines()[1:]]
    assert shown == BUILT_IN, listed.stdout
    assert f"(none yet: {app / EXE} deck new NAME)" in listed.stdout


def first_screen(command: list[str], cwd: Path, env: dict[str, str], display: str, shot: Path) -> tuple[Path, str]:
    """Start a game, wait for its window, screenshot its first screen; returns the shot and the window's WM_CLASS."""
    log = shot.with_suffix(".err")
    with log.open("wb") as err:
        game = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
    try:
        window = window_of(game.pid, display)
        wm_class = x_property(display, window, "WM_CLASS")
        deadline = time.monotonic() + 10
        while title_screen_drawn(screenshot(display, shot)) and time.monotonic() < deadline:
            time.sleep(0.3)
        time.sleep(1.0)  # let anything that moves in settle, then look once more
        screenshot(display, shot)
    finally:
        game.terminate()
        game.wait(10)
    assert "Traceback" not in log.read_text(errors="replace"), log.read_text(errors="replace")[-2000:]
    return shot, wm_class


@pytest.mark.skipif(bool(X_TOOLS_MISSING), reason=X_TOOLS_REASON)
def test_the_app_draws_the_same_first_screen_as_the_checkout(app, tmp_path):
    import pygame

    with xvfb(tmp_path / "xvfb.log", SIZE) as display:
        env = bundle_env(DISPLAY=display, SDL_VIDEO_WINDOW_POS="0,0", SDL_AUDIODRIVER="dummy")
        size = ["--window", f"{SIZE[0]}x{SIZE[1]}"]
        bundled, wm_class = first_screen(
            [str(app / EXE), "--data-dir", str(tmp_path / "A"), *size], tmp_path, env, display, tmp_path / "app.png"
        )
        checkout, _ = first_screen(
            [sys.executable, "main.py", "--data-dir", str(tmp_path / "B"), *size], REPO, env, display, tmp_path / "checkout.png"
        )
    assert wm_class == 'WM_CLASS(STRING) = "Kindred", "Kindred"'
    assert title_screen_drawn(bundled) == [], f"see {bundled}"
    ours, theirs = pygame.image.load(str(bundled)), pygame.image.load(str(checkout))
    differing = sum(
        1
        for x in range(0, SIZE[0], 2)
        for y in range(0, SIZE[1], 2)
        if max(abs(a - b) for a, b in zip(ours.get_at((x, y)), theirs.get_at((x, y)), strict=True)) > 8
    )
    assert differing <= 40, f"{differing} of {SIZE[0] * SIZE[1] // 4} sampled pixels differ; see {bundled} and {checkout}"
