"""A date night whose every step is saved as it happens: the director's commands and each segment's turns.

The window talks to this through `EveningHandle` (game/ui/services.py). It gives the director
what it needs from the store (memories, quiz schedules, the couple's limits as they are now) and
turns each segment the director begins into an ordinary stored session, tagged with the evening.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from game.core.cards import Deck
from game.core.date_night import DateNight
from game.core.date_night_commands import BeginSegment, EveningCommand, FinishSegment, KeepWithinLimits, TakeMore
from game.core.date_night_events import SegmentBegan
from game.core.date_night_limits import keeps_to
from game.core.date_night_passes import plays_step
from game.core.date_night_plan import EveningSetup, History, quiz_hidden
from game.core.date_night_state import Segment, Status, StepKind
from game.core.events import Event
from game.core.keepsake import Keepsake, build_keepsake
from game.core.limits import Limit
from game.core.memories import Memory, MemoryKey
from game.core.partner_quiz import QuizBook
from game.core.players import Couple
from game.core.session import Mode, Session
from game.core.session_commands import End, SessionCommand
from game.storage.keepsakes import save_keepsake
from game.stored_session import SessionKeeper, StoredSession

if TYPE_CHECKING:
    from game.core.story import Story

#: Cards played at date nights within this long come after every other card.
RECENT_DATE_NIGHTS = timedelta(days=120)


class EveningKeeper(SessionKeeper, Protocol):
    """What a stored date night needs from the services that made it (the services themselves, in the game)."""

    root: Path

    def decks(self) -> list[Deck]: ...

    def story(self, couple: Couple) -> Story: ...

    def settings(self) -> dict[str, Any]: ...

    def limits(self, couple: Couple) -> Mapping[int, Limit]: ...


class PlayedSegment(Protocol):
    """A part's session as the window plays it (a StoredSession)."""

    session: Session

    def run(self, command: SessionCommand) -> list[Event]: ...


