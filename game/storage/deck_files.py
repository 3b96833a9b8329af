"""Deck files: read, validate and report every problem as ``file:line:col: message``.

A file is read with care (only ordinary files, at most 5 MB, UTF-8), parsed by yaml_nodes
into nodes that keep every value's line and column, and checked by the deck rules
(deck_rules, with the schema in deck_schema); each problem is reported at its line and column.
"""

from __future__ import annotations

import gc
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from game.core.cards import Deck, deck_from_data
from game.core.direction import FSI, PDI

from . import yaml_nodes
from .deck_rules import MAX_REPORTED, check_deck_value
from .deck_shape import overlong_lists
from .yaml_nodes import Position, YamlProblem

MAX_FILE_BYTES = 5 * 1024 * 1024
DECK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True, order=True)
class DeckProblem:
    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        # One line per problem whatever the file holds: a newline or other control character in a value is shown escaped.
        # The isolates around a quoted right-to-left value (direction.quoted) stay: the window needs them to keep the
        # sentence's order, and the command line leaves them out (cli_text.shown).
        message = self.message
        if not message.isprintable():  # most are: a deck's million near-duplicates print without a look at each letter
            message = "".join(char if char.isprintable() or char in (FSI, PDI) else ascii(char)[1:-1] for char in message)
        return f"{self.path}:{self.line}:{self.column}: {message}"


