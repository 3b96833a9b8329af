"""The house rules, checked: ruff, mypy strict on core and storage, import layering, a pure core."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)


def test_the_core_never_imports_pygame_yaml_or_sqlite():
    code = (
        "import sys, game.core.session, game.core.story, game.core.deck_lint, game.core.settings; "
        "print(sorted(m for m in ('pygame', 'yaml', 'sqlite3') if m in sys.modules))"
    )
    result = run(sys.executable, "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_ruff_finds_nothing():
    checked = ("game", "tests", "benchmarks", "packaging", "assets/make_icon.py", "main.py")
    result = run(sys.executable, "-m", "ruff", "check", *checked)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_core_and_storage():
    result = run(sys.executable, "-m", "mypy", "game/core", "game/storage")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter is not installed")
def test_the_layers_hold():
    result = run("lint-imports")
    assert result.returncode == 0, result.stdout + result.stderr
