"""What scenes may ask of the world outside the window. The app hands them an implementation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # for the annotations only: the window opens before the rules are imported
    from game.core.cards import Card, Deck
    from game.core.consent import Consent
    from game.core.date_night import DateNight
    from game.core.date_night_commands import EveningCommand
    from game.core.date_night_plan import EveningSetup
    from game.core.date_night_state import EveningState
    from game.core.deck_editing import DeckEntry, DeckIssue, ImportOutcome
    from game.core.events import Event, SessionSummary
    from game.core.import_draft import Choices, ImportPreview
    from game.core.keepsake import Keepsake
    from game.core.left_out import LeftOut
    from game.core.limits import Limit
    from game.core.memories import Memory, MemoryKey
    from game.core.players import Couple
    from game.core.session import Session, SessionConfig
    from game.core.session_commands import SessionCommand
    from game.core.story import Knowing, Shared, Story
    from game.core.story_charts import StoryCharts

    from .playbook_port import PlaybookPort


class SessionHandle(Protocol):
    session: Session
    couple: Couple
    session_id: int | None  # None until the session's start is saved (it waits on a full disk)

    def run(self, command: SessionCommand) -> list[Event]:
        """Run a session command at the current time and save what it did, all or nothing."""
        ...


class EveningHandle(Protocol):
    """A date night: the director, and a way to run its commands and its segments' sessions, saved as they happen."""

    evening: DateNight
    couple: Couple

    def run(self, command: EveningCommand) -> list[Event]:
        """Run a director command at the current time and save what it did, all or nothing."""
        ...

    def keep_within_limits(self) -> list[Event]:
        """Read the couple's limits again (they may have changed while the evening waited): what is to come keeps within
        them, and a part being played begins again within them once its card on the table is done (at once when that
        card is beyond them). A LimitsChanged event says they had changed."""
        ...

    def begin_again(self, segment: SessionHandle) -> list[Event]:
        """End the part being played (the limits changed while it was) and begin it again within them."""
        ...

    def begin_segment(self) -> tuple[list[Event], SessionHandle | None]:
        """Begin the current card step; its session, or None when there was nothing to play."""
        ...

    def take_more(self) -> tuple[list[Event], SessionHandle | None]:
        """Yes to more of a part that went quickly; its session, or None when nothing of the offer was left."""
        ...

    def abandon(self) -> None:
        """Let the evening go: it ends where it stopped, what was played in it kept."""
        ...

    def segment(self) -> SessionHandle | None:
        """The segment being played when the window was closed, ready to go on."""
        ...

    def waiting_note(self) -> str | None:
        """The note sealed at the last date night, to be opened tonight."""
        ...

    def keepsake(self) -> Keepsake:
        """What the evening's summary and keepsake show (never a just-between-us memory)."""
        ...

    def save_keepsake(self, png: bytes) -> str:
        """Save the keepsake picture in the data folder; returns its path."""
        ...


class SaveWait(Protocol):
    """Why saves wait, in the couple's words (game.pending_saves)."""

    @property
    def banner(self) -> str: ...

    @property
    def closing(self) -> str: ...

    @property
    def saved(self) -> str: ...


class ImportJob(Protocol):
    """Reading or writing an import beside the window: poll `done`, show `progress`; then `result` or `problems`."""

    progress: float
    done: bool
    result: Any
    problems: tuple[str, ...]


