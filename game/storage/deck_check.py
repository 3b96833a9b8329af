"""Check deck data that was not read from a file (the studio's form, a CSV row) with the loader's own rules.

Data from a form has no lines or columns: each problem comes back at the data path of the value
it is about, in the order a reader of the data meets them (see DataPlace).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from game.core.cards import Card, Deck, card_from_data, deck_to_data

from .deck_rules import check_deck_value

DataPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True, order=True)
class DataPlace:
    """Where a value sits in deck data: its rank in reading order (each value, and each key before its value,
    counted from 0 at the whole deck), and its data path. The rank alone orders and tells places apart."""

    rank: int
    path: DataPath = field(compare=False)


class DataLocator:
    """Places in plain deck data, found the way the file loader finds nodes: the deepest value on the way."""

    def __init__(self, data: Any) -> None:
        # Keyed by the path with each mapping key as text, as a YAML node's key is matched.
        self._values: dict[tuple[Any, ...], tuple[DataPlace, Any]] = {}
        self._keys: dict[tuple[Any, ...], DataPlace] = {}
        self._walk(data, (), ())

    def _walk(self, value: Any, path: DataPath, spelled: tuple[Any, ...]) -> None:
        if spelled in self._values:
            return  # a key written like an earlier one in its mapping (1 and "1"): the loader finds the first
        self._values[spelled] = (DataPlace(self._rank(), path), value)
        if isinstance(value, Mapping):
            for key, item in value.items():
                self._keys.setdefault((*spelled, str(key)), DataPlace(self._rank(), (*path, key)))
                self._walk(item, (*path, key), (*spelled, str(key)))
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                self._walk(item, (*path, index), (*spelled, index))

    def _rank(self) -> int:
        return len(self._values) + len(self._keys)

    def place(self, path: Sequence[Any], key: Any = None) -> DataPlace:
        spelled: tuple[Any, ...] = ()
        for part in path:
            value = self._values[spelled][1]
            step = str(part) if isinstance(value, Mapping) else part if isinstance(part, int) else None
            if step is None or (*spelled, step) not in self._values:
                break
            spelled = (*spelled, step)
        if key is not None and (*spelled, str(key)) in self._keys:
            return self._keys[(*spelled, str(key))]
        return self._values[spelled][0]


def check_deck_mapping(data: Mapping[str, Any]) -> list[tuple[DataPath, str]]:
    """Every problem the loader would report for `data`, as (data path, message), in the loader's order."""
    return [(found.place.path, found.message) for found in check_deck_value(dict(data), DataLocator(data))]


def check_card_mapping(deck: Deck, card: Mapping[str, Any]) -> list[tuple[DataPath, str]]:
    """Problems with one card, checked inside `deck` (whose other cards are taken as they are)."""
    data = deck_to_data(deck)
    data["cards"] = [card]
    return check_deck_mapping(data)


def card_or_none(deck: Deck, card: Mapping[str, Any]) -> Card | None:
    """The card, when the data makes a valid one."""
    return None if check_card_mapping(deck, card) else card_from_data(deck.id, card)
