"""The schema is the one source of truth for a deck's bounds: the numbers the code names must say the same."""

from __future__ import annotations

import json
from typing import Any

import pytest

from game.core import deck_bounds
from game.storage.paths import builtin_decks_dir


def schema() -> dict[str, Any]:
    return json.loads((builtin_decks_dir() / "deck.schema.json").read_text(encoding="utf-8"))


def at(path: str) -> Any:
    node: Any = schema()
    for part in path.split("/"):
        node = node[part]
    return node


CARD = "$defs/card/properties"


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("NAME_CHARS", "properties/name/maxLength"),
        ("DESCRIPTION_CHARS", "properties/description/maxLength"),
        ("AUTHOR_CHARS", "properties/author/maxLength"),
        ("LINE_CHARS", "$defs/line/maxLength"),
        ("OPTION_CHARS", f"{CARD}/options/items/maxLength"),
        ("QUIZ_CHARS", f"{CARD}/quiz/maxLength"),
        ("NOTE_CHARS", f"{CARD}/note/maxLength"),
        ("MAX_CARDS", "properties/cards/maxItems"),
        ("MIN_OPTIONS", f"{CARD}/options/minItems"),
        ("MAX_OPTIONS", f"{CARD}/options/maxItems"),
        ("MAX_FOLLOWUPS", f"{CARD}/followups/maxItems"),
        ("MAX_TAGS", "$defs/tags/maxItems"),
    ],
)
def test_each_bound_the_code_names_is_the_schema_s(name: str, path: str) -> None:
    assert getattr(deck_bounds, name) == at(path), f"{name} is not what deck.schema.json says at {path}"


def test_the_depths_and_the_timer_are_the_schema_s() -> None:
    level, seconds = at(f"{CARD}/level"), at(f"{CARD}/seconds")
    assert tuple(range(level["minimum"], level["maximum"] + 1)) == deck_bounds.LEVELS
    assert (seconds["minimum"], seconds["maximum"]) == deck_bounds.TIMER_SECONDS


def test_no_text_in_the_schema_is_longer_than_a_line() -> None:
    """The YAML reader refuses any string over LINE_CHARS, so no field may allow more."""
    lengths: list[int] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            lengths.extend([node["maxLength"]] if "maxLength" in node else [])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema())
    assert max(lengths) == deck_bounds.LINE_CHARS
