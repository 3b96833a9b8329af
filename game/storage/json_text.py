"""JSON a person can read, written at the speed of Python's C encoder.

`json.dumps(indent=...)` falls back to the pure-Python encoder, which spent most of a five-year export
on indenting every single value. Here the frame (the export, its couples, each couple's lists) is
indented as before, and each record in a list (a turn with its outcome, a memory with its history, a
review, a session) is written on one line by the C encoder when it fits in `RECORD_WIDTH` characters;
a longer one (a playbook page) is laid out like the frame. Values that hold only plain values always
take one line. The same data, one record a line: quick to read and quick to write.
"""

from __future__ import annotations

import json
from typing import Any

# With no indent the encoder is the C one; ", " and ": " keep a one-line record easy on the eye.
_ONE_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
_NESTED = (dict, list, tuple)
#: A record in a list up to this long stays on one line.
RECORD_WIDTH = 400
#: Records are looked for from this depth on (0: the whole value, 1: its items, 2: a couple, 3: a couple's lists' items).
RECORD_LEVEL = 3


def readable_json(value: Any, indent: int = 2) -> str:
    """`value` as JSON text: nested values indented by `indent` a level, a record of plain values on one line."""
    parts: list[str] = []
    _write(value, parts, 0, indent)
    return "".join(parts)


def _key_text(key: Any) -> str:
    """An object key as json.dumps writes it (keys are strings in JSON; it turns numbers, booleans and None into text)."""
    if isinstance(key, str):
        return key
    if key is True or key is False or key is None:
        return json.dumps(key)
    if isinstance(key, int | float):
        return json.dumps(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _write(value: Any, parts: list[str], level: int, indent: int, record: bool = False) -> None:
    if isinstance(value, dict):
        items: list[Any] = list(value.values())
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        parts.append(_ONE_LINE.encode(value))
        return
    if record:
        line = _ONE_LINE.encode(value)
        if len(line) <= RECORD_WIDTH:
            parts.append(line)
            return
    if not any(isinstance(item, _NESTED) for item in items):
        parts.append(_ONE_LINE.encode(value))
        return
    pad = "\n" + " " * (indent * (level + 1))
    if isinstance(value, dict):
        parts.append("{")
        for number, (key, item) in enumerate(value.items()):
            parts.append(("," if number else "") + pad + _ONE_LINE.encode(_key_text(key)) + ": ")
            _write(item, parts, level + 1, indent)
        parts.append("\n" + " " * (indent * level) + "}")
    else:
        parts.append("[")
        for number, item in enumerate(items):
            parts.append(("," if number else "") + pad)
            _write(item, parts, level + 1, indent, record=level + 1 >= RECORD_LEVEL)
        parts.append("\n" + " " * (indent * level) + "]")
