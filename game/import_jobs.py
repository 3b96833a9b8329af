"""Imports run beside the window, never in it: a job reads, checks or writes on its own thread.

The window asks a job how far it is (`progress`, 0 to 1) and whether it is `done`; it
never waits on one, so a 5 MB list read line by line leaves the window drawing and
answering. Whatever goes wrong comes back as located sentences, never as a traceback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from game.storage.deck_files import DeckError

Work = Callable[[Callable[[float], None]], Any]


class ImportJob:
    def __init__(self, work: Work, shown_as: str) -> None:
        self.progress = 0.0
        self.done = False
        self.result: Any = None
        self.problems: tuple[str, ...] = ()
        self._work = work
        self._shown_as = shown_as
        self._thread = threading.Thread(target=self._run, name=f"import {shown_as}", daemon=True)
        self._thread.start()

    def _advance(self, fraction: float) -> None:
        self.progress = max(self.progress, min(1.0, fraction))

    def _run(self) -> None:
        try:
            self.result = self._work(self._advance)
        except DeckError as error:
            self.problems = tuple(str(problem) for problem in error.problems)
        except (OSError, ValueError, RecursionError, MemoryError) as error:
            self.problems = (f"{self._shown_as}:1:1: could not be imported ({error})",)
        finally:
            self.progress = 1.0
            self.done = True

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job is done (for the command line and tests; the window polls `done` instead)."""
        self._thread.join(timeout)
        return self.done
