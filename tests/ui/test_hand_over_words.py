"""While the game waits for the laptop to change hands, the words say who takes it and what happens to the answer
(playtest I, confusions 4 and 5): the bar said "Ama's turn" beside "Hand the laptop to Kofi", and the save button
behind the curtain said "Keep it secret", though both answers are shown once both are in."""

from __future__ import annotations

from game.core.cards import Kind
from game.core.direction import quoted
from game.core.session import Phase
from game.ui.private_answer import HIDE_TILL_BOTH
from game.ui.scenes.play_view import turn_words

from .test_both_voice import _round
from .test_followups import _until
from .tour import play_turn


def test_the_bar_names_who_takes_the_laptop_and_the_save_button_says_the_answer_waits_for_both(pilots, data_root) -> None:
    p = _round(pilots, data_root)
    _until(p, Kind.BOTH, Phase.PRIVATE)
    while p.scene.card().answer_type.value != "text":  # a typed answer: the save button is a button of its own
        play_turn(p)
        _until(p, Kind.BOTH, Phase.PRIVATE)
    scene = p.scene
    first = scene.next_private_seat()
    second = 1 - first
    names = [quoted(p.services.couples()[0].name(seat)) for seat in (0, 1)]
    assert turn_words(scene) == f"Over to {names[first]}"
    p.click(f"Hand the laptop to {names[first]}")
    p.click(f"I'm {names[first]} — show me")
    assert HIDE_TILL_BOTH in p.labels()
    assert ("Enter", "hide till you've both answered") in p.scene.hints
    p.type("Twenty degrees")
    p.click(HIDE_TILL_BOTH)
    assert p.scene_name == "PlayScene" and p.scene.session.phase is Phase.PRIVATE
    assert turn_words(p.scene) == f"Over to {names[second]}"  # never the partner who has just answered
    assert f"Hand the laptop to {names[second]}" in p.labels()
