"""Deck studio says what is in a deck as a couple would (playtest J, Deck studio).

The details under a deck's name read "depth 1, 2, 3 · action, ask, both, scenario": the file's words. They
now name the depths as the cards show them (light, personal, deep) and the kinds in plain words.
"""

from __future__ import annotations

from .pilot import Pilot
from .test_studio import deck_of_one_saved

FILE_WORDS = ("depth", "action", "ask", "scenario", "1", "2", "3")


def _details(p: Pilot) -> str:
    said = [words.text for words in p.scene.page.words]
    return next(text for text in said if " card" in text and " · " in text)


def test_a_built_in_deck_s_details_name_its_depths_and_kinds_in_the_game_s_words(pilots):
    p: Pilot = pilots(at_home=True)
    p.click("Deck studio")
    deck = p.scene.entry.deck
    details = _details(p)
    count = len(deck.cards)
    assert details.startswith(f"{count} cards · "), details
    words = details.split(" · ", 1)[1]
    assert not [w for w in FILE_WORDS if f" {w}," in f" {words}," or f" {w} " in f" {words} "], details
    assert {"light", "personal", "deep"} & set(words.replace(",", " ").split()), details


def test_a_new_deck_of_one_question_says_so(pilots):
    p: Pilot = pilots(at_home=True)
    deck_of_one_saved(p)
    assert _details(p) == "1 card · light · questions"


def test_a_deck_with_every_depth_and_kind_names_each_once_in_the_game_s_order():
    from game.core.cards import deck_from_data
    from game.ui.scenes.studio_deck_listing import deck_details

    cards = [
        {"id": "d", "text": "Dance?", "kind": "action", "level": 3},
        {"id": "s", "text": "A rotten day: what would you like from me?", "kind": "scenario", "options": ["Tea", "Space"]},
        {"id": "b", "text": "What first?", "kind": "both", "level": 2},
        {"id": "a", "text": "Best bit?", "level": 1},
    ]
    deck = deck_from_data({"id": "x", "name": "X", "cards": cards})
    assert deck_details(deck) == ("4 cards · light, personal and deep · questions, both answer, what-would-you-do and things to do")
    assert deck_details(deck_from_data({"id": "y", "name": "Y", "cards": []})) == "No cards yet."
