"""All the decks on disk, as the running game sees them: built-in ones, and the couple's own folder.

It keeps the last good version of each of the couple's decks, so a half-finished edit in
an editor never takes a deck away; notices when a file in the folder changes; saves decks
the studio made; imports a dropped file; and opens the folder in the system's file manager.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from game.core.card_language import deck_language
from game.core.cards import Deck, deck_to_data
from game.core.deck_editing import DeckEntry, DeckSaveError, ImportOutcome, unique

from .deck_check import check_deck_mapping
from .deck_files import DeckError, DeckProblem, DeckSet, LoadedDeck, deck_paths, load_deck_file, load_decks, read_regular_file
from .deck_import import read_import
from .deck_record import made_in_kindred, rewrites_their_file, write_deck
from .deck_writer import deck_yaml, schema_line
from .importing import deck_id, import_into, taken_ids
from .keepsakes import Launcher, open_folder
from .paths import ensure_private_dir

Snapshot = dict[str, tuple[int, int]]


def launch(command: Sequence[str]) -> int:
    """Run a desktop opener; its exit status when it finishes within a few seconds, else 0 (it is still opening)."""
    process = subprocess.Popen(
        list(command), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        return process.wait(timeout=3)
    except subprocess.TimeoutExpired:
        return 0


@dataclass
class DeckLibrary:
    builtin_folder: Path
    user_folder: Path
    launcher: Launcher = launch
    decks: list[Deck] = field(default_factory=list)
    problems: list[DeckProblem] = field(default_factory=list)
    entries: list[DeckEntry] = field(default_factory=list)
    _good: dict[str, LoadedDeck] = field(default_factory=dict)
    _seen: Snapshot = field(default_factory=dict)
    _builtin: DeckSet | None = None
    rewrite_anyway: set[str] = field(default_factory=set)  # files the couple said the studio may save over, this run

    # ---- reading -----------------------------------------------------------------------

    @property
    def builtin_decks(self) -> list[Deck]:
        """The game's own decks, as read at the first load (they do not change while it runs)."""
        return self._builtin.decks if self._builtin is not None else []

    def load(self) -> None:
        """Read every deck. A user deck whose file no longer loads keeps its last good version, with the problems."""
        if self._builtin is None:  # they ship with the game and do not change while it runs
            self._builtin = load_decks(deck_paths(self.builtin_folder))
        builtin = self._builtin
        owners = {item.deck.id: item.deck.source for item in builtin.loaded}
        entries = [DeckEntry(item.deck.source, True, item.deck) for item in builtin.loaded]
        problems = list(builtin.problems)
        decks = list(builtin.decks)
        self._seen = self._snapshot()
        good: dict[str, LoadedDeck] = {}
        for path in self._user_paths():
            key = str(path)
            found: list[DeckProblem] = []
            try:
                loaded: LoadedDeck | None = load_deck_file(path)
            except DeckError as error:
                found = list(error.problems)
                loaded = self._good.get(key)
            if loaded is not None and loaded.deck.id in owners and owners[loaded.deck.id] != key:
                other = Path(owners[loaded.deck.id]).name
                found.append(DeckProblem(key, 1, 1, f"deck id '{loaded.deck.id}' is already used by {other}; change the id"))
                loaded = None
            if loaded is not None:
                good[key] = loaded
                owners[loaded.deck.id] = key
                decks.append(loaded.deck)
            problems.extend(found)
            entries.append(DeckEntry(key, False, loaded.deck if loaded else None, tuple(map(str, found)), path.stem))
        self._good = good
        self.decks, self.problems, self.entries = decks, problems, entries

    def _user_paths(self) -> list[Path]:
        try:
            return deck_paths(self.user_folder)
        except OSError:  # a folder we may not read is a folder with no decks, not a crash
            return []

    def _snapshot(self) -> Snapshot:
        seen: Snapshot = {}
        for path in self._user_paths():
            try:
                stat = path.stat()
            except OSError:
                continue
            seen[str(path)] = (stat.st_mtime_ns, stat.st_size)
        return seen

    def poll(self) -> bool:
        """Reload when a file in the couple's folder was added, changed or removed since the last look."""
        if self._snapshot() == self._seen:
            return False
        self.load()
        return True

    def entry(self, deck_id: str) -> DeckEntry | None:
        return next((entry for entry in self.entries if entry.deck is not None and entry.deck.id == deck_id), None)

    # ---- ids ---------------------------------------------------------------------------

    def new_deck_id(self, name: str) -> str:
        return deck_id(name, taken_ids(self.entries))

    # ---- writing -----------------------------------------------------------------------

    def check(self, deck: Deck) -> list[str]:
        return [message for _, message in check_deck_mapping(deck_to_data(deck))]

    def save(self, deck: Deck, path: str | None = None) -> Path:
        """Write `deck` as YAML: over its own file, or as a new file named after its id. The deck must be valid.
        Its `language` says what its cards are written in now (see card_language)."""
        deck = replace(deck, language=deck_language(deck.cards, deck.language), _index={})
        problems = self.check(deck)
        if problems:
            raise DeckSaveError("The deck has problems, so it was not saved.", problems)
        folder = self.user_folder
        target = Path(path) if path else folder / f"{unique(deck.id, self._file_stems())}.yaml"
        if target.parent.resolve() != folder.resolve():
            raise DeckSaveError(f"Only decks in your decks folder can be saved ({folder}).")
        try:  # making the folder or keeping it private can fail as the write can (read-only, another owner's)
            ensure_private_dir(folder, tighten=False)  # a folder of theirs keeps its permissions; a new one is private
            write_deck(target, deck_yaml(deck))
        except OSError as error:
            raise DeckSaveError(f"Could not write {target}: {error.strerror or error}") from None
        self.load()
        return target

    def save_asks(self, path: str) -> bool:
        """Whether a save over `path` would rewrite the couple's own file (see deck_record.rewrites_their_file), and
        they have not said to save over it anyway since Kindred started."""
        return path not in self.rewrite_anyway and rewrites_their_file(Path(path))

    def made_here(self, path: str) -> bool:
        """Whether `path` is a deck file in the couple's folder that Kindred wrote and nobody changed since (Deck
        studio, an import, `deck new`): what an erase would take. One written or changed in an editor is theirs, even
        after the studio saved it (see deck_record)."""
        target = Path(path)
        return target.parent.resolve() == self.user_folder.resolve() and made_in_kindred(target)

    def remove(self, path: str) -> None:
        """Delete the file of one of the couple's decks, when Kindred wrote it (`made_here`); a deck written or changed
        in an editor is the couple's own words, and stays (DeckSaveError says where)."""
        target = Path(path)
        if not self.made_here(path):
            raise DeckSaveError(f"{target.name} was written or changed outside Kindred, so it stays in {target.parent}.")
        try:
            target.unlink()
        except OSError as error:
            raise DeckSaveError(f"Could not delete {target}: {error.strerror or error}") from None
        self.load()

    def _file_stems(self) -> set[str]:
        return {path.stem for path in self._user_paths()}

    def import_file(self, source: str, replace: bool = False, shown_as: str | None = None) -> ImportOutcome:
        """Check a .yaml/.yml/.txt/.csv file and, only when it is valid, add it to the couple's folder (see `import_into`).

        Problems name the file as `shown_as` (the command line: the path as typed), else by its name (the window)."""
        try:
            checked = check_file(source, shown_as)
        except DeckError as error:
            return ImportOutcome(source, problems=tuple(map(str, error.problems)))
        return self.add_checked(checked, replace)

    def add_checked(self, checked: CheckedFile, replace: bool = False) -> ImportOutcome:
        """Add a file that `check_file` found valid to the couple's folder (see `import_into`)."""
        outcome = import_into(self.user_folder, checked.deck, checked.source, self.entries, replace, checked.text)
        if outcome.imported:
            self.load()
        return outcome

    # ---- the folder ----------------------------------------------------------------------

    def open_folder(self) -> str | None:
        """Show the folder in the file manager; None when that worked, else what went wrong."""
        return open_folder(ensure_private_dir(self.user_folder), self.launcher, "Your decks are")


@dataclass(frozen=True)
class CheckedFile:
    """A file to import, read and found valid: its deck, and the text its deck file is written with."""

    source: str
    deck: Deck
    text: str


def check_file(source: str, shown_as: str | None = None) -> CheckedFile:
    """Read and check a .yaml/.yml/.txt/.csv file, or raise DeckError with its problems (naming the file as `shown_as`,
    else by its name). It changes nothing, so it may run beside the window while a big file is checked."""
    path = Path(source)
    name = shown_as or path.name
    original = read_regular_file(path, name)  # a pipe or device is refused before the importer waits on it
    deck = read_import(path, shown_as=name)
    return CheckedFile(source, deck, _import_text(path, original))


def _import_text(path: Path, original: bytes) -> str:
    """A YAML file keeps its own words and comments (with a schema line that works from the decks folder); ''
    for a list, which is written as a deck file of its own."""
    if path.suffix.lower() not in (".yaml", ".yml"):
        return ""
    text = original.decode("utf-8-sig")
    first, _, rest = text.partition("\n")
    if first.startswith("# yaml-language-server:"):
        return f"{schema_line()}\n{rest}"
    return f"{schema_line()}\n{text}"
