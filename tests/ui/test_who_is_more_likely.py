"""Who's more likely, played as a couple would: each picks behind the curtain, the reveal reads both sides."""

from __future__ import annotations

import pygame

from game.core.session import Phase
from game.ui.widgets import Toggle

WHO_DECK = """\
format: 1
id: who-night
name: Who Night
opt_in: true
cards:
  - id: trailer
    kind: both
    answer: who
    text: Who's more likely to cry at a film trailer?
"""


def test_a_who_card_is_picked_by_name_and_the_reveal_reads_perspective(pilots, data_root, tmp_path):
    (data_root / "decks").mkdir(parents=True)
    (data_root / "decks" / "who-night.yaml").write_text(WHO_DECK, encoding="utf-8")
    p = pilots(at_home=True)
    p.click("Play")
    setup = p.scene
    decks = [w for w in setup.widgets if isinstance(w, Toggle) and "(" in w.label]
    who = next(w for w in decks if w.label.startswith("Who Night"))
    assert not who.value, "an opt-in deck is never picked for the couple"
    for toggle in decks:
        if toggle.value != (toggle is who):
            p.click(toggle.label)
    p.click("Deal the cards")
    p.advance(0.6)
    assert p.scene.session.phase is Phase.PRIVATE
    first = -1
    names = [p.scene.name(0), p.scene.name(1)]
    for turn in range(2):
        p.press(pygame.K_RETURN)  # hand the laptop over
        p.press(pygame.K_RETURN)  # "I'm … — show me"
        assert p.scene_name == "PrivateAnswerScene"
        answering = names.index(p.scene.name)
        other = names[1 - answering]
        assert [label for label in p.labels() if label in ("Me", other, "Both of us", "Neither of us")] == [
            "Me",
            other,
            "Both of us",
            "Neither of us",
        ]
        # The first to answer says "Me"; the other names them: one's "Me" agrees with the other's "you".
        p.click("Me" if turn == 0 else names[first])
        first = answering
    assert p.scene.session.phase is Phase.REVEAL
    assert p.scene.session.summary().in_sync == (1, 1)  # one "who's more likely" card is one in-sync moment
    from game.ui.scenes.play_view import side_text

    shown = " ".join(text for text, _, _ in side_text(p.scene))
    assert "Here's what you each said" in shown
