"""Safe YAML reading for decks: bounded, tag-free, with a line and column for every value.

Parsing goes through libyaml (``CSafeLoader``) to a node graph, which keeps the
position of every value; plain Python data is then built from the nodes with
the limits a hostile file could otherwise abuse: nesting depth, alias
expansion, string length, tags, duplicate keys.
"""

from __future__ import annotations

import itertools
import operator
import re
from dataclasses import dataclass
from typing import Any

import yaml

from game.core.deck_bounds import LINE_CHARS

MAX_DEPTH = 32
MAX_FLOW_DEPTH = 100
MAX_INDENT = 400
MAX_STRING = LINE_CHARS  # the longest text deck.schema.json allows anywhere
MAX_EXPANDED_NODES = 1_000_000

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_BRACKETS = bytes(range(256)).translate(None, b"[]{}")
_PARENS = bytes.maketrans(b"[{]}", b"(())")  # a bracket opens or closes whatever its kind
_STEPS = bytes.maketrans(b"()", b"\x02\x00")
_COMPACT_NESTING = re.compile(rb"^[ \t]*(?:[-?][ \t]+){%d}" % (MAX_DEPTH,), re.MULTILINE)
_DEEP_INDENT = re.compile(rb"^ {%d}" % (MAX_INDENT,), re.MULTILINE)
# Numbers as YAML writes them, in ASCII digits only (Python's int() and float() also take "٣", "nan" and " 1 ").
_INT_FORMS = (
    (re.compile(r"0b([01]+)"), 2),
    (re.compile(r"0x([0-9a-fA-F]+)"), 16),
    (re.compile(r"0([0-7]+)"), 8),
    (re.compile(r"(0|[1-9][0-9]*)"), 10),
)
_FLOAT_FORM = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOATS = {".inf": float("inf"), ".nan": float("nan")}

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DeckLoader(_Loader):  # type: ignore[valid-type,misc]
    """YAML 1.2-like scalars: only true/false are booleans, and dates, times and a lone = stay text.

    So `options: [Yes, No]` gives the strings a couple typed, not booleans, and `6:30` is not 390.
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        """PyYAML's BaseResolver.resolve for a plain scalar, without the list it builds for each one: a file of
        270,000 short values spent a third of its reading there. The same resolvers are tried in the same order."""
        if self.yaml_path_resolvers:
            return super().resolve(kind, value, implicit)
        if kind is not yaml.ScalarNode:
            return self.DEFAULT_MAPPING_TAG if kind is yaml.MappingNode else self.DEFAULT_SEQUENCE_TAG
        if implicit[0]:
            if value.isdigit() and value.isascii():  # most numbers in a deck: decimal, or octal with a leading 0
                return _INT if value[0] != "0" or not value.strip("01234567") else self.DEFAULT_SCALAR_TAG
            for tag, regexp in _BY_FIRST_LETTER.get(value[:1], ()):
                if regexp.match(value):
                    return tag
        return self.DEFAULT_SCALAR_TAG


_DeckLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:value")]
    for first, resolvers in _Loader.yaml_implicit_resolvers.copy().items()
}
for _first in "-+0123456789":  # YAML 1.1 reads 6:30 as the base-60 number 390
    _DeckLoader.yaml_implicit_resolvers[_first].insert(0, (_STR, re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")))
for _first in "yYnNoO":
    _DeckLoader.yaml_implicit_resolvers[_first] = [
        (tag, regexp) for tag, regexp in _DeckLoader.yaml_implicit_resolvers.get(_first, []) if tag != _BOOL
    ]
_DeckLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
#: Each first letter's resolvers, then those for any letter, as BaseResolver.resolve tries them ('' for an empty value).
_BY_FIRST_LETTER: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: (*resolvers, *_DeckLoader.yaml_implicit_resolvers.get(None, ()))
    for first, resolvers in _DeckLoader.yaml_implicit_resolvers.items()
    if first is not None
}


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """A place in a YAML file; positions sort in reading order."""

    line: int  # 1-based
    column: int  # 1-based


class YamlProblem(Exception):
    def __init__(self, message: str, position: Position) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


def position_of(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def prescan(data: bytes) -> None:
    """Refuse nesting deep enough to exhaust libyaml's stack, before libyaml sees it."""
    nesting = data.translate(None, _BRACKETS).translate(_PARENS)
    # Taking out every innermost pair, (), at once lowers the deepest point by one at most: a file of 270,000
    # {k: 1} is then empty, and only a deeply nested one is measured in full.
    if _deepest(nesting.replace(b"()", b"")) >= MAX_FLOW_DEPTH and _deepest(nesting) > MAX_FLOW_DEPTH:
        at = _offset_of_depth(data, MAX_FLOW_DEPTH)
        raise YamlProblem(f"brackets are nested more than {MAX_FLOW_DEPTH} levels deep", _position_at(data, at))
    for pattern in (_COMPACT_NESTING, _DEEP_INDENT):
        if match := pattern.search(data):
            raise YamlProblem(f"the file is nested more than {MAX_DEPTH} levels deep", _position_at(data, match.start()))


