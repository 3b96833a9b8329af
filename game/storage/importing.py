"""The one forgiving importer the command line, a dropped file and the studio share.

A source (.txt, .md, .csv, .tsv, Anki's text export, JSON, or a pasted list) is read
safely, recognised by the pure readers in `game.core`, and checked by the deck loader's own
rules, giving an `ImportPreview`: nothing is written until the couple has seen it. Then
`deck_of` makes the deck with their choices, and `import_into` adds it to their folder.
Every problem names its place as ``file:line:col: message``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from game.core.card_language import deck_language
from game.core.cards import DECK_FORMAT, Deck, deck_from_data
from game.core.deck_bounds import NAME_CHARS
from game.core.deck_editing import DeckEntry, ImportOutcome, copy_of, ids_kept, named, question_key, unique
from game.core.direction import quoted, trimmed
from game.core.import_draft import Choices, Draft, ImportPreview, ImportProblem, Progress, card_data, repeats, trim_ends
from game.core.import_json import read_json
from game.core.import_lines import read_lines
from game.core.import_tables import delimiter_of, is_anki, read_anki, read_table

from .deck_check import check_deck_mapping
from .deck_files import MAX_FILE_BYTES, DeckError, DeckProblem, deck_paths, read_regular_file
from .deck_record import write_deck
from .deck_writer import ascii_folded, deck_yaml, slug, with_deck_id
from .paths import ensure_private_dir

LIST_SUFFIXES = (".txt", ".md", ".markdown", ".csv", ".tsv", ".json")
YAML_SUFFIXES = (".yaml", ".yml")
IMPORT_SUFFIXES = (*YAML_SUFFIXES, *LIST_SUFFIXES)
PASTED = "the pasted list"
KINDS = ".yaml, .yml, .txt, .md, .csv, .tsv and .json"
CARD_ID_LENGTH = 40
READING_SHARE = 0.5


def read_source(path: Path, name: str) -> bytes:
    """The file's bytes: only a regular file (never a FIFO or a device), and never more than the size limit."""
    return read_regular_file(path, name)


def decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + data.count(b"\r", 0, error.start) - data.count(b"\r\n", 0, error.start) + 1
        raise located(name, line, 1, "the file is not UTF-8 text (save it as UTF-8)") from None
    if "\x00" in text:
        at = text.index("\x00")
        line = len(re.findall(r"\r\n|\r|\n", text[:at])) + 1
        raise located(name, line, 1, "the file holds a NUL character: is it really a text file?")
    return text


def deck_title(path: Path) -> str:
    """A deck name from a file name: 'rainy-sundays.txt' → 'Rainy sundays'."""
    words = re.sub(r"[-_.]+", " ", path.stem).strip()
    return (words[:1].upper() + words[1:])[:NAME_CHARS] or "Imported deck"


def deck_id(name: str, taken: Iterable[str] = ()) -> str:
    """A deck id from its name, made as a card's is from its text (`card_id`): a name mostly in another script,
    or only emoji, gets a code made from its words ('ליל ספה' → 'deck-10c01db1'), not `my-deck`. Unique among `taken`."""
    return unique(_id_from(name, "deck", 64) if _coded(name) else slug(name), taken)


def card_id(text: str, taken: Iterable[str] = ()) -> str:
    """A card id from its text — its first words, as lowercase ASCII with dashes — unique among `taken`.

    Answers are remembered under it. When those letters stand for less than half of the card's (a question in
    Hebrew, Persian or Chinese, or in emoji), a digest of its words follows them: the card keeps its id wherever
    it stands, and a different question, written after it was deleted or imported above it, never gets it."""
    return unique(_id_from(text, "card", CARD_ID_LENGTH), taken)


def _latin_words(text: str) -> str:
    cleaned = re.sub(r"\{(?:name|partner)\}", " ", text)  # a name that is filled in is no word of the card
    words = slug(cleaned)
    if words == "my-deck" and not re.search(r"my\W+deck", cleaned, re.IGNORECASE):
        return ""  # nothing in Latin letters to go on; slug's own fallback is for decks
    return words


def _coded(text: str) -> bool:
    """Whether the Latin letters of `text` stand for less than half of its letters (or there are none)."""
    cleaned = re.sub(r"\{(?:name|partner)\}", " ", text)
    letters = sum(char.isalpha() for char in cleaned)
    return not _latin_words(text) or 2 * sum(char.isalpha() for char in ascii_folded(cleaned)) < letters


