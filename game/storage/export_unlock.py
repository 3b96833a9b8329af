"""Opening locked couples for an export from the command line: a passphrase file, or a hidden prompt.

A passphrase file holds one passphrase a line. A line that starts with a couple's names as the
game shows them, then a colon and a space ("Zoë & Łukasz: our passphrase"), is for that couple
only; any other line is tried on each locked couple no earlier line opened. Line endings are
not part of a passphrase; every other character is, spaces included. Empty lines are skipped.

Without a file, and with a terminal to ask at, each locked couple's passphrase is asked for
without showing it (Enter alone leaves that couple out). A couple that stays locked is left
out of the export, all but their names, and the file says so: one couple's lock never stops
another couple's export.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from game.core.players import Couple

from .locks import UnlockWait
from .store import Store

TRIES = 3


class PassphraseFileError(Exception):
    """The passphrase file cannot be read; the message names it."""


def couple_names(couple: Couple) -> str:
    return f"{couple.name(0)} & {couple.name(1)}"


def read_passphrase_file(path: str) -> list[str]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise PassphraseFileError(f"Cannot read the passphrase file {path}: {reason}") from None
    return [line for line in text.splitlines() if line]


def unlock_for_export(store: Store, lines: list[str] | None, ask: Callable[[str], str] | None) -> list[Couple]:
    """Open every locked couple a passphrase is given for; the couples that stay locked."""
    left: list[Couple] = []
    for couple in store.couples.all():
        if store.locks.is_open(couple.id):
            continue
        if lines is not None:
            opened = _from_lines(store, couple, lines)
        elif ask is not None:
            opened = _asked(store, couple, ask)
        else:
            opened = False
        if not opened:
            left.append(couple)
    return left


def _unlock(store: Store, couple: Couple, passphrase: str) -> bool:
    """One try; after a wrong passphrase the store makes the next one wait, and so does the command line."""
    while True:
        try:
            return store.locks.unlock(couple.id, passphrase)
        except UnlockWait as wait:
            time.sleep(wait.seconds)


def _from_lines(store: Store, couple: Couple, lines: list[str]) -> bool:
    named = couple_names(couple) + ": "
    meant = [line[len(named) :] for line in lines if line.startswith(named)]
    if meant:
        return any(_unlock(store, couple, passphrase) for passphrase in meant)
    others = tuple(couple_names(other) + ": " for other in store.couples.all())
    bare = [line for line in lines if not line.startswith(others)]
    return any(_unlock(store, couple, passphrase) for passphrase in bare)


def _asked(store: Store, couple: Couple, ask: Callable[[str], str]) -> bool:
    for attempt in range(TRIES):
        again = "That did not open it. " if attempt else ""
        try:
            passphrase = ask(f"{again}Passphrase for {couple_names(couple)} (Enter alone leaves them out): ")
        except EOFError:
            return False
        if not passphrase:
            return False
        if _unlock(store, couple, passphrase):
            return True
    return False
