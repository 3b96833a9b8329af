"""The network wall for processes the tests start: their environment, with and without it."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

GUARD = Path(__file__).resolve().parent / "netguard"
FLAG = "KINDRED_TESTS_OFFLINE"


def offline(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` with the wall put up: Python children load the guard before anything else."""
    out = dict(env)
    paths = [p for p in out.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(GUARD)]
    out["PYTHONPATH"] = os.pathsep.join([str(GUARD), *paths])
    out[FLAG] = "1"
    return out


def online(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` without the wall, only for the steps that fetch packages from PyPI (building and installing the wheel)."""
    out = {key: value for key, value in env.items() if key != FLAG}
    paths = [p for p in out.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(GUARD)]
    if paths:
        out["PYTHONPATH"] = os.pathsep.join(paths)
    else:
        out.pop("PYTHONPATH", None)
    return out
