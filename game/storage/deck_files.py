"""Deck files: read, validate and report every problem as ``file:line:col: message``.

The JSON Schema in ``decks/deck.schema.json`` is the one source of truth for the
format. A compiled validator (fastjsonschema) decides quickly whether a deck is
valid; only when it is not does the slower, thorough one (jsonschema) list every
problem. Checks that a schema cannot express follow.
"""

from __future__ import annotations

import difflib
import functools
import gc
import json
import os
import re
import stat
import string
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import fastjsonschema
import yaml

from game import resources
from game.core.cards import DECK_FORMAT, Deck, deck_from_data
from game.core.pronouns import is_placeholder

from . import yaml_nodes
from .yaml_nodes import Position, YamlProblem

if TYPE_CHECKING:  # jsonschema is imported only to explain an invalid deck: it costs ~40 ms and ~5 MB at start
    import jsonschema

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_CARDS = 20_000
MAX_REPORTED = 200  # problems listed per file; the rest are counted
DECK_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True, order=True)
class DeckProblem:
    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        # One line per problem whatever the file holds: a newline or other control character in a value is shown escaped.
        message = "".join(char if char.isprintable() else ascii(char)[1:-1] for char in self.message)
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


@functools.cache
def schema() -> dict[str, Any]:
    with resources.deck_schema().open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


@functools.cache
def _fast_validator() -> Any:
    # fastjsonschema speaks draft 7; the keywords the schema uses mean the same in 2020-12.
    draft7 = {key: value for key, value in schema().items() if key != "$schema"}
    return fastjsonschema.compile(draft7, use_default=False)


@functools.cache
def _fast_card_validator() -> Any:
    card = {"$id": schema()["$id"], "$defs": schema()["$defs"], "allOf": [{"$ref": "#/$defs/card"}]}
    return fastjsonschema.compile(card, use_default=False)


@functools.cache
def _thorough_validator() -> jsonschema.Draft202012Validator:
    return _strict(schema())


@functools.cache
def _thorough_card_validator() -> jsonschema.Draft202012Validator:
    return _strict({"$schema": schema()["$schema"], "$id": schema()["$id"], "$defs": schema()["$defs"], "$ref": "#/$defs/card"})


def _strict(of: dict[str, Any]) -> jsonschema.Draft202012Validator:
    import jsonschema

    # Agree with the fast one: `$` ends the text, as in JSON Schema; Python's `$` also matches before a final newline.
    strict = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": _pattern})  # type: ignore[no-untyped-call]
    validator: jsonschema.Draft202012Validator = strict(of)
    return validator


@functools.cache
def _list_limits(where: str) -> dict[str, dict[str, Any]]:
    """The deck's or a card's fields that are lists with a most number of items, each with its schema ($ref followed)."""
    properties = schema()["properties"] if where == "deck" else schema()["$defs"]["card"]["properties"]
    limits: dict[str, dict[str, Any]] = {}
    for key, part in properties.items():
        if "$ref" in part:
            part = {**part, **schema()["$defs"][part["$ref"].rsplit("/", 1)[1]]}
        if part.get("type") == "array" and "maxItems" in part and key != "cards":
            limits[key] = part
    return limits


def _pattern(validator: Any, pattern: str, instance: Any, _schema: Any) -> Iterator[jsonschema.ValidationError]:
    if validator.is_type(instance, "string") and not re.search(re.sub(r"(?<!\\)\$", r"\\Z", pattern), instance):
        import jsonschema

        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


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
        return _load_text(text, data, name)
    finally:
        if gc_was_enabled:
            gc.enable()


def _load_text(text: str, data: bytes, name: str) -> LoadedDeck:
    try:
        yaml_nodes.prescan(data)
        root = yaml_nodes.compose(text)
        if root is None:
            raise YamlProblem("the file is empty: a deck needs format, id, name and cards", Position(1, 1))
        value = yaml_nodes.construct(root)
    except YamlProblem as problem:
        raise _single(name, problem.position, problem.message) from None
    problems = check_deck_data(value, root, name)
    if problems:
        raise DeckError(problems)
    return LoadedDeck(deck_from_data(value, source=name), *_card_positions(root))


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        raise _single(name, Position(line, column), "the file is not UTF-8 text (save it as UTF-8)") from None


def _single(name: str, position: Position, message: str) -> DeckError:
    return DeckError([DeckProblem(name, position.line, position.column, message)])


def check_deck_data(value: Any, root: yaml.Node, name: str, limit: int = MAX_REPORTED) -> list[DeckProblem]:
    """The problems of a deck parsed from the file `name`, at their lines and columns, in the file's order."""
    return [
        DeckProblem(name, found.place.line, found.place.column, found.message)
        for found in check_deck_value(value, NodeLocator(root), limit)
    ]


