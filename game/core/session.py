"""A session: the turns of one sitting, driven by commands that return events.

Commands validate, change state and return past-tense events; nothing here
depends on frames or wall time except the `now` each command is given.
The whole state is a plain, JSON-friendly value so that a session resumes
exactly where it stopped.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import datetime
from typing import Any

import fsrs

from . import session_commands as do
from . import session_state as codec
from .answers import AnswerValue, Verdict, auto_verdict, parse_answer
from .cards import AnswerType, Card, CardKey, Deck, Kind
from .dealing import ENDLESS_RUN, deal
from .events import (
    ActionDone,
    AnswerSaved,
    CardPassed,
    CardStarred,
    Event,
    GuessMade,
    MemoryUpdated,
    PrivateAnswerTaken,
    QuizJudged,
    Revealed,
    SessionEnded,
    SessionSummary,
    TurnCompleted,
    TurnRecord,
    TurnRef,
    TurnStarted,
    VerdictChanged,
)
from .judge_hints import similarity
from .memories import Memory, MemoryKey
from .memory_keeping import MemoryKeeping
from .partner_quiz import QuizBook, Review
from .players import other
from .scoring import sync_moments
from .session_state import Mode as Mode
from .session_state import Phase as Phase
from .session_state import SessionConfig as SessionConfig
from .session_state import SessionState
from .session_summary import revealed_on_table, stopped_early, summarize
from .session_undo import PRIVATE_ANSWER, Change, UndoHistory
from .session_undo import UNDO_DEPTH as UNDO_DEPTH
from .turn_order import keep_the_climb, next_turn, off_the_table
from .undo_kept import kept, taken_up


class SessionError(Exception):
    """A command that does not fit the session's state; the message says why."""


