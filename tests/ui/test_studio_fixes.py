"""The deck studio after a tester tried to break it: names in any script, the words on its screens,
a paste too large for the clipboard, and a card half written when the window closes."""

from __future__ import annotations

import pygame

from .pilot import Pilot
from .test_studio import add_card, new_deck

RLM = "\u200f"


def test_a_deck_name_keeps_no_space_beside_a_direction_mark_at_its_ends(pilots):
    p: Pilot = pilots(at_home=True)
    new_deck(p, f" {RLM} שירים שלנו {RLM} ")
    assert p.scene.deck.name == f"{RLM}שירים שלנו{RLM}"


def test_a_deck_of_one_card_says_one_card_in_the_studio(pilots):
    p: Pilot = pilots(at_home=True)
    new_deck(p, "Just one")
    add_card(p, "What made you smile today?")
    p.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "StudioScene" and p.scene.entry.name == "Just one"
    said = [words.text for words in p.scene.page.words]
    assert "1 card · depth 1 · ask" in said
    assert p.widget("Decks").items[p.scene.selected].detail == "Yours · 1 card"
