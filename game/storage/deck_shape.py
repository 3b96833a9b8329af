"""A deck refused on its shape alone, before its values are built: a list far longer than any a deck may hold.

A card holds at most 20 tags, 12 follow-ups and 10 options; only the deck's cards may run to thousands.
A file of 5 MB can hold a list of 270,000 tags, and building each of them (a mapping, say) only to
report the list as too long took most of the time spent on it. A list's length is known from the parsed
nodes, so a list of more than FAR_OVER items anywhere but the cards is reported at its line and column
as soon as the file is parsed, and the rest of the deck is checked once that list is shortened.
"""

from __future__ import annotations

from typing import Any

import yaml

from .deck_schema import list_limits
from .deck_words import count_words
from .yaml_nodes import Position, position_of

FAR_OVER = 1_000  # items: a list this long where a deck allows a few dozen is no slip of the hand
LATER = "the rest of the deck is checked once it is shorter"


def overlong_lists(root: yaml.Node) -> list[tuple[Position, str]]:
    """Each list of more than FAR_OVER items other than the deck's cards, as (where it starts, what to say), in
    reading order. Only mappings and lists are visited, and a long list's items are not."""
    limits = {**list_limits("deck"), **list_limits("card")}
    cards = _cards_node(root)
    found: list[tuple[Position, str]] = []
    seen: set[int] = set()  # an alias reaches a node twice, or from inside itself
    stack: list[tuple[Any, yaml.Node]] = [(None, root)]
    while stack:
        name, node = stack.pop()
        if isinstance(node, yaml.ScalarNode) or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            if node is not cards and len(node.value) > FAR_OVER:
                found.append((position_of(node.start_mark), _said(name, len(node.value), limits)))
            else:
                stack.extend((None, item) for item in reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend((key.value, value) for key, value in reversed(node.value) if isinstance(key, yaml.ScalarNode))
    return sorted(found)


def _cards_node(root: yaml.Node) -> yaml.Node | None:
    if isinstance(root, yaml.MappingNode):
        return next((value for key, value in root.value if isinstance(key, yaml.ScalarNode) and key.value == "cards"), None)
    return None


def _said(name: Any, items: int, limits: dict[str, dict[str, Any]]) -> str:
    if isinstance(name, str) and name in limits:
        return f"{name} has {items:,} items; {count_words(limits[name])}: {LATER}"
    return f"this list has {items:,} items, and only the cards may be so many: {LATER}"
