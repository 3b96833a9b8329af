"""Settings' text size is a − and a + that stop at either end: one click from Largest never lands on Small, and the
control stays under the pointer as the page reflows, so the next click lands on it again. Every button is one height."""

from __future__ import annotations

import pygame
import pytest

from game.ui.scenes.settings import SIZES
from game.ui.stepper import Stepper
from game.ui.widgets import Button

from .pilot import Pilot


def stepper(p: Pilot) -> Stepper:
    found = next(w for w in p.scene.widgets if isinstance(w, Stepper))
    assert found.label == f"Text size: {p.shell.ui.settings['text_size'].capitalize()}"
    return found


def settings_at(pilots, size: tuple[int, int], text_size: str) -> Pilot:  # type: ignore[no-untyped-def]
    p = pilots(at_home=True, size=size)
    p.shell.ui.set("text_size", text_size)
    p.click("Settings")
    return p


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1216, 720), (1280, 800), (960, 540)])
def test_the_same_spot_clicked_again_and_again_steps_down_to_small_and_back_up(pilots, size) -> None:
    p = settings_at(pilots, size, "largest")
    less, more = stepper(p).parts(p.shell.ui)
    for expected in reversed(SIZES[:-1]):  # the hand stays where it clicked
        p.click_at(less.center)
        assert p.shell.ui.settings["text_size"] == expected
        assert stepper(p).parts(p.shell.ui)[0].collidepoint(less.center), f"at {expected}, − moved from under the pointer"
    p.click_at(less.center)
    assert p.shell.ui.settings["text_size"] == "small", "at the smallest, − does nothing"
    more = stepper(p).parts(p.shell.ui)[1]
    for expected in SIZES[1:]:
        p.click_at(more.center)
        assert p.shell.ui.settings["text_size"] == expected
        assert stepper(p).parts(p.shell.ui)[1].collidepoint(more.center), f"at {expected}, + moved from under the pointer"


@pytest.mark.parametrize("size", [(960, 540), (1280, 720)])
@pytest.mark.parametrize("text_size", SIZES)
def test_the_buttons_are_one_height(pilots, size, text_size) -> None:
    """Theme, cards, passphrase, export and erase: a slider on the same line never makes one taller than the rest."""
    p = settings_at(pilots, size, text_size)
    heights = {w.label: w.rect.height for w in p.scene.widgets[:-1] if isinstance(w, Button)}
    assert len(heights) >= 5 and len(set(heights.values())) == 1, heights


def test_at_largest_nothing_goes_round_to_small(pilots) -> None:
    p = settings_at(pilots, (1024, 600), "largest")
    control = stepper(p)
    p.click_at(control.parts(p.shell.ui)[1].center)  # the +, faded
    p.click_at(control.rect.center)  # the words
    p.scene.focus_on(stepper(p))
    p.press(pygame.K_RETURN)
    p.press(pygame.K_RIGHT)
    assert p.shell.ui.settings["text_size"] == "largest"
    assert p.scene.focused() is stepper(p), "the arrow at the end stays on the control"


def test_the_arrow_keys_step_it_and_the_focus_stays_on_it(pilots) -> None:
    p = settings_at(pilots, (1280, 720), "medium")
    p.scene.focus_on(stepper(p))
    p.press(pygame.K_LEFT)
    assert p.shell.ui.settings["text_size"] == "small" and p.scene.focused() is stepper(p)
    p.press(pygame.K_LEFT)
    assert p.shell.ui.settings["text_size"] == "small"
    p.press(pygame.K_RIGHT, times=2)
    assert p.shell.ui.settings["text_size"] == "large" and p.scene.focused() is stepper(p)
