"""Spreadsheets (CSV, TSV) and Anki's text export read into a draft, each cell with its place (JSON: import_json).

Columns are recognised by what their header means (Question, Prompt, Depth, Category,
Notes…), in any case; a column nobody reads is a note, not a refusal. CSV is parsed by the
standard `csv` module in strict mode, so a quote that never closes is a located error
instead of the rest of the file vanishing into one cell.
"""

from __future__ import annotations

import csv
import difflib
import html
import re
from collections.abc import Iterator
from typing import Any

from .deck_bounds import NOTE_CHARS
from .direction import quoted
from .import_draft import MAX_IMPORT_CARDS, Draft, DraftCard, ImportProblem, Progress, problem, tag_of
from .import_lines import PROGRESS_EVERY, split_lines

Place = tuple[int, int]
Cell = tuple[str, int, int]  # value, line, column

#: What each of a card's fields may be called in a header (compared without case, spaces or dashes).
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "question", "questions", "prompt", "prompts", "card", "cards", "front", "q", "ask", "starter"),
    "level": ("level", "levels", "depth", "tier", "intensity", "round", "set", "stage"),
    "tags": ("tags", "tag", "category", "categories", "topic", "topics", "deck", "theme", "themes", "section", "group"),
    "note": ("note", "notes", "comment", "comments", "back", "hint", "extra"),
    "kind": ("kind", "type", "cardtype"),
    "options": ("options", "choices", "option", "choice"),
    "quiz": ("quiz", "quizquestion", "quizphrasing"),
    "answer": ("answer", "answertype"),
    "seconds": ("seconds", "timer", "secs"),
    "spicy": ("spicy",),
    "followups": ("followups", "followup", "followupquestions"),
}
FIELD_WORDS = {"text": "question", "level": "level (depth)", "tags": "tags", "note": "note", "kind": "kind of card"}
_BY_NAME = {name: field for field, names in COLUMN_NAMES.items() for name in names}
LEVEL_WORDS = {"light": 1, "easy": 1, "personal": 2, "medium": 2, "deeper": 2, "deep": 3, "deepest": 3, "i": 1, "ii": 2, "iii": 3}
NOTE_LIMIT = NOTE_CHARS
MAX_COLUMNS = 64  # more columns than this is no list of cards (and naming each would take long)
_ANKI_HEADER = re.compile(r"^#(?P<key>[a-z ]+):(?P<value>.*)$")
_ANKI_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ", "colon": ":"}
_HTML_BREAK = re.compile(r"<\s*(?:br|/p|/div|/li)\s*/?\s*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^<>]*>")
_HTML_HIDDEN = re.compile(r"<(script|style)\b[^<]*(?:(?!</\1>)<[^<]*)*</\1\s*>", re.IGNORECASE)


def column_field(header: str) -> str | None:
    return _BY_NAME.get(re.sub(r"[^a-z0-9]", "", header.casefold()))


def strip_html(text: str) -> str:
    """Anki's HTML as plain text: line breaks kept, tags gone, entities decoded, spaces tidied."""
    text = _HTML_HIDDEN.sub("", text) if "<s" in text.lower() else text
    text = _HTML_BREAK.sub("\n", text)
    text = html.unescape(_HTML_TAG.sub("", text)).replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# ---- reading rows, each cell with its line and column ------------------------------------------


def rows(text: str, delimiter: str, progress: Progress | None = None) -> Iterator[list[Cell]]:
    """Rows as the csv module reads them (strict), each cell with the line and column it starts at."""
    lines = split_lines(text)
    if lines and lines[-1] == "":
        lines.pop()
    total = max(1, len(lines))
    feed = _Lines(lines)
    reader = csv.reader(feed, delimiter=delimiter, strict=True)
    while True:
        start = feed.next_line
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise _csv_problem(str(error), lines, start, feed.next_line, delimiter) from None
        if len(row) > MAX_COLUMNS:
            while row and not row[-1].strip():  # a spreadsheet's trailing empty columns
                row.pop()
            if len(row) > MAX_COLUMNS:
                at_lines, at_columns = _cell_starts(lines, start, MAX_COLUMNS + 1, delimiter)
                message = f"this row has {len(row):,} cells; Kindred reads at most {MAX_COLUMNS} columns"
                raise problem(at_lines[-1], at_columns[-1], message)
        if not row:
            continue
        if progress is not None and feed.next_line // PROGRESS_EVERY != start // PROGRESS_EVERY:
            progress(feed.next_line / total)
        yield list(zip(row, *_cell_starts(lines, start, len(row), delimiter), strict=True))


