"""Kindred's identity: the files it reads, its version, its icon, and hints that name the command actually run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game import __version__, identity, resources

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = REPO, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=60, env={**os.environ, **env})


def test_in_a_checkout_the_resources_are_the_repositorys_own_folders():
    assert resources.decks_dir() == REPO / "decks"
    assert resources.deck_schema() == REPO / "decks" / "deck.schema.json"
    assert resources.themes_file() == REPO / "assets" / "themes.json"
    assert json.loads(resources.deck_schema().read_text(encoding="utf-8"))["title"]
    assert "warm" in json.loads(resources.themes_file().read_text(encoding="utf-8"))
    for name in ("tap", "tick", "deal", "flip", "chime", "soft", "ambient"):
        assert resources.sound(name).is_file(), name
    for size in resources.ICON_SIZES:
        assert pygame.image.load(str(resources.icon(size))).get_size() == (size, size)
    with pytest.raises(ValueError, match="there is no 20 px icon"):
        resources.icon(20)


def test_nothing_in_the_game_walks_up_from_its_own_file_to_find_what_it_reads():
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "game").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "__file__" in line and "parents[" in line
    ]
    assert offenders == []


def test_the_icon_script_draws_the_icons_in_the_repository(tmp_path):
    done = run(str(REPO / "assets" / "make_icon.py"), str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "pygame" not in done.stdout  # no banner
    for size in resources.ICON_SIZES:
        drawn = pygame.image.load(str(tmp_path / f"kindred-{size}.png"))
        kept = pygame.image.load(str(resources.icon(size)))
        assert pygame.image.tobytes(drawn, "RGBA") == pygame.image.tobytes(kept, "RGBA"), size
    middle = pygame.image.load(str(resources.icon(256))).get_at((128, 140))
    corner = pygame.image.load(str(resources.icon(256))).get_at((0, 0))
    assert middle.a == 255 and corner.a == 0  # a solid mark on a transparent ground


def test_version_from_a_checkout():
    done = run("main.py", "--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"Kindred {__version__}")
    assert identity.version() == __version__


@pytest.mark.parametrize(
    ("argv0", "on_path", "expected"),
    [
        ("main.py", None, "python3 main.py"),
        ("/home/sam/kindred/main.py", None, "python3 /home/sam/kindred/main.py"),
        ("/home/sam/.local/bin/kindred", "/home/sam/.local/bin/kindred", "kindred"),
        ("/opt/venv/bin/kindred", "/usr/bin/kindred", "/opt/venv/bin/kindred"),
        ("/opt/venv/bin/kindred", None, "/opt/venv/bin/kindred"),
        ("/usr/lib/python3/site-packages/pytest/__main__.py", None, "kindred"),
    ],
)
def test_hints_name_the_command_that_was_run(monkeypatch, argv0, on_path, expected):
    if os.name == "nt":
        pytest.skip("the hints say python, not python3, on Windows")
    monkeypatch.setattr(sys, "argv", [argv0])
    monkeypatch.setattr("shutil.which", lambda name: on_path if name == "kindred" else None)
    assert identity.command() == expected


def test_the_one_folder_app_names_itself_as_started(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["./Kindred"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert identity.command() == "./Kindred"


def test_a_hint_printed_from_the_checkout_says_python3_main_py(tmp_path):
    listed = run("main.py", "--data-dir", str(tmp_path / "data"), "deck", "list")
    assert listed.returncode == 0, listed.stderr
    assert "(none yet: python3 main.py deck new NAME)" in listed.stdout
    wrong = run("main.py", "deck", "nonsense")
    assert wrong.stderr.startswith("usage: python3 main.py deck ")
    made = run("main.py", "--data-dir", str(tmp_path / "data"), "deck", "new", "Ours")
    assert made.returncode == 0, made.stderr
    assert "run: python3 main.py deck validate THIS_FILE" in (tmp_path / "data" / "decks" / "ours.yaml").read_text(encoding="utf-8")


def test_prepare_keeps_pygame_quiet_and_names_the_window_but_lets_a_person_choose(monkeypatch):
    for name in ("PYGAME_HIDE_SUPPORT_PROMPT", "SDL_VIDEO_X11_WMCLASS", "SDL_VIDEO_WAYLAND_WMCLASS", "SDL_APP_NAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SDL_APP_NAME", "Ours")
    identity.prepare()
    assert os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] == "1"
    assert os.environ["SDL_VIDEO_X11_WMCLASS"] == "Kindred"
    assert os.environ["SDL_APP_NAME"] == "Ours"


def test_no_pygame_banner_when_the_game_starts():
    code = "import sys; sys.argv = ['main.py', '--window', '640x360']; import game.app; game.app.identity.prepare(); import pygame"
    env = {key: value for key, value in os.environ.items() if key != "PYGAME_HIDE_SUPPORT_PROMPT"}
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("argv0", "expected"),
    [
        ("/opt/venv/bin/kindred", "kindred"),  # `kindred --help` printed "usage: /opt/venv/bin/kindred" (playtest I)
        ("/home/sam/.local/bin/kindred", "kindred"),
        ("main.py", "python3 main.py"),
    ],
)
def test_help_names_the_program_kindred_however_the_script_was_reached(monkeypatch, argv0, expected):
    if os.name == "nt":
        pytest.skip("the hints say python, not python3, on Windows")
    monkeypatch.setattr(sys, "argv", [argv0])
    monkeypatch.setattr("shutil.which", lambda name: None)
    from game.app import build_parser

    assert build_parser().prog == expected
    assert build_parser().format_usage().startswith(f"usage: {expected} ")
