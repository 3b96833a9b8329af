"""A typed private answer can be passed from behind the curtain, with the mouse alone or the keyboard.

A playtest with the mouse only reached the closing's "What did I do tonight that you'd like a lot more of?":
the private screen had a text box and "Keep it secret", and clicked empty it said "Type an answer first, or
pass the card." with no Pass on it. Both closing cards were lost that way. Now the screen has "Pass this card",
and the empty answer names it.
"""

from __future__ import annotations

import pygame

from game.core.cards import AnswerType, Kind
from game.core.direction import quoted
from game.ui.private_answer import HIDE_TILL_BOTH, PASS_CARD, PrivateAnswerScene
from game.ui.scenes.round_progress import LAST_CARD, progress_words

from .date_night_tour import pledge, set_up, skip_to_the_closing
from .pilot import Pilot
from .test_scene_results import card_where, opened

EMPTY = "Type your answer first, or choose “Pass this card”."
SHORTER = "Passed. “Closing” has no other card to take its place, so it is a card shorter."


def at_the_closing(pilots) -> Pilot:
    """A date night's closing, its first card (each types in private) on the table, no one behind the curtain yet."""
    p = pilots(at_home=True)
    set_up(p, minutes=30)
    pledge(p)
    skip_to_the_closing(p)
    card = p.scene.card()  # type: ignore[attr-defined]
    assert card.kind is Kind.BOTH and card.answer_type is AnswerType.TEXT
    return p


def behind_the_curtain_by_mouse(p: Pilot) -> str:
    """Hand the laptop over and lift the curtain, by clicks; who is looking."""
    seat = p.scene.next_private_seat()  # type: ignore[attr-defined]
    name = quoted(p.services.couples()[0].name(seat))
    p.click(f"Hand the laptop to {name}")
    p.click(f"I'm {name} — show me")
    assert p.scene_name == "PrivateAnswerScene"
    return name


def passed_from_the_closing(p: Pilot, first: object) -> None:
    """The closing's first card was passed: the small thing comes, the count says the part is a card shorter."""
    assert p.scene_name == "DateNightPlayScene"
    session = p.scene.session  # type: ignore[attr-defined]
    assert session.state.passed == [first] and session.current.card != first
    assert progress_words(session) == LAST_CARD and p.shell.ui.toast_text == SHORTER
    assert not session.state.private and not session.state.made  # nothing typed for it was kept


def test_with_the_mouse_alone_an_empty_answer_names_the_pass_and_the_pass_goes_on(pilots) -> None:
    p = at_the_closing(pilots)
    first = p.scene.session.current.card  # type: ignore[attr-defined]
    behind_the_curtain_by_mouse(p)
    p.click(HIDE_TILL_BOTH)
    field = p.scene.input.field  # type: ignore[attr-defined]
    assert field.error == EMPTY and PASS_CARD in p.labels()  # what it names is on screen
    assert p.scene.scroller.viewport.contains(p.widget(PASS_CARD).rect)  # type: ignore[attr-defined]
    p.click(PASS_CARD)
    passed_from_the_closing(p, first)


def test_by_keys_alt_x_passes_from_the_answer_box(pilots) -> None:
    p = at_the_closing(pilots)
    first = p.scene.session.current.card  # type: ignore[attr-defined]
    p.press(pygame.K_RETURN)  # hand the laptop over
    p.press(pygame.K_RETURN)  # "I'm … — show me"
    assert p.scene_name == "PrivateAnswerScene" and p.scene.typing()
    p.press(pygame.K_RETURN)  # Enter with nothing typed
    assert p.scene.input.field.error == EMPTY  # type: ignore[attr-defined]
    p.press(pygame.K_x, mod=pygame.KMOD_ALT)
    passed_from_the_closing(p, first)


def test_by_keys_tab_reaches_the_pass_after_keep_it_secret(pilots) -> None:
    p = at_the_closing(pilots)
    first = p.scene.session.current.card  # type: ignore[attr-defined]
    p.press(pygame.K_RETURN)
    p.press(pygame.K_RETURN)
    p.press(pygame.K_TAB)
    assert p.scene.focused().label == HIDE_TILL_BOTH
    p.press(pygame.K_TAB)
    assert p.scene.focused().label == PASS_CARD
    p.press(pygame.K_RETURN)
    passed_from_the_closing(p, first)


def test_the_second_to_answer_may_pass_and_the_first_answer_is_not_kept(pilots) -> None:
    p = at_the_closing(pilots)
    first = p.scene.session.current.card  # type: ignore[attr-defined]
    behind_the_curtain_by_mouse(p)
    p.type("The way you laughed at the waiter")
    p.click(HIDE_TILL_BOTH)
    assert p.scene_name == "DateNightPlayScene" and len(p.scene.session.state.private) == 1  # type: ignore[attr-defined]
    behind_the_curtain_by_mouse(p)
    p.click(PASS_CARD)
    passed_from_the_closing(p, first)


def test_a_pick_has_no_pass_of_its_own_for_a_click_on_an_option_is_always_a_way_on(pilots) -> None:
    p = pilots(at_home=True)
    card = card_where(p, lambda c: c.kind is Kind.SCENARIO)
    opened(p, PrivateAnswerScene(p.shell.ui, card, "Zoë", "Łukasz", "#e07a5f"))
    assert PASS_CARD not in p.labels()
