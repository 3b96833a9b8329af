"""What an imported list becomes before any deck is written: cards with their lines, sections, and notes.

The shapes a couple brings (a numbered list, a Markdown page, a spreadsheet, an Anki export,
a JSON list) are all read into one `Draft`. The draft keeps, for each card, where its words
were in the source, so every later problem can name its line. The couple's choices on the
preview (the deck's name, a section's level, lines to skip) are a `Choices` value applied
to the draft; nothing here reads files or writes decks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .deck_bounds import MAX_CARDS
from .deck_editing import question_key
from .direction import trimmed
from .quote_marks import in_quotes

#: A card may hold at most this many (the loader's own limit); reading stops just past it.
MAX_IMPORT_CARDS = MAX_CARDS

NOTES_KEPT = 1000
Progress = Callable[[float], None]


class ImportProblem(Exception):
    """The source cannot become a deck: each problem with its line and column."""

    def __init__(self, problems: Sequence[tuple[int, int, str]]) -> None:
        super().__init__("; ".join(f"{line}:{column}: {message}" for line, column, message in problems))
        self.problems = list(problems)


def problem(line: int, column: int, message: str) -> ImportProblem:
    return ImportProblem([(line, column, message)])


@dataclass(frozen=True, slots=True)
class Note:
    """Something the couple should see before importing: a line skipped, a guess made, a repeat."""

    line: int
    message: str
    kind: str = "guessed"  # skipped, guessed, repeated, column


@dataclass(slots=True)
class Section:
    """A heading and the questions under it: it becomes a tag, and maybe a level."""

    name: str
    line: int
    tag: str
    level: int | None = None


@dataclass(slots=True)
class DraftCard:
    line: int
    column: int
    fields: dict[str, Any]
    places: dict[str, tuple[int, int]] = field(default_factory=dict)
    section: int | None = None

    @property
    def text(self) -> str:
        return str(self.fields.get("text", ""))


@dataclass(slots=True)
class Draft:
    cards: list[DraftCard] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    title: str = ""  # a name the source gives itself (a top heading, a JSON "name")
    shape: str = "list"  # what it was read as, in words: "a numbered list", "a spreadsheet", …
    levels_from: str = ""  # how the sections' levels were read, when they were
    unlisted: int = 0  # notes beyond NOTES_KEPT, only counted (a file of a million stray lines stays quick)

    def note(self, line: int, message: str, kind: str = "guessed") -> None:
        if len(self.notes) < NOTES_KEPT:
            self.notes.append(Note(line, message, kind))
        else:
            self.unlisted += 1


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """A source read and checked, not yet written: what the preview screen and `deck import --dry-run` show."""

    source: str  # the file's path, or '' for a pasted list
    shown_as: str  # the file's name, or "the pasted list"
    draft: Draft
    name: str  # the deck name it would get
    problems: tuple[str, ...] = ()  # 'file:line:col: message': nothing can be imported while there are any

    @property
    def ready(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class Choices:
    """What the couple changed on the preview."""

    name: str = ""
    section_levels: tuple[tuple[int, int], ...] = ()  # (section index, level)
    skipped: frozenset[int] = frozenset()  # indexes into Draft.cards

    def level_of(self, section: int) -> int | None:
        return dict(self.section_levels).get(section)


def trim_ends(draft: Draft) -> Draft:
    """Every text of the draft without spaces at its ends, also those beside a direction mark there (a line
    copied from a right-to-left page often starts with one): no card is drawn indented, no name ends in a gap."""
    for card in draft.cards:
        for key, value in card.fields.items():
            if isinstance(value, str):
                card.fields[key] = trimmed(value)
            elif isinstance(value, list):
                card.fields[key] = [trimmed(item) if isinstance(item, str) else item for item in value]
    for section in draft.sections:
        section.name = trimmed(section.name)
    draft.title = trimmed(draft.title)
    return draft


def with_section_level(choices: Choices, section: int, level: int) -> Choices:
    levels = dict(choices.section_levels)
    levels[section] = level
    return Choices(choices.name, tuple(sorted(levels.items())), choices.skipped)


def toggled_skip(choices: Choices, index: int) -> Choices:
    return Choices(choices.name, choices.section_levels, choices.skipped ^ {index})


def renamed(choices: Choices, name: str) -> Choices:
    return Choices(name, choices.section_levels, choices.skipped)


def card_level(draft: Draft, card: DraftCard, choices: Choices) -> int:
    """The card's own level (a spreadsheet's depth column), else its section's, else 1."""
    own = card.fields.get("level")
    if isinstance(own, int) and not isinstance(own, bool):
        return own
    if card.section is not None:
        chosen = choices.level_of(card.section)
        if chosen is not None:
            return chosen
        level = draft.sections[card.section].level
        if level is not None:
            return level
    return 1