def _deepest(nesting: bytes) -> int:
    """How deep brackets written as ( and ) go: the most openings above any earlier low (a stray ) opens nothing)."""
    if len(nesting) <= MAX_FLOW_DEPTH:
        return nesting.count(b"(")  # at most this, and never over the limit
    # C-speed: +1 for an opening bracket, -1 for a closing one; the deepest rise above any low.
    depths = list(itertools.accumulate(map(operator.sub, nesting.translate(_STEPS), itertools.repeat(1))))
    lows = itertools.accumulate(itertools.chain([0], depths), min)
    deepest: int = max(map(operator.sub, depths, lows))
    return deepest


def _offset_of_depth(data: bytes, limit: int) -> int:
    depth = 0
    for offset, byte in enumerate(data):
        if byte in b"[{":
            depth += 1
            if depth > limit:
                return offset
        elif byte in b"]}":
            depth = max(0, depth - 1)
    return 0


def _position_at(data: bytes, offset: int) -> Position:
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return Position(data.count(b"\n", 0, offset) + 1, column)


def compose(text: str) -> yaml.Node | None:
    """The node graph of one YAML document (None for an empty file)."""
    loader = _DeckLoader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    except yaml.MarkedYAMLError as error:
        from .yaml_mistakes import plain_mistake  # only for a file with a mistake

        message, mark = plain_mistake(error, text)
        raise YamlProblem(message, position_of(mark) if mark else Position(1, 1)) from None
    except yaml.reader.ReaderError as error:  # a control character; libyaml counts UTF-8 bytes, PyYAML characters
        before = text.encode()[: error.position] if _Loader is not yaml.SafeLoader else text[: error.position].encode()
        raise YamlProblem(str(error).splitlines()[0], _position_at(before, len(before))) from None
    except yaml.YAMLError as error:
        raise YamlProblem(str(error).splitlines()[0], Position(1, 1)) from None
    finally:
        loader.dispose()


def construct(root: yaml.Node) -> Any:
    """Plain data from a node graph, within the limits above."""
    builder = _Builder()
    value = builder.build(root, 0)
    if builder.aliased and _expanded_size(root) > MAX_EXPANDED_NODES:
        raise YamlProblem(
            f"aliases expand this file to over {MAX_EXPANDED_NODES:,} values; write the values out instead",
            position_of(root.start_mark),
        )
    return value