class _Lines:
    """Feeds the csv reader one line at a time and knows which line it gives next (0-based)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.next_line = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.next_line >= len(self.lines):
            raise StopIteration
        self.next_line += 1
        return self.lines[self.next_line - 1] + "\n"


def _cell_starts(lines: list[str], first: int, count: int, delimiter: str) -> tuple[list[int], list[int]]:
    """The line and column (1-based) where each of a record's cells starts: one quote-aware pass over the record."""
    at_lines: list[int] = [first + 1]
    at_columns: list[int] = [1]
    in_quotes = False
    line = first
    while line < len(lines) and len(at_lines) < count:
        for index, char in enumerate(lines[line]):
            if char == '"':
                in_quotes = not in_quotes
            elif char == delimiter and not in_quotes:
                at_lines.append(line + 1)
                at_columns.append(index + 2)
                if len(at_lines) >= count:
                    break
        if not in_quotes:
            break
        line += 1
    while len(at_lines) < count:
        at_lines.append(at_lines[-1])
        at_columns.append(at_columns[-1])
    return at_lines, at_columns


def _csv_problem(message: str, lines: list[str], start: int, reached: int, delimiter: str) -> ImportProblem:
    if "end of data" in message or "EOF" in message:
        column = _opening_quote(lines[start] if start < len(lines) else "", delimiter)
        return problem(start + 1, column, "a quote opens a cell here and never closes, so every row after it would vanish into it")
    line = max(start, reached - 1)
    if "expected after" in message:
        return problem(line + 1, 1, 'a quote closes in the middle of a cell; inside a quoted cell, write a quote twice ("")')
    if "field larger" in message:
        return problem(line + 1, 1, "a cell is far too long (over 131,072 characters)")
    return problem(line + 1, 1, f"this row cannot be read as CSV ({message})")


def _opening_quote(line: str, delimiter: str) -> int:
    in_quotes = False
    opened = 1
    for index, char in enumerate(line):
        if char == '"':
            if not in_quotes:
                opened = index + 1
            in_quotes = not in_quotes
        elif char == delimiter and not in_quotes:
            continue
    return opened


