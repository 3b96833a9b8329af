"""Undo after the window closed: a round continued can take back its last answer, as it could before closing.

Before, Undo's steps lived only while the window was open: close it mid-round after answering a card, start
again, continue the round, and Undo had nothing to take back though the last answer had just been given.
Now the round's last steps are kept with it, back to its last answer, and count for as long as nothing has
been played since (another game, or the answer put right in Our story, would be undone with them).
"""

from __future__ import annotations

import pygame

from game.core.cards import AnswerType, Card, Kind
from game.core.session import Phase

from .date_night_tour import play_turn, pledge, set_up
from .pilot import Pilot
from .test_flows import deal, play_until
from .tour import play_turn as play_turn_in_play

ANSWER = "Toast with honey, cut in triangles"


def on_a_typed_answer(p: Pilot) -> None:
    def typed(q: Pilot) -> bool:
        card = q.scene.card()  # type: ignore[attr-defined]
        remembered = card.kind is Kind.ASK and card.remembered and card.answer_type is AnswerType.TEXT
        return q.scene.session.phase is Phase.ANSWER and remembered  # type: ignore[attr-defined]

    play_until(p, typed)


def answered_then_closed(pilots) -> tuple[Pilot, Card]:  # type: ignore[no-untyped-def]
    """A round dealt, a card answered with `ANSWER`, the window closed; returns the new window and that card."""
    p = pilots(at_home=True)
    deal(p)
    on_a_typed_answer(p)
    card = p.scene.card()  # type: ignore[attr-defined]
    p.type(ANSWER)
    p.press(pygame.K_RETURN)
    assert p.scene.session.current.card != card.key  # type: ignore[attr-defined]
    p.close()
    return pilots(), card


def home(p: Pilot) -> None:
    """From the title into the round (it opens where it stopped), then a break: Home."""
    p.press(pygame.K_RETURN)
    assert p.scene_name == "PlayScene"
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    assert p.scene_name == "HomeScene"


def answers(p: Pilot) -> list[str]:
    couple = p.services.couples()[0]
    return [str(memory.answer) for memory in p.services.store.memories.all(couple.id).values()]


def test_undo_takes_back_the_last_answer_of_a_round_continued_after_the_window_closed(pilots) -> None:
    q, card = answered_then_closed(pilots)
    q.press(pygame.K_RETURN)  # Continue where you stopped
    assert q.scene_name == "PlayScene"
    assert ANSWER in answers(q)
    undo = q.widget("Undo")
    assert undo.enabled, "the answer just given can be taken back"
    q.click("Undo")
    assert q.shell.ui.toast_text == "Taken back."
    assert q.scene.session.current.card == card.key  # type: ignore[attr-defined]
    assert q.scene.session.phase is Phase.ANSWER  # type: ignore[attr-defined]
    assert ANSWER not in answers(q), "and the store forgets it"
    turns = q.services.store.sessions.turns(q.services.couples()[0].id)
    assert all((t["deck_id"], t["card_id"]) != (card.deck_id, card.id) for t in turns)
    q.type("Marmite, thinly")  # answered again, as they meant to
    q.press(pygame.K_RETURN)
    assert "Marmite, thinly" in answers(q) and ANSWER not in answers(q)


def test_undo_is_empty_when_the_answer_was_put_right_since(pilots) -> None:
    """Our story's "Correct it" between closing and continuing: Undo would take back the corrected answer too."""
    q, _card = answered_then_closed(pilots)
    home(q)
    couple = q.services.couples()[0]
    key = next(key for key, memory in q.services.store.memories.all(couple.id).items() if memory.answer == ANSWER)
    q.services.correct_answer(couple, key, "Toast with honey, cut in squares")
    q.shell.ui.stack[-1].refresh()
    q.click("Continue where you stopped")
    assert q.scene_name == "PlayScene"
    assert not q.widget("Undo").enabled


def part_answered_then_closed(pilots) -> Pilot:  # type: ignore[no-untyped-def]
    """A date night's first part, a turn played, the window closed; the new window, at the evening again."""
    p = pilots(at_home=True)
    set_up(p, minutes=60)
    pledge(p)
    p.press(pygame.K_RETURN)  # Deal the cards
    assert p.scene_name == "DateNightPlayScene"
    while not p.scene.session.state.completed:  # type: ignore[attr-defined]
        play_turn(p)
    p.close()
    q = pilots()
    q.later(minutes=5)
    return q


def test_a_date_nights_part_continued_after_the_window_closed_can_take_back_its_last_turn(pilots) -> None:
    q = part_answered_then_closed(pilots)
    q.press(pygame.K_RETURN)
    assert q.scene_name == "DateNightPlayScene"
    assert q.widget("Undo").enabled
    q.click("Undo")
    assert not q.scene.session.state.completed  # type: ignore[attr-defined]


def test_undo_is_empty_when_another_game_was_played_since(pilots) -> None:
    """Between closing and going on with the evening, a Play round: the part's Undo would reach back past it."""
    q = part_answered_then_closed(pilots)
    q.press(pygame.K_RETURN)
    q.press(pygame.K_ESCAPE)
    q.click("Go home")
    assert q.scene_name == "HomeScene"
    deal(q)
    play_turn_in_play(q)
    q.later(minutes=5)
    q.press(pygame.K_ESCAPE)
    q.click("Go home")
    q.click(next(label for label in q.labels() if label.startswith("Carry on your date night")))
    if q.scene_name == "RoundInProgressScene":
        q.click(q.labels()[0])  # end the round to go on with the evening
    assert q.scene_name == "DateNightPlayScene", q.scene_name
    assert not q.widget("Undo").enabled, "a round was played since"
