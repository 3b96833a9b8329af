"""Check deck data that was not read from a file (the studio's form, a CSV row) with the loader's own rules.

The loader reports problems at a YAML node's line and column. Here the nodes are made
from the data itself, each carrying its data path in place of a position, so every
problem comes back with the path of the value it is about.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml

from game.core.cards import Card, Deck, card_from_data, deck_to_data

from .deck_files import check_deck_data

Path = tuple[str | int, ...]


def check_deck_mapping(data: Mapping[str, Any]) -> list[tuple[Path, str]]:
    """Every problem the loader would report for `data`, as (data path, message), in the loader's order."""
    paths: list[Path] = []
    root = _node(data, (), paths)
    return [(paths[problem.line - 1], problem.message) for problem in check_deck_data(dict(data), root, "")]


def check_card_mapping(deck: Deck, card: Mapping[str, Any]) -> list[tuple[Path, str]]:
    """Problems with one card, checked inside `deck` (whose other cards are taken as they are)."""
    data = deck_to_data(deck)
    data["cards"] = [card]
    return check_deck_mapping(data)


def card_or_none(deck: Deck, card: Mapping[str, Any]) -> Card | None:
    """The card, when the data makes a valid one."""
    return None if check_card_mapping(deck, card) else card_from_data(deck.id, card)


def _mark(paths: list[Path], path: Path) -> yaml.Mark:
    paths.append(path)
    return yaml.Mark("", 0, len(paths) - 1, 0, None, 0)


def _node(value: Any, path: Path, paths: list[Path]) -> yaml.Node:
    mark = _mark(paths, path)
    if isinstance(value, Mapping):
        pairs = []
        for key, item in value.items():
            key_node = yaml.ScalarNode("tag:yaml.org,2002:str", str(key), _mark(paths, (*path, key)), None)
            pairs.append((key_node, _node(item, (*path, key), paths)))
        return yaml.MappingNode("tag:yaml.org,2002:map", pairs, mark, mark)
    if isinstance(value, list | tuple):
        items = [_node(item, (*path, index), paths) for index, item in enumerate(value)]
        return yaml.SequenceNode("tag:yaml.org,2002:seq", items, mark, mark)
    return yaml.ScalarNode("tag:yaml.org,2002:str", str(value), mark, mark)
