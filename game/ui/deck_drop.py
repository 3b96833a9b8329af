"""A file dropped on the window becomes a deck — whatever the screen — or a preview, or a list of its problems."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import TYPE_CHECKING

from game.core.direction import quoted

from .list_view import ListItem
from .routes import ImportPreview, ImportProblems, ReplaceDeck
from .scene import UI

if TYPE_CHECKING:  # the shell hands drops here from the first frame on; the deck rules load with the first drop
    from game.core.deck_editing import ImportOutcome

_PROBLEM = re.compile(r"^(?P<file>.*):(?P<line>\d+):(?P<column>\d+): (?P<message>.*)$", re.DOTALL)


DECK_FILE_SUFFIXES = (".yaml", ".yml")


def import_dropped(ui: UI, path: str, replace: bool = False) -> ImportOutcome | None:
    """A deck file is imported as it is; any other file (a list, a spreadsheet…) opens the preview first."""
    if PurePath(path).suffix.lower() not in DECK_FILE_SUFFIXES:
        ui.push(ImportPreview(path))
        return None
    outcome = ui.services.import_deck_file(path, replace)
    if outcome.problems:
        ui.sound.play("soft")
        ui.push(ImportProblems(outcome))
    elif outcome.replaces:
        ui.push(ReplaceDeck(outcome))
    else:
        announce(ui, outcome)
    return outcome


def announce(ui: UI, outcome: ImportOutcome) -> None:
    """Say the deck is in, and let every screen below see it (the studio selects it)."""
    cards = f"{outcome.cards} card{'s' if outcome.cards != 1 else ''}"
    ui.toast(f"Imported “{quoted(outcome.deck_name)}”: {cards}, ready to play. It's in the Deck studio with your decks.")
    ui.sound.play("chime")
    for scene in ui.stack:
        scene.decks_changed()
        show = getattr(scene, "show_deck", None)  # the studio selects the deck just imported
        if show is not None:
            show(outcome.path)


def problem_item(problem: str) -> ListItem:
    """'file:3:7: message' as a row a person reads: where, then what."""
    found = _PROBLEM.match(problem)
    if found is None:
        return ListItem(problem)
    return ListItem(f"Line {found['line']}, column {found['column']}", found["message"])
