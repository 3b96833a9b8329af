"""A toast never lies over the words a couple is reading: a card's question and its note, a screen's panel of
words, where a place clear of them (and of every control) exists.

At 1280×720 in Larger text a "Saved as talked about" toast sat over the card's last lines. Every screen now
notes where it drew its own words as it draws them (game/ui/words_drawn.py), and the toast keeps clear of them
as of controls. Checked by geometry: the layout recorder (layout_record.capture) sees every run of words the
screen put on the window, whichever way it was drawn, and the toast's box is tested against those.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pygame
import pytest

from game.storage.paths import user_decks_dir
from game.ui.layout_record import Element, capture

from .pilot import Pilot
from .test_play_loop import _deal_only
from .tour import start

LONG = (
    "When you picture the two of us ten years from now, on an ordinary weekday evening at home, what are we doing, "
    "who else is there with us, and what is the one small habit of ours you most hope we have kept?"
)
NOTE = "Take your time: there is no wrong picture, and small things count as much as big ones."
DECK = "format: 1\nid: long-ones\nname: Long ones\ncards:\n" + "".join(
    f'  - id: c{i}\n    text: "{LONG}"\n    note: "{NOTE}"\n' for i in range(3)
)
SAVED = "Saved as talked about. With no note there's nothing to quiz later, and that's fine."


def toasted(p: Pilot, words: str) -> tuple[Element, list[Element]]:
    """Toast `words` on the screen as it is and draw it once: the toast drawn, and the screen's own words."""
    p.shell.ui.toast(words)
    drawn = capture(p.shell)
    [toast] = [e for e in drawn.elements if e.kind in ("toast", "toast_giving_way")]
    own = [e for e in drawn.in_layer(p.scene_name) if e.kind == "text" and e.owner is None]
    return toast, own


def covered(p: Pilot, words: str) -> list[str]:
    """What of the screen's own words the toast `words` lies over (and over a control, if it does)."""
    toast, own = toasted(p, words)
    assert own, "the screen drew words of its own"
    found = [f"{e.label[:40]!r} at {tuple(e.rect)}" for e in own if e.rect.colliderect(toast.rect)]
    shown = [(w.label, w.shown if w.shown is not None else w.rect) for w in p.scene.widgets if w.visible]  # not scrolled away
    found += [f"the control {label!r}" for label, rect in shown if rect.colliderect(toast.rect)]
    return found


def on_the_long_card(data_root: Path, now: datetime, size: tuple[int, int], text_size: str) -> Pilot:
    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "long-ones.yaml").write_text(DECK, encoding="utf-8")
    p = start(data_root, now, size=size)
    p.shell.ui.set("text_size", text_size)
    _deal_only(p, "Long ones")
    assert p.scene_name == "PlayScene"
    return p


@pytest.mark.parametrize(("size", "text_size"), [((1280, 720), "larger"), ((960, 540), "largest")])
def test_a_toast_on_the_card_screen_leaves_the_long_question_and_its_note_in_sight(
    data_root: Path, now: datetime, size: tuple[int, int], text_size: str
) -> None:
    p = on_the_long_card(data_root, now, size, text_size)
    try:
        toast, own = toasted(p, SAVED)
        card = p.scene.card_rect
        on_card = [e for e in own if card.contains(e.rect)]
        assert any(e.label == LONG for e in on_card), "the question is on the card, whole"
        if text_size == "larger":  # in the largest text, in a small window, the note gives way to the question
            assert any(e.label == NOTE for e in on_card), "and its note"
        assert [e.label[:40] for e in on_card if e.rect.colliderect(toast.rect)] == []
        assert covered(p, SAVED) == []
        assert pygame.Rect((0, 0), size).contains(toast.rect)
    finally:
        p.close()


def _choose_cards(p: Pilot) -> None:
    p.click("Play")
    assert p.scene_name == "SetupScene", p.scene_name


def _playbook(p: Pilot) -> None:
    p.click("Our story")
    p.click("Playbook & promises")
    assert p.scene_name == "PlaybookScene", p.scene_name


@pytest.mark.parametrize("to", [_choose_cards, _playbook], ids=["choose your cards", "playbook"])
@pytest.mark.parametrize(("size", "text_size"), [((1280, 720), "larger"), ((960, 540), "largest")])
def test_a_toast_leaves_a_screen_s_own_words_in_sight(
    data_root: Path, now: datetime, to: Callable[[Pilot], None], size: tuple[int, int], text_size: str
) -> None:
    p = start(data_root, now, size=size)
    try:
        p.shell.ui.set("text_size", text_size)
        to(p)
        p.step()
        assert covered(p, SAVED) == []
        assert covered(p, "Star removed.") == []
    finally:
        p.close()


def test_a_screen_with_no_clear_place_still_gets_its_toast(data_root: Path, now: datetime) -> None:
    p = on_the_long_card(data_root, now, (960, 540), "largest")
    try:
        words = " ".join([SAVED] * 6)  # more than any clear place holds
        toast, own = toasted(p, words)
        assert [e for e in own if e.rect.colliderect(toast.rect)], "no place clear of the words: it lies over some"
        assert p.shell.toast_rect() == toast.rect
        assert pygame.Rect(0, 0, 960, 540).contains(toast.rect)
    finally:
        p.close()
