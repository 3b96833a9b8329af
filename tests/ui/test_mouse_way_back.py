"""With the mouse alone, every screen can be left: a click on a key hint presses its key, the mouse's back button
is Esc, and Quiz me with nothing to ask shows a way home."""

from __future__ import annotations

import pygame
import pytest

from game.core.session import Phase
from game.ui import routes
from game.ui.modals import QuestionScene

from .drawn import frame
from .pilot import Pilot
from .test_flows import deal
from .test_routes import SAMPLES, World, world  # noqa: F401  # world: the routes' couple, deck, round and evening
from .tour import play_turn

BACK_BUTTON = pygame.BUTTON_X1  # the thumb's back button: "button 8" on X11


def hint(p: Pilot, words: str) -> pygame.Rect:
    """Where the key hints at the foot of the screen show `words` (a key, or what it does), as drawn."""
    found = [d.ink for d in frame(p) if d.by == "shell" and d.text == words]
    assert found, f"no key hint '{words}' on {p.scene_name}: {[h for h in p.scene.hints]}"
    return found[-1]


def leave_by_mouse(p: Pilot, how: str) -> None:
    """Esc, with the mouse: a click on the footer's Esc, or the mouse's back button."""
    if how == "footer":
        p.click_at(hint(p, "Esc").center)
    else:
        p.click_at((5, 5), BACK_BUTTON)


@pytest.mark.parametrize("how", ["footer", "back button"])
@pytest.mark.parametrize("route", routes.all_routes(), ids=lambda route: route.__name__)
def test_every_screen_can_be_left_with_the_mouse_alone(world: World, route: type[routes.Route], how: str) -> None:  # noqa: F811
    p, ui = world.pilot, world.pilot.shell.ui
    ui.reset(routes.Home(world.couple))
    p.step()
    ui.push(SAMPLES[route](world))
    p.step()
    opened = ui.stack[1:]  # above Home (date night goes on to the part being played at once)
    for _ in range(2 * len(opened) + 2):
        if not any(scene in ui.stack for scene in opened):
            break
        if isinstance(p.scene, QuestionScene) and p.scene not in opened:  # "Take a break?": yes, with the mouse too
            p.click(p.scene.yes)
            continue
        leave_by_mouse(p, how)
    left = [type(scene).__name__ for scene in opened if scene in ui.stack]
    assert not left, f"{route.__name__}: {left} could not be left with the mouse ({how})"


def test_the_curtain_and_a_private_answer_can_be_left_with_the_mouse(pilots) -> None:
    p = pilots(at_home=True)
    deal(p)
    for _ in range(40):
        if p.scene.session.phase is Phase.PRIVATE:
            break
        play_turn(p)
    assert p.scene.session.phase is Phase.PRIVATE, "no card to answer in private was dealt"
    hand_over = next(w.label for w in p.scene.widgets if w.label.startswith("Hand the laptop"))
    p.click(hand_over)
    assert p.scene_name == "CurtainScene"
    p.click_at(hint(p, "not now").center)  # the words of a hint are part of it, as its key is
    assert p.scene_name == "PlayScene"
    p.click(hand_over)
    p.click(next(w.label for w in p.scene.widgets if w.label.startswith("I'm")))
    private = p.scene
    assert private.modal is False and p.scene_name != "PlayScene"
    p.click_at(hint(p, "Esc").center)
    assert p.scene_name == "PlayScene" and private not in p.shell.ui.stack
    p.click(hand_over)
    p.click_at((5, 5), BACK_BUTTON)
    assert p.scene_name == "PlayScene"


def test_quiz_me_with_nothing_due_shows_a_way_home(pilots) -> None:
    p = pilots(at_home=True)
    p.click("Quiz me")
    assert p.scene_name == "SetupScene" and p.scene.widget("Start the quiz") is None
    assert p.scene.focused() is p.widget("Back home"), "Enter, or a click, goes home"
    p.click("Back home")
    assert p.scene_name == "HomeScene"


def test_a_click_on_a_hint_presses_its_key_and_not_the_letter_in_the_field(pilots) -> None:
    p = pilots(at_home=True)
    deal(p)
    for _ in range(40):
        if p.scene.typing():
            break
        play_turn(p)
    assert p.scene.typing(), "no answer to type was dealt"
    p.type("tea")
    turn = p.scene.session.current
    p.click_at(hint(p, "Alt+S").center)
    assert turn.card in p.scene.session.state.starred
    assert p.scene.input.field.value == "tea", "the chord acted; it typed nothing"


def test_a_press_that_slides_off_a_hint_presses_nothing(pilots) -> None:
    p = pilots(at_home=True)
    p.click("Our story")
    esc = hint(p, "Esc")
    p.click_at(esc.center, up_at=(esc.centerx, esc.top - 200))
    assert p.scene_name == "StoryScene"
    p.click_at(esc.center)
    assert p.scene_name == "HomeScene"


def test_each_key_of_a_hint_of_two_is_pressed_by_its_own_half(pilots) -> None:
    p = pilots(at_home=True)
    p.click("Settings")
    volume = p.widget("Volume")
    p.scene.focus_on(volume)
    before = volume.value
    keys = hint(p, "←→")
    p.click_at((keys.right - 2, keys.centery))
    assert volume.value > before
    p.click_at((keys.left + 2, keys.centery))
    p.click_at((keys.left + 2, keys.centery))
    assert volume.value < before


def test_a_range_of_keys_is_only_a_reminder(pilots) -> None:
    p = pilots(at_home=True)
    p.click("Our story")
    section, focused = p.scene.current, p.scene.focused()
    p.click_at(hint(p, "1–5").center)  # which of the five? it does not say: nothing happens
    assert p.scene_name == "StoryScene" and p.scene.current is section and p.scene.focused() is focused
    p.click_at(hint(p, "section").center)
    assert p.scene.current is section and p.scene.focused() is focused
    p.click_at(hint(p, "move").center)  # the hint beside it is a button
    assert p.scene.focused() is not focused


def test_a_click_on_tab_moves_the_focus_and_shows_the_ring(pilots) -> None:
    p = pilots(at_home=True)
    p.click("Settings")
    focused = p.scene.focused()
    p.click_at(hint(p, "move").center)
    assert p.scene.focused() is not focused and p.shell.ui.show_focus
