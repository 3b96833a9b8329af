"""Loaded by every Python process the tests start: internet sockets are refused there too.

The test session puts this folder first on PYTHONPATH and sets KINDRED_TESTS_OFFLINE=1, so a
child process (the game started as a command, a migration run in another process, the installed
wheel) meets the same wall as the tests themselves. Local Unix sockets (the X server) stay open.
"""

from __future__ import annotations

import os
import socket


class NetworkBlocked(OSError):
    """Kindred never uses the network; a child process that tried to would fail with this."""


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkBlocked("network access attempted by a process started from the tests")


def _guarded(real):  # type: ignore[no-untyped-def]
    def call(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse()
        return real(self, *args, **kwargs)

    return call


if os.environ.get("KINDRED_TESTS_OFFLINE") == "1":
    socket.socket.connect = _guarded(socket.socket.connect)  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded(socket.socket.connect_ex)  # type: ignore[method-assign]
    socket.socket.sendto = _guarded(socket.socket.sendto)  # type: ignore[method-assign]
    socket.getaddrinfo = _refuse  # type: ignore[assignment]