def delimiter_of(text: str) -> str:
    """Commas, unless the first row is clearly split by semicolons or tabs (spreadsheets in many languages)."""
    first = text.split("\n", 1)[0]
    counts = {delimiter: first.count(delimiter) for delimiter in (",", ";", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] > counts[","] else ","


# ---- a spreadsheet ---------------------------------------------------------------------------------


def read_table(text: str, delimiter: str, progress: Progress | None = None) -> Draft:
    """A header row naming the columns by meaning, then a card a row."""
    found = (row for row in rows(text, delimiter, progress) if any(value.strip() for value, _, _ in row))
    header = next(found, None)
    if header is None:
        raise problem(1, 1, "the file is empty: the first row names the columns, like Question,Depth,Category,Notes")
    draft = Draft(shape="a spreadsheet" if delimiter != "\t" else "a table split by tabs")
    fields, problems = _columns(header, draft)
    if "text" not in fields:
        if header[0][0].strip().endswith("?") or (not any(fields) and len(header) <= 2):
            return _headless(header, found, draft)
        problems.append(
            (header[0][1], 1, "the first row must name the columns, and one must be the question (text, question or prompt)")
        )
    if problems:
        raise ImportProblem(problems)
    made = False
    for row in found:
        made = True
        extra = [cell for cell in row[len(fields) :] if cell[0].strip()]
        if extra:
            _, line, column = extra[0]
            problems.append((line, column, f"this row has {len(row)} cells; the header names {len(fields)}"))
            continue
        cells = {field: cell for field, cell in zip(fields, row, strict=False) if field}
        add_cells(draft, cells, row[0][1], row[0][2], problems)
    if problems:
        raise ImportProblem(problems)
    if not made:
        raise problem(header[0][1], 1, "there are no cards below the header row")
    return draft


def _columns(header: list[Cell], draft: Draft) -> tuple[list[str | None], list[tuple[int, int, str]]]:
    fields: list[str | None] = []
    problems: list[tuple[int, int, str]] = []
    for value, line, column in header:
        name = value.strip()
        field = column_field(name)
        if field is None:
            close = difflib.get_close_matches(name.lower(), list(_BY_NAME), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            draft.note(line, f"the column '{quoted(name)}' is not used{hint}", "column")
        elif field in fields:
            same = next(value for (value, _, _), known in zip(header, fields, strict=False) if known == field).strip()
            said = "appears twice" if same.casefold() == name.casefold() else f"means the same as '{quoted(same)}'"
            problems.append((line, column, f"the column '{quoted(name)}' {said}"))
        elif name.casefold() != field:
            draft.note(line, f"the column '{quoted(name)}' is read as the {FIELD_WORDS.get(field, field)}", "column")
        fields.append(field if field not in fields else None)
    return fields, problems


def _headless(first: list[Cell], found: Iterator[list[Cell]], draft: Draft) -> Draft:
    """No header: the first column is the question, a second one its note."""
    draft.note(first[0][1], "no header row: the first column is read as the question, a second as its note")
    problems: list[tuple[int, int, str]] = []
    for row in (first, *found):
        cells = {"text": row[0]}
        if len(row) > 1 and row[1][0].strip():
            cells["note"] = row[1]
        add_cells(draft, cells, row[0][1], row[0][2], problems)
    if problems:
        raise ImportProblem(problems)
    return draft


def add_cells(draft: Draft, cells: dict[str, Cell], line: int, column: int, problems: list[tuple[int, int, str]]) -> None:
    """One row's (or a JSON item's) cells as a card of the draft; a cell that does not read goes to `problems`."""
    if len(draft.cards) >= MAX_IMPORT_CARDS:
        raise problem(line, column, f"more than {MAX_IMPORT_CARDS:,} cards; a deck may hold at most {MAX_IMPORT_CARDS:,}")
    data: dict[str, Any] = {}
    places: dict[str, tuple[int, int]] = {}
    for field, (value, at_line, at_column) in cells.items():
        places[field] = (at_line, at_column)
        try:
            read = cell_value(field, value, draft, at_line)
        except ValueError as error:
            problems.append((at_line, at_column, str(error)))
            continue
        if read is not None:
            data[field] = read
    if "text" not in data:
        if any(value.strip() for value, _, _ in cells.values()):
            problems.append((line, column, "this row has no question"))
        return
    if data.get("options") and "answer" not in data and data.get("kind") != "scenario":
        data["answer"] = "choice"  # options on an ask or both card can only mean a choice
    draft.cards.append(DraftCard(line, column, data, places))


def cell_value(field: str, value: str, draft: Draft, line: int) -> Any:
    """One cell as a deck field; ValueError with a sentence for a cell that cannot be one."""
    value = value.strip()
    if not value:
        return None
    if field == "level":
        return level_value(value)
    if field == "seconds":
        return seconds_value(value)
    if field == "tags":
        return tags_value(re.split(r"[,;|]", value), draft, line)
    if field in ("options", "followups"):
        return [item.strip() for item in value.split("|") if item.strip()]
    if field in ("kind", "answer"):
        return value.lower()
    if field == "spicy":
        return value.lower() in ("yes", "true", "1", "y", "x", "spicy")
    if field == "note" and len(value) > NOTE_LIMIT:
        draft.note(line, f"the note was cut to {NOTE_LIMIT} characters", "guessed")
        return value[: NOTE_LIMIT - 1].rstrip() + "…"
    return value


def level_value(value: str) -> int | str:
    """'2', 'II', 'deep', '2.0' → a level; other words pass on for the loader to name; odd digits are refused here."""
    if re.fullmatch(r"[0-9]{1,3}(?:\.0+)?", value):
        return int(value.split(".")[0])
    word = value.lower()
    if word in LEVEL_WORDS:
        return LEVEL_WORDS[word]
    if any(char.isdigit() or char.isnumeric() for char in value):
        shown = value if len(value) <= 20 else value[:20] + "…"
        raise ValueError(f"level must be 1, 2 or 3 (or light, personal, deep), not '{quoted(shown)}'")
    return value


def seconds_value(value: str) -> int | str:
    found = re.fullmatch(r"([0-9]{1,6})(?:\.0+)?\s*(?:s|sec|secs|seconds)?", value.lower())
    if found is None:
        shown = value if len(value) <= 20 else value[:20] + "…"
        raise ValueError(f"seconds must be a whole number of seconds, like 30, not '{quoted(shown)}'")
    return int(found[1])


def tags_value(items: list[str], draft: Draft, line: int) -> list[str] | None:
    tags: list[str] = []
    for item in items:
        tag = tag_of(item)
        if item.strip() and not tag:
            draft.note(line, f"the tag '{quoted(item.strip()[:32])}' has no letters a tag can keep (a to z, 0 to 9)")
        elif tag and tag not in tags:
            tags.append(tag)
    if len(tags) > 20:
        draft.note(line, "only the first 20 tags are kept")
    return tags[:20] or None


# ---- Anki's text export ---------------------------------------------------------------------------


def is_anki(text: str) -> bool:
    return text.startswith(("#separator:", "#html:", "#tags column:", "#notetype", "#deck", "#columns:", "#guid column:"))


def read_anki(text: str, progress: Progress | None = None) -> Draft:
    """Anki's "Notes in plain text": `#key:value` headers, then a note a row (front, back, … tags)."""
    settings: dict[str, str] = {}
    lines = split_lines(text)
    skip = 0
    for line in lines:
        header = _ANKI_HEADER.match(line)
        if header is None:
            break
        settings[header["key"].strip()] = header["value"].strip()
        skip += 1
    delimiter = _ANKI_SEPARATORS.get(settings.get("separator", "tab").lower(), settings.get("separator", "\t")[:1] or "\t")
    as_html = settings.get("html", "false").lower() == "true"
    special = set()
    tags_at = None
    for key, value in settings.items():
        if key.endswith(" column") and value.isdecimal():
            special.add(int(value) - 1)
            if key == "tags column":
                tags_at = int(value) - 1
    draft = Draft(shape="an Anki export")
    if skip:
        draft.note(1, f"the first {skip} line{'s are' if skip != 1 else ' is'} Anki's settings", "skipped")
    body = "\n" * skip + "\n".join(lines[skip:])
    problems: list[tuple[int, int, str]] = []
    for row in rows(body, delimiter, progress):
        if row[0][1] <= skip:
            continue
        fields = [cell for index, cell in enumerate(row) if index not in special]
        if not any(value.strip() for value, _, _ in fields):
            continue
        clean = [(strip_html(value) if as_html else value.strip(), line, column) for value, line, column in fields]
        cells: dict[str, Cell] = {"text": clean[0]}
        back = [cell for cell in clean[1:] if cell[0]]
        if back:
            cells["note"] = (" · ".join(value.replace("\n", " ") for value, _, _ in back), back[0][1], back[0][2])
        if tags_at is not None and tags_at < len(row) and row[tags_at][0].strip():
            words, at_line, at_column = row[tags_at]
            cells["tags"] = (",".join(words.replace("::", "-").split()), at_line, at_column)
        add_cells(draft, cells, row[0][1], row[0][2], problems)
    if problems:
        raise ImportProblem(problems)
    if not draft.cards:
        raise problem(skip + 1, 1, "the Anki export has no notes below its settings")
    return draft