class Session(MemoryKeeping):
    """One sitting of a couple. Build it, call `begin`, then feed it commands."""

    def __init__(
        self,
        config: SessionConfig,
        decks: Mapping[str, Deck],
        memories: dict[MemoryKey, Memory],
        quizbook: QuizBook,
        state: SessionState | None = None,
        undo: Mapping[str, Any] | None = None,
    ) -> None:
        self.config = config
        self.decks = dict(decks)
        self.memories = memories
        self.quizbook = quizbook
        self.state = state or SessionState(active=config.first)
        self._history = UndoHistory(changes=taken_up(undo, self))  # `undo`: its last steps as `to_json` kept them

    # ---- reading -----------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self.state.phase

    @property
    def current(self) -> TurnRef | None:
        return self.state.current

    @property
    def ended(self) -> bool:
        return self.state.phase is Phase.ENDED

    def card(self, key: CardKey) -> Card | None:
        deck = self.decks.get(key.deck_id)
        return deck.card(key.card_id) if deck else None

    def current_card(self) -> Card:
        turn = self._require_turn()
        card = self.card(turn.card)
        if card is None:
            raise SessionError(f"The card {turn.card} is no longer in any deck.")
        return card

    def can_undo(self) -> bool:
        return self._history.can_undo()

    def summary(self) -> SessionSummary:
        return summarize(self)

    def to_json(self) -> dict[str, Any]:
        return {**codec.state_to_json(self.state), **kept(self._history.changes, self)}

    # ---- commands ----------------------------------------------------------

    def apply(self, command: do.SessionCommand, now: datetime) -> list[Event]:
        """Run one command (see session_commands) at `now`: the method of the same name does the work. Any but
        GoHome means the round goes on: the game no longer opens on Home for it."""
        if not isinstance(command, do.KeepWithin):  # a round narrowed as it is picked up has not gone on
            self.state.went_home = False
        return do.run(self, command, now)

    def begin(self, now: datetime, recently_seen: Mapping[CardKey, datetime] | None = None) -> list[Event]:
        """Deal and start the first turn (or, for a resumed session, nothing new)."""
        if self.state.current is not None or self.ended:
            return []
        if self.config.cards is not None:
            allows = self.config.filters.allows
            self.state.deal = [key for key in self.config.cards if (card := self.card(key)) is not None and allows(card)]
        else:
            chosen = [self.decks[d] for d in self.config.deck_ids if d in self.decks]
            round_length = self.config.length or ENDLESS_RUN  # an endless round climbs in waves
            bookends = bool(self.config.length)  # an opener first and a closer last, in a round that ends
            self.state.deal = list(deal(chosen, self.config.filters, self.config.seed, recently_seen, round_length, bookends))
        return self._next_turn(now)

    def answer(self, value: str | int | float | None, now: datetime, *, private: bool = False) -> list[Event]:
        """The active player's answer to an ask card (None when nothing is to be remembered).

        `private` marks the memory "just between us" in the same command, so that it is saved
        together with the answer: there is no moment when the answer is kept but shareable.
        """
        card = self._card_in_phase(Phase.ANSWER, Kind.ASK)
        with self._action("answer"):
            events: list[Event] = []
            outcome: dict[str, Any] = {}
            if card.remembered:
                if value is None:
                    raise SessionError("This card is remembered: type a short note of the answer.")
                parsed = parse_answer(card, value)
                events.append(self._remember(MemoryKey(self.state.active, card.deck_id, card.id), parsed, now, private))
                outcome["answer"] = parsed
            return events + self._finish_turn(now, outcome)

    def talked(self, now: datetime) -> list[Event]:
        """An ask card answered aloud with no note kept: the turn is done and nothing is remembered or quizzed."""
        self._card_in_phase(Phase.ANSWER, Kind.ASK)
        with self._action("talked"):
            return self._finish_turn(now, {"talked": True})

    def complete(self, now: datetime) -> list[Event]:
        """Done: an action card, an ask card with nothing to remember, or a revealed outcome. An action card with
        follow-ups stays on the table for them, a reveal step with nothing to reveal, until Complete again."""
        self._require_turn()
        if self.state.phase is Phase.REVEAL:
            with self._action("continue"):
                return self._finish_turn(now, self.state.reveal_outcome())
        card = self._card_in_phase(Phase.ANSWER)
        if card.kind is Kind.ASK and card.remembered:
            raise SessionError("This card is remembered: answer it, or pass.")
        with self._action("done"):
            if card.kind is Kind.ACTION and card.followups:
                self.state.phase = Phase.REVEAL
                return [ActionDone(card.key)]
            return self._finish_turn(now, {"done": True})

    def answer_privately(self, seat: int, value: Any, now: datetime) -> list[Event]:
        """One partner's private answer to a both or scenario card; the second one reveals."""
        card = self._card_in_phase(Phase.PRIVATE)
        if seat not in (0, 1):
            raise SessionError(f"There is no seat {seat}.")
        if seat in self.state.private:
            raise SessionError("That partner has already answered this card.")
        if card.kind is Kind.SCENARIO:
            if not isinstance(value, (list, tuple)) or len(value) != 2:
                raise SessionError("A scenario needs your own pick and your guess of your partner's pick.")
            parsed: Any = [parse_answer(card, value[0]), parse_answer(card, value[1])]
        else:
            parsed = parse_answer(card, value)
        turn = self._require_turn()
        with self._action(PRIVATE_ANSWER):
            self.state.private[seat] = parsed
            events: list[Event] = [PrivateAnswerTaken(seat)]
            if len(self.state.private) == 2:
                events.extend(self._reveal(card, now))
        if self.state.phase is Phase.REVEAL:
            self._history.both_answers_back(turn.number)  # the second saw the first's: Undo takes back both or neither
        return events

    def pass_card(self, now: datetime) -> list[Event]:
        """The X-card: no reason needed. The turn stays with the same player; the card is retired."""
        turn = self._require_turn()
        if self.state.phase in (Phase.REVEAL, Phase.JUDGE):
            raise SessionError("This card is already answered; continue instead.")
        with self._action("pass"):
            if turn.memory is None:
                self.state.passed.append(turn.card)
                keep_the_climb(self, turn.card)
            else:
                self.state.quizzed.append(turn.memory)
            self.state.current = None
            self.state.private = {}
            return [CardPassed(turn.card, turn.seat), *self._next_turn(now)]

    def guess(self, value: str | int | float, now: datetime) -> list[Event]:
        """The active player's guess of the partner's remembered answer."""
        turn = self._require_turn()
        if self.state.phase is not Phase.GUESS or turn.memory is None:
            raise SessionError("There is nothing to guess right now.")
        card = self.current_card()
        memory = self.memories[turn.memory]
        parsed = parse_answer(card, value)
        with self._action("guess"):
            verdict = auto_verdict(card, memory.answer, parsed)
            typed = verdict is None and card.answer_type is AnswerType.TEXT  # a percentage says nothing of two dates
            hint = similarity(str(memory.answer), str(parsed)) if typed else None
            self.state.guess, self.state.suggestion, self.state.hint = parsed, verdict, hint
            events: list[Event] = [GuessMade(turn.memory, parsed, verdict, hint)]
            if verdict is None:
                self.state.phase = Phase.JUDGE
            else:
                events.append(self._judge(turn, verdict, now))
            return events

    def judge(self, verdict: Verdict, now: datetime) -> list[Event]:
        """The owner's verdict on a free-text guess: got it, close, or not quite."""
        turn = self._require_turn()
        if self.state.phase is not Phase.JUDGE:
            raise SessionError("There is no guess waiting to be judged.")
        with self._action("judge"):
            return [self._judge(turn, Verdict(verdict), now)]

    def still_true(self, now: datetime) -> list[Event]:
        """The owner says a stale changing answer still holds: it is fresh again and the partner's schedule is kept."""
        turn = self._check_turn()
        assert turn.memory is not None
        with self._action("still true"):
            confirmed = self.memories[turn.memory].confirmed(now)
            self._put_memory(confirmed)
            self.state.quizzed.append(turn.memory)
            return [AnswerSaved(confirmed), *self._finish_turn(now, {"checked": "kept"})]

    def changed_since(self, value: str | int | float, now: datetime) -> list[Event]:
        """The owner says a stale changing answer has changed: the new one joins the history, the old ones stay."""
        turn = self._check_turn()
        assert turn.memory is not None
        card = self.current_card()
        parsed = parse_answer(card, value)
        with self._action("changed"):
            memory = self.memories[turn.memory]
            updated = memory.with_answer(parsed, now)
            if updated is memory:
                updated = memory.confirmed(now)  # the same answer typed again: still true after all
            self._put_memory(updated)
            if len(updated.drift()) > len(memory.drift()):
                self._put_schedule(turn.memory, other(turn.memory.owner), fsrs.Card(card_id=0, due=now))
            self.state.quizzed.append(turn.memory)
            self.state.made[turn.memory] = self.state.turns_started
            return [
                MemoryUpdated(updated, self.quizbook.get(turn.memory, other(turn.memory.owner))),
                *self._finish_turn(now, {"checked": "changed"}),
            ]

    def _check_turn(self) -> TurnRef:
        turn = self._require_turn()
        if self.state.phase is not Phase.CHECK or turn.memory is None:
            raise SessionError("There is no answer to check right now.")
        return turn

    def update_memory(self, key: MemoryKey, value: str | int | float, now: datetime) -> list[Event]:
        """ "That's changed": a new current answer; the old one stays in the history."""
        memory = self.memories.get(key)
        card = self.card(key.card_key)
        if memory is None or card is None:
            raise SessionError("There is no such memory to update.")
        parsed = parse_answer(card, value)
        with self._action("update"):
            updated = memory.with_answer(parsed, now)
            self._put_memory(updated)
            guesser = other(key.owner)
            self._put_schedule(key, guesser, fsrs.Card(card_id=0, due=now))
            self.state.made[key] = self.state.turns_started
            turn = self.state.current
            on_table = turn is not None and turn.memory == key and self.state.guess is not None
            if on_table and self.state.phase is Phase.JUDGE and card.answer_type is AnswerType.TEXT:
                self.state.hint = similarity(str(updated.answer), str(self.state.guess))  # the hint follows the new answer
            again = self._judge_again(card, updated.answer, now) if on_table and self.state.phase is Phase.REVEAL else []
            return [MemoryUpdated(updated, self.quizbook.get(key, guesser)), *again]

    def _judge_again(self, card: Card, answer: AnswerValue, now: datetime) -> list[Event]:
        """A guess the game judged, judged again against the answer as it is now: the verdict on screen, the round's
        tally, the review kept and the guesser's schedule follow it. (A free-text guess is judged by its owner, who
        said it had changed before judging; a date the game cannot be sure of keeps the verdict it had.)"""
        s, turn = self.state, self._require_turn()
        verdict = auto_verdict(card, answer, s.guess) if s.suggestion is not None and s.guess is not None else None
        if verdict is None or turn.memory is None or not s.quiz_results or s.quiz_results[-1][1] is verdict:
            return []
        self._history.note_verdict(turn.memory, turn.seat, s.quiz_results[-1][1])
        s.quiz_results[-1], s.suggestion = (turn.seat, verdict), verdict
        self.quizbook.review(turn.memory, turn.seat, verdict, now)  # the fresh schedule the change just gave
        return [VerdictChanged(turn.memory, turn.seat, verdict)]

    def star(self, now: datetime) -> list[Event]:
        """Star (or unstar) the card on the table: a moment worth keeping."""
        turn = self._require_turn()
        with self._action("star"):
            if turn.card in self.state.starred:
                self.state.starred.remove(turn.card)
                return [CardStarred(turn.card, False)]
            self.state.starred.append(turn.card)
            return [CardStarred(turn.card, True)]

    def undo(self, now: datetime) -> list[Event]:
        """Take back the last action of this session."""
        if not self._history.can_undo():
            raise SessionError("There is nothing to undo.")
        return self._history.take_back(self).events()

    def end(self, now: datetime) -> list[Event]:
        """End the sitting; a card already answered and revealed is played, whichever button moved on from it."""
        if self.ended:
            return []
        revealed = [self._record_turn(now, self.state.reveal_outcome())] if revealed_on_table(self) else []
        early = stopped_early(self)
        self.state.phase = Phase.ENDED
        self.state.current, self.state.private = None, {}  # a private answer never revealed is not kept either
        self._history.clear()
        return [*revealed, SessionEnded(replace(self.summary(), cut_short=early))]

    def go_home(self, home: bool, now: datetime) -> list[Event]:
        """The couple chose a break: the round waits as it is, and opening the game shows Home first (`home` False:
        they came back to it from Home, and it opens on the table again)."""
        self.state.went_home = home and not self.ended
        return []

    def keep_within(self, now: datetime) -> list[Event]:
        """A card on the table beyond the filters (narrowed while the round waited) goes unplayed; the next comes."""
        if not off_the_table(self):
            return []
        self._history.clear()  # nothing may bring it back
        return self._next_turn(now)

    def _finish_turn(self, now: datetime, outcome: dict[str, Any]) -> list[Event]:
        return [self._record_turn(now, outcome), *self._next_turn(now)]

    def _record_turn(self, now: datetime, outcome: dict[str, Any]) -> TurnCompleted:
        s = self.state
        turn = self._require_turn()
        card = self.current_card()
        kind = "check" if s.phase is Phase.CHECK else "quiz" if turn.is_quiz else card.kind.value
        record = TurnRecord(turn.number, turn.seat, turn.card, kind, outcome, now, turn.memory)
        s.completed.append(turn)
        self._history.note_record(turn.number)
        s.current = None
        s.active = other(s.active)
        return TurnCompleted(record)

    def _reveal(self, card: Card, now: datetime) -> list[Event]:
        s = self.state
        events: list[Event] = []
        moments = sync_moments(card, s.private)  # one per scenario prediction, one per "who's more likely" card
        s.sync.extend((seat, hit) for seat, hit in zip((0, 1), moments, strict=False))
        in_sync = {seat: moments[min(seat, len(moments) - 1)] for seat in (0, 1)} if moments else {}
        for seat in (0, 1):
            answer = s.private[seat]
            own = answer[0] if card.kind is Kind.SCENARIO else answer
            if card.remembered:
                events.append(self._remember(MemoryKey(seat, card.deck_id, card.id), own, now))
        s.phase = Phase.REVEAL
        return [Revealed(card.key, dict(s.private), in_sync), *events]

    def _judge(self, turn: TurnRef, verdict: Verdict, now: datetime) -> QuizJudged:
        assert turn.memory is not None and self.state.guess is not None
        review = Review(turn.memory, turn.seat, self.state.guess, verdict, now)
        self._note_schedule(turn.memory, turn.seat)
        schedule = self.quizbook.review(turn.memory, turn.seat, verdict, now)
        self.state.quizzed.append(turn.memory)
        self.state.quiz_results.append((turn.seat, verdict))
        self.state.phase = Phase.REVEAL
        self._history.note_review(review)
        return QuizJudged(review, schedule)

    def _action(self, name: str) -> AbstractContextManager[Change]:
        return self._history.action(name, self)

    def _next_turn(self, now: datetime) -> list[Event]:
        turn = next_turn(self, now)
        return self.end(now) if turn is None else [TurnStarted(turn)]

    def _require_turn(self) -> TurnRef:
        if self.state.current is None:
            raise SessionError("The session has ended." if self.ended else "No card is on the table.")
        return self.state.current

    def _card_in_phase(self, phase: Phase, kind: Kind | None = None) -> Card:
        turn = self._require_turn()
        if self.state.phase is not phase or turn.is_quiz:
            raise SessionError(f"That does not fit now: the session is at the {self.state.phase.value} step.")
        card = self.current_card()
        if kind is not None and card.kind is not kind:
            raise SessionError(f"That does not fit a {card.kind.value} card.")
        return card
