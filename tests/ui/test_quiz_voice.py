"""A quiz question stands alone: no card note under it (playtest E, finding 5).

A card's note speaks as the card does, to the one answering: "Met before any of this was online? Then how
hard did you quiz people about me?". A quiz rewords the question about the partner, in the third person
("how far did Amara go looking Kofi up"), and the note under it then spoke in the wrong voice to the wrong
person. Answering, the note is there; asked in a quiz, it is not, on any quiz screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pygame

from game.core.session import Phase
from game.storage.paths import user_decks_dir
from game.ui.scenes.play_view import _CARD_FACES

from .test_flows import play_until
from .test_play_loop import _deal_only

DECK = """\
format: 1
id: looked-up
name: Looked up
cards:
  - id: search
    text: Early on, how far did you go looking me up?
    quiz: Early on, how far did {name} go looking {partner} up?
    note: Met before any of this was online? Then how hard did you quiz people about me?
  - id: tea
    text: How do you take your tea?
    quiz: How does {name} take {their} tea?
    note: Or your coffee, if I have this all wrong.
"""


def frame(p):
    """Every text the screen renders in one frame, the card face's too (made afresh, not the turn's cached one)."""
    renderer, said = p.shell.ui.text, []
    line, block = renderer.line, renderer.block

    def noting(render):
        def note(text, *args, **kw):
            said.append(Said(text))
            return render(text, *args, **kw)

        return note

    renderer.line, renderer.block = noting(line), noting(block)
    _CARD_FACES.clear()
    try:
        p.shell.draw()
    finally:
        del renderer.line, renderer.block
    return said


@dataclass(frozen=True)
class Said:
    text: str


NOTES = ("how hard did you quiz people about me?", "if I have this all wrong.")
#: A note's words in the card's voice: "I", "me", "my" for the one asking, "you" for the one answering.
CARD_VOICE = re.compile(r"\b(I|me|my|you|your)\b")


def test_a_quiz_shows_no_card_note_while_answering_does(pilots, data_root):
    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True)
    (folder / "looked-up.yaml").write_text(DECK, encoding="utf-8")
    p = pilots(at_home=True)
    _deal_only(p, "Looked up")
    p.advance(1.0)
    answering = " ".join(d.text for d in frame(p))
    assert any(note in answering for note in NOTES), "answering, the card's note is there"
    assert all(CARD_VOICE.search(note) for note in NOTES)

    def answer(q):
        if q.scene_name == "PlayScene" and q.scene.session.phase is Phase.ANSWER:
            q.type("Quite far, honestly")
            q.press(pygame.K_RETURN)
            q.advance(0.7)
        return q.scene_name != "PlayScene"

    play_until(p, answer)
    p.press(pygame.K_RETURN)
    p.later(days=3)
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    phases = set()
    while p.scene_name == "PlayScene":
        p.advance(1.0)
        phases.add(p.scene.session.phase)
        shown = " ".join(d.text for d in frame(p))
        assert not [note for note in NOTES if note in shown], f"a note under a quiz question ({p.scene.session.phase})"
        phase = p.scene.session.phase
        if phase is Phase.GUESS:
            p.type("Not far")
            p.press(pygame.K_RETURN)
        elif phase is Phase.JUDGE:
            p.key("2")
        else:
            p.press(pygame.K_RETURN)
    assert {Phase.GUESS, Phase.JUDGE, Phase.REVEAL} <= phases
