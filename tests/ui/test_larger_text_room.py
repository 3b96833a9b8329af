"""At the largest text, Home's buttons and Play setup's deck list use the room the window has: a long label such as
"Quiz me (ready tomorrow)" stays on one line with its key beside it, and the decks keep two columns, so twice as
many show before the list scrolls."""

from __future__ import annotations

import pytest

from game.ui.scenes import home
from game.ui.widgets import Toggle

from .pilot import Pilot

WINDOWS = [(1280, 800), (1216, 720), (1280, 720), (960, 540)]


def at_home(pilots, size: tuple[int, int], text_size: str) -> Pilot:  # type: ignore[no-untyped-def]
    p = pilots(at_home=True, size=size)
    p.shell.ui.set("text_size", text_size)
    p.scene.refresh()
    p.step()
    return p


@pytest.mark.parametrize("size", WINDOWS)
def test_quiz_me_ready_tomorrow_stays_on_one_line_at_largest(pilots, size, monkeypatch) -> None:
    monkeypatch.setattr(home, "quiz_button_words", lambda *_: "Quiz me (ready tomorrow)")
    p = at_home(pilots, size, "largest")
    quiz, play = p.widget("Quiz me (ready tomorrow)"), p.widget("Play")
    assert quiz.rect.height == play.rect.height, f"{size}: Quiz me is taller than Play, on two lines"
    assert quiz.one_line_width(p.shell.ui) <= quiz.rect.width, f"{size}: its key is squeezed against the edge"
    panel = p.scene.help
    if p.scene.show_help:
        assert quiz.rect.right < panel.left, "the buttons stay clear of the panel beside them"


@pytest.mark.parametrize("size", WINDOWS)
def test_the_deck_list_keeps_two_columns_at_largest(pilots, size) -> None:
    p = at_home(pilots, size, "largest")
    p.key("p")
    assert p.scene_name == "SetupScene"
    decks = [w for w in p.scene.widgets if isinstance(w, Toggle)]
    shown = [w for w in decks if p.scene.scroller.viewport.contains(w.rect)]
    columns = {w.rect.left for w in decks}
    assert len(columns) == 2, f"{size}: the decks in {len(columns)} column(s)"
    assert len(shown) >= 8, f"{size}: only {len(shown)} of {len(decks)} decks in sight"
    for deck in decks:
        assert deck.rect.left >= 0 and deck.rect.right <= size[0], f"{deck.label} runs off the window"
