"""Forget this, in Our memories: one saved answer forgotten for good, asked twice, by key or by button."""

from __future__ import annotations

import pygame

from game.core.cards import CardKey
from game.ui.scenes.story_marks import WAIT_FOR_THE_ROUND

from .date_night_tour import remember_before
from .pilot import Pilot
from .test_flows import deal
from .test_story_correct import BIRTHDAY, COFFEE, memory_of, story_on


def answers_to(p: Pilot, card: CardKey) -> int:
    couple = p.services.couples()[0]
    return sum(1 for key in p.store.memories.all(couple.id) if key.card_key == card)


def test_f_asks_twice_in_words_that_say_it_is_gone_for_good_and_then_forgets_it(pilots) -> None:
    p = pilots(at_home=True)
    remember_before(p, {BIRTHDAY: ("1994-12-03", "1994-12-03"), COFFEE: ("Flat white", "Tea")}, days_ago=3)
    key = memory_of(p, BIRTHDAY).key
    story_on(p, BIRTHDAY)
    assert ("F", "forget") in p.scene.hints
    p.key("f")
    assert p.scene.question == "Forget this answer?"
    assert "3 December" in p.scene.detail and "go from Kindred for good" in p.scene.detail
    assert p.scene.focused().label == "Keep it"  # Enter alone never forgets
    p.click("Forget it")
    assert p.scene.question == "Forget it for good?" and "nothing can bring it back" in p.scene.detail
    assert p.scene.focused().label == "Keep it"
    p.click("Forget it for good")
    assert p.scene_name == "StoryScene" and p.shell.ui.toast_text == "Forgotten. It is gone from Kindred for good."
    couple = p.services.couples()[0]
    assert key not in p.store.memories.all(couple.id)
    assert all(memory.key != key for memory in p.scene.shown)  # type: ignore[attr-defined]
    assert answers_to(p, COFFEE) == 1  # the other answers stay


def test_keep_it_or_esc_either_time_keeps_the_answer(pilots) -> None:
    p = pilots(at_home=True)
    remember_before(p, {BIRTHDAY: ("1994-12-03", "1994-12-03"), COFFEE: ("Flat white", "Tea")}, days_ago=3)
    story_on(p, BIRTHDAY)
    p.key("f")
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "StoryScene"
    p.click("Forget this")  # the mouse's way
    p.click("Forget it")
    p.click("Keep it")
    assert p.scene_name == "StoryScene" and answers_to(p, BIRTHDAY) == 1


def test_nothing_is_forgotten_while_a_round_waits_whose_saved_place_may_hold_it(pilots) -> None:
    """An open round keeps its place (and its undo) beside its state, which may hold the answer: Forget waits for it."""
    p = pilots(at_home=True)
    remember_before(p, {BIRTHDAY: ("1994-12-03", "1994-12-03"), COFFEE: ("Flat white", "Tea")}, days_ago=3)
    deal(p)
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    assert p.services.has_open_session(p.services.couples()[0])
    story_on(p, BIRTHDAY)
    p.key("f")
    assert p.scene_name == "StoryScene" and p.shell.ui.toast_text == WAIT_FOR_THE_ROUND
    assert answers_to(p, BIRTHDAY) == 1
