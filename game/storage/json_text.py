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
import json.encoder
from collections.abc import Callable, Sequence
from typing import Any

# With no indent the encoder is the C one; ", " and ": " keep a one-line record easy on the eye.
_ONE_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
_NESTED = (dict, list, tuple)
#: The C encoder behind `_ONE_LINE`, made once: `JSONEncoder.encode` makes a new one for every record it writes.
#: Called as `_C_ENCODER(value, 0)`, it gives the pieces of `_ONE_LINE.encode(value)` (None where Python has no C one).
_MAKE: Callable[..., Callable[[Any, int], Sequence[str]]] | None = getattr(json.encoder, "c_make_encoder", None)
_C_ENCODER = (
    None if _MAKE is None else _MAKE(None, _ONE_LINE.default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)
)
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


def _one_line(value: Any) -> str:
    """`value` on one line, as `_ONE_LINE.encode` writes it, by the C encoder made once (not once a record)."""
    if _C_ENCODER is None or isinstance(value, str):
        return _ONE_LINE.encode(value)
    return "".join(_C_ENCODER(value, 0))


def _write(value: Any, parts: list[str], level: int, indent: int, record: bool = False) -> None:
    if not isinstance(value, _NESTED):
        parts.append(_one_line(value))
        return
    line = ""
    if record:
        line = _one_line(value)
        if len(line) <= RECORD_WIDTH:
            parts.append(line)
            return
    items = value.values() if isinstance(value, dict) else value
    if not any(isinstance(item, _NESTED) for item in items):
        parts.append(line or _one_line(value))
        return
    pad = "\n" + " " * (indent * (level + 1))
    if isinstance(value, dict):
        parts.append("{")
        for number, (key, item) in enumerate(value.items()):
            parts.append(("," if number else "") + pad + _one_line(_key_text(key)) + ": ")
            _write(item, parts, level + 1, indent)
        parts.append("\n" + " " * (indent * level) + "}")
        return
    parts.append("[")
    records = level + 1 >= RECORD_LEVEL
    for number, item in enumerate(value):
        start = ("," if number else "") + pad
        if records and isinstance(item, _NESTED):  # the many records of a couple's lists: one call each
            line = _one_line(item)
            if len(line) <= RECORD_WIDTH:
                parts.append(start + line)
                continue
        parts.append(start)
        _write(item, parts, level + 1, indent, record=records)
    parts.append("\n" + " " * (indent * level) + "]")
