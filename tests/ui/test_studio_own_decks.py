"""The couple's own decks: a deck just written or imported comes on in Choose your cards, and a deck (or its last
card) can be deleted, its remembered answers staying in Our story.

A tester who had played a round wrote a deck, then imported another; the toast said "ready to play", and both
were off in Choose your cards. The game had no way to delete either, nor the last card of one.
"""

from __future__ import annotations

import pygame

from game.ui.widgets import Toggle

from .pilot import Pilot
from .test_studio import add_card, drop, import_previewed, new_deck

CTRL = pygame.KMOD_CTRL


def switched(p: Pilot) -> dict[str, bool]:
    """Choose your cards' decks by name, on or off."""
    return {w.label.rsplit(" (", 1)[0]: bool(w.value) for w in p.scene.widgets if isinstance(w, Toggle)}


def home(p: Pilot) -> None:
    for _ in range(6):
        if p.scene_name == "HomeScene":
            return
        p.press(pygame.K_ESCAPE)
        if "Go home" in p.labels():
            p.click("Go home")
    assert p.scene_name == "HomeScene", p.scene_name


def test_a_deck_written_or_imported_after_a_round_comes_on_and_one_left_off_stays_off(pilots, tmp_path):
    p: Pilot = pilots(at_home=True)
    p.click("Play")
    left_off = next(w.label for w in p.scene.widgets if isinstance(w, Toggle) and w.value)
    p.click(left_off)  # not tonight
    p.click("Deal the cards")
    assert p.scene_name == "PlayScene"
    home(p)
    new_deck(p, "Sofa Nights")
    add_card(p, "Which song would you want playing every time you walk into a room?")
    p.press(pygame.K_s, mod=CTRL)
    home(p)
    source = tmp_path / "Our list.txt"
    source.write_text("Where should we go next?\nWhat would make this week lighter?\n", encoding="utf-8")
    drop(p, source)
    import_previewed(p)
    assert "ready to play" in p.shell.ui.toast_text
    home(p)
    p.click("Play")
    if p.scene_name != "SetupScene":  # the round begun before waits: this is a new one
        p.click(next(label for label in p.labels() if label.startswith("Start")))
    decks = switched(p)
    assert decks["Sofa Nights"] and decks["Our list"], "new decks are on, ready to play"
    assert decks[left_off.rsplit(" (", 1)[0]] is False, "a deck switched off last time stays off"
