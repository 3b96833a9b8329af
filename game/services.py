"""The real services behind the window: the store, the decks on disk, the clock.

Paint first, load after: making these services costs next to nothing, so the title shows at once.
The decks are read on first use, or by `warm_up` right after the first frame, and the rules and
the storage modules beyond the store are imported where they are used.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.core.settings import check, with_defaults
from game.couple_settings import CoupleSettings
from game.files_made import FilesMade
from game.kept_cards import KeptCards
from game.pending_saves import PendingSaves, SaveWait, refusal, refused_words
from game.storage.paths import builtin_decks_dir, user_decks_dir
from game.stored_session import StoredSession
from game.story_services import StoryReading

if TYPE_CHECKING:
    from game.core.cards import Deck
    from game.core.consent import Consent
    from game.core.date_night_plan import EveningSetup
    from game.core.date_night_state import EveningState
    from game.core.deck_editing import DeckEntry, DeckIssue, ImportOutcome
    from game.core.events import SessionSummary
    from game.core.import_draft import Choices, ImportPreview
    from game.core.memories import MemoryKey
    from game.core.players import Couple
    from game.core.session import Session, SessionConfig
    from game.import_jobs import ImportJob
    from game.playbook_services import PlaybookServices
    from game.storage.deck_library import DeckLibrary
    from game.storage.store import Store
    from game.stored_evening import StoredEvening


class GameServices(CoupleSettings, FilesMade, StoryReading, KeptCards):
    def __init__(self, store: Store, root: Path, seed: int | None = None, clock: Callable[[], datetime] | None = None) -> None:
        self.store = store
        self.root = root
        self.seed = seed
        self.notice = store.notice
        self._clock = clock or (lambda: datetime.now(UTC))
        self._library: DeckLibrary | None = None  # read on first use: see deck_library
        self._decks: list[Deck] = []
        self._problems: list[str] = []
        self.saves = PendingSaves(store.db.brief_waits)
        self._playbook: PlaybookServices | None = None
        self._followed: set[int] = set()  # couples whose moved cards' rows were followed in this run (see _follow_moves)

    def now(self) -> datetime:
        return self._clock()

    def dismiss_notice(self) -> None:
        self.store.dismiss_notice()
        self.notice = None

    def warm_up(self) -> None:
        """Right after the first frame: read the decks and import what a game uses, so that Begin does not wait."""
        self._deck_list()
        import rapidfuzz.fuzz  # noqa: F401  (similarity's, imported where it is used)

        import game.core.story
        import game.stored_evening  # noqa: F401  (sessions, date nights, events, memories, quizzes, fsrs)

    @property
    def deck_library(self) -> DeckLibrary:
        """Every deck on disk, read the first time anything asks (reading them takes ~50 ms)."""
        if self._library is None:
            self.reload_decks()
            assert self._library is not None
        return self._library

    def reload_decks(self) -> None:
        library = self._library
        first = library is None
        if library is None:
            from game.storage.deck_library import DeckLibrary

            library = DeckLibrary(builtin_decks_dir(), user_decks_dir(self.root))
        library.load()
        self._library = library
        self._took_decks()
        if first:  # the game's own decks are read once a run: their moved cards are followed then
            for couple in self.store.couples.all():
                self._follow_moves(couple.id)

    def _deck_list(self) -> list[Deck]:
        if self._library is None:
            self.reload_decks()
        return self._decks

    def _took_decks(self) -> None:
        library = self.deck_library
        self._decks = sorted(library.decks, key=lambda deck: deck.name.casefold())
        self._problems = [str(problem) for problem in library.problems]

    def forget_couple(self, couple_id: int) -> None:
        """A couple was erased: what this run remembered of them goes too (a new couple may be given their number)."""
        self._followed.discard(couple_id)
        if self._playbook is not None:
            self._playbook.forget(couple_id)

    def _follow_moves(self, couple_id: int) -> None:
        """Once a run for each couple that can be read: answers to a card that moved deck follow it (see moved_cards)."""
        if couple_id in self._followed or self._library is None or not self.store.locks.is_open(couple_id):
            return
        from game.storage.moved_cards import follow_moved_cards

        follow_moved_cards(self.store.db, couple_id, self._library.builtin_decks)
        self._followed.add(couple_id)

    # ---- the deck studio ---------------------------------------------------------------

    def poll_decks(self) -> bool:
        changed = self.deck_library.poll()
        if changed:
            self._took_decks()
        return changed

    def deck_entries(self) -> list[DeckEntry]:
        return list(self.deck_library.entries)

    def check_deck(self, data: Mapping[str, Any]) -> list[DeckIssue]:
        from game.core.deck_editing import DeckIssue
        from game.storage.deck_check import check_deck_mapping

        return [DeckIssue(path, message) for path, message in check_deck_mapping(data)]

    def save_deck(self, deck: Deck, path: str | None = None) -> str:
        saved = str(self.deck_library.save(deck, path))
        self._took_decks()
        return saved

    def deck_save_asks(self, path: str) -> bool:
        return self.deck_library.save_asks(path)

    def rewrite_deck_anyway(self, path: str) -> None:
        self.deck_library.rewrite_anyway.add(path)

    def deck_made_here(self, path: str) -> bool:
        return self.deck_library.made_here(path)

    def delete_deck(self, path: str) -> None:
        self.deck_library.remove(path)
        self._took_decks()

    def new_deck_id(self, name: str) -> str:
        return self.deck_library.new_deck_id(name)

    def new_card_id(self, text: str, taken: Iterable[str]) -> str:
        from game.storage.deck_import import card_id

        return card_id(text, taken)

    def decks_folder(self) -> str:
        return str(self.deck_library.user_folder)

    def open_decks_folder(self) -> str | None:
        return self.deck_library.open_folder()

    def check_deck_file(self, path: str) -> ImportJob:
        from pathlib import PurePath

        from game.import_jobs import ImportJob
        from game.storage.deck_library import check_file

        return ImportJob(lambda progress: check_file(path), PurePath(path).name)

    def add_checked_deck(self, checked: object, replace: bool = False) -> ImportOutcome:
        from game.storage.deck_library import CheckedFile

        assert isinstance(checked, CheckedFile)
        outcome = self.deck_library.add_checked(checked, replace)
        self._took_decks()
        return outcome

    # ---- importing lists, spreadsheets and pastes (each on its own thread: see import_jobs) -------

    def preview_import(self, path: str) -> ImportJob:
        from pathlib import PurePath

        from game.import_jobs import ImportJob
        from game.storage.importing import preview_file

        decks = list(self._deck_list())
        shown = PurePath(path).name
        return ImportJob(lambda progress: preview_file(Path(path), shown, decks, progress), shown)

    def preview_pasted(self, text: str) -> ImportJob:
        from game.import_jobs import ImportJob
        from game.storage.importing import PASTED, preview_text

        decks = list(self._deck_list())
        return ImportJob(lambda progress: preview_text(text, decks, progress), PASTED)

    def finish_import(self, preview: ImportPreview, choices: Choices, replace: bool = False) -> ImportJob:
        from game.import_jobs import ImportJob
        from game.storage.importing import deck_of, import_into

        folder, entries = self.deck_library.user_folder, list(self.deck_library.entries)

        def work(progress: Callable[[float], None]) -> ImportOutcome:
            deck = deck_of(preview, choices)
            progress(0.5)
            return import_into(folder, deck, preview.source, entries, replace)

        return ImportJob(work, preview.shown_as)

    def imported(self) -> None:
        self.deck_library.load()
        self._took_decks()

    def decks(self) -> list[Deck]:
        return list(self._deck_list())

    def deck_problems(self) -> list[str]:
        self._deck_list()
        return list(self._problems)

    def broken_deck_files(self) -> list[str]:
        """The names of the files with problems, each once, in order (a deck may still play as it last read well)."""
        self._deck_list()
        return list(dict.fromkeys(Path(problem.path).name for problem in self.deck_library.problems))

    def couples(self) -> list[Couple]:
        return self.store.couples.all()

    def create_couple(self, players: list[tuple[str, ...]]) -> Couple:
        return self.store.couples.create(players, self.now())

    def update_couple(self, couple: Couple, players: list[tuple[str, str, str]]) -> Couple:
        """New names, colours and pronouns (name, colour, pronouns) for both players; the couple as it is now."""
        self.store.couples.rename_players(couple.id, [(name, color) for name, color, _ in players])
        for seat, (_, _, pronouns) in enumerate(players):
            self.store.couples.set_pronouns(couple.id, seat, pronouns)
        return self.store.couples.get(couple.id)

    def settings(self) -> dict[str, Any]:
        return with_defaults(self.store.settings.read())

    def save_setting(self, key: str, value: Any) -> None:
        check(key, value)
        self.saves.save(lambda: self.store.settings.save(key, value))

    def save_problem(self) -> str | None:
        return self.saves.problem

    def save_wait(self) -> SaveWait | None:
        return self.saves.wait

    def refused(self, error: Exception) -> str | None:
        return refused_words(error)

    def retry_saves(self) -> bool:
        return self.saves.flush()

    def _session(self, couple: Couple, config: SessionConfig, state: Any = None, undo: Any = None) -> Session:
        from game.core.session import Session

        return Session(
            config,
            {deck.id: deck for deck in self._deck_list()},
            self.store.memories.all(couple.id),
            self.store.memories.quizbook(couple.id),
            state,
            undo,
        )

    def resume(self, couple: Couple) -> StoredSession | None:
        """The open round, within the couple's limits as they are now: a limit lowered while it waited narrows it,
        and a card on the table beyond them goes unplayed. Undo reaches back to its last answer, as before it waited,
        unless a limit was lowered (an earlier card could come back beyond it) or another game was played since."""
        from game.core.consent import Consent
        from game.core.session_commands import KeepWithin

        found = self.store.sessions.unfinished(couple.id)
        if found is None:
            return None
        dealt = found.config.filters  # the round's own depth, not Settings' (its slider may go past that)
        filters = dealt.narrowed(Consent.from_settings(self.settings(), self.limits(couple), dealt.max_level))
        undo = found.undo if filters == dealt and not self.store.sessions.played_since(couple.id, found.id) else None
        session = self._session(couple, replace(found.config, filters=filters), found.state, undo)
        handle = StoredSession(self, couple, found.id, session)
        turn = handle.session.state.current
        card = handle.session.card(turn.card) if turn is not None else None
        if card is not None and not filters.consents_to(card):  # only then is there something to change and save
            handle.run(KeepWithin())
        return handle

    def start(self, couple: Couple, config: SessionConfig) -> StoredSession:
        now = self.now()
        existing = self.store.sessions.unfinished(couple.id)
        if existing is not None:
            self.saves.save(lambda: self.store.sessions.abandon(existing.id, now))
        seed = random.SystemRandom().randrange(2**31) if self.seed is None else self.seed
        config = replace(config, seed=seed)  # every other field (a chosen deal, no quizzes) kept as asked
        session = self._session(couple, config)
        events = session.begin(now, self.store.sessions.recently_seen(couple.id))
        handle = StoredSession(self, couple, None, session)

        def begin() -> None:  # on a full disk the session is played from memory and saved, with its turns, later
            handle.session_id = self.store.sessions.start(couple.id, session, now, events)

        self.saves.save(begin)
        return handle

    def end_round(self, couple: Couple) -> SessionSummary | None:
        from game.core.events import SessionEnded
        from game.core.session_commands import End

        handle = self.resume(couple)
        if handle is None:
            return None
        ended = [event for event in handle.run(End()) if isinstance(event, SessionEnded)]
        return ended[0].summary if ended else None

    def abandon(self, handle: Any) -> None:
        now = self.now()
        self.saves.save(lambda: self.store.sessions.abandon(handle.session_id, now))

    @property
    def playbook(self) -> PlaybookServices:
        """The have-my-back playbook and the promises that come back (game.playbook_services)."""
        from game.playbook_services import PlaybookServices

        if self._playbook is None:
            self._playbook = PlaybookServices(self)  # one per run: it remembers what it asked at the start
        return self._playbook

    def consent(self, couple: Couple) -> Consent:
        """What this couple agreed to at the Settings' depth: the rule Our story and the exports keep to."""
        from game.core.consent import Consent

        return Consent.from_settings(self.settings(), self.limits(couple))

    def has_passphrase(self, couple: Couple) -> bool:
        return self.store.locks.is_locked(couple.id)

    def is_locked(self, couple: Couple) -> bool:
        return not self.store.locks.is_open(couple.id)

    def unlock(self, couple: Couple, passphrase: str) -> bool:
        from game.storage.locks import UnlockWait

        try:
            opened = self.store.locks.unlock(couple.id, passphrase, self.now())
        except UnlockWait:
            return False
        if opened:
            self._follow_moves(couple.id)
            self.take_kept_while_locked(couple)
        return opened

    def unlock_wait(self, couple: Couple) -> float:
        return self.store.locks.unlock_wait(couple.id, self.now())

    def lock_all(self) -> None:
        self.store.locks.close_all()

    def set_passphrase(self, couple: Couple, passphrase: str) -> None:
        self.store.locks.set_passphrase(couple.id, passphrase, self.now())

    def remove_passphrase(self, couple: Couple) -> None:
        self.store.locks.remove_passphrase(couple.id)

    def set_private(self, couple: Couple, key: MemoryKey, private: bool) -> None:
        self.store.memories.set_private(couple.id, key, private)

    def idle(self) -> None:
        if not self.saves.flush():
            return  # the disk is still full, or the file still held: folding the log would fail too
        try:
            self.store.checkpoint()
        except sqlite3.OperationalError as error:
            if refusal(error) is None:
                raise

    def due_count(self, couple: Couple, consent: Consent) -> dict[int, int]:
        from game.core.date_night_quiz import quiz_config
        from game.core.dealing import DealFilters
        from game.core.session import Session
        from game.core.turn_order import questions_due

        now = self.now()
        memories, quizbook = self.store.memories.due(couple.id, now)
        decks = {deck.id: deck for deck in self._deck_list()}
        return questions_due(Session(quiz_config(decks, DealFilters.within(consent)), decks, memories, quizbook), now)

    def next_quiz_at(self, couple: Couple, consent: Consent) -> datetime | None:
        from game.core.date_night_quiz import quiz_config
        from game.core.dealing import DealFilters
        from game.core.session import Session
        from game.core.turn_order import first_asked_at

        memories, quizbook = self.store.memories.latest(couple.id)
        decks = {deck.id: deck for deck in self._deck_list()}
        return first_asked_at(Session(quiz_config(decks, DealFilters.within(consent)), decks, memories, quizbook), self.now())

    def answers_saved(self, couple: Couple) -> bool:
        return self.store.memories.any(couple.id)

    def has_open_session(self, couple: Couple) -> bool:
        return self.store.sessions.unfinished(couple.id) is not None

    def has_played(self, couple: Couple) -> bool:
        return self.store.sessions.any_begun(couple.id)

    # ---- date night ------------------------------------------------------------------

    @staticmethod
    def folder_launcher(command: list[str]) -> int:
        """Opens a folder in the file manager (tests put a fake one in)."""
        from game.storage.keepsakes import launch

        return launch(command)

    def start_evening(self, couple: Couple, setup: EveningSetup) -> StoredEvening:
        from game.stored_evening import StoredEvening

        return StoredEvening.start(self, couple, setup)

    def past_evenings(self, couple: Couple) -> list[tuple[datetime, int, int]]:
        return [(night.started_at, night.minutes, night.cards_played) for night in self.store.date_nights.past(couple.id)]

    def resume_evening(self, couple: Couple) -> StoredEvening | None:
        from game.stored_evening import StoredEvening

        return StoredEvening.resume(self, couple)

    def paused_evening(self, couple: Couple) -> EveningState | None:
        found = self.store.date_nights.open_evening(couple.id)
        return None if found is None else found.state

    def open_folder(self, path: str) -> str | None:
        from game.storage.keepsakes import open_folder

        folder = Path(path)
        return open_folder(folder if folder.is_dir() else folder.parent, self.folder_launcher)

    def data_folder(self) -> str:
        return str(self.root)
