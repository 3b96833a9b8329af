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
import re
import string
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import fastjsonschema
import yaml

from game.core.cards import DECK_FORMAT, Deck, deck_from_data
from game.core.pronouns import is_placeholder

from . import yaml_nodes
from .paths import builtin_decks_dir
from .yaml_nodes import Position, YamlProblem

if TYPE_CHECKING:  # jsonschema is imported only to explain an invalid deck: it costs ~40 ms and ~5 MB at start
    import jsonschema

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_CARDS = 20_000
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
    with (builtin_decks_dir() / "deck.schema.json").open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


@functools.cache
def _fast_validator() -> Any:
    # fastjsonschema speaks draft 7; the keywords the schema uses mean the same in 2020-12.
    draft7 = {key: value for key, value in schema().items() if key != "$schema"}
    return fastjsonschema.compile(draft7, use_default=False)


@functools.cache
def _thorough_validator() -> jsonschema.Draft202012Validator:
    import jsonschema

    # Agree with the fast one: `$` ends the text, as in JSON Schema; Python's `$` also matches before a final newline.
    strict = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": _pattern})  # type: ignore[no-untyped-call]
    validator: jsonschema.Draft202012Validator = strict(schema())
    return validator


def _pattern(validator: Any, pattern: str, instance: Any, _schema: Any) -> Iterator[jsonschema.ValidationError]:
    if validator.is_type(instance, "string") and not re.search(re.sub(r"(?<!\\)\$", r"\\Z", pattern), instance):
        import jsonschema

        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


def load_deck_file(path: str | Path, shown_as: str | None = None) -> LoadedDeck:
    """Read and validate one deck file; raise DeckError listing every problem."""
    path = Path(path)
    name = shown_as or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _single(name, Position(1, 1), f"the file is {size / 1048576:.1f} MB; a deck may be at most 5 MB")
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise _single(name, Position(1, 1), f"cannot read the file: {error.strerror or error}") from None
    return load_deck_bytes(data, name)


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
    problems = list(check_deck_data(value, root, name))
    if problems:
        raise DeckError(sorted(problems))
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


def check_deck_data(value: Any, root: yaml.Node, name: str) -> Iterator[DeckProblem]:
    """Every problem with an already parsed deck: schema first, then the rules beyond it."""
    if not isinstance(value, dict):
        yield _at(name, root, [], "a deck is a mapping with format, id, name and cards")
        return
    cards = value.get("cards")
    if isinstance(cards, list) and len(cards) > MAX_CARDS:
        yield _at(name, root, ["cards"], f"{len(cards):,} cards; a deck may hold at most {MAX_CARDS:,}")
        value = {**value, "cards": cards[:MAX_CARDS]}  # checking every card of a hostile file could take minutes
    schema_problems: list[DeckProblem] = []
    try:
        _fast_validator()(value)
    except fastjsonschema.JsonSchemaException:
        for error in _thorough_validator().iter_errors(value):
            schema_problems.extend(_explain(error, root, name))
    yield from schema_problems
    where = {(problem.line, problem.column) for problem in schema_problems}
    for problem in _beyond_schema(value, root, name):  # one message per spot: the schema's, when both speak
        if (problem.line, problem.column) not in where:
            yield problem


def _beyond_schema(deck: dict[str, Any], root: yaml.Node, name: str) -> Iterator[DeckProblem]:
    """The rules a schema cannot say. Runs on a deck with schema errors too, skipping what is malformed."""
    version = deck.get("format")
    if isinstance(version, int) and version > DECK_FORMAT:
        yield _at(name, root, ["format"], f"format {version} is newer than this game knows ({DECK_FORMAT}); update Kindred")
    cards = deck.get("cards")
    if not isinstance(cards, list):
        return
    seen: dict[str, int] = {}
    for index, card in enumerate(cards):
        if isinstance(card, dict):
            yield from _card_rules(card, index, seen, root, name)


