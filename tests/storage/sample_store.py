"""A few weeks of the sample couple's play, made once per test file and copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from game.demo import make_demo
from game.storage.store import Store


def make_sample(factory: pytest.TempPathFactory, name: str, now: datetime, seed: int, weeks: int = 10) -> Path:
    """The sample couple's first `weeks` of play by the real rules, in a data folder of its own."""
    root = factory.mktemp(name) / "data"
    make_demo(root, now, weeks=weeks, seed=seed)
    return root


@contextmanager
def copy_of(sample: Path, place: Path, now: datetime) -> Iterator[Store]:
    """A private copy of the sample store, open while the block runs."""
    root = place / "data"
    shutil.copytree(sample, root)
    (root / "kindred.lock").unlink(missing_ok=True)
    with Store.open(root, now) as opened:
        yield opened