def _expanded_size(root: yaml.Node) -> int:
    """How many values the graph would hold with every alias written out (and no cycles)."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        ident = id(node)
        if children_done:
            open_nodes.discard(ident)
            sizes[ident] = min(1 + sum(sizes[id(child)] for child in _children(node)), MAX_EXPANDED_NODES + 1)
            continue
        if ident in sizes:
            continue
        if ident in open_nodes:
            raise YamlProblem("an alias refers to a value that contains it", position_of(node.start_mark))
        open_nodes.add(ident)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


class _Builder:
    def __init__(self) -> None:
        self.made: dict[int, Any] = {}
        self.heights: dict[int, int] = {}  # how deep a finished list or mapping goes, for the aliases that reuse it
        self.aliased = False  # an alias shares a node; only then can a file be a bomb or a cycle

    def build(self, node: yaml.Node, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise YamlProblem(f"values are nested more than {MAX_DEPTH} levels deep", position_of(node.start_mark))
        done = self.made.get(id(node))
        if done is not None:
            self.aliased = True
            # A chain of aliases, each wrapping the last, nests deeper than the text shows.
            if depth + self.heights.get(id(node), 0) > MAX_DEPTH:
                raise YamlProblem(f"aliases nest values more than {MAX_DEPTH} levels deep", position_of(node.start_mark))
            return done
        tag = node.tag
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, tag)
        if isinstance(node, yaml.SequenceNode) and tag == _SEQ:
            items: list[Any] = []
            self.made[id(node)] = items
            items.extend(self.build(child, depth + 1) for child in node.value)
            self.heights[id(node)] = 1 + max((self.heights.get(id(child), 0) for child in node.value), default=0)
            return items
        if isinstance(node, yaml.MappingNode) and tag == _MAP:
            mapping: dict[Any, Any] = {}
            self.made[id(node)] = mapping
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise YamlProblem("merge keys (<<) are not supported in decks", position_of(key_node.start_mark))
                key = self.build(key_node, depth + 1)
                if isinstance(key, (list, dict)):
                    raise YamlProblem("a key must be a plain word", position_of(key_node.start_mark))
                if key in mapping:
                    raise YamlProblem(f"'{key}' appears twice here", position_of(key_node.start_mark))
                mapping[key] = self.build(value_node, depth + 1)
            self.heights[id(node)] = 1 + max((self.heights.get(id(child), 0) for _, child in node.value), default=0)
            return mapping
        raise YamlProblem(_tag_message(tag), position_of(node.start_mark))

    def _scalar(self, node: yaml.ScalarNode, tag: str) -> Any:
        value = node.value
        if len(value) > MAX_STRING:  # numbers too: int() refuses over 4,300 digits and 1:2:3... grows quadratically
            raise YamlProblem(
                f"this text is {len(value):,} characters long; the limit is {MAX_STRING:,}",
                position_of(node.start_mark),
            )
        if tag == _STR:
            return value
        if tag in (_INT, _FLOAT):
            number = _number(value, tag == _INT)
            if number is None:
                what = "a whole number" if tag == _INT else "a number"
                raise YamlProblem(f"'{value}' is not {what}", position_of(node.start_mark))
            return number
        if tag == _BOOL and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if tag == _NULL and value in ("", "~", "null", "Null", "NULL"):
            return None
        if tag in (_BOOL, _NULL):
            raise YamlProblem(f"'{value}' is not {'true or false' if tag == _BOOL else 'empty'}", position_of(node.start_mark))
        raise YamlProblem(_tag_message(tag), position_of(node.start_mark))


def _number(text: str, whole: bool) -> int | float | None:
    """A YAML number (underscores allowed between digits), or None when the text is not one."""
    bare = text.replace("_", "")
    sign = -1 if bare[:1] == "-" else 1
    bare = bare[1:] if bare[:1] in ("-", "+") else bare
    for pattern, base in _INT_FORMS:
        if match := pattern.fullmatch(bare):
            number = sign * int(match.group(1), base)
            return number if whole else float(number)
    if whole:
        return None
    if bare.lower() in _SPECIAL_FLOATS:
        return sign * _SPECIAL_FLOATS[bare.lower()]
    return sign * float(bare) if _FLOAT_FORM.fullmatch(bare) else None


def _tag_message(tag: str) -> str:
    shown = tag.replace("tag:yaml.org,2002:", "!!")
    return f"the tag {shown} is not allowed in a deck: only plain text, numbers, true/false, lists and mappings"