def _card_rules(card: dict[str, Any], index: int, seen: dict[str, int], root: yaml.Node, name: str) -> Iterator[DeckProblem]:
    here: list[Any] = ["cards", index]
    card_id = card.get("id")
    if isinstance(card_id, str):
        if card_id in seen:
            yield _at(name, root, [*here, "id"], f"card id '{card_id}' is used twice (first by card {seen[card_id] + 1})")
        seen.setdefault(card_id, index)
    yield from _placeholders(card, root, name, here)
    kind = card.get("kind", "ask")
    answer = card.get("answer")
    options = card.get("options")
    if not (options is None or (isinstance(options, list) and all(isinstance(o, str) for o in options))):
        return
    if kind == "scenario":
        if options is None or not 2 <= len(options) <= 6:
            yield _at(name, root, [*here, "options" if options else "text"], "a scenario needs 2 to 6 options")
        if answer not in (None, "choice"):
            yield _at(name, root, [*here, "answer"], "a scenario's answer is always a choice of its options")
    elif answer == "who":
        if kind != "both":
            yield _at(name, root, [*here, "answer"], "answer: who (who's more likely) is for both cards: add kind: both")
        for key in ("options", "quiz"):
            if key in card:
                yield _at(name, root, [*here, key], f"a who's-more-likely card has its own four answers and no '{key}'")
    elif answer == "choice" and not options:
        yield _at(name, root, [*here, "answer"], "answer: choice needs a list of options")
    elif options is not None and answer != "choice":
        yield _at(name, root, [*here, "options"], "options need answer: choice (or kind: scenario)")
    tags = card.get("tags")
    if isinstance(tags, list) and all(isinstance(tag, str) for tag in tags) and len(set(tags)) != len(tags):
        yield _at(name, root, [*here, "tags"], "the same tag appears twice")
    if options is not None and len(set(options)) != len(options):
        yield _at(name, root, [*here, "options"], "the same option appears twice")
    if kind == "action":
        for key in ("quiz", "answer", "changes"):
            if key in card:
                yield _at(name, root, [*here, key], f"action cards are not remembered, so '{key}' has no place here")
    elif "seconds" in card:
        yield _at(name, root, [*here, "seconds"], "seconds (a timer) is only for action cards")


def _placeholders(card: dict[str, Any], root: yaml.Node, name: str, here: list[Any]) -> Iterator[DeckProblem]:
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
            yield _at(name, root, [*here, *path], "a lone { or }: write placeholders as {name} or {partner}")
            continue
        for unknown in sorted(written for written in names if not is_placeholder(written)):
            message = f"unknown placeholder {{{unknown}}}: use {{name}}, {{partner}} or a pronoun like {{their}}"
            yield _at(name, root, [*here, *path], message)


def _explain(error: jsonschema.ValidationError, root: yaml.Node, name: str) -> Iterator[DeckProblem]:
    path = list(error.absolute_path)
    field_name = _field_name(path)
    instance: Any = error.instance
    schema_part: Any = error.schema
    validator = error.validator
    if validator == "additionalProperties":
        allowed = list(schema_part.get("properties", {}))
        for key in sorted(set(instance) - set(allowed), key=str):
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            yield _at(name, root, path, f"unknown field '{key}'{hint}", key=key)
        return
    if validator == "required":
        what = "a card" if len(path) == 2 and path[0] == "cards" else "the deck"
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        yield _at(name, root, path, f"{what} needs '{missing}'")
        return
    if validator == "enum":
        enum_values: Any = error.validator_value
        choices = ", ".join(str(choice) for choice in enum_values)
        yield _at(name, root, path, f"{field_name} must be one of {choices}, not '{instance}'")
        return
    if validator == "type":
        wanted = error.validator_value
        yield _at(name, root, path, f"{field_name} must be {_TYPE_WORDS.get(str(wanted), wanted)}, not {_describe(instance)}")
        return
    if validator == "pattern":
        yield _at(name, root, path, f"{field_name} '{instance}' {_PATTERN_WORDS.get(field_name, 'has the wrong form')}")
        return
    if validator in ("minimum", "maximum"):
        low = schema_part.get("minimum")
        high = schema_part.get("maximum")
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        yield _at(name, root, path, f"{field_name} must be {bounds}, not {instance}")
        return
    if validator in ("minItems", "maxItems"):
        yield _at(name, root, path, f"{field_name} has {len(instance)} items; {_count_words(schema_part)}")
        return
    if validator in ("minLength", "maxLength"):
        if validator == "minLength":
            yield _at(name, root, path, f"{field_name} is empty")
        else:
            yield _at(name, root, path, f"{field_name} is {len(instance):,} characters; the limit is {error.validator_value:,}")
        return
    if validator == "uniqueItems":
        yield _at(name, root, path, f"{field_name} lists the same item twice")
        return
    yield _at(name, root, path, f"{field_name}: {error.message}")


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


def _at(name: str, root: yaml.Node, path: Iterable[Any], message: str, key: Any = None) -> DeckProblem:
    node = node_at(root, path)
    if key is not None and isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if key_node.value == key:
                node = key_node
                break
    mark = node.start_mark
    return DeckProblem(name, mark.line + 1, mark.column + 1, message)


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
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.suffix.lower() in DECK_SUFFIXES and path.is_file())


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
