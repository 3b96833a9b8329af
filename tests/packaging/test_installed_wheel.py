"""Kindred as a couple installs it: the wheel built from this checkout, in a fresh virtualenv (no -e),
used from an empty folder far from the checkout.

The wheel is built with `pip wheel --no-deps` (hatchling writes nothing into the checkout, so the
editable install the tests run from is left alone); the venv gets the wheel and its dependencies
from the package index, held to tests/constraints.txt like the tests' own environment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.offline import offline, online
from tests.xserver import X_TOOLS_MISSING, X_TOOLS_REASON, screenshot, title_screen_drawn, wait_for, window_of, x_property, xvfb

REPO = Path(__file__).resolve().parents[2]  # the checkout these tests run in
BUILT_IN = [path.stem for path in sorted((REPO / "decks").glob("*.yaml"))]  # as deck list shows them: by file name
BIN = "Scripts" if os.name == "nt" else "bin"

pytestmark = pytest.mark.slow


def clean_env(venv: Path, **extra: str) -> dict[str, str]:
    """The person's environment: the venv's scripts on PATH, nothing pointing back at the checkout."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "SDL_", "KINDRED_", "VIRTUAL_ENV"))}
    env["PATH"] = os.pathsep.join([str(venv / BIN), env.get("PATH", "")])
    env.update(extra)
    return env


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv holding the wheel built from this checkout; returns the venv."""
    place = tmp_path_factory.mktemp("wheel-install")
    wheel_command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(place / "dist"), str(REPO)]
    built = run(wheel_command, cwd=place, env=online(os.environ), timeout=300)  # pip fetches the build backend
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = (place / "dist").glob("kindred-*.whl")
    venv = place / "venv"
    made = run([sys.executable, "-m", "venv", str(venv)], cwd=place)
    assert made.returncode == 0, made.stderr
    pip = [str(venv / BIN / "python"), "-m", "pip", "install", "-q", "-c", str(REPO / "tests" / "constraints.txt"), str(wheel)]
    done = run(pip, cwd=place, env=clean_env(venv), timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return venv


def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return {name for name in archive.namelist() if ".dist-info/" not in name}


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    folder = tmp_path / "somewhere-else"
    folder.mkdir()
    return folder


def kindred(venv: Path, cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return run([str(venv / BIN / "kindred"), *args], cwd=cwd, env=offline(clean_env(venv, **env)))


def test_the_wheel_carries_what_the_game_reads(installed):
    (wheel,) = (installed.parent / "dist").glob("kindred-*.whl")
    names = wheel_names(wheel)
    for deck in BUILT_IN:
        assert f"game/_data/decks/{deck}.yaml" in names
    expected = {"game/_data/decks/deck.schema.json", "game/_data/assets/themes.json", "game/_data/assets/sounds/chime.wav"}
    expected |= {f"game/_data/assets/icons/kindred-{size}.png" for size in (16, 32, 48, 64, 128, 256)}
    assert expected <= names
    assert not any(name.startswith(("tests/", "decks/", "assets/", "main.py")) for name in names)  # nothing loose in site-packages


def test_the_sdist_carries_everything_and_builds_the_same_wheel(installed, tmp_path):
    (wheel,) = (installed.parent / "dist").glob("kindred-*.whl")
    python = str(installed / BIN / "python")
    got = run([python, "-m", "pip", "install", "-q", "hatchling>=1.24,<2"], cwd=tmp_path, env=clean_env(installed), timeout=300)
    assert got.returncode == 0, got.stderr
    sdist = run(
        [python, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path / "sdist")], cwd=REPO, env=clean_env(installed)
    )
    assert sdist.returncode == 0, sdist.stderr
    (archive,) = (tmp_path / "sdist").glob("kindred-*.tar.gz")
    with tarfile.open(archive) as tar:
        inside = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    assert {"main.py", "pyproject.toml", "README.md", "decks/deck.schema.json", "assets/themes.json"} <= inside
    again = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "from-sdist"), str(archive)],
        cwd=tmp_path,
        timeout=300,
    )
    assert again.returncode == 0, again.stdout + again.stderr
    (rebuilt,) = (tmp_path / "from-sdist").glob("kindred-*.whl")
    assert wheel_names(rebuilt) == wheel_names(wheel)


def test_the_installed_commands_work_from_an_empty_folder(installed, empty):
    data = empty / "D"
    version = kindred(installed, empty, "--version")
    from game import __version__

    assert (version.returncode, version.stdout.strip()) == (0, f"Kindred {__version__}")

    listed = kindred(installed, empty, "--data-dir", str(data), "deck", "list")
    assert listed.returncode == 0, listed.stderr
    shown = [line.split()[0] for line in listed.stdout.split("Your decks")[0].splitlines()[1:]]
    assert shown == BUILT_IN, listed.stdout
    assert "(none yet: kindred deck new NAME)" in listed.stdout  # the hint names the command that was run

    deck = empty / "signals.yaml"
    deck.write_bytes((REPO / "decks" / "signals.yaml").read_bytes())
    valid = kindred(installed, empty, "deck", "validate", deck.name)
    count = len(yaml.safe_load(deck.read_text(encoding="utf-8"))["cards"])  # counted here, so a deck may grow
    assert (valid.returncode, valid.stdout.strip()) == (0, f"1 deck valid, {count} cards."), valid.stderr
    broken = empty / "broken.yaml"
    broken.write_text("format: 1\nid: Not An Id\nname: x\ncards: []\n", encoding="utf-8")
    invalid = kindred(installed, empty, "deck", "validate", broken.name)
    assert invalid.returncode == 1 and invalid.stdout.startswith("broken.yaml:"), invalid.stdout + invalid.stderr
    assert "Traceback" not in invalid.stderr

    (empty / "ours.txt").write_text("What made you laugh today?\nWhere shall we go next spring?\n", encoding="utf-8")
    imported = kindred(installed, empty, "--data-dir", str(data), "deck", "import", "ours.txt")
    assert imported.returncode == 0, imported.stderr
    exported = kindred(installed, empty, "--data-dir", str(data), "deck", "export", "ours", "-o", "ours.yaml")
    assert exported.returncode == 0, exported.stderr
    assert "Where shall we go next spring?" in (empty / "ours.yaml").read_text(encoding="utf-8")

    everything = kindred(installed, empty, "--data-dir", str(data), "export", "out.json")
    assert everything.returncode == 0, everything.stderr
    assert isinstance(json.loads((empty / "out.json").read_text(encoding="utf-8")), dict)

    erased = kindred(installed, empty, "--data-dir", str(data), "erase", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert not (data / "decks" / "ours.yaml").exists()


def test_the_installed_desktop_entry_starts_the_installed_program(installed, empty):
    home = empty / "share"
    done = kindred(installed, empty, "desktop", "install", XDG_DATA_HOME=str(home))
    assert done.returncode == 0, done.stderr
    entry = (home / "applications" / "kindred.desktop").read_text(encoding="utf-8")
    assert f"Exec={installed / BIN / 'kindred'}\n" in entry
    assert (home / "icons" / "hicolor" / "256x256" / "apps" / "kindred.png").is_file()
    assert kindred(installed, empty, "desktop", "remove", XDG_DATA_HOME=str(home)).returncode == 0
    assert not any(path.is_file() for path in home.rglob("*"))


@pytest.mark.skipif(bool(X_TOOLS_MISSING), reason=X_TOOLS_REASON)
def test_the_installed_window_is_kindred_and_draws_its_title(installed, empty, tmp_path):
    with xvfb(tmp_path / "xvfb.log", (1280, 720)) as display:
        env = offline(clean_env(installed, DISPLAY=display, SDL_VIDEO_WINDOW_POS="0,0", SDL_AUDIODRIVER="dummy"))
        out, err = tmp_path / "game.out", tmp_path / "game.err"
        command = [str(installed / BIN / "kindred"), "--data-dir", str(empty / "D"), "--window", "1280x720"]
        with out.open("wb") as stdout, err.open("wb") as stderr:
            game = subprocess.Popen(command, cwd=empty, env=env, stdout=stdout, stderr=stderr)
        try:
            window = window_of(game.pid, display)
            assert x_property(display, window, "WM_CLASS") == 'WM_CLASS(STRING) = "Kindred", "Kindred"'
            assert x_property(display, window, "WM_NAME").endswith('= "Kindred"')
            icon = "_NET_WM_ICON(CARDINAL) = "  # SDL may set it a moment after the window shows
            wait_for(lambda: x_property(display, window, "_NET_WM_ICON").startswith(icon), "the window's icon")
            shot = tmp_path / "installed-title.png"
            deadline = time.monotonic() + 10
            while True:  # the first frame may still be on its way
                missing = title_screen_drawn(screenshot(display, shot))
                if not missing or time.monotonic() > deadline:
                    break
                time.sleep(0.3)
            assert missing == [], f"{missing}; see {shot}; stderr: {err.read_text(errors='replace')[-2000:]}"
        finally:
            game.terminate()
            game.wait(10)
    assert out.read_text(errors="replace") == ""  # no pygame banner
    assert "Traceback" not in err.read_text(errors="replace")