def card_data(draft: Draft, choices: Choices) -> list[tuple[int, dict[str, Any]]]:
    """The cards to make, as deck-file mappings (without ids), each with its index in the draft."""
    made: list[tuple[int, dict[str, Any]]] = []
    for index, card in enumerate(draft.cards):
        if index in choices.skipped:
            continue
        data = dict(card.fields)
        if "level" not in data or isinstance(data["level"], int):
            data["level"] = card_level(draft, card, choices)
        if card.section is not None and draft.sections[card.section].tag:
            tags = list(data.get("tags", ()))
            tag = draft.sections[card.section].tag
            if tag not in tags:
                data["tags"] = [tag, *tags]
        made.append((index, data))
    return made


# ---- repeats ---------------------------------------------------------------------------------


def repeats(draft: Draft, existing: Iterable[tuple[str, str]] = ()) -> list[Note]:
    """Questions that appear twice in the source, or are already in one of the couple's decks (name, text)."""
    notes: list[Note] = []
    first: dict[str, int] = {}
    for card in draft.cards:
        key = question_key(card.text)
        if not key:
            continue
        if key in first:
            notes.append(Note(card.line, f"the same question as line {first[key]}", "repeated"))
        else:
            first[key] = card.line
    if first:
        seen: set[str] = set()
        for deck_name, text in existing:
            key = question_key(text)
            if key in first and key not in seen:
                seen.add(key)
                notes.append(Note(first[key], f"already in your deck {in_quotes(deck_name)}", "repeated"))
    return sorted(notes, key=lambda note: note.line)


# ---- tags and levels -------------------------------------------------------------------------


def tag_of(words: str) -> str:
    """A tag from a heading or a category: lowercase ASCII words with dashes, at most 32 characters."""
    decomposed = unicodedata.normalize("NFKD", words)
    ascii_only = decomposed.encode("ascii", "ignore").decode().lower()
    tag = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    if len(tag) > 32:
        cut = tag.rfind("-", 0, 33)
        tag = tag[: cut if cut > 8 else 32].strip("-")
    return tag


LEVEL_WORDS: dict[str, int] = {
    "light": 1,
    "lighter": 1,
    "easy": 1,
    "gentle": 1,
    "warm-up": 1,
    "warm up": 1,
    "warmup": 1,
    "starter": 1,
    "starters": 1,
    "icebreaker": 1,
    "icebreakers": 1,
    "personal": 2,
    "medium": 2,
    "deeper": 2,
    "closer": 2,
    "middle": 2,
    "deep": 3,
    "deepest": 3,
    "intimate": 3,
    "vulnerable": 3,
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "first": 1, "second": 2, "third": 3}
ORDINAL_HEADING = re.compile(
    r"^(?:set|level|part|round|stage|section|chapter|tier|phase|step|block)\s+"
    r"(?P<n>[0-9]{1,2}|[ivx]{1,4}|one|two|three|four|five|six)\b",
    re.IGNORECASE,
)
_WORD_FIRST = re.compile(r"^(?P<n>first|second|third)\s+(?:set|level|part|round)\b", re.IGNORECASE)


def ordinal(heading: str) -> int | None:
    """'Set II' → 2, 'Level 3: deep' → 3, 'Part one' → 1; None for a heading that counts nothing."""
    found = ORDINAL_HEADING.match(heading) or _WORD_FIRST.match(heading)
    if found is None:
        return None
    word = found["n"].lower()
    if word.isdecimal():
        return int(word)
    return _ROMAN.get(word) or _NUMBER_WORDS.get(word)


