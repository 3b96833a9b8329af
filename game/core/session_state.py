"""What a session is set up with and where it stands (SessionConfig, SessionState), and both as JSON-friendly
data and back: what makes a session resumable."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from .answers import AnswerValue, Verdict
from .cards import CardKey, Kind
from .dealing import DealFilters
from .events import TurnRef
from .memories import MemoryKey


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
    #: The seat whose turn the session opens with: a date night's parts go on from where the last one stopped.
    first: int = 0


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
    #: A quiz round's questions in all as its latest turn began: those asked, this one and those to come, up to
    #: its length ("Question 3 of 12"); 0 in a Play round, or in a quiz saved before it was counted.
    questions: int = 0
    #: Left with "Go home" (a break the couple chose): the game opens on Home, which offers to continue, not on the
    #: table. Any later command clears it; a window closed mid-round (nothing chosen) comes straight back.
    went_home: bool = False
    #: The cards a pass brought forward in the deal, in order, each as (from, to): see `first_deal`.
    moves: list[tuple[int, int]] = field(default_factory=list)

    @property
    def dealt(self) -> list[CardKey]:
        """The cards this round has dealt and seen through: played (quizzes aside), then passed."""
        return [turn.card for turn in self.completed if not turn.is_quiz] + list(self.passed)

    @property
    def changed_after_a_miss(self) -> bool:
        """Whether the owner may still say "that's changed" at a quiz's reveal: the game judged the guess itself (a
        pick, a scale, who, a number or a day) and it was not spot on, so there was no judging step to say it in; and
        they have not said it yet. A free-text guess is judged by the owner, who may say it then (Phase.JUDGE)."""
        turn = self.current
        return (
            self.phase is Phase.REVEAL
            and turn is not None
            and turn.memory is not None
            and self.suggestion not in (None, Verdict.GOT_IT)
            and self.made.get(turn.memory) != self.turns_started  # said this turn: the memory was made anew
        )

    def reveal_outcome(self) -> dict[str, Any]:
        """What the turn at its reveal step leaves in the history once moved on from: a quiz's guess and verdict,
        both private answers, or (nothing revealed) an action card done and its follow-ups talked over."""
        if self.current is not None and self.current.is_quiz:
            verdict = self.quiz_results[-1][1] if self.quiz_results else None
            return {"guess": self.guess, "verdict": verdict.value if verdict else None}
        if not self.private:
            return {"done": True}  # the same record as an action card with no follow-ups
        return {"answers": {str(seat): value for seat, value in self.private.items()}}


def _key(key: CardKey) -> str:
    return str(key)


def _memory(key: MemoryKey) -> list[Any]:
    return [key.owner, key.deck_id, key.card_id]


def _memory_from(data: list[Any]) -> MemoryKey:
    return MemoryKey(int(data[0]), str(data[1]), str(data[2]))


def _turn(turn: TurnRef | None) -> dict[str, Any] | None:
    if turn is None:
        return None
    return {
        "number": turn.number,
        "seat": turn.seat,
        "card": _key(turn.card),
        "memory": _memory(turn.memory) if turn.memory else None,
    }


def _turn_from(data: dict[str, Any] | None) -> TurnRef | None:
    if data is None:
        return None
    memory = data.get("memory")
    return TurnRef(int(data["number"]), int(data["seat"]), CardKey.parse(data["card"]), _memory_from(memory) if memory else None)


def first_deal(state: SessionState) -> list[CardKey]:
    """The deal as it was dealt, before any pass brought a card forward in it: what the store keeps, once.

    A saved round is its first deal and the moves made since, so that a round picked up again deals on in the
    order it had: with the deal as first dealt alone, a card brought forward for a pass was dealt again in its old
    place, and the round ended on a light card."""
    deal = list(state.deal)
    for source, place in reversed(state.moves):
        deal.insert(source, deal.pop(place))
    return deal


def _moved(deal: list[CardKey], moves: list[tuple[int, int]]) -> list[CardKey]:
    for source, place in moves:
        deal.insert(place, deal.pop(source))
    return deal


def state_to_json(state: SessionState) -> dict[str, Any]:
    return {
        # The whole deal (hundreds of keys) is written with every saved command and undo step: str(key), inlined.
        "deal": [f"{key.deck_id}/{key.card_id}" for key in first_deal(state)],
        "moves": [[source, place] for source, place in state.moves],
        "position": state.position,
        "turns_started": state.turns_started,
        "active": state.active,
        "current": _turn(state.current),
        "phase": state.phase.value,
        "private": {str(seat): value for seat, value in state.private.items()},
        "guess": state.guess,
        "suggestion": state.suggestion.value if state.suggestion else None,
        "hint": state.hint,
        "passed": [_key(key) for key in state.passed],
        "completed": [_turn(turn) for turn in state.completed],
        "made": [[*_memory(key), turn] for key, turn in state.made.items()],
        "quizzed": [_memory(key) for key in state.quizzed],
        "quiz_credit": state.quiz_credit,
        "starred": [_key(key) for key in state.starred],
        "quiz_results": [[seat, verdict.value] for seat, verdict in state.quiz_results],
        "sync": [[seat, hit] for seat, hit in state.sync],
        "new_memories": state.new_memories,
        "questions": state.questions,
        "went_home": state.went_home,
    }


def starred_from_json(data: dict[str, Any]) -> list[CardKey]:
    """The cards starred in a saved state (read alone by the export, which needs nothing else of it)."""
    return [CardKey.parse(key) for key in data.get("starred", [])]


def state_from_json(data: dict[str, Any]) -> SessionState:
    completed = [_turn_from(turn) for turn in data.get("completed", [])]
    moves = [(int(source), int(place)) for source, place in data.get("moves", [])]
    return SessionState(
        deal=_moved([CardKey.parse(key) for key in data.get("deal", [])], moves),
        moves=moves,
        position=int(data.get("position", 0)),
        turns_started=int(data.get("turns_started", 0)),
        active=int(data.get("active", 0)),
        current=_turn_from(data.get("current")),
        phase=Phase(data.get("phase", "answer")),
        private={int(seat): value for seat, value in data.get("private", {}).items()},
        guess=data.get("guess"),
        suggestion=Verdict(data["suggestion"]) if data.get("suggestion") else None,
        hint=data.get("hint"),
        passed=[CardKey.parse(key) for key in data.get("passed", [])],
        completed=[turn for turn in completed if turn is not None],
        made={_memory_from(item[:3]): int(item[3]) for item in data.get("made", [])},
        quizzed=[_memory_from(item) for item in data.get("quizzed", [])],
        quiz_credit=float(data.get("quiz_credit", 0.0)),
        starred=starred_from_json(data),
        quiz_results=[(int(seat), Verdict(verdict)) for seat, verdict in data.get("quiz_results", [])],
        sync=[(int(seat), bool(hit)) for seat, hit in data.get("sync", [])],
        new_memories=int(data.get("new_memories", 0)),
        questions=int(data.get("questions", 0)),
        went_home=bool(data.get("went_home", False)),
    )


def config_to_json(config: SessionConfig) -> dict[str, Any]:
    filters = asdict(config.filters)
    filters["kinds"] = sorted(kind.value for kind in config.filters.kinds) if config.filters.kinds else None
    out: dict[str, Any] = {
        "mode": config.mode.value,
        "deck_ids": list(config.deck_ids),
        "filters": filters,
        "length": config.length,
        "seed": config.seed,
    }
    if config.cards is not None:
        out["cards"] = [_key(key) for key in config.cards]
    if not config.quizzes:
        out["quizzes"] = False
    if config.first:
        out["first"] = config.first
    return out


def config_from_json(data: dict[str, Any]) -> SessionConfig:
    raw = dict(data.get("filters", {}))
    kinds = raw.pop("kinds", None)
    filters = DealFilters(**raw, kinds=frozenset(Kind(kind) for kind in kinds) if kinds else None)
    return SessionConfig(
        mode=Mode(data.get("mode", "play")),
        deck_ids=tuple(data.get("deck_ids", ())),
        filters=filters,
        length=data.get("length"),
        seed=int(data.get("seed", 0)),
        cards=tuple(CardKey.parse(key) for key in data["cards"]) if data.get("cards") is not None else None,
        quizzes=bool(data.get("quizzes", True)),
        first=int(data.get("first", 0)),
    )
