"""A file dropped on the window becomes a deck — whatever the screen — or a preview, or a list of its problems."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING

from game.core.quote_marks import in_quotes

from .list_view import ListItem
from .routes import CheckDeck, ImportPreview, ImportProblems, ReplaceDeck
from .scene import UI

if TYPE_CHECKING:  # the shell hands drops here from the first frame on; the deck rules load with the first drop
    from game.core.deck_editing import ImportOutcome

    from .services import ImportJob

_PROBLEM = re.compile(r"^(?P<file>.*):(?P<line>\d+):(?P<column>\d+): (?P<message>.*)$", re.DOTALL)
_MORE = re.compile(r"^…and (?P<count>[\d,]+) more problems? from here on")  # the deck loader's last line past its limit


DECK_FILE_SUFFIXES = (".yaml", ".yml")


def import_dropped(ui: UI, path: str, replace: bool = False) -> None:
    """A deck file is checked beside the window, then imported as it is; any other file (a list, a spreadsheet…)
    opens the preview first."""
    if PurePath(path).suffix.lower() not in DECK_FILE_SUFFIXES:
        ui.push(ImportPreview(path))
        return
    ui.push(CheckDeck(path, replace))


def took_checked(ui: UI, path: str, job: ImportJob, replace: bool) -> None:
    """In place of the scene that waited for the check: the file's problems, a question before it replaces one of
    the couple's decks, or the deck itself, imported."""
    from game.core.deck_editing import ImportOutcome

    outcome = ImportOutcome(path, problems=job.problems) if job.problems else ui.services.add_checked_deck(job.result, replace)
    if outcome.problems:
        ui.sound.play("soft")
        ui.replace(ImportProblems(outcome))
    elif outcome.replaces:
        ui.replace(ReplaceDeck(outcome))
    else:
        ui.pop()
        announce(ui, outcome)


def announce(ui: UI, outcome: ImportOutcome) -> None:
    """Say the deck is in, and let every screen below see it (the studio selects it)."""
    cards = f"{outcome.cards} card{'s' if outcome.cards != 1 else ''}"
    ui.toast(f"Imported {in_quotes(outcome.deck_name)}: {cards}, ready to play. It's in the Deck studio with your decks.")
    ui.sound.play("chime")
    for scene in ui.stack:
        scene.decks_changed()
        show = getattr(scene, "show_deck", None)  # the studio selects the deck just imported
        if show is not None:
            show(outcome.path)


def problem_count(problems: Sequence[str]) -> int:
    """How many problems a file has: those listed, and those its last line only counts ("…and 1,800 more problems")."""
    count = len(problems)
    last = _PROBLEM.match(problems[-1]) if problems else None
    more = _MORE.match(last["message"]) if last else None
    return count - 1 + int(more["count"].replace(",", "")) if more else count


def problem_item(problem: str) -> ListItem:
    """'file:3:7: message' as a row a person reads: where, then what."""
    found = _PROBLEM.match(problem)
    if found is None:
        return ListItem(problem)
    return ListItem(f"Line {found['line']}, column {found['column']}", found["message"])
