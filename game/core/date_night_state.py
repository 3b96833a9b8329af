"""The date-night evening as plain data: its arc of steps, its tally, and a JSON codec that makes it resumable.

The director (date_night.py) plans and moves this state; the store keeps it as JSON between
commands, so closing the window mid-evening loses nothing — not even the time that remained.
Only the evening's effective depth and spicy choice are kept, never each partner's own cap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from .answers import Verdict
from .cards import CardKey
from .events import SessionSummary
from .memories import MemoryKey

LENGTHS = (30, 60, 90)


class Segment(StrEnum):
    """The arc, in the order an evening moves through it."""

    ARRIVE = "arrive"
    WARM_UP = "warm_up"
    QUIZ = "quiz"
    DEEPER = "deeper"
    BACK = "back"
    CLOSING = "closing"


ARC = tuple(Segment)
SEGMENT_NAMES = {
    Segment.ARRIVE: "Arrive",
    Segment.WARM_UP: "Warm-up",
    Segment.QUIZ: "How well do you know me?",
    Segment.DEEPER: "Going deeper",
    Segment.BACK: "Each other's back",
    Segment.CLOSING: "Closing",
}


class StepKind(StrEnum):
    PLEDGE = "pledge"  # phones down
    OPEN_NOTE = "open_note"  # the note sealed at the last date night
    CARDS = "cards"  # a segment's turns, played through one Session
    BREAK = "break"  # offered midway in 60 and 90 minute evenings
    SEAL_NOTE = "seal_note"  # an optional note for next time


class Status(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    #: A card part ended well ahead of its time: more of it is offered, to take or not (date_night_more.py).
    OFFERED = "offered"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass
class Step:
    kind: StepKind
    segment: Segment
    #: Planned minutes; for a card step, its budget (set again from the time left when it begins).
    minutes: float
    #: Card steps: the planned cards (the dealt ones once it began). Pledge: the pledge card.
    cards: list[CardKey] = field(default_factory=list)
    #: Further candidates, best first, should the step get more time than planned.
    spares: list[CardKey] = field(default_factory=list)
    #: The quiz step: how many quiz turns.
    quizzes: int = 0
    #: Never shortened by the clock (the pledge, the closing ritual, the notes).
    fixed: bool = False
    status: Status = Status.PENDING
    #: Seconds into the evening when the step began and ended.
    began: float | None = None
    ended: float | None = None
    #: A part being played when the limits changed: once the card on the table is done, it begins again within them.
    renew: bool = False
    #: Offered: the extra cards the couple may take (date_night_more.py).
    offer: list[CardKey] = field(default_factory=list)

    @property
    def open(self) -> bool:
        return self.status in (Status.PENDING, Status.ACTIVE)


@dataclass
class Tally:
    """What the evening's segments added up to."""

    cards_played: int = 0
    passed: int = 0
    new_memories: int = 0
    quiz_results: dict[int, dict[str, int]] = field(default_factory=lambda: {0: {}, 1: {}})
    sync: tuple[int, int] = (0, 0)
    #: The kinds of card the in-sync moments came from (`scoring.sync_kind`); none known in an evening saved before.
    sync_kinds: list[str] = field(default_factory=list)
    starred: list[CardKey] = field(default_factory=list)
    made: list[MemoryKey] = field(default_factory=list)
    played: list[CardKey] = field(default_factory=list)

    def add(self, summary: SessionSummary, made: Iterable[MemoryKey], dealt: Iterable[CardKey]) -> None:
        """A part's session ended: what it played, made and dealt joins the evening's."""
        self.cards_played += summary.cards_played
        self.passed += summary.passed
        self.new_memories += summary.new_memories
        for seat, results in summary.quiz_results.items():
            mine = self.quiz_results.setdefault(seat, {})
            for verdict, count in results.items():
                mine[verdict] = mine.get(verdict, 0) + count
        self.sync = (self.sync[0] + summary.in_sync[0], self.sync[1] + summary.in_sync[1])
        self.sync_kinds.extend(kind for kind in summary.sync_kinds if kind not in self.sync_kinds)
        self.starred.extend(key for key in summary.starred if key not in self.starred)
        self.made.extend(key for key in made if key not in self.made)
        self.played.extend(key for key in dealt if key not in self.played)

    def quiz(self, seat: int) -> tuple[int, int]:
        """(got it, asked) for the quizzes `seat` answered tonight."""
        results = self.quiz_results.get(seat, {})
        return results.get(Verdict.GOT_IT.value, 0), sum(results.values())


