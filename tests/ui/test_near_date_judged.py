"""A date guessed a day off is not the same day: the one who remembers judges it, told how far off it is, and the
quiz moves on to its next question."""

from __future__ import annotations

import pygame

from game.core.answers import Verdict
from game.core.session import Phase
from game.storage.paths import user_decks_dir
from game.ui.scenes.play_view import side_text

from .test_flows import play_until
from .test_play_loop import _deal_only

DAYS_DECK = """\
format: 1
id: days
name: Days
cards:
  - id: fave
    text: Which day of the year is your favourite?
    answer: date
    quiz: Which day of the year is {name}'s favourite?
  - id: first
    text: On which day did we first meet?
    answer: date
    quiz: On which day did {name} say you first met?
"""


def test_christmas_day_for_christmas_eve_is_left_to_the_one_who_remembers(pilots, data_root):
    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True)
    (folder / "days.yaml").write_text(DAYS_DECK, encoding="utf-8")
    p = pilots(at_home=True)
    _deal_only(p, "Days")
    for _ in range(2):  # Zoë, then Łukasz, each saves a day
        p.scene.save_answer("12-24")
        p.advance(1)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)
    p.later(days=3)
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    p.scene.guess("12-25")
    assert p.scene.session.phase is Phase.JUDGE, "Christmas Day is not Christmas Eve: not the game's to call close"
    words = [text for text, _, _ in side_text(p.scene)]
    assert any(text.endswith("guessed: 25 December") for text in words)  # as a day, never "12-25"
    assert "You said: 24 December" in words and "One day off. But you know best." in words
    p.key("3")
    assert p.scene.session.state.quiz_results == [(p.scene.session.current.seat, Verdict.NOT_QUITE)]
    assert "Next question" in p.labels() and "Next card" not in p.labels()
