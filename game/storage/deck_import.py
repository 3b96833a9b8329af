"""A file into a deck in one step (no preview): what `DeckLibrary.import_file` and the tests call.

YAML files are read by the loader as they are; every other shape goes through the shared
importer in `importing`, taking its guesses as they are.
"""

from __future__ import annotations

from pathlib import Path

from game.core.cards import Deck
from game.core.direction import quoted
from game.core.import_draft import Choices, ImportPreview, ImportProblem

from .deck_files import DeckError, DeckProblem, load_deck_bytes
from .importing import (
    IMPORT_SUFFIXES,
    KINDS,
    LIST_SUFFIXES,
    YAML_SUFFIXES,
    card_id,
    check,
    deck_of,
    deck_title,
    decode,
    read_draft,
    read_source,
)

QUICK_SUFFIXES = LIST_SUFFIXES
__all__ = ["IMPORT_SUFFIXES", "QUICK_SUFFIXES", "card_id", "deck_from_csv", "deck_from_txt", "deck_title", "read_import"]


def read_import(path: Path, shown_as: str | None = None) -> Deck:
    """Read any importable file into a deck; raise DeckError with every problem."""
    name = shown_as or str(path)
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return load_deck_bytes(read_source(path, name), name).deck
    if suffix not in LIST_SUFFIXES:
        raise DeckError([DeckProblem(name, 1, 1, f"Kindred imports {KINDS} files, not '{quoted(suffix or path.name)}'")])
    return _deck(decode(read_source(path, name), name), suffix, name, deck_title(path))


def deck_from_txt(data: bytes, name: str, title: str) -> Deck:
    return _deck(decode(data, name), ".txt", name, title)


def deck_from_csv(data: bytes, name: str, title: str) -> Deck:
    return _deck(decode(data, name), ".csv", name, title)


def _deck(text: str, suffix: str, name: str, title: str) -> Deck:
    try:
        draft = read_draft(text, suffix)
    except ImportProblem as error:
        raise DeckError([DeckProblem(name, line, column, message) for line, column, message in error.problems]) from None
    deck_name = draft.title or title
    problems = check(draft, deck_name, name)
    if problems:
        raise DeckError(problems)
    return deck_of(ImportPreview(name, name, draft, deck_name), Choices())
