"""The quick path into a deck: a plain text file (one question a line) or a spreadsheet's CSV.

Both become an ordinary deck, checked by the loader's own rules. A problem is reported
where it is in the source file — ``file:line:col: message`` — and nothing is made then.
YAML files are read by the loader as they are.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.core.cards import DECK_FORMAT, Deck, deck_from_data
from game.core.deck_editing import unique

from .deck_check import check_deck_mapping
from .deck_files import MAX_FILE_BYTES, DeckError, DeckProblem, load_deck_bytes
from .deck_writer import slug

QUICK_SUFFIXES = (".txt", ".csv")
IMPORT_SUFFIXES = (".yaml", ".yml", *QUICK_SUFFIXES)
CSV_COLUMNS = ("text", "kind", "level", "quiz", "options", "answer")
LEVEL_WORDS = {"light": 1, "personal": 2, "deep": 3}
CARD_ID_LENGTH = 40


def card_id(text: str, taken: Iterable[str] = ()) -> str:
    """A card id from its text — its first words, as lowercase ASCII with dashes — unique among `taken`."""
    cleaned = re.sub(r"\{(?:name|partner)\}", " ", text)  # a name that is filled in is no word of the card
    words = slug(cleaned)
    if words == "my-deck" and not re.search(r"my\W+deck", cleaned, re.IGNORECASE):
        words = "card"  # nothing in Latin letters to go on (a question in Thai, say); slug's own fallback is for decks
    if len(words) > CARD_ID_LENGTH:
        cut = words.rfind("-", 0, CARD_ID_LENGTH + 1)
        words = words[: cut if cut > 10 else CARD_ID_LENGTH].strip("-")
    return unique(words, taken)


def deck_title(path: Path) -> str:
    """A deck name from a file name: 'rainy-sundays.txt' → 'Rainy sundays'."""
    words = re.sub(r"[-_.]+", " ", path.stem).strip()
    return (words[:1].upper() + words[1:])[:80] or "Imported deck"


def read_import(path: Path, shown_as: str | None = None) -> Deck:
    """Read a .yaml, .yml, .txt or .csv file into a deck; raise DeckError with every problem."""
    name = shown_as or str(path)
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        raise _error(name, 1, 1, f"Kindred imports .yaml, .yml, .txt and .csv files, not '{suffix or path.name}'")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _error(name, 1, 1, "the file is over 5 MB; a deck may be at most 5 MB")
        data = path.read_bytes()
    except OSError as error:
        raise _error(name, 1, 1, f"cannot read the file: {error.strerror or error}") from None
    if suffix in (".yaml", ".yml"):
        return load_deck_bytes(data, name).deck
    title = deck_title(path)
    if suffix == ".txt":
        return deck_from_txt(data, name, title)
    return deck_from_csv(data, name, title)


# ---- plain text ----------------------------------------------------------------------------


def deck_from_txt(data: bytes, name: str, title: str) -> Deck:
    """One `ask` card per non-blank line."""
    text = _decode(data, name)
    cards: list[dict[str, Any]] = []
    where: list[tuple[int, int]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        question = line.strip()
        if question:
            cards.append({"text": question})
            where.append((number, len(line) - len(line.lstrip()) + 1))
    if not cards:
        raise _error(name, 1, 1, "the file has no questions: write one question on each line")
    return _build(cards, where, {}, name, title)


# ---- CSV ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cell:
    value: str
    line: int
    column: int


def deck_from_csv(data: bytes, name: str, title: str) -> Deck:
    """A header row naming the columns (text, kind, level, quiz, options, answer), then a card a row."""
    text = _decode(data, name)
    rows = [row for row in parse_csv(text, _delimiter(text)) if any(cell.value.strip() for cell in row)]
    if not rows:
        raise _error(name, 1, 1, "the file is empty: the first row names the columns, like text,kind,level,quiz,options,answer")
    header, body = rows[0], rows[1:]
    columns: list[str] = []
    problems: list[DeckProblem] = []
    for cell in header:
        column = cell.value.strip().lower()
        if column not in CSV_COLUMNS:
            close = difflib.get_close_matches(column, CSV_COLUMNS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            known = ", ".join(CSV_COLUMNS)
            problems.append(
                DeckProblem(name, cell.line, cell.column, f"unknown column '{cell.value.strip()}'{hint}; the columns are {known}")
            )
        elif column in columns:
            problems.append(DeckProblem(name, cell.line, cell.column, f"the column '{column}' appears twice"))
        columns.append(column)
    if "text" not in columns and not problems:
        problems.append(DeckProblem(name, header[0].line, 1, "the first row must name the columns, and one must be 'text'"))
    if problems:
        raise DeckError(problems)
    if not body:
        raise _error(name, header[0].line, 1, "there are no cards below the header row")
    cards: list[dict[str, Any]] = []
    where: list[tuple[int, int]] = []
    places: dict[tuple[int, str], tuple[int, int]] = {}
    for row in body:
        if len(row) > len(columns):
            extra = row[len(columns)]
            problems.append(
                DeckProblem(name, extra.line, extra.column, f"this row has {len(row)} cells; the header names {len(columns)}")
            )
            continue
        cells = dict(zip(columns, row, strict=False))
        index = len(cards)
        cards.append(_csv_card({column: cell.value for column, cell in cells.items()}))
        where.append((row[0].line, row[0].column))
        for column, cell in cells.items():
            places[(index, column)] = (cell.line, cell.column)
    if problems:
        raise DeckError(problems)
    return _build(cards, where, places, name, title)


def _csv_card(cells: dict[str, str]) -> dict[str, Any]:
    card: dict[str, Any] = {"text": cells.get("text", "").strip()}
    kind = cells.get("kind", "").strip().lower()
    if kind:
        card["kind"] = kind
    level = cells.get("level", "").strip()
    if level:
        card["level"] = int(level) if level.isdigit() else LEVEL_WORDS.get(level.lower(), level)
    quiz = cells.get("quiz", "").strip()
    if quiz:
        card["quiz"] = quiz
    options = [option.strip() for option in cells.get("options", "").split("|") if option.strip()]
    if options:
        card["options"] = options
    answer = cells.get("answer", "").strip().lower()
    if answer:
        card["answer"] = answer
    elif options and kind != "scenario":
        card["answer"] = "choice"  # options on an ask or both card can only mean a choice
    return card


def _delimiter(text: str) -> str:
    """Commas, unless the header row is clearly split by semicolons or tabs (spreadsheets in many languages)."""
    first = text.split("\n", 1)[0]
    counts = {delimiter: first.count(delimiter) for delimiter in (",", ";", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] > counts[","] else ","


def parse_csv(text: str, delimiter: str = ",") -> Iterator[list[Cell]]:
    """RFC 4180 rows (quotes, doubled quotes, line breaks inside quotes), each cell with its line and column."""
    row: list[Cell] = []
    value: list[str] = []
    line, column = 1, 1
    start = (1, 1)
    quoted = False
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if quoted:
            if char == '"' and index + 1 < length and text[index + 1] == '"':
                value.append('"')
                index += 1
                column += 1
            elif char == '"':
                quoted = False
            else:
                value.append(char)
                if char == "\n":
                    line, column = line + 1, 0
        elif char == '"' and not "".join(value).strip():
            quoted = True
            value = []
        elif char == delimiter:
            row.append(Cell("".join(value), *start))
            value = []
            start = (line, column + 1)
        elif char in "\r\n":
            if char == "\r" and index + 1 < length and text[index + 1] == "\n":
                index += 1
            row.append(Cell("".join(value), *start))
            yield row
            row, value = [], []
            line, column = line + 1, 0
            start = (line, 1)
        else:
            value.append(char)
        index += 1
        column += 1
    if value or row:
        row.append(Cell("".join(value), *start))
        yield row


# ---- shared ----------------------------------------------------------------------------------


def _build(
    cards: list[dict[str, Any]],
    where: Sequence[tuple[int, int]],
    places: dict[tuple[int, str], tuple[int, int]],
    name: str,
    title: str,
) -> Deck:
    taken: list[str] = []
    for card in cards:
        card_id_ = card_id(str(card.get("text", "")), taken)
        taken.append(card_id_)
        card["id"] = card_id_
    deck_id = slug(title)
    data: dict[str, Any] = {"format": DECK_FORMAT, "id": deck_id, "name": title, "cards": cards}
    problems = []
    for path, message in check_deck_mapping(data):
        index = path[1] if len(path) >= 2 and path[0] == "cards" and isinstance(path[1], int) else None
        if index is None:
            problems.append(DeckProblem(name, 1, 1, message))
            continue
        field = str(path[2]) if len(path) >= 3 else "text"
        line, column = places.get((index, field), where[index])
        problems.append(DeckProblem(name, line, column, message))
    if problems:
        raise DeckError(sorted(set(problems)))
    return deck_from_data(data, source=name)


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise _error(name, line, 1, "the file is not UTF-8 text (save it as UTF-8)") from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise _error(name, line, 1, "the file holds a NUL character: is it really a text file?")
    return text


def _error(name: str, line: int, column: int, message: str) -> DeckError:
    return DeckError([DeckProblem(name, line, column, message)])