def check_deck_value(value: Any, locator: Locator[P], limit: int = MAX_REPORTED) -> list[Found[P]]:
    """The problems of deck data, each at the place `locator` gives for it, in reading order: the first `limit`,
    then one saying more follow.

    The work is linear in the file: each mapping is indexed once, a card is looked at closely
    only when the quick validator refuses it, lists far over their limit are cut before the
    thorough validator sees them, the cards after the first `limit` problems are only counted,
    and a "did you mean" is worked out only for a problem that is shown.
    """
    where = _Checking(locator)
    if not isinstance(value, dict):
        return [where.at([], "a deck is a mapping with format, id, name and cards")]
    found: list[Found[P]] = []
    cards = value.get("cards")
    if isinstance(cards, list) and len(cards) > MAX_CARDS:
        found.append(where.at(["cards"], f"{len(cards):,} cards; a deck may hold at most {MAX_CARDS:,}"))
        cards = cards[:MAX_CARDS]  # checking every card of a hostile file could take minutes
    card_list = cards if isinstance(cards, list) else []
    checked = {**value, "cards": cards} if "cards" in value else value
    whole_deck_valid = _passes(_fast_validator(), checked)
    found.extend(_deck_problems(checked, bool(card_list), whole_deck_valid, where))
    seen: dict[str, int] = {}
    in_cards = 0
    later_cards = 0
    for index, card in enumerate(card_list):
        if in_cards > limit:  # every later card's problems come after those already found: count, do not explain
            later_cards += _card_is_wrong(card, index, seen, where)
            continue
        problems = list(_card_problems(card, index, seen, not whole_deck_valid, where))
        in_cards += len(problems)
        found.extend(problems)
    found.sort(key=lambda problem: (problem.place, problem.message))
    shown = [where.with_hint(problem) for problem in found[:limit]]
    more = max(0, len(found) - limit) + later_cards  # a later card that is wrong has at least one problem
    if more:
        first = found[min(limit, len(found) - 1)]
        counted = f"{'at least ' if later_cards else ''}{more:,} more problem{'s' if more != 1 else ''}"
        shown.append(Found(first.place, f"…and {counted} from here on; fix these and check again"))
    return shown


def _passes(validator: Any, value: Any) -> bool:
    try:
        validator(value)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


_A_VALID_CARD = {"id": "a", "text": "a"}


def _deck_problems(deck: dict[str, Any], has_cards: bool, valid: bool, where: _Checking[P]) -> Iterator[Found[P]]:
    """The deck's own fields: the schema's word, a NUL, a newer format. Its cards are checked one by one."""
    problems: list[Found[P]] = []
    if not valid:
        own = {**deck, "cards": [_A_VALID_CARD]} if has_cards else deck  # the cards are checked on their own
        clipped, cut = _clipped(own, [], _list_limits("deck"), where)
        problems.extend(cut)
        for error in _thorough_validator().iter_errors(clipped):
            problems.extend(_explain(error, [], where))
    problems.extend(_nul_characters({key: item for key, item in deck.items() if key != "cards"}, [], where))
    yield from problems
    version = deck.get("format")
    if isinstance(version, int) and version > DECK_FORMAT:
        newer = where.at(["format"], f"format {version} is newer than this game knows ({DECK_FORMAT}); update Kindred")
        if all(newer.place != problem.place for problem in problems):
            yield newer


def _card_problems(card: Any, index: int, seen: dict[str, int], check_schema: bool, where: _Checking[P]) -> Iterator[Found[P]]:
    here: list[Any] = ["cards", index]
    schema_problems: list[Found[P]] = []
    if check_schema and not _passes(_fast_card_validator(), card):
        clipped, cut = _clipped(card, here, _list_limits("card"), where) if isinstance(card, dict) else (card, [])
        schema_problems.extend(cut)
        for error in _thorough_card_validator().iter_errors(clipped):
            schema_problems.extend(_explain(error, here, where))
    yield from schema_problems
    yield from _nul_characters(card, here, where)
    if isinstance(card, dict):
        spots = {problem.place for problem in schema_problems}
        for problem in _card_rules(card, index, seen, where):  # one message per spot: the schema's, when both speak
            if problem.place not in spots:
                yield problem


def _card_is_wrong(card: Any, index: int, seen: dict[str, int], where: _Checking[P]) -> bool:
    if not isinstance(card, dict) or not _passes(_fast_card_validator(), card):
        if isinstance(card, dict) and isinstance(card.get("id"), str):
            seen.setdefault(card["id"], index)
        return True
    return any(True for _ in _card_rules(card, index, seen, where)) or any(
        True for _ in _nul_characters(card, ["cards", index], where)
    )


