"""A fuzz case that runs for a minute is a hang, not a slow machine: fail it, saying what hung."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

HANG_LIMIT_SECONDS = 60  # far beyond any real load or import: only a hang can reach it


@contextmanager
def no_hang(what: str, seconds: int = HANG_LIMIT_SECONDS) -> Iterator[None]:
    def hung(signum: int, frame: object) -> None:
        raise AssertionError(f"{what} ran for over {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
