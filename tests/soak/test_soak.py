"""Soak: 10,000 turns through the session and the real store, with RSS sampled; memory must level off."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TURNS = 10_000
#: Growth allowed from the 2,000th turn to the last: SQLite's page cache and the couple's own data settle well within it.
GROWTH_BOUND_KB = 6 * 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="RSS is read from /proc, which this system lacks")
def test_soak_ten_thousand_turns_keep_memory_level(tmp_path):
    # A memory-backed folder when there is one: the soak measures memory, and thousands of fsyncs would only add minutes.
    base = Path("/dev/shm") if Path("/dev/shm").is_dir() else tmp_path
    with tempfile.TemporaryDirectory(dir=base) as folder:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        result = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("soak_child.py")), str(Path(folder) / "data"), str(TURNS)],
            capture_output=True,
            text=True,
            timeout=900,
            env=env,
            cwd=REPO,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    samples = {
        int(turn): int(kb) for _, turn, kb, _ in (line.split() for line in result.stdout.splitlines() if line.startswith("RSS"))
    }
    assert sorted(samples) == list(range(1000, TURNS + 1, 1000)), result.stdout
    growth = samples[TURNS] - samples[2000]
    print(f"RSS at 1,000 turns {samples[1000]} kB, at 2,000 {samples[2000]} kB, at {TURNS:,} {samples[TURNS]} kB")
    assert growth < GROWTH_BOUND_KB, f"RSS grew {growth} kB from turn 2,000 to {TURNS:,}: {samples}"
