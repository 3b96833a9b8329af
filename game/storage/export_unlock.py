"""Opening locked couples for an export from the command line: a passphrase file, or a hidden prompt.

A passphrase file holds one passphrase a line. A line that starts with a couple's names as the
game shows them, then a colon and a space ("Zoë & Łukasz: our passphrase"), is for that couple
only; any other line is tried on each locked couple no earlier line opened. Line endings are
not part of a passphrase; every other character is, spaces included. Empty lines are skipped.

Without a file, and with a terminal to ask at, each locked couple's passphrase is asked for
without showing it (Enter alone leaves that couple out). A couple that stays locked is left
out of the export, all but their names, and the file says so: one couple's lock never stops
another couple's export. Each couple left out comes back with the passphrases tried on it, so
the command line can tell "not given" from "given, and it did not open": a passphrase is never
changed to fit (no space is ever stripped), but one that starts or ends with a space is pointed out.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from game.core.players import Couple

from .locks import UnlockWait
from .store import Store

TRIES = 3
#: Said when a passphrase tried starts or ends with a space: every character of it counts.
SPACE_HINT = "Check for a space at the start or end."


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


@dataclass(frozen=True, slots=True)
class StayedLocked:
    """A couple left out of the export, and the passphrases tried on it (none: none was given for it)."""

    couple: Couple
    tried: tuple[str, ...] = ()

    @property
    def spaced(self) -> bool:
        """Whether a passphrase tried starts or ends with a space (or a tab): worth a look, never stripped."""
        return any(passphrase != passphrase.strip() for passphrase in self.tried)

    def words(self, passphrase_file: str | None) -> str:
        """What the command line says of it: left out, and why (a file that opened nothing is not "not given")."""
        said = f"{couple_names(self.couple)} are locked with a passphrase and were left out (only their names are in the export)"
        if passphrase_file is not None:
            said += f": no line of {passphrase_file} opened their lock."
            return said + (
                " Check for a space at the start or end of its line: it is part of the passphrase." if self.spaced else ""
            )
        if self.tried:
            return said + ": the passphrase given did not open their lock." + (f" {SPACE_HINT}" if self.spaced else "")
        return said + ". Give their passphrase when asked, or with --passphrase-file."


def unlock_for_export(store: Store, lines: list[str] | None, ask: Callable[[str], str] | None) -> list[StayedLocked]:
    """Open every locked couple a passphrase is given for; the couples that stay locked, with what was tried."""
    left: list[StayedLocked] = []
    for couple in store.couples.all():
        if store.locks.is_open(couple.id):
            continue
        tried: list[str] = []
        if lines is not None:
            opened = _from_lines(store, couple, lines, tried)
        elif ask is not None:
            opened = _asked(store, couple, ask, tried)
        else:
            opened = False
        if not opened:
            left.append(StayedLocked(couple, tuple(tried)))
    return left


def unlock_couple(store: Store, couple: Couple, lines: list[str] | None, ask: Callable[[str], str] | None, alone: str) -> bool:
    """Open one couple with a line of `lines`, or by `ask`ing (`alone`: what Enter alone means, as the prompt says)."""
    if store.locks.is_open(couple.id):
        return True
    if lines is not None:
        return _from_lines(store, couple, lines, [])
    return ask is not None and _asked(store, couple, ask, [], alone)


def _unlock(store: Store, couple: Couple, passphrase: str) -> bool:
    """One try; after a wrong passphrase the store makes the next one wait, and so does the command line."""
    while True:
        try:
            return store.locks.unlock(couple.id, passphrase)
        except UnlockWait as wait:
            time.sleep(wait.seconds)


def _tried(store: Store, couple: Couple, passphrase: str, tried: list[str]) -> bool:
    tried.append(passphrase)
    return _unlock(store, couple, passphrase)


def _from_lines(store: Store, couple: Couple, lines: list[str], tried: list[str]) -> bool:
    named = couple_names(couple) + ": "
    meant = [line[len(named) :] for line in lines if line.startswith(named)]
    if meant:
        return any(_tried(store, couple, passphrase, tried) for passphrase in meant)
    others = tuple(couple_names(other) + ": " for other in store.couples.all())
    bare = [line for line in lines if not line.startswith(others)]
    return any(_tried(store, couple, passphrase, tried) for passphrase in bare)


def _asked(store: Store, couple: Couple, ask: Callable[[str], str], tried: list[str], alone: str = "leaves them out") -> bool:
    for attempt in range(TRIES):
        again = ""
        if attempt:
            again = "That did not open it. " + (SPACE_HINT + " " if tried[-1] != tried[-1].strip() else "")
        try:
            passphrase = ask(f"{again}Passphrase for {couple_names(couple)} (Enter alone {alone}): ")
        except EOFError:
            return False
        if not passphrase:
            return False
        if _tried(store, couple, passphrase, tried):
            return True
    return False
