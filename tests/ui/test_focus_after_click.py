"""The focus ring after a click (playtest J: after a click on a pronoun button, no ring showed, while the key hints
offered "←→ step through pronouns" for it). The rule is in game/ui/focus_shown.py."""

from __future__ import annotations

import pygame

from .pilot import Pilot


def test_a_click_on_a_pronoun_button_rings_it_as_the_hints_offer_its_arrow_keys(pilots) -> None:
    p: Pilot = pilots()
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CoupleFormScene"
    p.type("Shirin")
    p.click("Shirin: they / them")
    assert ("←→", "step through pronouns") in p.scene.hints
    assert p.scene.focused().label == "Shirin: she / her" and p.shell.ui.show_focus, "the ring shows what ←→ steps"


def test_a_click_on_a_colour_rings_it_and_a_click_in_a_name_hides_the_ring(pilots) -> None:
    p: Pilot = pilots()
    p.press(pygame.K_RETURN)
    p.click("Plum for player 1")
    assert p.scene.focused().label == "Plum for player 1" and p.shell.ui.show_focus
    p.click("Name 2")  # a text field: its caret shows where the typing goes, no ring
    assert not p.shell.ui.show_focus


def test_a_click_on_the_depth_slider_rings_it_and_a_click_on_a_button_does_not(pilots) -> None:
    p: Pilot = pilots(at_home=True)
    p.click("Play")
    p.click("Our private limits…")
    p.press(pygame.K_RETURN)  # through the curtain
    assert p.scene_name == "LimitsScene"
    slider = p.widget("How deep I'm happy to go")
    p.click_at(slider.rect.center)
    assert p.scene.focused() is slider and p.shell.ui.show_focus, "the hints offer ←→ adjust for it"
    p.click("Save my limits")
    assert p.scene_name == "CurtainScene" and not p.shell.ui.show_focus, "a button clicked: the pointer shows the way"
