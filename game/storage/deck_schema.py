"""The deck format's one source of truth, `decks/deck.schema.json`, and the validators made from it.

A compiled validator (fastjsonschema) decides quickly whether a deck or a card is valid; only
when it is not does the thorough one (jsonschema) list every error, to be explained in words.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import fastjsonschema

from game import resources

if TYPE_CHECKING:  # jsonschema is imported only to explain an invalid deck: it costs ~40 ms and ~5 MB at start
    import jsonschema


@functools.cache
def schema() -> dict[str, Any]:
    with resources.deck_schema().open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


@functools.cache
def fast_validator() -> Any:
    # fastjsonschema speaks draft 7; the keywords the schema uses mean the same in 2020-12.
    draft7 = {key: value for key, value in schema().items() if key != "$schema"}
    return fastjsonschema.compile(draft7, use_default=False)


@functools.cache
def fast_card_validator() -> Any:
    card = {"$id": schema()["$id"], "$defs": schema()["$defs"], "allOf": [{"$ref": "#/$defs/card"}]}
    return fastjsonschema.compile(card, use_default=False)


@functools.cache
def fast_field_validator(name: str) -> Any:
    """A compiled validator for one field of a card, so a refused card's fields can be weighed one by one."""
    field = {"$id": schema()["$id"], "$defs": schema()["$defs"], "allOf": [{"$ref": f"#/$defs/card/properties/{name}"}]}
    return fastjsonschema.compile(field, use_default=False)


@functools.cache
def thorough_validator() -> jsonschema.Draft202012Validator:
    return _strict(schema())


@functools.cache
def thorough_card_validator() -> jsonschema.Draft202012Validator:
    return _strict({"$schema": schema()["$schema"], "$id": schema()["$id"], "$defs": schema()["$defs"], "$ref": "#/$defs/card"})


@functools.cache
def thorough_field_validator(name: str) -> jsonschema.Draft202012Validator:
    field = schema()["$defs"]["card"]["properties"][name]  # in place: a $ref is looked up anew on every check
    return _strict({"$schema": schema()["$schema"], "$id": schema()["$id"], "$defs": schema()["$defs"], **field})


def fields_of(where: str) -> tuple[dict[str, Any], list[str]]:
    """The deck's or a card's fields (name: schema), and those it must have."""
    part: dict[str, Any] = schema() if where == "deck" else schema()["$defs"]["card"]
    return part["properties"], part["required"]


def _strict(of: dict[str, Any]) -> jsonschema.Draft202012Validator:
    import jsonschema

    # Agree with the fast one: `$` ends the text, as in JSON Schema; Python's `$` also matches before a final newline.
    strict = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": _pattern})  # type: ignore[no-untyped-call]
    validator: jsonschema.Draft202012Validator = strict(of)
    return validator


@functools.cache
def list_limits(where: str) -> dict[str, dict[str, Any]]:
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


def passes(validator: Any, value: Any) -> bool:
    """Whether a fast validator takes `value` as it is."""
    try:
        validator(value)
    except fastjsonschema.JsonSchemaException:
        return False
    return True
