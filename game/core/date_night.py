"""The date-night director: a directed evening for two, paced by the clock it is handed.

How it is built
---------------
An evening is a list of *steps* (date_night_state.py), planned up front by
date_night_plan.py: the phones-down pledge, last time's sealed note if one waits, then one
*card step* per segment of the arc — warm-up, how-well-do-you-know-me quiz, going deeper,
have-each-other's-back — a break offered midway in 60 and 90 minute evenings, and the
closing ritual (a card step with an appreciation and a small thing for this week, then the
optional sealed note).

The director never plays a card itself. When a card step begins (`begin_segment`) it chooses that step's cards from
the time left and hands back, in a `SegmentBegan` event, a `SessionConfig` with exactly that deal (no quiz turns
mixed in; a passed card's place goes to one of the part's spares: see date_night_passes.py) — or, for the quiz, a
quiz-mode config with the number of turns and the memories not to ask about tonight.
The caller plays it as an ordinary `Session`, as in a normal game. After each finished turn the caller asks
`turn_finished`; when the step's time is spent the director answers `SegmentTimeUp` and the caller ends that session
— between turns, so an answer is never cut off (and when the limits changed while it was played,
`SegmentToBeginAgain`: see date_night_limits.py). `finish_segment` takes the ended session's tally and moves on,
sharing whatever time is left among the parts still to come: running over shortens what follows, running short
lengthens it. A part that dealt all its cards (or asked all its questions) well ahead of its time first offers a few
more of its own (`MoreOffered`), which the couple take (`take_more`) or not (`decline_more`): see
date_night_more.py.

Time is the evening's own: `elapsed` grows only between commands while the evening runs (`pause` when the window
closes, `resume` when it opens again). Every command takes `now`; nothing reads a clock.

Tonight's depth is the lowest of the chosen depth and the two private caps, and spicy cards come only when both said
yes; the state keeps the result, never who chose what. Limits can change while an evening waits:
`keep_within_limits` takes them as they are now, and what is still to come keeps within them (date_night_limits.py).

Commands return past-tense events (date_night_events.py); the store persists them with the state.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import assert_never

from . import date_night_commands as do
from .cards import Card, CardKey, Deck
from .date_night_events import (
    BreakOver,
    BreakTaken,
    EveningEnded,
    EveningPaused,
    EveningResumed,
    MoreOffered,
    NoteLeftUnwritten,
    NoteOpened,
    NoteSealed,
    Pledged,
    SegmentBegan,
    SegmentFinished,
    SegmentSkipped,
    SegmentTimeUp,
    SegmentToBeginAgain,
    StepStarted,
)
from .date_night_limits import keep_step_within, keep_within
from .date_night_more import more_of_part, questions_taken, still_offered
from .date_night_passes import part_config
from .date_night_plan import (
    WEIGHTS,
    EveningSetup,
    History,
    fit,
    lookup,
    plan_evening,
    quiz_hidden,
    quiz_turns,
    step_minutes,
    with_rituals,
)
from .date_night_quiz import quiz_config, ready_to_quiz
from .date_night_state import EveningState, Segment, Status, Step, StepKind
from .dealing import DealFilters
from .events import Event
from .limits import Limit
from .memories import Memory, MemoryKey
from .partner_quiz import QuizBook
from .session import Session

#: A part of the evening may grow to this many times its planned minutes when earlier parts ran short.
MAX_STRETCH = 1.5
#: "Halfway there" is said only this close to the middle of the evening, as a share of its length.
HALFWAY_NEAR = 0.1


class DateNightError(Exception):
    """A command that does not fit the evening's current step; the message says why."""