class StoredEvening:
    def __init__(self, services: EveningKeeper, couple: Couple, date_night_id: int, evening: DateNight) -> None:
        self.services = services
        self.couple = couple
        self.date_night_id = date_night_id
        self.evening = evening
        self.book = services.store.date_nights

    @classmethod
    def start(cls, services: EveningKeeper, couple: Couple, setup: EveningSetup) -> StoredEvening:
        store, now = services.store, services.now()
        book = store.date_nights
        existing = book.open_evening(couple.id)
        if existing is not None:
            book.abandon(existing.id, now)
        history = _history(services, couple)
        decks = {deck.id: deck for deck in services.decks()}
        evening = DateNight.plan(setup, decks, store.memories.all(couple.id), store.memories.quizbook(couple.id), history, now)
        return cls(services, couple, book.start(couple.id, evening, now), evening)

    @classmethod
    def resume(cls, services: EveningKeeper, couple: Couple) -> StoredEvening | None:
        found = services.store.date_nights.open_evening(couple.id)
        if found is None:
            return None
        decks = {deck.id: deck for deck in services.decks()}
        return cls(services, couple, found.id, DateNight(found.state, decks))

    # ---- commands ----------------------------------------------------------------

    def run(self, command: EveningCommand) -> list[Event]:
        """Run a director command at the current time and save what it did, all or nothing."""
        now = self.services.now()
        events = self.evening.apply(command, now)
        self.services.saves.save(lambda: self.book.record(self.couple.id, self.date_night_id, self.evening, events, now))
        return events

    def keep_within_limits(self) -> list[Event]:
        """Read the limits again (they may have changed while the evening waited) and keep what is to come within them.

        A part being played when they changed was dealt under the old limits: it begins again within them once the
        card on the table is done (see `begin_again`), so what was answered or half typed for that card is kept. A card
        on the table beyond them goes at once, its answers not revealed, and the part begins again there."""
        offered, limits = bool(self.services.settings().get("spicy", False)), self.services.limits(self.couple)
        if keeps_to(self.evening.state, offered, limits):
            return []  # as they were: nothing to read from the store, nothing to save
        events = self.run(KeepWithinLimits(offered, limits, _history(self.services, self.couple)))
        step = self.evening.step
        if events and step is not None and step.kind is StepKind.CARDS and step.status is Status.ACTIVE:
            segment = self.segment()
            if segment is not None and not segment.session.ended and not self._on_the_table_fits(segment.session):
                events += self.begin_again(segment)  # (one that ended is added up as usual)
        return events

    def _on_the_table_fits(self, session: Session) -> bool:
        turn = session.state.current
        card = session.card(turn.card) if turn is not None else None
        return card is not None and self.evening.filters.consents_to(card)

    def begin_again(self, segment: PlayedSegment) -> list[Event]:
        """The part being played ends here, answers given to finished turns kept (one not yet revealed is not), and
        begins again within the limits as they are now, with what is left of it."""
        segment.run(End())
        return self.run(FinishSegment(segment.session, afresh=True))

    def begin_segment(self) -> tuple[list[Event], StoredSession | None]:
        """Begin the current card step: the director chooses, and its session starts (None when it was skipped)."""
        store = self.services.store
        memories, quizbook = store.memories.all(self.couple.id), store.memories.quizbook(self.couple.id)
        return self._deal(BeginSegment(memories, quizbook), memories, quizbook)

    def take_more(self) -> tuple[list[Event], StoredSession | None]:
        """Yes to more of a part that went quickly: its session of the cards (or questions) offered (None when none
        were left)."""
        store = self.services.store
        memories, quizbook = store.memories.all(self.couple.id), store.memories.quizbook(self.couple.id)
        return self._deal(TakeMore(memories, quizbook), memories, quizbook)

    def _deal(
        self, command: EveningCommand, memories: Mapping[MemoryKey, Memory], quizbook: QuizBook
    ) -> tuple[list[Event], StoredSession | None]:
        """Run `command`; when it began a part's cards, their session starts, saved as one of the evening's."""
        store = self.services.store
        events = self.run(command)
        began = next((event for event in events if isinstance(event, SegmentBegan)), None)
        if began is None:
            return events, None
        asked = {key: memory for key, memory in memories.items() if key not in began.hidden}
        session = Session(began.config, self.evening.decks, asked, quizbook)
        now = self.services.now()
        first = session.begin(now, store.sessions.recently_seen(self.couple.id))
        handle = StoredSession(self.services, self.couple, None, session)

        def begin() -> None:  # on a full disk the segment is played from memory and saved, with its turns, later
            handle.session_id = self.book.start_segment(self.couple.id, self.date_night_id, session, first, now)

        self.services.saves.save(begin)
        return events, handle

    def segment(self) -> StoredSession | None:
        """The current step's segment as it was saved (after the window closed mid-segment), ended or not.

        None when the step began but its session was never saved (the window closed in between).
        """
        step = self.evening.step
        found = self.book.latest_segment(self.couple.id, self.date_night_id)
        if step is None or step.status is not Status.ACTIVE or found is None:
            return None
        quiz = step.segment is Segment.QUIZ and not step.fixed
        if (found.config.mode is Mode.QUIZ) != quiz or (not quiz and not plays_step(found.config, step)):
            return None
        store = self.services.store
        memories = store.memories.all(self.couple.id)
        if quiz:
            hidden = quiz_hidden(memories, self.evening.cards, self.evening.filters, self.evening.state.tally.made)
            memories = {key: memory for key, memory in memories.items() if key not in hidden}
        # Undo reaches back as before the window closed, unless the limits changed or another game was played since.
        undo = None if step.renew or store.sessions.played_since(self.couple.id, found.id) else found.undo
        quizbook = store.memories.quizbook(self.couple.id)
        session = Session(found.config, self.evening.decks, memories, quizbook, found.state, undo)
        return StoredSession(self.services, self.couple, found.id, session)

    def waiting_note(self) -> str | None:
        """The note sealed at the last date night, to be opened now."""
        note = self.book.waiting_note(self.couple.id, before=self.date_night_id)
        return note.text if note else None

    def abandon(self) -> None:
        self.book.abandon(self.date_night_id, self.services.now())

    # ---- the keepsake --------------------------------------------------------------

    def keepsake(self) -> Keepsake:
        self.keep_within_limits()  # nothing from beyond the limits as they are now, even said earlier tonight
        store, now = self.services.store, self.services.now()
        story = self.services.story(self.couple)
        knowledge = {seat: story.knowledge[seat].overall for seat in (0, 1)}
        day = self.evening.state.started_at.astimezone().date()
        spent = self.evening.elapsed(now) / 60
        return build_keepsake(
            self.evening.state, self.couple, store.memories.all(self.couple.id), self.evening.cards, knowledge, day, spent
        )

    def save_keepsake(self, png: bytes) -> str:
        """Write the keepsake picture into the data folder's keepsakes/; returns its path."""
        started = self.evening.state.started_at
        when = started.astimezone() if started.tzinfo else started.replace(tzinfo=UTC).astimezone()
        return str(save_keepsake(self.services.root, png, when, self.couple.id))


def _history(services: EveningKeeper, couple: Couple) -> History:
    """What the couple played before, which orders an evening's cards: fresh ones first, recent date nights' last."""
    store, now = services.store, services.now()
    book = store.date_nights
    return History(
        recently_seen=store.sessions.recently_seen(couple.id),
        date_night_cards=book.recent_cards(couple.id, now - RECENT_DATE_NIGHTS),
        note_waiting=book.waiting_note(couple.id) is not None,
    )
