"""Writing decks as YAML files: new starter decks and exports."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

from game import identity, resources
from game.core.cards import Deck, deck_to_data

from .atomic_files import write_bytes_atomically
from .yaml_nodes import compose

SCHEMA_NAME = "deck.schema.json"
SCHEMA_LINE = f"# yaml-language-server: $schema={SCHEMA_NAME}"


def schema_line() -> str:
    """The first line that gives editors autocomplete: the schema beside the deck file, named relatively.

    Never an absolute path: a deck made on one machine (or from one install) works on any other.
    Every deck Kindred writes gets a copy of the schema beside it (see `keep_schema_copy`)."""
    return SCHEMA_LINE


def schema_text() -> bytes:
    return resources.deck_schema().read_bytes()


def keep_schema_copy(folder: Path) -> None:
    """Put the game's deck schema beside the decks in `folder`, or refresh a copy that differs.

    Autocomplete is a nicety: a folder where it cannot be written still gets its deck."""
    target = folder / SCHEMA_NAME
    try:
        wanted = schema_text()
        if target.is_symlink() or (target.exists() and not target.is_file()):
            return
        if target.exists() and target.read_bytes() == wanted:
            return
        write_text_atomically(target, wanted.decode("utf-8"))
    except (OSError, UnicodeDecodeError):
        return


def ascii_folded(text: str) -> str:
    """`text` in the letters an id is made of: accents off ("ó" → "o", "ł" → "l"), letters of other scripts left out."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L").replace("ø", "o"))
    return decomposed.encode("ascii", "ignore").decode()


def slug(name: str) -> str:
    """An id from a name: lowercase ASCII letters, digits and dashes."""
    ascii_only = ascii_folded(name).lower()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    return words[:64].strip("-") or "my-deck"


class _DeckDumper(yaml.SafeDumper):
    """PyYAML writes U+0085 (NEL) in a single-quoted line as a bare line break, which reads back as a space."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style='"' if "\x85" in text else None)


_DeckDumper.add_representer(str, _represent_str)


def deck_yaml(deck: Deck, schema: str | None = None) -> str:
    body = yaml.dump(deck_to_data(deck), Dumper=_DeckDumper, allow_unicode=True, sort_keys=False, width=100)
    return f"{schema or schema_line()}\n{body}"


def with_deck_id(text: str, deck_id: str) -> str:
    """A deck file's text, its own words and comments kept, with another deck id."""
    root = compose(text)
    assert isinstance(root, yaml.MappingNode), "a deck file that loaded is a mapping"
    value = next(node for key, node in root.value if key.value == "id")
    lines = text.splitlines(keepends=True)

    def offset(mark: yaml.Mark) -> int:
        return sum(len(line) for line in lines[: mark.line]) + mark.column

    return text[: offset(value.start_mark)] + deck_id + text[offset(value.end_mark) :]


def write_text_atomically(path: Path, text: str) -> None:
    """Write beside `path`, then swap it in: a reader never sees half a file (see write_bytes_atomically).
    A deck file (one that names the schema) gets the schema beside it."""
    if text.startswith(SCHEMA_LINE + "\n") and path.name != SCHEMA_NAME:
        keep_schema_copy(path.parent)
    write_bytes_atomically(path, text.encode("utf-8"))


def starter_deck_text(name: str, deck_id: str, command: str | None = None) -> str:
    """A small deck that shows every kind of card, ready to be edited; its comment names `command` (how Kindred
    was started, by default) to check it with."""
    quoted = name.replace('"', "'")
    return f"""{schema_line()}
# Your own Kindred deck. Edit the cards, keep each card's id once you have played it
# (memories are kept under it), and run: {command or identity.command()} deck validate THIS_FILE
format: 1
id: {deck_id}
name: "{quoted}"
description: Questions we wrote ourselves.
author: Us
color: "#c8784f"
language: en
cards:
  - id: best-part-of-today
    kind: ask
    level: 1
    text: What was the best part of your day today?
    followups:
      - What made it good?
  - id: go-to-snack
    kind: ask
    level: 1
    text: What's the snack you always come back to?
    quiz: What snack does {{name}} always come back to?
    changes: true
  - id: weekend-plan
    kind: both
    level: 2
    text: If next Saturday were completely free, how would you spend it?
    quiz: How would {{name}} spend a free Saturday?
  - id: rainy-evening
    kind: scenario
    level: 2
    text: It's a rainy evening and you're worn out. What would you like from me?
    options:
      - A blanket and a film
      - A long walk anyway
      - Cook something together
      - Quiet time, each to our own
  - id: proudest-moment-together
    kind: ask
    level: 3
    text: What's a moment with me you're quietly proud of?
    quiz: Which moment together is {{name}} quietly proud of?
    followups:
      - What did it show you about us?
  - id: hug-for-twenty
    kind: action
    level: 1
    text: Hug for twenty seconds — longer than feels normal.
    seconds: 20
"""
