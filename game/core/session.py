"""A session: the turns of one sitting, driven by commands that return events.

Commands validate, change state and return past-tense events; nothing here
depends on frames or wall time except the `now` each command is given.
The whole state is a plain, JSON-friendly value so that a session resumes
exactly where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

import fsrs

from . import session_state as codec
from .answers import AnswerValue, Verdict, answer_fits, auto_verdict, parse_answer, similarity, who_agrees
from .cards import AnswerType, Card, CardKey, Deck, Kind
from .dealing import DealFilters, deal
from .events import (
    ActionUndone,
    AnswerSaved,
    CardPassed,
    CardStarred,
    Event,
    GuessMade,
    MemoryRestored,
    MemoryUpdated,
    PrivateAnswerTaken,
    QuizJudged,
    Revealed,
    ReviewRemoved,
    ScheduleRestored,
    SessionEnded,
    SessionSummary,
    TurnCompleted,
    TurnRecord,
    TurnRecordRemoved,
    TurnRef,
    TurnStarted,
)
from .memories import Memory, MemoryKey
from .partner_quiz import QuizBook, Review
from .players import other
from .quiz_timing import from_decks_in_play, made_this_sitting, quizzes_go_on, rested, still_fresh

#: The largest share of turns given to quizzes, reached once this many are due.
QUIZ_SHARE = 1 / 3
QUIZ_SHARE_FULL_AT = 6
UNDO_DEPTH = 50


class Mode(StrEnum):
    PLAY = "play"
    QUIZ = "quiz"


class Phase(StrEnum):
    ANSWER = "answer"  # the active player answers aloud (ask) or both do the action
    PRIVATE = "private"  # each partner answers behind the curtain
    GUESS = "guess"  # the active player guesses the partner's remembered answer
    JUDGE = "judge"  # the partner judges a free-text guess
    REVEAL = "reveal"  # the turn's outcome is on the table
    CHECK = "check"  # the owner of a changing answer that has gone stale says whether it is still true
    ENDED = "ended"


class SessionError(Exception):
    """A command that does not fit the session's state; the message says why."""


@dataclass(frozen=True, slots=True)
class SessionConfig:
    mode: Mode = Mode.PLAY
    deck_ids: tuple[str, ...] = ()
    filters: DealFilters = DealFilters()
    length: int | None = 12
    seed: int = 0
    #: A deal chosen by the caller (the date-night director), offered in this order; None deals from `deck_ids`.
    cards: tuple[CardKey, ...] | None = None
    #: Whether a play session mixes quiz turns on due memories into the deal.
    quizzes: bool = True


@dataclass
class SessionState:
    deal: list[CardKey] = field(default_factory=list)
    position: int = 0
    turns_started: int = 0
    active: int = 0
    current: TurnRef | None = None
    phase: Phase = Phase.ANSWER
    private: dict[int, Any] = field(default_factory=dict)
    guess: AnswerValue | None = None
    suggestion: Verdict | None = None
    hint: int | None = None
    passed: list[CardKey] = field(default_factory=list)
    completed: list[TurnRef] = field(default_factory=list)
    made: dict[MemoryKey, int] = field(default_factory=dict)
    quizzed: list[MemoryKey] = field(default_factory=list)
    quiz_credit: float = 0.0
    starred: list[CardKey] = field(default_factory=list)
    quiz_results: list[tuple[int, Verdict]] = field(default_factory=list)
    sync: list[tuple[int, bool]] = field(default_factory=list)
    new_memories: int = 0


@dataclass
class _Undo:
    action: str
    state: dict[str, Any]
    memories: dict[MemoryKey, Memory | None] = field(default_factory=dict)
    schedules: dict[tuple[MemoryKey, int], fsrs.Card | None] = field(default_factory=dict)
    reviews: list[Review] = field(default_factory=list)
    records: list[int] = field(default_factory=list)


