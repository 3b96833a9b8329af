"""Keys typed as fast as a person types, in the same frame as the screen that takes them appears: none is lost, and
none is half taken (the curtain takes nothing typed, so an answer never starts with its first words gone)."""

from __future__ import annotations

import pygame

from game.ui.modals import TYPED_TOO_SOON

from .test_flows import behind_the_curtain_on_a_private_text

ANSWER = "Leave the good mug out"


def keys(text: str) -> list[pygame.event.Event]:
    """What a keyboard sends for `text`: each key down, its text, and the key let go."""
    events = []
    for char in text:
        code = pygame.K_SPACE if char == " " else ord(char.lower())
        mod = pygame.KMOD_LSHIFT if char.isupper() else 0
        events += [
            pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode=char, scancode=0),
            pygame.event.Event(pygame.TEXTINPUT, text=char),
            pygame.event.Event(pygame.KEYUP, key=code, mod=mod, unicode=char, scancode=0),
        ]
    return events


def enter() -> list[pygame.event.Event]:
    return [
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r", scancode=0),
        pygame.event.Event(pygame.KEYUP, key=pygame.K_RETURN, mod=0, unicode="\r", scancode=0),
    ]


def at_the_hand_over(pilots):  # type: ignore[no-untyped-def]
    p = pilots(at_home=True)
    hand = behind_the_curtain_on_a_private_text(p)
    p.press(pygame.K_ESCAPE)  # handed back: the laptop is to be handed over again
    assert p.scene_name == "PlayScene"
    p.scene.focus_on(p.widget(hand))
    return p


def test_an_answer_typed_in_the_frame_the_curtain_lifts_is_kept_whole(pilots):
    p = at_the_hand_over(pilots)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CurtainScene"
    p.step([*enter(), *keys(ANSWER)])
    assert p.scene_name == "PrivateAnswerScene"
    assert p.scene.input.field.value == ANSWER


def test_an_answer_typed_while_the_curtain_is_still_up_is_not_half_taken(pilots):
    p = at_the_hand_over(pilots)
    p.step([*enter(), *keys(ANSWER)])  # Enter on "Hand the laptop to …", and typing at once
    assert p.scene_name == "CurtainScene", "a Space between the words lifted the curtain"
    curtain = p.scene
    assert p.shell.ui.toast_text == TYPED_TOO_SOON.format(name=curtain.to_name)
    p.step([*enter(), *keys(ANSWER)])  # Enter, as the curtain asks, then the answer again
    assert p.scene_name == "PrivateAnswerScene"
    assert p.scene.input.field.value == ANSWER, "nothing typed on the curtain reached the answer"
    assert p.shell.ui.toast_left <= 0, "the word about typing on the curtain goes with the curtain"


def test_typing_on_after_a_click_on_just_between_us_adds_to_the_answer_and_passes_nothing(pilots):
    from .test_play_loop import _on_an_aloud_card

    p = pilots(at_home=True)
    turn = _on_an_aloud_card(p)
    p.step(keys("Leave the good"))
    p.click("Just between us")
    assert p.scene.private_toggle.value, "the click switched it on"
    assert ("Alt+X", "pass") in p.scene.hints, "a plain X would be typed, and the chips say so"
    p.step(keys(" mug out, six spoons and a cup"))  # x, u, s and e: Pass, Undo, Star, End session without Alt
    assert p.scene_name == "PlayScene" and p.scene.session.current == turn, "nothing passed, starred or ended"
    assert p.scene.input.field.value == "Leave the good mug out, six spoons and a cup"
    assert p.scene.focused() is p.scene.input.field
    assert turn.card not in p.scene.session.state.starred


def test_a_plain_letter_with_the_focus_beside_a_typed_answer_goes_into_it(pilots):
    from .test_play_loop import _on_an_aloud_card

    p = pilots(at_home=True)
    turn = _on_an_aloud_card(p)
    p.step(keys("Tea"))
    p.press(pygame.K_TAB)  # on to "Save …" by keyboard
    assert not p.scene.focused().typing
    p.step(keys("x"))
    assert p.scene.session.current == turn and p.scene.input.field.value == "Teax", "X with words typed is typed"
    p.press(pygame.K_x, mod=pygame.KMOD_LALT)  # Alt+X still passes
    assert p.scene.session.current != turn
