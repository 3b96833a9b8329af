"""What a sitting adds up to: cards played, memories made, quiz results, in sync, starred moments; and how one
partner did in the quizzes about the other, in words that read naturally for any count (`quiz_words`)."""

from __future__ import annotations

from .answers import AnswerValue
from .cards import CardKey
from .events import SessionSummary, TurnRef
from .memories import MemoryKey
from .scoring import sync_kind
from .session_state import Mode, Phase
from .turn_order import Table, cards_left, consented


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
        quiz_round=session.config.mode is Mode.QUIZ,
        sync_kinds=sync_kinds(session),
    )


def revealed_on_table(session: Table) -> TurnRef | None:
    """The turn on the table once its card is answered and revealed: ending the round keeps it as played."""
    turn = session.state.current
    answered = session.state.phase is Phase.REVEAL and turn is not None and session.card(turn.card) is not None
    return turn if answered else None


def played_if_ended(session: Table) -> int:
    """The cards a round would count as played if it ended now: a card answered and revealed on the table counts,
    as ending keeps it (Session.end), so "2 cards played so far" is never followed by "ended after 3 cards"."""
    turn = revealed_on_table(session)
    revealed = turn is not None and not turn.is_quiz
    return sum(1 for done in session.state.completed if not done.is_quiz) + revealed


def sync_kinds(session: Table) -> tuple[str, ...]:
    """The kinds of card (`scoring.sync_kind`) among the cards this round revealed, once each, in the order played:
    the in-sync moments counted came from these and no others."""
    kinds: dict[str, None] = {}
    for turn in session.state.completed:
        card = session.card(turn.card) if not turn.is_quiz else None
        kind = sync_kind(card) if card is not None else None
        if kind is not None:
            kinds[kind] = None
    return tuple(kinds)


def stopped_early(session: Table) -> bool:
    """Whether a round ending now leaves out what it had counted on: a quiz's questions still to ask, or a Play
    round's cards before its length (an endless round, or a date night's part, ends when the couple say)."""
    s, config = session.state, session.config
    if config.mode is Mode.QUIZ:
        return len(s.completed) < s.questions
    if config.length is None or config.cards is not None:
        return False
    played = sum(1 for turn in s.completed if not turn.is_quiz)
    return played < config.length and (s.current is not None or cards_left(session))


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


def quiz_words(who: str, whom: str, got: int, close: int, missed: int) -> str:
    """How `who` did in a sitting's quizzes about `whom`: "Sam knew 3 of 5 things about Alex and came close on 2."

    One question reads as one ("the one thing asked"), none right is never "knew 0", all alike say so ("both",
    "all 4"), and a miss is something new learned. "" when nothing was asked.
    """
    asked = got + close + missed
    if not asked:
        return ""
    if asked == 1:
        said = "knew" if got else "came close on" if close else ""
        return f"{who} {said} the one thing asked about {whom}." if said else f"{who} learned something new about {whom}."
    every = "both" if asked == 2 else f"all {asked}"
    if got == asked or close == asked:
        return f"{who} {'knew' if got else 'came close on'} {every} things asked about {whom}."
    if missed == asked:
        return f"{who} learned {asked} new things about {whom}."
    lead = f"knew {got}" if got else f"came close on {close}"
    parts = [f"{lead} of {asked} things about {whom}"]
    if got and close:
        parts.append(f"came close on {close}")
    if missed:
        parts.append("learned something new" if missed == 1 else f"learned {missed} new things")
    return f"{who} {', '.join(parts[:-1])} and {parts[-1]}."
