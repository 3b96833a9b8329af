"""The play screen places its buttons by which button they are, not by their words.

Words change (date night says "Move on" for "End session"; another language would say all of
them differently); the three verdicts still sit in a row with "That's changed" below them.
"""

from __future__ import annotations

from .test_play_loop import _at_a_judging_turn


def test_the_judging_buttons_are_placed_by_what_they_do_not_by_their_words(pilots):
    p = pilots(at_home=True)
    _at_a_judging_turn(p)
    scene = p.scene
    buttons = (*scene.verdicts, scene.changed_button)
    placed = [button.rect.copy() for button in buttons]
    for button, words in zip(buttons, ("Oui", "Presque", "Pas tout à fait", "Ça a changé"), strict=True):
        button.label = words  # as another language would say them
    scene.layout()
    assert [button.rect for button in buttons] == placed
    assert placed[0].top == placed[1].top == placed[2].top < placed[3].top  # three in a row, "changed" below
    assert scene.end_button is not None and scene.end_button.rect.top < placed[0].top  # a chip along the top
