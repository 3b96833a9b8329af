"""JSON lists read into a draft: a list of questions, or of objects with a text, each item with its line and column.

The list is read item by item with the standard decoder, so a broken item is located where it
starts, and a list of thousands costs one pass over the text. An object's keys are read like a
spreadsheet's headers (see import_tables).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .deck_bounds import NAME_CHARS
from .direction import quoted
from .import_draft import Draft, ImportProblem, Progress, problem
from .import_lines import PROGRESS_EVERY
from .import_tables import Cell, add_cells, column_field

#: What Kindred's own export of a couple is marked with (storage.store_export), and what is said when one is
#: brought to the deck importer: it is for reading and sharing, and answers are never brought in.
EXPORT_FORMAT = "kindred-export"
EXPORT_WORDS = (
    "this is Kindred's export of a couple's answers, not a deck: an export is for reading, sharing and keeping, "
    "and answers cannot be brought back in. To move Kindred to another computer, copy its data folder there with "
    "the game closed"
)


def read_json(text: str, progress: Progress | None = None) -> Draft:
    """A JSON list of strings or objects (or an object holding such a list under cards/questions)."""
    decoder = json.JSONDecoder()
    position = _skip_space(text, 0)
    lines = _LineCounter(text)
    draft = Draft(shape="a JSON list")
    if position < len(text) and text[position] == "{":
        try:
            whole, _ = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            raise problem(error.lineno, error.colno, f"this is not JSON ({error.msg})") from None
        if whole.get("format") == EXPORT_FORMAT:
            raise problem(1, 1, EXPORT_WORDS)
        listed = next((key for key in ("cards", "questions", "items", "prompts") if isinstance(whole.get(key), list)), None)
        if listed is None:
            raise problem(1, 1, "the JSON object holds no list of cards (under 'cards' or 'questions')")
        name = whole.get("name") or whole.get("title")
        if isinstance(name, str):
            draft.title = name.strip()[:NAME_CHARS]
        found = re.search(r'"' + listed + r'"\s*:\s*\[', text)
        position = found.end() - 1 if found else position
    if position >= len(text) or text[position] != "[":
        line, column = lines.at(position)
        raise problem(line, column, 'a JSON import is a list of questions: ["First?", "Second?"]')
    position += 1
    problems: list[tuple[int, int, str]] = []
    total = max(1, len(text))
    while True:
        position = _skip_space(text, position)
        if position < len(text) and text[position] == "]":
            break
        try:
            item, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            raise problem(error.lineno, error.colno, f"this is not JSON ({error.msg})") from None
        line, column = lines.at(position)
        _json_item(draft, item, line, column, problems)
        position = _skip_space(text, end)
        if progress is not None and len(draft.cards) % PROGRESS_EVERY == 0:
            progress(position / total)
        if position < len(text) and text[position] == ",":
            position += 1
            continue
        if position < len(text) and text[position] == "]":
            break
        line, column = lines.at(position)
        raise problem(line, column, "a comma or the closing ] is missing here")
    if problems:
        raise ImportProblem(problems)
    if not draft.cards:
        raise problem(1, 1, "the JSON list has no questions")
    return draft


def _json_item(draft: Draft, item: Any, line: int, column: int, problems: list[tuple[int, int, str]]) -> None:
    if isinstance(item, str):
        add_cells(draft, {"text": (item, line, column)}, line, column, problems)
        return
    if not isinstance(item, dict):
        problems.append((line, column, "each item must be a question (text in quotes) or an object with a 'text'"))
        return
    cells: dict[str, Cell] = {}
    for key, value in item.items():
        field = column_field(str(key))
        if field is None:
            draft.note(line, f"the key '{quoted(str(key)[:40])}' is not used", "column")
            continue
        if isinstance(value, list):
            words = "|".join(str(part) for part in value) if field != "tags" else ",".join(str(part) for part in value)
        elif isinstance(value, bool):
            words = "yes" if value else "no"
        elif isinstance(value, int | float | str):
            words = str(value)
        else:
            problems.append((line, column, f"'{quoted(str(key)[:40])}' must be text, a number or a list"))
            continue
        cells.setdefault(field, (words, line, column))
    if "text" not in cells:
        problems.append((line, column, "this item has no question (a 'text', 'question' or 'prompt' key)"))
        return
    add_cells(draft, cells, line, column, problems)


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\n\r":
        position += 1
    return position


class _LineCounter:
    """Line and column of growing offsets into one text, counted once (linear over a whole list)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.line = 1
        self.line_start = 0

    def at(self, offset: int) -> tuple[int, int]:
        if offset < self.offset:
            self.offset, self.line, self.line_start = 0, 1, 0
        breaks = self.text.count("\n", self.offset, offset)
        if breaks:
            self.line += breaks
            self.line_start = self.text.rfind("\n", self.offset, offset) + 1
        self.offset = offset
        return self.line, offset - self.line_start + 1
