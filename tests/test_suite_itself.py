"""How the suite reports itself: the "N passed" line survives however quietly it is run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("quiet", [[], ["-q"], ["-qq"], ["-q", "-q", "-q"]])
def test_the_summary_line_is_always_printed(quiet):
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        *quiet,
        "tests/test_network.py",
        "-k",
        "sockets_are_disabled",
    ]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout, run.stdout


def test_the_slow_marker_marks_the_slow_tests():
    """`-m "not slow"` leaves out building the wheel and the app: the marker is declared and used."""
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--collect-only", "-q", "-m", "slow", "tests/packaging"]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    collected = [line for line in run.stdout.splitlines() if "::" in line]
    assert collected and all(line.startswith("tests/packaging/") for line in collected), run.stdout
