"""Quiz me's choices say whose words they are (playtest J, Quiz me).

Guessing about Shirin, נועה picks from options in Shirin's own voice: "How much I thought about you". Who
"I" and "you" are was unclear. A line over the choices says they are Shirin's answer in Shirin's words; the
options are not reworded, and choices that speak as nobody ("Tea", "Coffee") need no such line.
"""

from __future__ import annotations

import pytest

from game.core.cards import CardKey
from game.core.session import Phase
from game.ui.scenes.play_view import side_text

from .date_night_tour import remember_before
from .drawn import frame
from .tour import start

VOICED = CardKey("best-friends", "bit-of-your-day-you-leave-out")  # "How much I thought about you"
PLAIN = CardKey("hopes-and-dreams", "local-paper-photo-pose")  # "Pointing sternly at a pothole"


def _guessing(p, key: CardKey):  # type: ignore[no-untyped-def]
    option = next(c for d in p.services.decks() for c in d.cards if c.key == key).options[-1]
    remember_before(p, {key: (option, option)}, days_ago=4)
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    p.advance(1.0)
    assert p.scene.session.phase is Phase.GUESS
    return p.scene.card()


@pytest.mark.parametrize("text_size", ["medium", "largest"])
def test_choices_in_the_partner_s_voice_are_said_to_be_their_words_over_the_options(data_root, now, text_size) -> None:
    p = start(data_root, now, names=("Shirin", "נועה"), size=(960, 540))
    try:
        p.shell.ui.set("text_size", text_size)
        card = _guessing(p, VOICED)
        about = p.scene.couple.name(1 - p.scene.session.current.seat)
        line = f"{about}'s answer, in {about}'s words:"
        assert side_text(p.scene)[-1][0] == line, "the last words over the choices"
        assert [w.label for w in p.scene.widgets if w.label in card.options] == list(card.options), "not reworded"
        drawn = frame(p)
        said = next(d for d in drawn if d.text == line or line.startswith(d.text))
        first = min(p.scene.widgets, key=lambda w: w.rect.top if w.label in card.options else 10**6)
        assert said.ink.bottom <= first.rect.top, "over the choices, not across them"
    finally:
        p.close()


def test_choices_that_speak_as_nobody_need_no_line(data_root, now) -> None:
    p = start(data_root, now, names=("Shirin", "נועה"))
    try:
        _guessing(p, PLAIN)
        assert not any("'s words" in text for text, _style, _colour in side_text(p.scene))
    finally:
        p.close()