def _clipped(mapping: Any, here: list[Any], limits: dict[str, dict[str, Any]], where: _Checking[P]) -> tuple[Any, list[Found[P]]]:
    """A list far over its limit is reported here and cut to the limit, so its items are not explained one by one."""
    if not isinstance(mapping, dict):
        return mapping, []
    problems: list[Found[P]] = []
    clipped = mapping
    for key, part in limits.items():
        items = mapping.get(key)
        if isinstance(items, list) and len(items) > part["maxItems"]:
            problems.append(where.at([*here, key], f"{key} has {len(items):,} items; {_count_words(part)}"))
            clipped = {**clipped, key: items[: part["maxItems"]]}
    return clipped, problems


def _nul_characters(value: Any, here: list[Any], where: _Checking[P]) -> Iterator[Found[P]]:
    """A NUL (YAML's "\\0") draws as nothing and ends text in C: no value may hold one."""
    stack: list[tuple[list[Any], Any]] = [(here, value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, str) and "\0" in item:
            yield where.at(path, f"{_field_name(path)} holds a NUL character (written \\0); take it out")
        elif isinstance(item, dict):
            stack.extend(([*path, key], inner) for key, inner in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend(([*path, number], inner) for number, inner in reversed(list(enumerate(item))))


def _card_rules(card: dict[str, Any], index: int, seen: dict[str, int], where: _Checking[P]) -> Iterator[Found[P]]:
    here: list[Any] = ["cards", index]
    card_id = card.get("id")
    if isinstance(card_id, str):
        if card_id in seen:
            yield where.at([*here, "id"], f"card id '{card_id}' is used twice (first by card {seen[card_id] + 1})")
        seen.setdefault(card_id, index)
    yield from _placeholders(card, where, here)
    kind = card.get("kind", "ask")
    answer = card.get("answer")
    options = card.get("options")
    if not (options is None or (isinstance(options, list) and all(isinstance(o, str) for o in options))):
        return
    if kind == "scenario":
        if options is None or not 2 <= len(options) <= 6:
            yield where.at([*here, "options" if options else "text"], "a scenario needs 2 to 6 options")
        if answer not in (None, "choice"):
            yield where.at([*here, "answer"], "a scenario's answer is always a choice of its options")
    elif answer == "who":
        if kind != "both":
            yield where.at([*here, "answer"], "answer: who (who's more likely) is for both cards: add kind: both")
        for key in ("options", "quiz"):
            if key in card:
                yield where.at([*here, key], f"a who's-more-likely card has its own four answers and no '{key}'")
    elif answer == "choice" and not options:
        yield where.at([*here, "answer"], "answer: choice needs a list of options")
    elif options is not None and answer != "choice":
        yield where.at([*here, "options"], "options need answer: choice (or kind: scenario)")
    tags = card.get("tags")
    if isinstance(tags, list) and all(isinstance(tag, str) for tag in tags) and len(set(tags)) != len(tags):
        yield where.at([*here, "tags"], "the same tag appears twice")
    if options is not None and len(set(options)) != len(options):
        yield where.at([*here, "options"], "the same option appears twice")
    if kind == "action":
        for key in ("quiz", "answer", "changes"):
            if key in card:
                yield where.at([*here, key], f"action cards are not remembered, so '{key}' has no place here")
    elif "seconds" in card:
        yield where.at([*here, "seconds"], "seconds (a timer) is only for action cards")


def _placeholders(card: dict[str, Any], where: _Checking[P], here: list[Any]) -> Iterator[Found[P]]:
    fields: list[tuple[list[Any], Any]] = [([key], card[key]) for key in ("text", "quiz", "note") if key in card]
    for key in ("followups", "options"):
        items = card.get(key)
        if isinstance(items, list):
            fields.extend(([key, i], item) for i, item in enumerate(items))
    for path, text in fields:
        if not isinstance(text, str) or ("{" not in text and "}" not in text):
            continue
        try:
            names = {field_name for _, field_name, _, _ in string.Formatter().parse(text) if field_name is not None}
        except ValueError:
            yield where.at([*here, *path], "a lone { or }: write placeholders as {name} or {partner}")
            continue
        for unknown in sorted(written for written in names if not is_placeholder(written)):
            message = f"unknown placeholder {{{unknown}}}: use {{name}}, {{partner}} or a pronoun like {{their}}"
            yield where.at([*here, *path], message)


def _explain(error: jsonschema.ValidationError, here: list[Any], where: _Checking[P]) -> Iterator[Found[P]]:
    path = [*here, *error.absolute_path]
    field_name = _field_name(path)
    instance: Any = error.instance
    schema_part: Any = error.schema
    validator = error.validator
    if validator == "additionalProperties":
        allowed = list(schema_part.get("properties", {}))
        for key in instance.keys() - set(allowed):
            problem = where.at(path, f"unknown field '{key}'", key=key)
            where.hints[problem] = (str(key), allowed)
            yield problem
        return
    if validator == "required":
        what = "a card" if len(path) == 2 and path[0] == "cards" else "the deck"
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        yield where.at(path, f"{what} needs '{missing}'")
        return
    if validator == "enum":
        enum_values: Any = error.validator_value
        choices = ", ".join(str(choice) for choice in enum_values)
        yield where.at(path, f"{field_name} must be one of {choices}, not '{instance}'")
        return
    if validator == "type":
        wanted = error.validator_value
        yield where.at(path, f"{field_name} must be {_TYPE_WORDS.get(str(wanted), wanted)}, not {_describe(instance)}")
        return
    if validator == "pattern":
        yield where.at(path, f"{field_name} '{instance}' {_PATTERN_WORDS.get(field_name, 'has the wrong form')}")
        return
    if validator in ("minimum", "maximum"):
        low = schema_part.get("minimum")
        high = schema_part.get("maximum")
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        yield where.at(path, f"{field_name} must be {bounds}, not {instance}")
        return
    if validator in ("minItems", "maxItems"):
        yield where.at(path, f"{field_name} has {len(instance)} items; {_count_words(schema_part)}")
        return
    if validator in ("minLength", "maxLength"):
        if validator == "minLength":
            yield where.at(path, f"{field_name} is empty")
        else:
            yield where.at(path, f"{field_name} is {len(instance):,} characters; the limit is {error.validator_value:,}")
        return
    if validator == "uniqueItems":
        yield where.at(path, f"{field_name} lists the same item twice")
        return
    yield where.at(path, f"{field_name}: {error.message}")


_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of fields",
}
_PATTERN_WORDS = {
    "id": "must be lowercase letters, digits and dashes (like 'coffee-order')",
    "color": "must be a colour like '#d9825b' (in quotes)",
    "language": "must be a language tag like 'en' or 'pt-BR'",
    "tags": "must be lowercase letters, digits and dashes",
}


def _count_words(schema_part: dict[str, Any]) -> str:
    low, high = schema_part.get("minItems"), schema_part.get("maxItems")
    if low is not None and high is not None:
        return f"it needs {low} to {high:,}"
    return f"it needs at least {low}" if low is not None else f"it may have at most {high:,}"


def _describe(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{value[:40]}'"
    return "a list" if isinstance(value, list) else "a mapping"


def _field_name(path: list[Any]) -> str:
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return "the deck"


class Place(Protocol):
    """Where a problem is: places sort in the order a reader meets them, and equal places are one spot."""

    def __lt__(self, other: Any, /) -> bool: ...

    def __hash__(self) -> int: ...


P = TypeVar("P", bound=Place)
P_co = TypeVar("P_co", bound=Place, covariant=True)


@dataclass(frozen=True, slots=True)
class Found(Generic[P]):
    """One problem of deck data, at the place its locator gave."""

    place: P
    message: str


class Locator(Protocol[P_co]):
    def place(self, path: Sequence[Any], key: Any = None) -> P_co:
        """Where the value at a data path is (or the deepest value on the way to it); with `key`, that key itself."""
        ...


class _Checking(Generic[P]):
    """One check of a deck: its locator, and the unknown fields that may earn a "did you mean"."""

    def __init__(self, locator: Locator[P]) -> None:
        self.locator = locator
        self.hints: dict[Found[P], tuple[str, list[str]]] = {}  # unknown fields: the key and the fields allowed there

    def at(self, path: Sequence[Any], message: str, key: Any = None) -> Found[P]:
        return Found(self.locator.place(path, key), message)

    def with_hint(self, problem: Found[P]) -> Found[P]:
        """An unknown field's problem with its likeliest meant field, when one is close."""
        if problem not in self.hints:
            return problem
        key, allowed = self.hints[problem]
        close = difflib.get_close_matches(key, allowed, n=1)
        return replace(problem, message=f"{problem.message} (did you mean '{close[0]}'?)") if close else problem


class NodeLocator:
    """Places in a YAML file: the line and column of the node at a data path, each mapping indexed once
    (a deck with 40,000 keys is searched 40,000 times)."""

    def __init__(self, root: yaml.Node) -> None:
        self.root = root
        self._keys: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = {}

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
            pair = self._pairs(node).get(str(key))
            if pair is not None:
                return pair[0]
        return node

    def _child(self, node: yaml.Node, part: Any) -> yaml.Node | None:
        if isinstance(node, yaml.MappingNode):
            pair = self._pairs(node).get(str(part))
            return None if pair is None else pair[1]
        if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            found: yaml.Node = node.value[part]
            return found
        return None

    def _pairs(self, node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        pairs = self._keys.get(id(node))
        if pairs is None:
            pairs = {}
            for key_node, value_node in node.value:
                pairs.setdefault(str(key_node.value), (key_node, value_node))
            self._keys[id(node)] = pairs
        return pairs


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
