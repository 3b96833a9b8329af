"""A card both partners answered and saw revealed is played, whichever button leaves it.

"Move on" at date night and "End session" in Play, pressed with the answers on the table, keep the card
in the count, in the played turns and among the cards seen, as "Next card" would.
"""

from __future__ import annotations

import pygame

from game.core.cards import CardKey
from game.core.date_night_state import StepKind
from game.core.session import Phase

from .date_night_tour import play_turn as play_evening_turn
from .date_night_tour import pledge, run_evening, set_up
from .test_flows import deal
from .test_play_loop import _play_rounds_until


def revealed(scene) -> bool:  # type: ignore[no-untyped-def]
    """Both partners' answers to a card (not a quiz) are on the table."""
    turn = scene.session.current
    return scene.session.phase is Phase.REVEAL and turn is not None and not turn.is_quiz


def played_and_seen(p, card: CardKey) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    couple = p.services.couples()[0]
    turns = p.services.store.sessions.turns(couple.id)
    played = any((row["deck_id"], row["card_id"]) == (card.deck_id, card.card_id) for row in turns)
    return played, card in p.services.store.sessions.recently_seen(couple.id)


def cards_in_turns(p, last_session_only: bool = False) -> int:  # type: ignore[no-untyped-def]
    """How many cards (not quizzes) the stored turns hold: of every session, or of the latest one."""
    couple = p.services.couples()[0]
    rows = [row for row in p.services.store.sessions.turns(couple.id) if row["kind"] not in ("quiz", "check")]
    latest = max((row["session"] for row in rows), default=None)
    return sum(1 for row in rows if not last_session_only or row["session"] == latest)


def test_date_night_move_on_from_revealed_answers_counts_the_card_as_played_and_seen(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=60)
    pledge(p)
    for _ in range(200):
        if p.scene_name == "DateNightPlayScene" and revealed(p.scene):
            break
        if p.scene_name == "DateNightPlayScene":
            play_evening_turn(p)
        elif p.scene.evening.step.kind is StepKind.BREAK:  # type: ignore[attr-defined]
            p.click("Keep going")
        else:
            p.press(pygame.K_RETURN)  # deal the next part
    else:
        raise AssertionError("no card was answered by both")
    card = p.scene.session.current.card  # type: ignore[attr-defined]
    p.key("e")
    p.click("Move on")
    assert p.scene_name == "DateNightScene"
    evening = p.scene.evening  # type: ignore[attr-defined]
    assert card in evening.state.tally.played
    assert played_and_seen(p, card) == (True, True)
    run_evening(p, star=None)
    keepsake = p.scene.keepsake  # type: ignore[attr-defined]
    assert keepsake.cards_played == evening.state.tally.cards_played == cards_in_turns(p)
    assert f"{keepsake.cards_played} cards played" in keepsake.headline()


def test_play_end_session_from_revealed_answers_counts_the_card_as_played_and_seen(pilots) -> None:
    p = pilots(at_home=True)
    scene = _play_rounds_until(p, deal, revealed, 12, "no round dealt a card both answer")
    card = scene.session.current.card
    before = sum(1 for turn in scene.session.state.completed if not turn.is_quiz)
    p.key("e")
    p.click("End and see summary")
    p.advance(0.2)
    assert p.scene_name == "SummaryScene"
    summary = p.scene.summary  # type: ignore[attr-defined]
    assert summary.cards_played == before + 1 == cards_in_turns(p, last_session_only=True)
    assert p.scene.lines()[0].startswith(f"{before + 1} card")  # type: ignore[attr-defined]
    assert played_and_seen(p, card) == (True, True)