def depth_word(heading: str) -> int | None:
    """'Deeper' → 2, '## The deep end' → 3, 'Light questions' → 1; None when no depth word is in it."""
    words = re.findall(r"[a-z]+(?:-up)?", heading.lower())
    found = [LEVEL_WORDS[word] for word in words if word in LEVEL_WORDS]
    if "warm" in words and "up" in words:
        found.append(1)
    return found[0] if len(set(found)) == 1 else None


def escalate(sections: list[Section], used: set[int]) -> str:
    """Give the sections levels when their headings read as an escalation; how they were read, or ''.

    Only sections that hold cards (`used`) count: a title above everything is no step.
    """
    steps = [index for index in range(len(sections)) if index in used]
    if len(steps) < 2:
        return ""
    numbers = [ordinal(sections[index].name) for index in steps]
    if all(number is not None for number in numbers):
        counted = [number for number in numbers if number is not None]
        if counted == sorted(counted) and len(set(counted)) == len(counted) and counted[0] == 1:
            top = counted[-1]
            for index, number in zip(steps, counted, strict=True):
                sections[index].level = number if top <= 3 else min(3, 1 + (number - 1) * 3 // top)
            return "numbered headings (" + ", ".join(sections[index].name for index in steps) + ")"
    depths = [depth_word(sections[index].name) for index in steps]
    if all(depth is not None for depth in depths):
        found = [depth for depth in depths if depth is not None]
        if found == sorted(found) and len(set(found)) > 1:
            if len(set(found)) == len(found) and found[0] == 1:
                found = list(range(1, len(found) + 1))  # Light, Deeper, Deep reads as 1, 2, 3
            for index, depth in zip(steps, found, strict=True):
                sections[index].level = depth
            return "the depth words of the headings (" + ", ".join(sections[index].name for index in steps) + ")"
    return ""


# ---- what the preview says -----------------------------------------------------------------


def summary_lines(draft: Draft, choices: Choices, name: str) -> list[str]:
    """The preview as plain lines: what would be made, and every line skipped, guessed or repeated."""
    made = card_data(draft, choices)
    levels: dict[int, int] = {}
    tags: dict[str, int] = {}
    for _, data in made:
        level = data.get("level")
        if isinstance(level, int):
            levels[level] = levels.get(level, 0) + 1
        for tag in data.get("tags", ()):
            tags[tag] = tags.get(tag, 0) + 1
    count = len(made)
    lines = [f"{in_quotes(name)}: {count} card{'s' if count != 1 else ''}, read as {draft.shape}"]
    lines.append("Levels: " + (", ".join(f"{level} ({n})" for level, n in sorted(levels.items())) or "none"))
    if draft.levels_from:
        lines.append(f"  levels read from {draft.levels_from}")
    if tags:
        lines.append("Tags: " + ", ".join(f"{tag} ({n})" for tag, n in tags.items()))
    for index, section in enumerate(draft.sections):
        level = choices.level_of(index) or section.level
        where = f"line {section.line}"
        lines.append(
            f"Section {in_quotes(section.name)} ({where}): tag {section.tag or '(none)'}, level {level or 'from each card'}"
        )
    if choices.skipped:
        lines.append(f"Skipped by you: {len(choices.skipped)} line{'s' if len(choices.skipped) != 1 else ''}")
    for note in sorted(draft.notes, key=lambda note: (note.line, note.kind)):
        lines.append(f"line {note.line}: {note.kind}: {note.message}")
    if draft.unlisted:
        lines.append(f"… and {draft.unlisted:,} more lines skipped or guessed")
    return lines


def preview_cards(draft: Draft, choices: Choices) -> list[tuple[int, str, str]]:
    """Each card as (index, its text, 'line 3 · level 2 · tags'), skipped ones included."""
    rows: list[tuple[int, str, str]] = []
    for index, card in enumerate(draft.cards):
        level = card.fields.get("level")
        shown_level = level if isinstance(level, int) and not isinstance(level, bool) else card_level(draft, card, choices)
        tags = list(card.fields.get("tags", ()))
        if card.section is not None and draft.sections[card.section].tag:
            tags.insert(0, draft.sections[card.section].tag)
        detail = f"line {card.line} · level {shown_level}" + (f" · {', '.join(tags)}" if tags else "")
        if index in choices.skipped:
            detail = "skipped · " + detail
        rows.append((index, card.text, detail))
    return rows