class Session:
    """One sitting of a couple. Build it, call `begin`, then feed it commands."""

    def __init__(
        self,
        config: SessionConfig,
        decks: Mapping[str, Deck],
        memories: dict[MemoryKey, Memory],
        quizbook: QuizBook,
        state: SessionState | None = None,
    ) -> None:
        self.config = config
        self.decks = dict(decks)
        self.memories = memories
        self.quizbook = quizbook
        self.state = state or SessionState()
        self._undo: list[_Undo] = []
        self._recording: _Undo | None = None

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
        return bool(self._undo)

    def summary(self) -> SessionSummary:
        s = self.state
        results: dict[int, dict[str, int]] = {0: {}, 1: {}}
        for guesser, verdict in s.quiz_results:
            results[guesser][verdict.value] = results[guesser].get(verdict.value, 0) + 1
        return SessionSummary(
            turns=len(s.completed),
            cards_played=sum(1 for turn in s.completed if not turn.is_quiz),
            passed=len(s.passed),
            new_memories=s.new_memories,
            quiz_results=results,
            in_sync=(sum(1 for _, hit in s.sync if hit), len(s.sync)),
            starred=tuple(key for key in s.starred if self._consented(key)),
            starred_answers=tuple((key, self._answers_to(key)) for key in s.starred if self._consented(key)),
        )

    def _answers_to(self, card: CardKey) -> tuple[tuple[int, AnswerValue], ...]:
        """The answers to `card` that this session gave or quizzed, by seat: what a starred moment was about."""
        touched = set(self.state.made) | set(self.state.quizzed)
        out = []
        for seat in (0, 1):
            key = MemoryKey(seat, card.deck_id, card.card_id)
            memory = self.memories.get(key)
            if key in touched and memory is not None:
                out.append((seat, memory.answer))
        return tuple(out)

    def to_json(self) -> dict[str, Any]:
        return codec.state_to_json(self.state)

    # ---- commands ----------------------------------------------------------

    def begin(self, now: datetime, recently_seen: Mapping[CardKey, datetime] | None = None) -> list[Event]:
        """Deal and start the first turn (or, for a resumed session, nothing new)."""
        if self.state.current is not None or self.ended:
            return []
        if self.config.cards is not None:
            allows = self.config.filters.allows
            self.state.deal = [key for key in self.config.cards if (card := self.card(key)) is not None and allows(card)]
        else:
            chosen = [self.decks[d] for d in self.config.deck_ids if d in self.decks]
            self.state.deal = list(deal(chosen, self.config.filters, self.config.seed, recently_seen))
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
        """Done: an action card, an ask card with nothing to remember, or a revealed outcome."""
        turn = self._require_turn()
        if self.state.phase is Phase.REVEAL:
            with self._action("continue"):
                return self._finish_turn(now, self._reveal_outcome())
        card = self._card_in_phase(Phase.ANSWER)
        if card.kind is Kind.ASK and card.remembered:
            raise SessionError("This card is remembered: answer it, or pass.")
        del turn
        with self._action("done"):
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
        with self._action("private answer"):
            self.state.private[seat] = parsed
            events: list[Event] = [PrivateAnswerTaken(seat)]
            if len(self.state.private) == 2:
                events.extend(self._reveal(card, now))
            return events

    def pass_card(self, now: datetime) -> list[Event]:
        """The X-card: no reason needed. The turn stays with the same player; the card is retired."""
        turn = self._require_turn()
        if self.state.phase in (Phase.REVEAL, Phase.JUDGE):
            raise SessionError("This card is already answered; continue instead.")
        with self._action("pass"):
            if turn.memory is None:
                self.state.passed.append(turn.card)
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
            hint = None if verdict is not None else similarity(str(memory.answer), str(parsed))
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
            if turn is not None and turn.memory == key and self.state.phase is Phase.JUDGE and self.state.guess is not None:
                self.state.hint = similarity(str(updated.answer), str(self.state.guess))  # the hint follows the new answer
            return [MemoryUpdated(updated, self.quizbook.get(key, guesser))]

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
        if not self._undo:
            raise SessionError("There is nothing to undo.")
        entry = self._undo.pop()
        self.state = codec.state_from_json(entry.state)
        events: list[Event] = [ActionUndone(entry.action)]
        for key, memory in entry.memories.items():
            self._store_memory(key, memory)
            events.append(MemoryRestored(key, memory))
        for (key, guesser), card in entry.schedules.items():
            if card is None:
                self.quizbook.remove(key, guesser)
            else:
                self.quizbook.put(key, guesser, card)
            events.append(ScheduleRestored(key, guesser, card))
        events.extend(ReviewRemoved(review) for review in entry.reviews)
        events.extend(TurnRecordRemoved(number) for number in entry.records)
        return events

    def end(self, now: datetime) -> list[Event]:
        if self.ended:
            return []
        self.state.phase = Phase.ENDED
        self.state.current = None
        self._undo.clear()
        return [SessionEnded(self.summary())]

    # ---- the flow of turns -------------------------------------------------

    def _next_turn(self, now: datetime) -> list[Event]:
        s = self.state
        if self._length_reached():
            return self.end(now)
        stale = self._pick_check(now)
        if stale is not None:
            s.turns_started += 1
            s.current = TurnRef(s.turns_started - 1, s.active, stale.card_key, stale)
            s.phase = Phase.CHECK
            s.private, s.guess, s.suggestion, s.hint = {}, None, None, None
            return [TurnStarted(s.current)]
        quiz = self._pick_quiz(now)
        if quiz is None and self.config.mode is Mode.QUIZ:
            # "Quiz me" deals due memories only; when the active player has none left, the partner goes on.
            partner = self.quizbook.pick(other(s.active), now, self._quiz_eligible(now))
            if partner is None:
                return self.end(now)
            s.active, quiz = other(s.active), partner
        if quiz is not None:
            turn = TurnRef(s.turns_started, s.active, quiz.card_key, quiz)
            s.phase = Phase.GUESS
        else:
            key = self._next_card()
            if key is None:
                return self.end(now)
            card = self.card(key)
            assert card is not None
            turn = TurnRef(s.turns_started, s.active, key)
            s.phase = Phase.PRIVATE if card.kind in (Kind.BOTH, Kind.SCENARIO) else Phase.ANSWER
        s.turns_started += 1
        s.current = turn
        s.private, s.guess, s.suggestion, s.hint = {}, None, None, None
        return [TurnStarted(turn)]

    def _pick_quiz(self, now: datetime) -> MemoryKey | None:
        s = self.state
        guesser = s.active
        if self.config.mode is Mode.PLAY and not self.config.quizzes:
            return None
        eligible = self._quiz_eligible(now)
        if self.config.mode is Mode.QUIZ:
            return self.quizbook.pick(guesser, now, eligible)
        if not quizzes_go_on(self._cards_left()):
            return None
        due = self.quizbook.count_due(guesser, now)
        if due == 0:
            return None
        s.quiz_credit += QUIZ_SHARE * min(1.0, due / QUIZ_SHARE_FULL_AT)
        if s.quiz_credit < 1.0:
            return None
        picked = self.quizbook.pick(guesser, now, eligible)
        if picked is not None:
            s.quiz_credit = max(0.0, s.quiz_credit - 1.0)
        return picked

    def _pick_check(self, now: datetime) -> MemoryKey | None:
        """A changing answer of the active player's that has gone stale and the partner is due to be asked about.

        Instead of quizzing the partner on what may no longer be true, its owner is asked first (once a session).
        In a Play round this takes a quiz's place, so it waits for the same share of turns.
        """
        s = self.state
        if self.config.mode is Mode.PLAY and (not self.config.quizzes or s.quiz_credit < 1.0 or not self._cards_left()):
            return None
        asked = set(s.quizzed)
        # Quiz me goes on with the partner when the active player has nothing left, so it looks at both.
        owners = (s.active,) if self.config.mode is Mode.PLAY else (s.active, other(s.active))
        for owner in owners:
            for key in self.quizbook.due(other(owner), now):
                memory, card = self.memories.get(key), self.card(key.card_key)
                if key.owner != owner or key in asked or memory is None or card is None or not self._consented(key.card_key):
                    continue
                if not answer_fits(card, memory.answer):
                    continue  # the deck changed under this answer: nothing fair to check or quiz
                if not still_fresh(memory, card, now) and rested(memory, now):
                    if self.config.mode is Mode.PLAY:
                        s.quiz_credit = max(0.0, s.quiz_credit - 1.0)
                    s.active = owner
                    return key
        return None

    def _quiz_eligible(self, now: datetime) -> Callable[[MemoryKey], bool]:
        s = self.state
        quizzed = set(s.quizzed)
        play = self.config.mode is Mode.PLAY
        decks = frozenset(self.config.deck_ids) if play and self.config.cards is None else frozenset()

        def eligible(key: MemoryKey) -> bool:
            memory = self.memories.get(key)
            if key in quizzed or memory is None or not self._consented(key.card_key):
                return False
            card = self.card(key.card_key)
            assert card is not None
            return (
                answer_fits(card, memory.answer)
                and not made_this_sitting(key, s.made, memory, now)
                and rested(memory, now)
                and still_fresh(memory, card, now)
                and from_decks_in_play(key, decks)
            )

        return eligible

    def _consented(self, key: CardKey) -> bool:
        """The consent rule (see consent.py): a card, or a memory made from it, may be shown in this round."""
        card = self.card(key)
        return card is not None and self.config.filters.consents_to(card)

    def _length_reached(self) -> bool:
        """A Play round's length counts the cards dealt ("Card 12 of 12"); quizzes between them come on top.

        A Quiz me round (and a date night's quiz part) counts its questions.
        """
        length = self.config.length
        if length is None:
            return False
        completed = self.state.completed
        if self.config.mode is Mode.QUIZ:
            return len(completed) >= length
        return sum(1 for turn in completed if not turn.is_quiz) >= length

    def _cards_left(self) -> bool:
        return any(self.card(key) is not None for key in self.state.deal[self.state.position :])

    def _next_card(self) -> CardKey | None:
        s = self.state
        while s.position < len(s.deal):
            key = s.deal[s.position]
            s.position += 1
            if self.card(key) is not None:
                return key
        return None

    def _finish_turn(self, now: datetime, outcome: dict[str, Any]) -> list[Event]:
        s = self.state
        turn = self._require_turn()
        card = self.current_card()
        kind = "check" if s.phase is Phase.CHECK else "quiz" if turn.is_quiz else card.kind.value
        record = TurnRecord(turn.number, turn.seat, turn.card, kind, outcome, now, turn.memory)
        s.completed.append(turn)
        if self._recording is not None:
            self._recording.records.append(turn.number)
        s.current = None
        s.active = other(s.active)
        return [TurnCompleted(record), *self._next_turn(now)]

    def _reveal(self, card: Card, now: datetime) -> list[Event]:
        s = self.state
        events: list[Event] = []
        in_sync: dict[int, bool] = {}
        for seat in (0, 1):
            answer = s.private[seat]
            own = answer[0] if card.kind is Kind.SCENARIO else answer
            if card.kind is Kind.SCENARIO:
                in_sync[seat] = answer[1] == s.private[other(seat)][0]
                s.sync.append((seat, in_sync[seat]))
            elif card.answer_type is AnswerType.WHO:
                in_sync[seat] = who_agrees(s.private)
                s.sync.append((seat, in_sync[seat]))
            if card.remembered:
                events.append(self._remember(MemoryKey(seat, card.deck_id, card.id), own, now))
        s.phase = Phase.REVEAL
        return [Revealed(card.key, dict(s.private), in_sync), *events]

    def _reveal_outcome(self) -> dict[str, Any]:
        s = self.state
        if s.current is not None and s.current.is_quiz:
            verdict = s.quiz_results[-1][1] if s.quiz_results else None
            return {"guess": s.guess, "verdict": verdict.value if verdict else None}
        return {"answers": {str(seat): value for seat, value in s.private.items()}}

    def _judge(self, turn: TurnRef, verdict: Verdict, now: datetime) -> QuizJudged:
        assert turn.memory is not None and self.state.guess is not None
        review = Review(turn.memory, turn.seat, self.state.guess, verdict, now)
        self._note_schedule(turn.memory, turn.seat)
        schedule = self.quizbook.review(turn.memory, turn.seat, verdict, now)
        self.state.quizzed.append(turn.memory)
        self.state.quiz_results.append((turn.seat, verdict))
        self.state.phase = Phase.REVEAL
        if self._recording is not None:
            self._recording.reviews.append(review)
        return QuizJudged(review, schedule)

    def _remember(self, key: MemoryKey, answer: AnswerValue, now: datetime, private: bool = False) -> AnswerSaved:
        existing = self.memories.get(key)
        memory = existing.with_answer(answer, now) if existing else Memory.first(key, answer, now, private)
        if private and not memory.private:
            memory = replace(memory, private=True)
        self._put_memory(memory)
        if existing is None:
            self.state.new_memories += 1
            self._put_schedule(key, other(key.owner), fsrs.Card(card_id=0, due=now))
        self.state.made[key] = self.state.turns_started
        return AnswerSaved(memory)

    # ---- bookkeeping for undo ----------------------------------------------

    def _put_memory(self, memory: Memory) -> None:
        if self._recording is not None and memory.key not in self._recording.memories:
            self._recording.memories[memory.key] = self.memories.get(memory.key)
        self._store_memory(memory.key, memory)

    def _store_memory(self, key: MemoryKey, memory: Memory | None) -> None:
        if memory is None:
            self.memories.pop(key, None)
        else:
            self.memories[key] = memory

    def _note_schedule(self, key: MemoryKey, guesser: int) -> None:
        if self._recording is not None and (key, guesser) not in self._recording.schedules:
            self._recording.schedules[(key, guesser)] = self.quizbook.get(key, guesser)

    def _put_schedule(self, key: MemoryKey, guesser: int, card: fsrs.Card) -> None:
        self._note_schedule(key, guesser)
        self.quizbook.put(key, guesser, card)

    def _action(self, name: str) -> _ActionScope:
        return _ActionScope(self, name)

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


class _ActionScope:
    """Records what an action changes so that `undo` can put it back; rolls back on error."""

    def __init__(self, session: Session, name: str) -> None:
        self.session = session
        self.entry = _Undo(name, codec.state_to_json(session.state))

    def __enter__(self) -> _Undo:
        self.session._recording = self.entry
        return self.entry

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        session = self.session
        session._recording = None
        if exc_type is not None:
            session.state = codec.state_from_json(self.entry.state)
            for key, memory in self.entry.memories.items():
                session._store_memory(key, memory)
            for (key, guesser), card in self.entry.schedules.items():
                if card is None:
                    session.quizbook.remove(key, guesser)
                else:
                    session.quizbook.put(key, guesser, card)
            return
        if session.ended:
            session._undo.clear()  # a finished session is summed up and saved; nothing to take back
            return
        session._undo.append(self.entry)
        del session._undo[:-UNDO_DEPTH]
