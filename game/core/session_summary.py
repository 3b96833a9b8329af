"""What a sitting adds up to: cards played, memories made, quiz results, in sync, starred moments."""

from __future__ import annotations

from .answers import AnswerValue
from .cards import CardKey
from .events import SessionSummary
from .memories import MemoryKey
from .turn_order import Table, consented


def summarize(session: Table) -> SessionSummary:
    s = session.state
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
        starred=tuple(key for key in s.starred if consented(session, key)),
        starred_answers=tuple((key, answers_to(session, key)) for key in s.starred if consented(session, key)),
    )


def answers_to(session: Table, card: CardKey) -> tuple[tuple[int, AnswerValue], ...]:
    """The answers to `card` that this session gave or quizzed, by seat: what a starred moment was about."""
    touched = set(session.state.made) | set(session.state.quizzed)
    out = []
    for seat in (0, 1):
        key = MemoryKey(seat, card.deck_id, card.card_id)
        memory = session.memories.get(key)
        if key in touched and memory is not None:
            out.append((seat, memory.answer))
    return tuple(out)