class DateNight:
    """One evening. Make it with `plan`, or from saved state; then feed it commands."""

    def __init__(self, state: EveningState, decks: Mapping[str, Deck]) -> None:
        self.state = state
        self.decks = with_rituals(decks)
        self.cards = lookup(self.decks)

    @classmethod
    def plan(
        cls,
        setup: EveningSetup,
        decks: Mapping[str, Deck],
        memories: Mapping[MemoryKey, Memory],
        quizbook: QuizBook,
        history: History,
        now: datetime,
    ) -> DateNight:
        filters = DealFilters.within(setup.consent)
        every = with_rituals(decks)
        ready = ready_to_quiz(every, filters, memories, quizbook, quiz_hidden(memories, lookup(every), filters, ()), now)
        return cls(plan_evening(setup, decks, ready, history, now), decks)

    # ---- reading -------------------------------------------------------------

    @property
    def ended(self) -> bool:
        return self.state.ended

    @property
    def step(self) -> Step | None:
        s = self.state
        return None if s.ended or s.index >= len(s.steps) else s.steps[s.index]

    @property
    def filters(self) -> DealFilters:
        return DealFilters(max_level=self.state.max_level, spicy=self.state.spicy)

    def card(self, key: CardKey) -> Card | None:
        return self.cards.get(key)

    def elapsed(self, now: datetime) -> float:
        """Seconds of evening so far."""
        s = self.state
        running = max(0.0, (now - s.since).total_seconds()) if s.since is not None else 0.0
        return s.elapsed + running

    def time_left(self, now: datetime) -> float:
        """Seconds left of the chosen length (negative once the evening runs over)."""
        return self.state.minutes * 60 - self.elapsed(now)

    def halfway(self, now: datetime) -> bool:
        """Whether the clock says the evening is about halfway through (within a tenth of its length either side)."""
        return abs(self.elapsed(now) - self.state.minutes * 30) <= self.state.minutes * 60 * HALFWAY_NEAR

    def break_left(self, now: datetime) -> float:
        step = self.step
        if step is None or step.kind is not StepKind.BREAK or self.state.break_began is None:
            return 0.0
        return step.minutes * 60 - (self.elapsed(now) - self.state.break_began)

    def planned_minutes(self) -> float:
        return sum(step_minutes(step, self.cards) for step in self.state.steps)

    def arc(self) -> list[tuple[Segment, str]]:
        """The segments of tonight's arc, each 'done', 'now', 'next' or 'skipped', for a soft indicator."""
        return self.state.arc(self.step.segment if self.step else None)

    # ---- commands ------------------------------------------------------------

    def apply(self, command: do.EveningCommand, now: datetime) -> list[Event]:
        """Run one command (see date_night_commands) at `now`: the method of the same name does the work."""
        match command:
            case do.Pledge():
                return self.pledge(now)
            case do.OpenNote():
                return self.open_note(now)
            case do.BeginSegment(memories, quizbook):
                return self.begin_segment(memories, quizbook, now)
            case do.ReopenSegment():
                return self.reopen_segment(now)
            case do.TurnFinished():
                return self.turn_finished(now)
            case do.FinishSegment(session, afresh):
                return self.finish_segment(session, now, afresh)
            case do.TakeMore(memories, quizbook):
                return self.take_more(memories, quizbook, now)
            case do.DeclineMore():
                return self.decline_more(now)
            case do.TakeBreak():
                return self.take_break(now)
            case do.EndBreak():
                return self.end_break(now)
            case do.SealNote(text):
                return self.seal_note(text, now)
            case do.WrapUp():
                return self.wrap_up(now)
            case do.Pause(home):
                return self.pause(now, home)
            case do.Resume():
                return self.resume(now)
            case do.KeepWithinLimits(offered, limits, history):
                return self.keep_within_limits(offered, limits, history, now)
            case _:
                assert_never(command)

    def pledge(self, now: datetime) -> list[Event]:
        """Both have put their phones away: the evening begins."""
        self._expect(StepKind.PLEDGE)
        self._tick(now)
        return [Pledged(), *self._advance(now)]

    def open_note(self, now: datetime) -> list[Event]:
        """The note sealed at the last date night has been read together."""
        self._expect(StepKind.OPEN_NOTE)
        self._tick(now)
        return [NoteOpened(), *self._advance(now)]

    def begin_segment(self, memories: Mapping[MemoryKey, Memory], quizbook: QuizBook, now: datetime) -> list[Event]:
        """Choose the current card step's cards from the time left; skip it when nothing fits."""
        step = self._expect(StepKind.CARDS)
        if step.status is not Status.PENDING:
            raise DateNightError("This part of the evening has already begun.")
        self._tick(now)
        s = self.state
        seconds = s.elapsed
        filters = self.filters
        step.renew = False
        hidden: frozenset[MemoryKey] = frozenset()
        empty = False
        keep_step_within(step, self.cards, filters)
        if step.fixed:
            config = part_config(s, step, self.cards, filters)
        elif step.segment is Segment.QUIZ:
            hidden = quiz_hidden(memories, self.cards, filters, s.tally.made)
            step.minutes = self._budget(now)
            ready = ready_to_quiz(self.decks, filters, memories, quizbook, hidden, now)
            empty = not ready
            step.quizzes = quiz_turns(step.minutes, ready)
            config = quiz_config(self.decks, filters, step.quizzes, s.seed, s.next_seat)
        else:
            step.minutes = self._budget(now)
            others = {key for other in s.steps if other is not step and other.open for key in other.cards}
            played = set(s.tally.played)
            pool = [key for key in [*step.cards, *step.spares] if key in self.cards and key not in played and key not in others]
            empty = not pool
            step.cards = fit(dict.fromkeys(pool), step.minutes, self.cards)
            config = part_config(s, step, self.cards, filters)
        has_turns = step.quizzes > 0 if step.segment is Segment.QUIZ else bool(step.cards)
        if not has_turns:
            step.status = Status.SKIPPED
            step.began = step.ended = seconds
            return [SegmentSkipped(step.segment, empty), *self._advance(now)]
        step.status = Status.ACTIVE
        step.began = seconds
        return [SegmentBegan(step.segment, config, hidden)]

    def reopen_segment(self, now: datetime) -> list[Event]:
        """The current step began but its session was lost (the window closed in between): begin it afresh."""
        step = self._expect(StepKind.CARDS)
        if step.status is not Status.ACTIVE:
            raise DateNightError("This part of the evening has not begun.")
        self._tick(now)
        step.status = Status.PENDING
        step.began = None
        return [StepStarted(self.state.index, step.kind, step.segment)]

    def turn_finished(self, now: datetime) -> list[Event]:
        """A turn of the current segment is done: is the segment's time up? (Fixed steps always play out.) If not, and
        the limits changed while it was played, it begins again within them, its card on the table done."""
        step = self._expect(StepKind.CARDS)
        if step.status is not Status.ACTIVE:
            return []
        self._tick(now)
        if not step.fixed and step.began is not None and self.state.elapsed - step.began >= step.minutes * 60:
            return [SegmentTimeUp(step.segment)]
        return [SegmentToBeginAgain(step.segment)] if step.renew else []

    def finish_segment(self, session: Session, now: datetime, afresh: bool = False) -> list[Event]:
        """The segment's session has ended: add up what it played and move on — or, `afresh`, begin this part again
        with what is left of it (the limits changed while it was played: see date_night_limits)."""
        step = self._expect(StepKind.CARDS)
        if step.status is not Status.ACTIVE:
            raise DateNightError("This part of the evening has not begun.")
        self._tick(now)
        step.renew = False
        self.state.next_seat = session.state.active  # whose turn was next when it stopped: they open what follows
        dealt = session.state.dealt
        more = [] if afresh else more_of_part(self.state, step, session, self.decks, self.cards, self.filters, now)
        self.state.tally.add(session.summary(), session.state.made, dealt)
        if afresh:
            step.cards = [key for key in step.cards if key not in dealt]
            step.status, step.began = Status.PENDING, None
            return [StepStarted(self.state.index, step.kind, step.segment)]
        if step.segment is not Segment.QUIZ:
            step.cards = list(dealt)  # its cards played or passed, and any stand-in dealt in a passed one's place
        if more:
            step.status, step.offer = Status.OFFERED, more
            return [MoreOffered(step.segment, len(more))]
        return self.decline_more(now, step)

    def take_more(self, memories: Mapping[MemoryKey, Memory], quizbook: QuizBook, now: datetime) -> list[Event]:
        """Yes to the more offered (see date_night_more): dealt (or asked) as this part's own, within the limits as they
        are now, which count the quiz part's questions again from `memories` and `quizbook`."""
        step = self._offered()
        self._tick(now)
        quiz, hidden, s = step.segment is Segment.QUIZ, frozenset[MemoryKey](), self.state
        if quiz:
            step.quizzes, hidden = questions_taken(s, step, self.decks, self.cards, self.filters, memories, quizbook, now)
        else:
            step.cards = still_offered(step, self.cards, self.filters)
        step.offer = []
        if not (step.quizzes if quiz else step.cards):  # the limits changed meanwhile and left nothing of it: go on
            return self.decline_more(now, step)
        step.status = Status.ACTIVE
        config = (
            quiz_config(self.decks, self.filters, step.quizzes, s.seed, s.next_seat)
            if quiz
            else part_config(s, step, self.cards, self.filters)
        )
        return [SegmentBegan(step.segment, config, hidden)]

    def decline_more(self, now: datetime, step: Step | None = None) -> list[Event]:
        """No more of this part, thank you (or none was offered): on to the next."""
        step = step or self._offered()
        self._tick(now)
        step.status, step.offer, step.ended = Status.DONE, [], self.state.elapsed
        return [SegmentFinished(step.segment), *self._advance(now)]

    def take_break(self, now: datetime) -> list[Event]:
        step = self._expect(StepKind.BREAK)
        self._tick(now)
        if self.state.break_began is None:
            self.state.break_began = self.state.elapsed
            step.began = self.state.elapsed
        return [BreakTaken(step.minutes)]

    def end_break(self, now: datetime) -> list[Event]:
        """Back from the break (or on without one)."""
        step = self._expect(StepKind.BREAK)
        self._tick(now)
        taken = self.state.break_began is not None
        if not taken:
            step.status = Status.SKIPPED
        self.state.break_began = None
        return [BreakOver(taken), *self._advance(now)]

    def seal_note(self, text: str | None, now: datetime) -> list[Event]:
        """Keep a note for the next date night (or none), and end the evening."""
        self._expect(StepKind.SEAL_NOTE)
        self._tick(now)
        written = (text or "").strip()
        first: Event = NoteSealed(written) if written else NoteLeftUnwritten()
        return [first, *self._advance(now)]

    def wrap_up(self, now: datetime) -> list[Event]:
        """Skip what is left of the middle of the evening and go to the closing ritual."""
        step = self.step
        if step is None or step.segment is Segment.CLOSING:
            raise DateNightError("The evening is already closing.")
        if step.kind is StepKind.CARDS and step.status is Status.ACTIVE:
            raise DateNightError("End this part of the evening first.")
        self._tick(now)
        s = self.state
        for other in s.steps[s.index :]:
            if other.segment is Segment.CLOSING:
                break
            if other.open:
                other.status = Status.SKIPPED
        s.break_began = None
        return self._advance(now)

    def pause(self, now: datetime, home: bool = False) -> list[Event]:
        """The window is closing, or the couple stepped away (`home`: they chose "Go home"): stop the evening's clock."""
        self.state.went_home = self.state.went_home or home
        if self.state.since is None:
            return []
        self._tick(now)
        self.state.since = None
        return [EveningPaused()]

    def resume(self, now: datetime) -> list[Event]:
        """The window is open again: the evening's clock runs from `now`; time away is not counted.

        After a crash (no `pause`), the time between the last saved command and the crash is not counted either.
        """
        if self.ended:
            return []
        self.state.since, self.state.went_home = now, False
        return [EveningResumed()]

    def keep_within_limits(self, offered: bool, limits: Mapping[int, Limit], history: History, now: datetime) -> list[Event]:
        """The limits as they are now, which may have changed while the evening waited: what is to come keeps within them."""
        return keep_within(self.state, self.decks, offered, limits, history)

    # ---- the flow ------------------------------------------------------------

    def _expect(self, kind: StepKind) -> Step:
        step = self.step
        if step is None:
            raise DateNightError("The evening has ended.")
        if step.kind is not kind:
            raise DateNightError(f"That does not fit now: the evening is at its {step.kind.value} step.")
        return step

    def _offered(self) -> Step:
        step = self._expect(StepKind.CARDS)
        if step.status is not Status.OFFERED:
            raise DateNightError("Nothing more of this part was offered.")
        return step

    def _tick(self, now: datetime) -> None:
        s = self.state
        if s.since is not None:
            s.elapsed += max(0.0, (now - s.since).total_seconds())
            s.since = now

    def _advance(self, now: datetime) -> list[Event]:
        s = self.state
        current = self.step
        if current is not None and current.status in (Status.PENDING, Status.ACTIVE, Status.OFFERED):
            current.status, current.offer = Status.DONE, []
            current.ended = s.elapsed
        s.index += 1
        while s.index < len(s.steps) and s.steps[s.index].status is Status.SKIPPED:
            s.index += 1
        if s.index >= len(s.steps):
            s.ended = True
            s.since = None
            return [EveningEnded(s.tally)]
        step = s.steps[s.index]
        if step.kind is not StepKind.CARDS:
            step.status = Status.ACTIVE
            step.began = s.elapsed
        return [StepStarted(s.index, step.kind, step.segment)]

    def _budget(self, now: datetime) -> float:
        """Minutes for the current flexible step: its share of the time left once fixed steps are set aside."""
        s = self.state
        later = [step for step in s.steps[s.index + 1 :] if step.open]
        reserved = sum(step_minutes(step, self.cards) for step in later if step.fixed)
        flexible = [s.steps[s.index], *(step for step in later if not step.fixed and step.kind is StepKind.CARDS)]
        weights = [WEIGHTS.get(step.segment, 0.0) for step in flexible]
        share = weights[0] / (sum(weights) or 1.0)
        left = self.time_left(now) / 60 - reserved
        # Time saved earlier lengthens a part, but only so far: the arc keeps its shape, and an evening may end early.
        return max(0.0, min(left * share, s.steps[s.index].minutes * MAX_STRETCH))
