"""A round keeps its promises: whatever is answered, passed, skipped, undone, or left with the window closed and
picked up again, no card is offered twice in one round, and the round still ends on its closer or its deepest card.

A couple passed card 5 of a 12-card round; the card that took its place came back as card 12, the last one,
after they had closed the window on card 10 and carried on. A pass brings a card of its level forward from
beyond the round so the round still climbs, but the store keeps the deal as first dealt: picked up again, the
round had the card back in its old place, dealt it twice and ended on a light card.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.autoplay import next_command
from game.core.card_shapes import CLOSER
from game.core.cards import Card, CardKey, Kind
from game.core.dealing import DealFilters
from game.core.partner_quiz import QuizBook
from game.core.session import Phase, Session, SessionConfig
from game.core.session_commands import Complete, PassCard, Talked
from game.core.session_state import state_from_json
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir
from tests.property.hang_guard import no_hang

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
DECKS = {deck.id: deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks}
#: What a couple can do with the card in front of them, and closing the window to carry on later.
STEPS = ("play", "play", "play", "pass", "skip", "undo", "reopen")


def reopened(session: Session, dealt: list[str]) -> Session:
    """The session as the store gives it back after the window closed: the deal as first saved, the rest as last."""
    data: dict[str, Any] = session.to_json()
    data["deal"] = list(dealt)
    return Session(session.config, session.decks, session.memories, session.quizbook, state_from_json(data), data.get("undo"))


def on_show(session: Session) -> list[CardKey]:
    """The cards of this round offered so far: played (quizzes aside), passed, and the one on the table."""
    s = session.state
    table = [s.current.card] if s.current is not None and not s.current.is_quiz else []
    return [*s.dealt, *table]


def skip(session: Session, card: Card) -> Complete | Talked:
    """Moving on without a note: "we just talked" on a card that remembers, done on the rest."""
    return Talked() if card.kind is Kind.ASK and card.remembered and session.phase is Phase.ANSWER else Complete()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**31 - 1),
    length=st.integers(4, 16),
    openers=st.booleans(),
    steps=st.lists(st.sampled_from(STEPS), min_size=10, max_size=80),
)
def test_no_card_is_offered_twice_in_a_round(seed: int, length: int, openers: bool, steps: list[str]) -> None:
    chosen = tuple(sorted(d.id for d in DECKS.values() if not d.opt_in and (openers or d.id != "openers-and-closers")))
    config = SessionConfig(deck_ids=chosen, filters=DealFilters(max_level=3), length=length, seed=seed)
    session = Session(config, DECKS, {}, QuizBook())
    rng = random.Random(seed)
    with no_hang(f"a round of {length} cards from seed {seed}"):
        session.begin(NOW)
        dealt = [str(key) for key in session.state.deal]  # what the store keeps of the deal: saved once
        first_run = [session.card(key) for key in session.state.deal[:length]]
        moves = iter(steps)
        for minute in range(10 * length + len(steps)):
            if session.ended:
                break
            now = NOW + timedelta(minutes=minute)
            card = session.current_card()
            step = next(moves, "play")
            if step == "reopen":
                session = reopened(session, dealt)
            elif step == "undo" and session.can_undo():
                session.undo(now)
            elif step == "pass" and session.phase not in (Phase.REVEAL, Phase.JUDGE):
                session.apply(PassCard(), now)
            elif step == "skip" and session.phase in (Phase.ANSWER, Phase.REVEAL):
                session.apply(skip(session, card), now)
            else:
                session.apply(next_command(session, rng), now)
            shown = on_show(session)
            assert len(shown) == len(set(shown)), f"a card offered twice: {[str(k) for k in shown]}"
    assert session.ended
    played = [session.card(turn.card) for turn in session.state.completed if not turn.is_quiz]
    assert len(played) == length
    last = played[-1]
    assert last is not None
    if any(card is not None and CLOSER in card.tags for card in first_run):
        assert CLOSER in last.tags, f"the round ended on {last.key}, not a closer"
    else:
        assert last.level == max(card.level for card in played if card is not None), f"the round ended light: {last.key}"
