"""Shared test set-up: a headless, silent pygame and helpers for data folders."""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from datetime import UTC, datetime
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    """A data folder that does not exist yet, as on a first start."""
    return tmp_path / "kindred-data"


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
