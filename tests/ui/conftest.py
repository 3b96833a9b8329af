"""UI test fixtures: a pilot on a fresh data folder with a fixed clock and seed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from .pilot import Pilot
from .tour import start


@pytest.fixture
def pilots(data_root: Path, now: datetime) -> Iterator[Callable[..., Pilot]]:
    """Make pilots (one at a time, like a real game) and close them all afterwards."""
    made: list[Pilot] = []

    def make(at_home: bool = False, **kw: object) -> Pilot:
        if made:
            made[-1].close()
        pilot = start(data_root, now, **kw) if at_home else Pilot(data_root, now, **kw)  # type: ignore[arg-type]
        made.append(pilot)
        return pilot

    yield make
    if made:
        made[-1].close()