class Services(Protocol):
    notice: str | None  # said on the title screen: e.g. an unreadable data file was set aside, and where
    seed: int | None

    def dismiss_notice(self) -> None:
        """The couple has read the notice: it is not shown at later starts."""
        ...

    def now(self) -> datetime: ...

    def warm_up(self) -> None:
        """Called once, right after the first frame: load what it did not wait for (decks, rules)."""
        ...

    def couples(self) -> list[Couple]: ...

    def create_couple(self, players: list[tuple[str, ...]]) -> Couple:
        """Players as (name, colour) or (name, colour, pronouns)."""
        ...

    def update_couple(self, couple: Couple, players: list[tuple[str, str, str]]) -> Couple:
        """New names, colours and pronouns for both players; returns the couple as it is now."""
        ...

    def settings(self) -> dict[str, Any]: ...

    def save_setting(self, key: str, value: Any) -> None: ...

    def decks(self) -> list[Deck]: ...

    def deck_problems(self) -> list[str]: ...
    def broken_deck_files(self) -> list[str]: ...

    # ---- the deck studio ---------------------------------------------------------------

    def poll_decks(self) -> bool:
        """Reload the decks when a file in the couple's decks folder changed; True when something did."""
        ...

    def deck_entries(self) -> list[DeckEntry]:
        """Every deck file: built-in ones, then the couple's own (with the problems of any that do not load)."""
        ...

    def check_deck(self, data: Mapping[str, Any]) -> list[DeckIssue]:
        """What the deck loader would say about this deck data (as a deck file would hold it)."""
        ...

    def save_deck(self, deck: Deck, path: str | None = None) -> str:
        """Write the deck into the couple's decks folder (over `path`, if given); returns the file.

        Raises DeckSaveError with a message for the couple when it cannot."""
        ...

    def deck_save_asks(self, path: str) -> bool:
        """Whether saving over `path` would rewrite a file Kindred did not write as it is now (written or changed in
        an editor: its comments and layout would go), and the couple has not said to save over it anyway yet."""
        ...

    def rewrite_deck_anyway(self, path: str) -> None:
        """The couple said to save over `path` anyway: not asked again for that file until Kindred closes."""
        ...

    def deck_made_here(self, path: str) -> bool:
        """Whether a deck file holds just what Kindred wrote (Deck studio, an import), unchanged since: only such a
        file is deleted with its deck."""
        ...

    def delete_deck(self, path: str) -> None:
        """Delete a deck file Kindred wrote (see `deck_made_here`); raises DeckSaveError, with words, when it cannot."""
        ...

    def remembered(self, couple: Couple, deck_id: str, card_ids: Iterable[str] | None = None) -> list[Memory]:
        """The couple's answers to a deck's cards (or to the cards named), in seat order; none while locked."""
        ...

    def keep_cards(self, deck: Deck, cards: Sequence[Card]) -> None:
        """Before cards leave their deck: keep them for every couple who answered one, so Our story still shows those
        answers under their question (game.kept_cards). Raises what the store raises when it cannot write now."""
        ...

    def memory_decks(self, couple: Couple) -> list[Deck]:
        """The decks, with the cards kept for this couple's answers (never dealt): what Our story reads."""
        ...

    def new_deck_id(self, name: str) -> str: ...

    def new_card_id(self, text: str, taken: Iterable[str]) -> str: ...

    def decks_folder(self) -> str: ...

    def open_decks_folder(self) -> str | None:
        """Show the couple's decks folder in the file manager; None when it opened, else what went wrong."""
        ...

    def check_deck_file(self, path: str) -> ImportJob:
        """Read and check a dropped deck file on another thread, changing nothing; a valid one is the job's result."""
        ...

    def add_checked_deck(self, checked: object, replace: bool = False) -> ImportOutcome:
        """Add a deck file that `check_deck_file` found valid to the couple's decks."""
        ...

    def preview_import(self, path: str) -> ImportJob:
        """Read a list, spreadsheet, Anki export or JSON file into an ImportPreview, on another thread."""
        ...

    def preview_pasted(self, text: str) -> ImportJob:
        """Read a pasted list into an ImportPreview, on another thread."""
        ...

    def finish_import(self, preview: ImportPreview, choices: Choices, replace: bool = False) -> ImportJob:
        """Write the deck the couple chose into their folder, on another thread; the result is an ImportOutcome."""
        ...

    def imported(self) -> None:
        """A finished import wrote a deck: read the decks again."""
        ...

    def resume(self, couple: Couple) -> SessionHandle | None: ...

    def start(self, couple: Couple, config: SessionConfig) -> SessionHandle: ...

    def end_round(self, couple: Couple) -> SessionSummary | None:
        """End the open Play or Quiz me round as its End button would (answers kept); its summary, or None."""
        ...

    def abandon(self, handle: SessionHandle) -> None: ...

    def story(self, couple: Couple) -> Story: ...

    def story_memories(self, couple: Couple) -> Shared: ...

    def story_knowing(self, couple: Couple) -> Knowing: ...

    def story_charts(self, couple: Couple) -> StoryCharts: ...

    @property
    def playbook(self) -> PlaybookPort: ...

    def due_count(self, couple: Couple, consent: Consent) -> dict[int, int]:
        """How many questions a Quiz me round begun now within `consent` would ask each partner, if it asked all
        that are due (counted as the round counts them: nothing beyond the limits, nothing still resting)."""
        ...

    def next_quiz_at(self, couple: Couple, consent: Consent) -> datetime | None:
        """When a Quiz me round within `consent` will first have a question to ask (it may be now), by the rule the
        round asks by: never for an answer beyond the limits. None when no saved answer ever will be."""
        ...

    def answers_saved(self, couple: Couple) -> bool:
        """Whether any answer to quiz on is saved (cheap: nothing is loaded)."""
        ...

    def has_played(self, couple: Couple) -> bool:
        """The couple has played before: a round, Quiz me or a date night's part, finished or not (cheap)."""
        ...

    def has_open_session(self, couple: Couple) -> bool:
        """An unfinished Play or Quiz me session waits (cheap: nothing is loaded)."""
        ...

    def past_evenings(self, couple: Couple) -> list[tuple[datetime, int, int]]:
        """Finished date nights, the latest first: when, how many minutes, how many cards."""
        ...

    def save_problem(self) -> str | None:
        """Why the last save is waiting (the disk is full, another program holds the file, it has become
        read-only), to be shown until it has gone through; else None."""
        ...

    def save_wait(self) -> SaveWait | None:
        """The words for saves that wait (the banner, closing, saved at last); None while everything is saved."""
        ...

    def refused(self, error: Exception) -> str | None:
        """When `error` is the saved data saying no for now (another program holds it, the disk is full, it has
        become read-only) to something that cannot wait, a save or a read: what to tell the couple. None for any
        other error."""
        ...

    def retry_saves(self) -> bool:
        """Try again to write what waits; True when everything is saved."""
        ...

    def idle(self) -> None:
        """Nothing is happening on screen: a good moment for housekeeping such as folding the save log."""
        ...

    def limits(self, couple: Couple) -> dict[int, Limit]:
        """Each partner's private depth cap and spicy consent (shown to nobody)."""
        ...

    def chosen_decks(self, couple: Couple) -> tuple[str, ...]:
        """The decks this couple chose for their last round, so "Choose your cards" starts from them (none yet: empty)."""
        ...

    def save_chosen_decks(self, couple: Couple, deck_ids: Sequence[str], offered: Sequence[str] = ()) -> None:
        """Keep the decks chosen for a round, and those `offered` to choose from then (so a later one shows as new)."""
        ...

    def offered_decks(self, couple: Couple) -> tuple[str, ...]:
        """The decks offered when this couple last chose; a deck not among them is switched on as new."""
        ...

    def save_limit(self, couple: Couple, seat: int, limit: Limit) -> None: ...

    def has_passphrase(self, couple: Couple) -> bool: ...

    def is_locked(self, couple: Couple) -> bool:
        """True until the couple's passphrase has been given in this run."""
        ...

    def unlock(self, couple: Couple, passphrase: str) -> bool:
        """True when the passphrase opens the profile; False when it does not, or when it came during the wait."""
        ...

    def unlock_wait(self, couple: Couple) -> float:
        """Seconds before the next passphrase is heard: it grows after each wrong one and survives a restart."""
        ...

    def lock_all(self) -> None:
        """Every couple opened with its passphrase in this run is locked again: the laptop is going to "Who's
        playing?", where any couple may be picked, so each locked couple's passphrase is asked again."""
        ...

    def set_passphrase(self, couple: Couple, passphrase: str) -> None: ...

    def remove_passphrase(self, couple: Couple) -> None: ...

    def unsealed_copies(self) -> tuple[list[str], list[str], list[str]]:
        """Files a passphrase does not seal: copies of unreadable data the record of Kindred's files says it set aside,
        the exports in its exports folder and the keepsake pictures in its keepsakes folder (files saved elsewhere are
        the couple's own: Kindred cannot know of them)."""
        ...

    def remove_set_aside_copies(self) -> int:
        """Delete Kindred's own set-aside copies, those the record proves unchanged; returns how many went."""
        ...

    def set_private(self, couple: Couple, key: MemoryKey, private: bool) -> None:
        """Mark a memory "just between us" (never in a keepsake or an export made from then on), or unmark it."""
        ...

    def forget_memory(self, couple: Couple, key: MemoryKey) -> bool:
        """Forget one answer for good: the memory, its history, its quizzes and the turns that held it."""
        ...

    def made_before_holding(self, couple: Couple, key: MemoryKey) -> tuple[list[str], list[str]]:
        """The exports and the keepsake pictures in the data folder, made before, that still hold the memory's answer
        (game.storage.earlier_copies): (exports, keepsakes)."""
        ...

    def correct_answer(self, couple: Couple, key: MemoryKey, value: str | int | float) -> Memory:
        """Put a saved answer right: a mistake, not a change, so the story shows none and the quiz schedule stays.

        `value` is read by the card's own rules; one that does not fit raises AnswerError, with words for the couple.
        Returns the memory as it is now (the same one, when the answer was already so)."""
        ...

    def export_everything(self, include_private: bool, couple: Couple | None = None) -> list[str]:
        """Write the JSON export and “Our book” into the data folder: of `couple` and no other couple, or (None) of
        every couple; returns the paths written."""
        ...

    def exports_folder(self) -> str:
        """The folder Export writes its copies into (inside the data folder), named where a couple may look for them."""
        ...

    def left_out_of_exports(self, couple: Couple | None = None) -> LeftOut:
        """How many answers a shared export (of `couple`, or of every couple) leaves out and why (just between us,
        agreed limits), never whose."""
        ...

    def erase_warning(self) -> str:
        """Said before an erase: how many exports, keepsakes, set-aside copies and studio decks it would delete too,
        where they are, and how many files an older Kindred left and of the couple's own it leaves, so they can copy
        what they want to keep first; '' when the data folder holds nothing but the store."""
        ...

    def erase_us_warning(self, couple: Couple) -> str:
        """Said before erasing one couple alone: which of Kindred's files go with them (their own exports and
        keepsakes), where, and that decks and exports of every couple stay."""
        ...

    def erase_couple(self, couple: Couple) -> str:
        """Erase `couple` and everything of theirs, and no other couple's (see game.storage.erasing_couple); whether
        they may (their passphrase) is asked first. Returns what to tell whoever is at the keyboard."""
        ...

    def erase_everything(self) -> str:
        """Delete everything Kindred made and can prove unchanged (couples, answers, settings, decks saved by Deck
        studio, and the exports made here, keepsakes and set-aside copies its record proves) and nothing else;
        returns what to tell the couple: what went (how many exports, keepsakes, copies and decks among it) and what
        was left."""
        ...

    def save_draft(self, couple: Couple, where: str, text: str) -> None:
        """Keep half-typed text (as it is typed, and when the window closes); `where` names the turn it belongs to."""
        ...

    def take_draft(self, couple: Couple, where: str) -> str:
        """The text kept for `where`, or ''; a draft kept for another step waits for that step. It stays kept until
        `drop_draft`, so a crash after it is put back loses nothing."""
        ...

    def drop_draft(self, couple: Couple, where: str) -> None:
        """The answer at `where` is saved or passed: forget its draft (another step's stays)."""
        ...

    def keep_studio_draft(self, couple: Couple, draft: dict[str, Any] | None) -> None:
        """Keep what the deck studio had not saved when the window closed (see game.ui.studio_draft); None forgets it."""
        ...

    def studio_draft(self, couple: Couple) -> dict[str, Any] | None:
        """What the deck studio kept, until it is saved or let go."""
        ...

    # ---- date night --------------------------------------------------------------------

    def start_evening(self, couple: Couple, setup: EveningSetup) -> EveningHandle:
        """Plan a new date night (an unfinished one is set aside) and save it."""
        ...

    def resume_evening(self, couple: Couple) -> EveningHandle | None:
        """The couple's unfinished date night, if there is one."""
        ...

    def paused_evening(self, couple: Couple) -> EveningState | None:
        """The couple's unfinished date night as it was left, for Home to offer it; None when there is none."""
        ...

    def open_folder(self, path: str) -> str | None:
        """Show the folder of `path` in the file manager; None when that worked, else what went wrong."""
        ...

    def data_folder(self) -> str:
        """The folder that holds every couple's answers on this laptop (the store), and everything Kindred keeps."""
        ...