def _id_from(text: str, fallback: str, most: int) -> str:
    words = _latin_words(text)
    if not _coded(text):
        return _cut(words, most)
    digest = hashlib.blake2s(question_key(text).encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
    return f"{_cut(words or fallback, most - len(digest) - 1)}-{digest}"


def _cut(words: str, most: int) -> str:
    """At most `most` characters, at a dash when one is not too near the start."""
    if len(words) <= most:
        return words
    cut = words.rfind("-", 0, most + 1)
    return words[: cut if cut > 10 else most].strip("-")


# ---- reading -------------------------------------------------------------------------------


def read_draft(text: str, suffix: str, progress: Progress | None = None) -> Draft:
    """The right reader for the words (Anki's header wins, then the file's ending, then the shape of a paste),
    every text trimmed at its ends."""
    return trim_ends(_read(text, suffix, progress))


def _read(text: str, suffix: str, progress: Progress | None) -> Draft:
    if is_anki(text):
        return read_anki(text, progress)
    if suffix == ".json" or (suffix == "" and text.lstrip().startswith(("[", "{"))):
        return read_json(text, progress)
    if suffix == ".csv":
        return read_table(text, delimiter_of(text), progress)
    if suffix == ".tsv" or _mostly_tabs(text):
        return read_table(text, "\t", progress)
    return read_lines(text, progress)


def _mostly_tabs(text: str) -> bool:
    sample = [line for line in text[:20_000].splitlines()[:50] if line.strip()]
    return len(sample) >= 2 and sum("\t" in line for line in sample) * 5 >= len(sample) * 4


def preview_file(path: Path, shown_as: str, existing: Sequence[Deck] = (), progress: Progress | None = None) -> ImportPreview:
    """Read a list file into a preview (never a YAML deck: the loader reads those as they are)."""
    suffix = path.suffix.lower()
    if suffix not in LIST_SUFFIXES:
        raise located(shown_as, 1, 1, f"Kindred imports {KINDS} files, not '{quoted(suffix or path.name)}'")
    text = decode(read_source(path, shown_as), shown_as)
    return _preview(text, suffix, str(path), shown_as, deck_title(path), existing, progress)


def preview_text(text: str, existing: Sequence[Deck] = (), progress: Progress | None = None) -> ImportPreview:
    """A list pasted from a web page or a document, read the way a file would be."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise located(PASTED, 1, 1, "that is too much to paste at once: a deck may be at most 5 MB")
    return _preview(text.replace("\x00", ""), "", "", PASTED, "Pasted questions", existing, progress)


def _preview(
    text: str, suffix: str, source: str, shown_as: str, title: str, existing: Sequence[Deck], progress: Progress | None
) -> ImportPreview:
    def reading(fraction: float) -> None:  # reading is the first half of the bar; checking the cards the rest
        if progress is not None:
            progress(fraction * READING_SHARE)

    try:
        draft = read_draft(text, suffix, reading)
    except ImportProblem as error:
        raise DeckError([DeckProblem(shown_as, line, column, message) for line, column, message in error.problems]) from None
    reading(1.0)
    for note in repeats(draft, ((deck.name, card.text) for deck in existing for card in deck.cards)):
        draft.note(note.line, note.message, note.kind)
    name = (draft.title or title)[:NAME_CHARS]
    if progress is not None:
        progress(READING_SHARE + 0.1)
    problems = tuple(str(found) for found in check(draft, name, shown_as))
    return ImportPreview(source, shown_as, draft, name, problems)


def check(draft: Draft, name: str, shown_as: str) -> list[DeckProblem]:
    """What the deck loader would say about the cards, each at its line and column in the source."""
    data, indexes = _deck_data(draft, Choices(), name)
    problems: set[DeckProblem] = set()
    for path, message in check_deck_mapping(data):
        position = path[1] if len(path) >= 2 and path[0] == "cards" and isinstance(path[1], int) else None
        if position is None or position >= len(indexes):
            problems.add(DeckProblem(shown_as, 1, 1, message))
            continue
        card = draft.cards[indexes[position]]
        field = str(path[2]) if len(path) >= 3 else "text"
        line, column = card.places.get(field, (card.line, card.column))
        problems.add(DeckProblem(shown_as, line, column, message))
    return sorted(problems)


def _deck_data(draft: Draft, choices: Choices, name: str) -> tuple[dict[str, Any], list[int]]:
    made = card_data(draft, choices)
    taken: set[str] = set()
    counters: dict[str, int] = {}  # the next number to try after each base: 20,000 alike questions stay linear
    cards = []
    for _, data in made:
        base = card_id(str(data.get("text", "")))
        given = base
        if given in taken:
            number = counters.get(base, 2)
            while (given := f"{base[: 63 - len(str(number))].rstrip('-')}-{number}") in taken:
                number += 1
            counters[base] = number + 1
        taken.add(given)
        data["id"] = given
        cards.append(data)
    deck_name = trimmed(" ".join(name.split()))[:NAME_CHARS] or "Imported deck"
    deck = {"format": DECK_FORMAT, "id": deck_id(deck_name), "name": deck_name, "cards": cards}
    return deck, [index for index, _ in made]


def deck_of(preview: ImportPreview, choices: Choices | None = None) -> Deck:
    """The deck the couple chose: the preview's cards, less the skipped lines, with their levels and name."""
    if preview.problems:
        raise DeckError([_parsed(found) for found in preview.problems])
    choices = choices or Choices()
    data, indexes = _deck_data(preview.draft, choices, choices.name or preview.name)
    if not indexes:
        raise located(preview.shown_as, 1, 1, "every line is skipped: keep at least one question")
    return deck_from_data(data, source=preview.shown_as)


def _parsed(found: str) -> DeckProblem:
    where = re.match(r"^(?P<name>.*):(?P<line>\d+):(?P<column>\d+): (?P<message>.*)$", found, re.DOTALL)
    if where is None:
        return DeckProblem("", 1, 1, found)
    return DeckProblem(where["name"], int(where["line"]), int(where["column"]), where["message"])


def deck_from_file(path: Path, shown_as: str) -> Deck:
    """A list file straight into a deck with every guess taken as it is (what `deck import` without a preview does)."""
    return deck_of(preview_file(path, shown_as))


# ---- writing ---------------------------------------------------------------------------------


def taken_ids(entries: Iterable[DeckEntry]) -> set[str]:
    """Every deck id in use, and the name of every file in the couple's folder: a new deck takes none of them."""
    taken = {entry.deck.id for entry in entries if entry.deck is not None}
    return taken | {Path(entry.path).stem for entry in entries if not entry.builtin}


def import_into(
    folder: Path, deck: Deck, source: str, entries: Sequence[DeckEntry], replace: bool = False, text: str = ""
) -> ImportOutcome:
    """Add `deck` to the couple's folder (`entries` are the decks there are now) under an id no deck or file uses.

    Only a deck of the same name is replaced, when `replace` says so (the couple is asked first), and the
    deck keeps that deck's id and file; a list's cards asking that deck's questions keep their ids too (a deck
    file's ids are its own). `text` is a deck file's own text, written with the id the deck gets."""
    shown = Path(source).name or PASTED
    same = named(entries, deck.name)
    if same is not None and same.builtin:
        message = f"{shown}:1:1: a built-in deck is already called “{same.name}”; give this deck a name of its own"
        return ImportOutcome(source, deck.name, deck.id, len(deck.cards), problems=(message,))
    if same is not None and not replace:
        return ImportOutcome(source, deck.name, deck.id, len(deck.cards), replaces=same.name)
    try:
        folder = ensure_private_dir(folder, tighten=False)
        if same is not None and same.deck is not None:
            deck_id, target = same.deck.id, Path(same.path)
            deck = deck if text else ids_kept(deck, same.deck)
        else:
            deck_id = unique(deck.id, taken_ids(entries) | {path.stem for path in deck_paths(folder)})
            target = folder / f"{deck_id}.yaml"
        if text:
            write_deck(target, text if deck_id == deck.id else with_deck_id(text, deck_id))
        else:
            copy = copy_of(deck, deck_id, deck.name)
            copy = dataclasses.replace(copy, language=deck_language(copy.cards, copy.language), _index={})
            write_deck(target, deck_yaml(copy))
    except OSError as error:
        message = f"{shown}:1:1: could not write into {folder}: {error.strerror or error}"
        return ImportOutcome(source, deck.name, deck.id, len(deck.cards), problems=(message,))
    return ImportOutcome(source, deck.name, deck_id, len(deck.cards), str(target))


def located(name: str, line: int, column: int, message: str) -> DeckError:
    return DeckError([DeckProblem(name, line, column, message)])
