"""The deck studio after a tester tried to break it: names in any script, the words on its screens,
a paste too large for the clipboard, and a card half written when the window closes."""

from __future__ import annotations

from .pilot import Pilot
from .test_studio import new_deck

RLM = "\u200f"


def test_a_deck_name_keeps_no_space_beside_a_direction_mark_at_its_ends(pilots):
    p: Pilot = pilots(at_home=True)
    new_deck(p, f" {RLM} שירים שלנו {RLM} ")
    assert p.scene.deck.name == f"{RLM}שירים שלנו{RLM}"
