"""Shared test set-up: a headless, silent pygame and helpers for data folders."""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from datetime import UTC, datetime
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """However many -q are given (pyproject adds one), the "N passed" line stays: never quieter than -q."""
    config.option.verbose = max(config.option.verbose, -1)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite the golden screenshots (then look at them)")


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    """A data folder that does not exist yet, as on a first start."""
    return tmp_path / "kindred-data"


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 11, 25, 19, 30, tzinfo=UTC)


class NetworkBlocked(OSError):
    """Kindred never uses the network; a test that tried to would fail with this."""


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkBlocked("network access attempted during the tests")


@pytest.fixture(autouse=True, scope="session")
def no_network() -> object:
    """The whole test session runs with internet sockets disabled (local Unix sockets stay)."""
    import socket

    real_connect, real_connect_ex, real_sendto = socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto

    def guarded(real):  # type: ignore[no-untyped-def]
        def call(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            if self.family in (socket.AF_INET, socket.AF_INET6):
                _refuse()
            return real(self, *args, **kwargs)

        return call

    socket.socket.connect = guarded(real_connect)  # type: ignore[method-assign]
    socket.socket.connect_ex = guarded(real_connect_ex)  # type: ignore[method-assign]
    socket.socket.sendto = guarded(real_sendto)  # type: ignore[method-assign]
    real_getaddrinfo = socket.getaddrinfo
    socket.getaddrinfo = _refuse  # type: ignore[assignment]
    from tests.offline import offline

    saved = dict(os.environ)
    os.environ.update(offline(os.environ))  # every Python process the tests start meets the same wall
    yield NetworkBlocked
    os.environ.clear()
    os.environ.update(saved)
    socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto = real_connect, real_connect_ex, real_sendto
    socket.getaddrinfo = real_getaddrinfo
