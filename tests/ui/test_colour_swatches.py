"""A player's six colours on the couple form are one Tab stop: Tab lands on the colour chosen, the arrow keys choose
another, and the footer says so. From a name to its pronoun button is two Tabs, not seven."""

from __future__ import annotations

import pygame

from game.ui.swatch import Swatch

from .pilot import Pilot


def form(pilots) -> Pilot:  # type: ignore[no-untyped-def]
    p = pilots()
    p.press(pygame.K_RETURN)  # Begin: a first couple
    assert p.scene_name == "CoupleFormScene"
    p.type("Noa")
    return p


def focused(p: Pilot) -> str:
    widget = p.scene.focused()
    assert widget is not None
    return widget.label


def test_tab_goes_from_a_name_to_its_colour_and_on_to_its_pronouns(pilots) -> None:
    p = form(pilots)
    assert focused(p) == "Name 1"
    p.press(pygame.K_TAB)
    assert focused(p) == "Coral for player 1", "the colour chosen is the stop"
    p.press(pygame.K_TAB)
    assert focused(p).startswith("Noa: "), "the next Tab leaves the colours for the pronoun button"
    stops = []
    for _ in range(20):
        p.press(pygame.K_TAB)
        stops.append(focused(p))
        if focused(p) == "Name 1":
            break
    assert sum(label.endswith("for player 2") for label in stops) == 1
    assert len(stops) == 7, f"the round is two names, two colours, four pronoun buttons and Start: {stops}"


def test_the_arrow_keys_choose_the_next_colour_and_stop_at_either_end(pilots) -> None:
    p = form(pilots)
    p.press(pygame.K_TAB)
    p.press(pygame.K_RIGHT)
    assert focused(p) == "Teal for player 1"
    assert p.scene.colors[0] == "#3d9a8b", "chosen as it is reached"
    p.press(pygame.K_RIGHT, times=6)
    assert focused(p) == "Rose for player 1", "the last stays the last"
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB, mod=pygame.KMOD_LSHIFT)
    assert focused(p) == "Rose for player 1", "back to the colour chosen, not the first"
    p.press(pygame.K_LEFT)
    assert focused(p) == "Sky for player 1" and p.scene.colors[0] == "#4a8fd1"
    assert p.scene.colors[1] == "#3d9a8b", "the other player's colour is their own"


def test_the_footer_says_the_arrows_choose_a_colour_while_one_has_the_focus(pilots) -> None:
    p = form(pilots)
    assert ("←→", "choose a colour") not in p.scene.hints
    rects = [w.rect.copy() for w in p.scene.widgets]
    p.press(pygame.K_TAB)
    assert isinstance(p.scene.focused(), Swatch)
    assert ("←→", "choose a colour") in p.scene.hints
    assert [w.rect for w in p.scene.widgets] == rects, "nothing moves when the footer's words change"


def test_a_click_still_chooses_any_colour(pilots) -> None:
    p = form(pilots)
    p.click("Plum for player 2")
    assert p.scene.colors[1] == "#8e5a9b"
    p.press(pygame.K_TAB)
    assert focused(p) == "Player 2: they / them"
    p.press(pygame.K_TAB, mod=pygame.KMOD_LSHIFT)
    assert focused(p) == "Plum for player 2"


def deck_form(pilots) -> Pilot:  # type: ignore[no-untyped-def]
    p = pilots(at_home=True)
    p.click("Deck studio")
    p.click("New deck")
    assert p.scene_name == "DeckFormScene"
    return p


def test_the_studio_deck_form_s_colours_are_one_tab_stop_between_the_description_and_cancel(pilots) -> None:
    p = deck_form(pilots)
    chosen = next(w.label for w in p.scene.widgets if isinstance(w, Swatch) and w.chosen)
    stops = [focused(p)]
    for _ in range(len(p.scene.widgets)):
        p.press(pygame.K_TAB)
        if focused(p) == stops[0]:
            break
        stops.append(focused(p))
    assert stops == ["Deck name", "Description", chosen, "Cancel", "Create deck"], stops
    p.press(pygame.K_TAB, times=2)
    assert ("←→", "choose a colour") in p.scene.hints


def test_the_arrow_keys_choose_the_deck_s_colour_and_stop_at_either_end(pilots) -> None:
    from game.core.deck_editing import DECK_PALETTE

    p = deck_form(pilots)
    p.click(DECK_PALETTE[0][0])
    p.press(pygame.K_RIGHT)
    assert focused(p) == DECK_PALETTE[1][0] and p.scene.color == DECK_PALETTE[1][1], "chosen as it is reached"
    p.press(pygame.K_RIGHT, times=len(DECK_PALETTE))
    assert focused(p) == DECK_PALETTE[-1][0] and p.scene.color == DECK_PALETTE[-1][1], "the last stays the last"
    p.press(pygame.K_LEFT)
    assert focused(p) == DECK_PALETTE[-2][0]
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB, mod=pygame.KMOD_LSHIFT)
    assert focused(p) == DECK_PALETTE[-2][0], "back to the colour chosen"
