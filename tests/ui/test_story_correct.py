"""Correct it, in Our memories: a saved answer put right from the list, a mistake and not a change."""

from __future__ import annotations

import pygame

from game.core.answers import show_date
from game.core.cards import CardKey
from game.core.memories import Memory

from .date_night_tour import remember_before
from .pilot import Pilot

BIRTHDAY = CardKey("important-dates", "birthday")
COFFEE = CardKey("favourite-details", "coffee-order")
NOT_TIRED = CardKey("best-friends", "least-true-im-not")


def memory_of(p: Pilot, card: CardKey) -> Memory:
    couple = p.services.couples()[0]
    (memory,) = [m for m in p.store.memories.all(couple.id).values() if m.key.card_key == card]
    return memory


def story_on(p: Pilot, card: CardKey) -> int:
    """Our memories open at the answer to `card`, chosen in the list; its row."""
    owner = memory_of(p, card).key.owner
    p.click("Our story")
    p.click(f"{p.services.couples()[0].name(owner)}'s answers")
    row = next(index for index, memory in enumerate(p.scene.shown) if memory.key.card_key == card)  # type: ignore[attr-defined]
    listing = p.widget("Memories")
    p.scene.focus_on(listing)
    for _ in range(row):
        p.press(pygame.K_DOWN)
    assert listing.selected == row  # type: ignore[attr-defined]
    return row


def test_a_wrong_date_is_corrected_from_our_story_and_stays_one_answer(pilots) -> None:
    p = pilots(at_home=True)
    remember_before(p, {BIRTHDAY: ("1994-12-03", "1994-12-03"), COFFEE: ("Tea", "Tea")}, days_ago=3)
    row = story_on(p, BIRTHDAY)
    assert ("C", "correct") in p.scene.hints
    p.key("c")
    assert p.scene_name == "CorrectAnswerScene"
    assert p.widget("Day").value == "3" and p.widget("Year").value == "1994"  # type: ignore[attr-defined]
    assert p.widget("Month").value == 12  # type: ignore[attr-defined]
    p.scene.focus_on(p.widget("Month"))
    p.press(pygame.K_LEFT, times=9)  # December back to March
    p.scene.focus_on(p.widget("Year"))
    p.press(pygame.K_BACKSPACE, times=4)
    p.type("1993")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "StoryScene"
    corrected = memory_of(p, BIRTHDAY)
    assert corrected.answer == "1993-03-03" and len(corrected.history) == 1
    assert p.shell.ui.toast_text.startswith("Corrected.")
    listing = p.widget("Memories")
    assert listing.selected == row  # type: ignore[attr-defined]
    assert show_date("1993-03-03") in listing.items[row].detail  # type: ignore[attr-defined]
    assert "changed" not in listing.items[row].detail  # type: ignore[attr-defined]


def test_a_choice_is_corrected_by_mouse_the_option_saved_marked(pilots) -> None:
    p = pilots(at_home=True)
    card = next(deck for deck in p.services.decks() if deck.id == NOT_TIRED.deck_id).card(NOT_TIRED.card_id)
    wrong, right = card.options[0], card.options[3]
    remember_before(p, {NOT_TIRED: (wrong, wrong)}, days_ago=3)
    row = story_on(p, NOT_TIRED)
    p.click("Correct it")
    assert p.scene_name == "CorrectAnswerScene"
    saved = p.widget(wrong)
    assert saved.chosen and p.scene.focused() is saved  # type: ignore[attr-defined]
    assert not p.widget(right).chosen  # type: ignore[attr-defined]
    p.click(right)
    assert p.scene_name == "StoryScene"
    corrected = memory_of(p, NOT_TIRED)
    assert corrected.answer == right and len(corrected.history) == 1 and len(corrected.drift()) == 1
    assert p.widget("Memories").selected == row  # type: ignore[attr-defined]


def test_a_bad_typed_answer_is_refused_under_the_field_and_nothing_is_saved(pilots) -> None:
    p = pilots(at_home=True)
    remember_before(p, {BIRTHDAY: ("1994-12-03", "1994-12-03")}, days_ago=3)
    before = memory_of(p, BIRTHDAY)
    story_on(p, BIRTHDAY)
    p.key("c")
    day = p.widget("Day")
    p.scene.focus_on(day)
    p.press(pygame.K_BACKSPACE)
    p.type("the thirty-first of Smarch")
    p.click("Save the correction")
    assert p.scene_name == "CorrectAnswerScene"
    assert day.error  # type: ignore[attr-defined]
    assert memory_of(p, BIRTHDAY) == before


def test_esc_goes_back_with_nothing_changed(pilots) -> None:
    p = pilots(at_home=True)
    card = next(deck for deck in p.services.decks() if deck.id == NOT_TIRED.deck_id).card(NOT_TIRED.card_id)
    said = "Tea, milk, no sugar"
    remember_before(p, {NOT_TIRED: (card.options[0],) * 2, BIRTHDAY: ("1994-12-03",) * 2, COFFEE: (said, said)}, days_ago=3)
    before = memory_of(p, COFFEE)
    row = story_on(p, COFFEE)
    assert row == 1, "the answer is the second in its list: the row chosen is kept, not the first"
    p.key("c")
    field = p.widget("Answer")
    assert field.value == said  # type: ignore[attr-defined]
    p.scene.focus_on(field)
    p.type(" and a biscuit")
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "StoryScene"
    assert memory_of(p, COFFEE) == before
    assert not p.shell.ui.toast_text.startswith("Corrected.")
    assert p.widget("Memories").selected == row  # type: ignore[attr-defined]