@dataclass
class EveningState:
    minutes: int
    depth: int
    max_level: int
    spicy: bool
    seed: int
    started_at: datetime
    steps: list[Step]
    index: int = 0
    #: Seconds of evening so far, up to `since`; while the window is closed nothing is counted.
    elapsed: float = 0.0
    since: datetime | None = None
    break_began: float | None = None
    tally: Tally = field(default_factory=Tally)
    ended: bool = False
    #: Paused because the couple chose "Go home": the game opens on Home, which offers it, not straight back into it
    #: (a window closed mid-evening, or a crash, chose nothing: that evening comes straight back).
    went_home: bool = False
    #: Whose turn the next part (or more of one) opens with: whoever was next when the last one stopped, so the
    #: partners take turns across the whole evening, not afresh in each part.
    next_seat: int = 0

    @property
    def seconds_left(self) -> float:
        """What is left of the chosen length as of the last command (time away is never counted)."""
        return self.minutes * 60 - self.elapsed

    def part(self) -> tuple[int, int]:
        """Which part of tonight's arc the evening is at, and of how many, as each part's opening counts them."""
        parts = [segment for segment, _ in self.arc(None)]
        current = self.steps[self.index].segment if self.index < len(self.steps) else ARC[-1]
        return (parts.index(current) + 1 if current in parts else len(parts)), len(parts)

    def arc(self, current: Segment | None) -> list[tuple[Segment, str]]:
        """The segments of tonight's arc, each 'done', 'now' (`current`), 'next' or 'skipped'."""
        out: list[tuple[Segment, str]] = []
        for segment in ARC:
            steps = [step for step in self.steps if step.segment is segment and step.kind is not StepKind.BREAK]
            if not steps:
                continue
            if segment is current:
                out.append((segment, "now"))
            elif all(step.status is Status.SKIPPED for step in steps):
                out.append((segment, "skipped"))
            elif all(not step.open for step in steps):
                out.append((segment, "done"))
            else:
                out.append((segment, "next"))
        return out


def _keys(keys: list[CardKey]) -> list[str]:
    return [str(key) for key in keys]


def _step_to_json(step: Step) -> dict[str, Any]:
    return {
        "kind": step.kind.value,
        "segment": step.segment.value,
        "minutes": step.minutes,
        "cards": _keys(step.cards),
        "spares": _keys(step.spares),
        "quizzes": step.quizzes,
        "fixed": step.fixed,
        "status": step.status.value,
        "began": step.began,
        "ended": step.ended,
        "renew": step.renew,
        "offer": _keys(step.offer),
    }


def _step_from_json(data: dict[str, Any]) -> Step:
    return Step(
        kind=StepKind(data["kind"]),
        segment=Segment(data["segment"]),
        minutes=float(data["minutes"]),
        cards=[CardKey.parse(key) for key in data.get("cards", [])],
        spares=[CardKey.parse(key) for key in data.get("spares", [])],
        quizzes=int(data.get("quizzes", 0)),
        fixed=bool(data.get("fixed", False)),
        status=Status(data.get("status", "pending")),
        began=data.get("began"),
        ended=data.get("ended"),
        renew=bool(data.get("renew", False)),
        offer=[CardKey.parse(key) for key in data.get("offer", [])],
    )


def _tally_to_json(tally: Tally) -> dict[str, Any]:
    return {
        "cards_played": tally.cards_played,
        "passed": tally.passed,
        "new_memories": tally.new_memories,
        "quiz_results": {str(seat): dict(results) for seat, results in tally.quiz_results.items()},
        "sync": list(tally.sync),
        "sync_kinds": list(tally.sync_kinds),
        "starred": _keys(tally.starred),
        "made": [[key.owner, key.deck_id, key.card_id] for key in tally.made],
        "played": _keys(tally.played),
    }


def _tally_from_json(data: dict[str, Any]) -> Tally:
    results = {int(seat): {str(k): int(v) for k, v in values.items()} for seat, values in data.get("quiz_results", {}).items()}
    hits, total = data.get("sync", (0, 0))
    return Tally(
        cards_played=int(data.get("cards_played", 0)),
        passed=int(data.get("passed", 0)),
        new_memories=int(data.get("new_memories", 0)),
        quiz_results={0: results.get(0, {}), 1: results.get(1, {})},
        sync=(int(hits), int(total)),
        sync_kinds=[str(kind) for kind in data.get("sync_kinds", [])],
        starred=[CardKey.parse(key) for key in data.get("starred", [])],
        made=[MemoryKey(int(owner), str(deck), str(card)) for owner, deck, card in data.get("made", [])],
        played=[CardKey.parse(key) for key in data.get("played", [])],
    )


def evening_to_json(state: EveningState) -> dict[str, Any]:
    return {
        "minutes": state.minutes,
        "depth": state.depth,
        "max_level": state.max_level,
        "spicy": state.spicy,
        "seed": state.seed,
        "started_at": state.started_at.isoformat(),
        "steps": [_step_to_json(step) for step in state.steps],
        "index": state.index,
        "elapsed": state.elapsed,
        "since": state.since.isoformat() if state.since else None,
        "break_began": state.break_began,
        "tally": _tally_to_json(state.tally),
        "ended": state.ended,
        "went_home": state.went_home,
        "next_seat": state.next_seat,
    }


def evening_from_json(data: dict[str, Any]) -> EveningState:
    since = data.get("since")
    return EveningState(
        minutes=int(data["minutes"]),
        depth=int(data["depth"]),
        max_level=int(data["max_level"]),
        spicy=bool(data["spicy"]),
        seed=int(data.get("seed", 0)),
        started_at=datetime.fromisoformat(data["started_at"]),
        steps=[_step_from_json(step) for step in data["steps"]],
        index=int(data.get("index", 0)),
        elapsed=float(data.get("elapsed", 0.0)),
        since=datetime.fromisoformat(since) if since else None,
        break_began=data.get("break_began"),
        tally=_tally_from_json(data.get("tally", {})),
        ended=bool(data.get("ended", False)),
        went_home=bool(data.get("went_home", False)),
        next_seat=int(data.get("next_seat", 0)),
    )