class DeckError(Exception):
    """A deck that cannot be loaded, with every problem found in it."""

    def __init__(self, problems: Sequence[DeckProblem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class LoadedDeck:
    deck: Deck
    card_lines: dict[str, int] = field(default_factory=dict)
    text_positions: dict[str, Position] = field(default_factory=dict)

    def line_of(self, card_id: str) -> int:
        return self.card_lines.get(card_id, 1)


def load_deck_file(path: str | Path, shown_as: str | None = None) -> LoadedDeck:
    """Read and validate one deck file; raise DeckError listing every problem."""
    name = shown_as or str(path)
    return load_deck_bytes(read_regular_file(Path(path), name), name)


def read_regular_file(path: Path, name: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of an ordinary file of at most `limit` bytes, or a DeckError that says why not.

    A named pipe would wait for a writer forever and a device (a link to /dev/zero) never
    ends: the file is opened without waiting, and what it is — after following any
    links — is asked of the open file itself, before a byte is read.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise _single(name, Position(1, 1), f"cannot read the file: {error.strerror or error}") from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise _single(name, Position(1, 1), f"this is {_kind_of(info.st_mode)}, not a file: only ordinary files are read")
        if info.st_size > limit:
            raise _single(name, Position(1, 1), f"the file is {info.st_size / 1048576:.1f} MB; a deck may be at most 5 MB")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # bounded even if the file grows while it is read
            chunk = os.read(handle, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise _single(name, Position(1, 1), f"cannot read the file: {error.strerror or error}") from None
    finally:
        os.close(handle)
    if size > limit:
        raise _single(name, Position(1, 1), "the file is over 5 MB; a deck may be at most 5 MB")
    return b"".join(chunks)


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "something other than a file"


def load_deck_bytes(data: bytes, name: str) -> LoadedDeck:
    if len(data) > MAX_FILE_BYTES:
        raise _single(name, Position(1, 1), "the file is over 5 MB; a deck may be at most 5 MB")
    text = _decode(data, name)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # the collector would otherwise walk the growing graph of values again and again
    try:
        loaded = _load_text(text, data, name)
    finally:
        if gc_was_enabled:
            gc.enable()
    if isinstance(loaded, LoadedDeck):
        return loaded
    raise DeckError(loaded)


def _load_text(text: str, data: bytes, name: str) -> LoadedDeck | list[DeckProblem]:
    """The deck, or its problems. They are returned, not raised: an error raised here would keep the parsed file
    alive past the collector's return, and its first pass would walk all of it (0.6 s for a file of 270,000 tags)."""
    try:
        yaml_nodes.prescan(data)
        root = yaml_nodes.compose(text)
        if root is None:
            raise YamlProblem("the file is empty: a deck needs format, id, name and cards", Position(1, 1))
        if overlong := overlong_lists(root):  # before 270,000 tags are built only to be too many
            return _listed(name, overlong)
        value = yaml_nodes.construct(root)
    except YamlProblem as problem:
        return [DeckProblem(name, problem.position.line, problem.position.column, problem.message)]
    problems = check_deck_data(value, root, name)
    if problems:
        return problems
    return LoadedDeck(deck_from_data(value, source=name), *_card_positions(root))


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        raise _single(name, Position(line, column), "the file is not UTF-8 text (save it as UTF-8)") from None


def _listed(name: str, found: list[tuple[Position, str]]) -> list[DeckProblem]:
    """The first MAX_REPORTED of `found`, and a line that counts the rest."""
    problems = [DeckProblem(name, at.line, at.column, said) for at, said in found[:MAX_REPORTED]]
    if (more := len(found) - MAX_REPORTED) > 0:
        at = found[MAX_REPORTED][0]
        problems.append(DeckProblem(name, at.line, at.column, f"…and {more:,} more lists like these from here on"))
    return problems


def _single(name: str, position: Position, message: str) -> DeckError:
    return DeckError([DeckProblem(name, position.line, position.column, message)])


def check_deck_data(value: Any, root: yaml.Node, name: str, limit: int = MAX_REPORTED) -> list[DeckProblem]:
    """The problems of a deck parsed from the file `name`, at their lines and columns, in the file's order."""
    return [
        DeckProblem(name, found.place.line, found.place.column, found.message)
        for found in check_deck_value(value, NodeLocator(root), limit)
    ]


class NodeLocator:
    """Places in a YAML file: the line and column of the node at a data path, each mapping indexed once
    (a deck with 40,000 keys is searched 40,000 times), and only as far as the keys looked for."""

    def __init__(self, root: yaml.Node) -> None:
        self.root = root
        self._keys: dict[int, tuple[dict[str, tuple[yaml.Node, yaml.Node]], Iterator[tuple[yaml.Node, yaml.Node]]]] = {}

    def place(self, path: Sequence[Any], key: Any = None) -> Position:
        return yaml_nodes.position_of(self.node(path, key).start_mark)

    def node(self, path: Iterable[Any], key: Any = None) -> yaml.Node:
        """The node at `path` (or the deepest one on the way to it); with `key`, that key's own node in the mapping."""
        node = self.root
        for part in path:
            found = self._child(node, part)
            if found is None:
                return node
            node = found
        if key is not None and isinstance(node, yaml.MappingNode):
            pair = self._pair(node, str(key))
            if pair is not None:
                return pair[0]
        return node

    def _child(self, node: yaml.Node, part: Any) -> yaml.Node | None:
        if isinstance(node, yaml.MappingNode):
            pair = self._pair(node, str(part))
            return None if pair is None else pair[1]
        if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            found: yaml.Node = node.value[part]
            return found
        return None

    def _pair(self, node: yaml.MappingNode, key: str) -> tuple[yaml.Node, yaml.Node] | None:
        """The first pair of `node` whose key is spelled `key`. The mapping is indexed only as far as it is read:
        the first problems of a card with 200,000 keys are at its first keys."""
        indexed = self._keys.get(id(node))
        if indexed is None:
            indexed = self._keys[id(node)] = ({}, iter(node.value))
        pairs, unread = indexed
        found = pairs.get(key)
        if found is None:
            for key_node, value_node in unread:
                spelled = str(key_node.value)
                pairs.setdefault(spelled, (key_node, value_node))
                if spelled == key:
                    return pairs[key]
        return found


def node_at(root: yaml.Node, path: Iterable[Any]) -> yaml.Node:
    """The node at a data path, or the deepest node on the way to it."""
    node = root
    for part in path:
        if isinstance(node, yaml.MappingNode):
            found = next((value for key, value in node.value if key.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            found = node.value[part]
        else:
            found = None
        if found is None:
            return node
        node = found
    return node


def _card_positions(root: yaml.Node) -> tuple[dict[str, int], dict[str, Position]]:
    lines: dict[str, int] = {}
    texts: dict[str, Position] = {}
    cards = node_at(root, ["cards"])
    if isinstance(cards, yaml.SequenceNode):
        for card in cards.value:
            if isinstance(card, yaml.MappingNode):
                fields = {key.value: value for key, value in card.value}
                if "id" in fields:
                    lines[fields["id"].value] = card.start_mark.line + 1
                    if "text" in fields:
                        texts[fields["id"].value] = yaml_nodes.position_of(fields["text"].start_mark)
    return lines, texts


@dataclass
class DeckSet:
    """All decks that loaded, and the problems of those that did not."""

    loaded: list[LoadedDeck] = field(default_factory=list)
    problems: list[DeckProblem] = field(default_factory=list)

    @property
    def decks(self) -> list[Deck]:
        return [item.deck for item in self.loaded]


def deck_paths(folder: Path) -> list[Path]:
    """The deck files in a folder. A pipe, device or broken link named like a deck is listed too, so that it is reported."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.suffix.lower() in DECK_SUFFIXES and not path.is_dir())


def load_decks(paths: Iterable[Path]) -> DeckSet:
    """Load every deck it can; one broken deck never stops the others."""
    result = DeckSet()
    owners: dict[str, str] = {}
    for path in paths:
        try:
            loaded = load_deck_file(path)
        except DeckError as error:
            result.problems.extend(error.problems)
            continue
        deck_id = loaded.deck.id
        if deck_id in owners:
            result.problems.append(
                DeckProblem(str(path), 1, 1, f"deck id '{deck_id}' is already used by {owners[deck_id]}; this copy is skipped")
            )
            continue
        owners[deck_id] = str(path)
        result.loaded.append(loaded)
    return result
