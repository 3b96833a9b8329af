"""The thorough validator's errors with deck data, put into plain words, each with the data path it is about.

Where that path is in a file, and an unknown field's "did you mean", are worked out by deck_rules,
and only for the problems that are shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import jsonschema


class Said(NamedTuple):
    """One problem in words: the data path it is about (with `key`, that key itself), and for an unknown
    field the fields allowed there."""

    path: list[Any]
    message: str
    key: Any = None
    allowed: list[str] | None = None


def explain(error: jsonschema.ValidationError, here: list[Any]) -> Iterator[Said]:
    path = [*here, *error.absolute_path]
    name = field_name(path)
    instance: Any = error.instance
    schema_part: Any = error.schema
    validator = error.validator
    if validator == "additionalProperties":
        allowed = list(schema_part.get("properties", {}))
        for key in (key for key in instance if key not in allowed):  # reading order; _clipped left out the rest
            yield Said(path, f"unknown field '{key}'", key, allowed)
        return
    if validator == "required":
        what = "a card" if len(path) == 2 and path[0] == "cards" else "the deck"
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        yield Said(path, f"{what} needs '{missing}'")
        return
    if validator == "enum":
        enum_values: Any = error.validator_value
        choices = ", ".join(str(choice) for choice in enum_values)
        yield Said(path, f"{name} must be one of {choices}, not '{instance}'")
        return
    if validator == "type":
        wanted = error.validator_value
        yield Said(path, f"{name} must be {_TYPE_WORDS.get(str(wanted), wanted)}, not {_describe(instance)}")
        return
    if validator == "pattern":
        yield Said(path, f"{name} '{instance}' {_PATTERN_WORDS.get(name, 'has the wrong form')}")
        return
    if validator in ("minimum", "maximum"):
        low = schema_part.get("minimum")
        high = schema_part.get("maximum")
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        yield Said(path, f"{name} must be {bounds}, not {instance}")
        return
    if validator in ("minItems", "maxItems"):
        yield Said(path, f"{name} has {len(instance)} items; {count_words(schema_part)}")
        return
    if validator in ("minLength", "maxLength"):
        if validator == "minLength":
            yield Said(path, f"{name} is empty")
        else:
            yield Said(path, f"{name} is {len(instance):,} characters; the limit is {error.validator_value:,}")
        return
    if validator == "uniqueItems":
        yield Said(path, f"{name} lists the same item twice")
        return
    yield Said(path, f"{name}: {error.message}")


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


def count_words(schema_part: dict[str, Any]) -> str:
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


def field_name(path: list[Any]) -> str:
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return "the deck"
