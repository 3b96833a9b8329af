"""A toast keeps clear of a card's words while the card is still moving: dealt onto the table, or turning over.

The card's face is made once with its words noted inside it (layout_model.note_inside); as it is dealt it is
drawn faded in, and as it turns it is drawn squashed, each a new surface. Those carried no notes, so for the
moment of the deal or the flip the card's words were not among the screen's words (words_drawn.py), and a toast
shown then (a "Saved" as the next card is dealt) took the foot of the window over the card's last lines. The
faded and squashed faces carry the notes with them, moved and narrowed as the face is.

Date night fades each part of the evening in as a whole, drawing the screen into a layer first: its words there
(the ritual card's, the part's title) now count as the window's while it fades.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pygame
import pytest

from game.ui.layout_record import capture

from .date_night_tour import set_up
from .pilot import Pilot
from .test_toast_over_words import LONG, SAVED, covered, on_the_long_card, toasted


def _mid_deal(p: Pilot) -> None:
    p.scene.deal = 0.5


def _mid_flip(p: Pilot, share: float = 0.3) -> None:
    p.scene.flip = share


@pytest.mark.parametrize("moving", [_mid_deal, _mid_flip], ids=["mid-deal", "mid-flip"])
@pytest.mark.parametrize(("size", "text_size"), [((1280, 720), "larger"), ((960, 540), "largest")])
def test_a_toast_leaves_the_card_s_words_in_sight_while_the_card_is_dealt_or_turned(
    data_root: Path, now: datetime, moving: object, size: tuple[int, int], text_size: str
) -> None:
    p = on_the_long_card(data_root, now, size, text_size)
    try:
        moving(p)  # type: ignore[operator]
        assert p.scene.deal < 1.0 or p.scene.flip < 1.0, "the card is still moving"
        toast, own = toasted(p, SAVED)
        card = p.scene.card_rect.inflate(p.shell.ui.theme.px(28), p.shell.ui.theme.px(140))  # as far as the deal moves it
        question = [e for e in own if e.label == LONG]
        assert question and all(card.contains(e.rect) for e in question), "the question is noted where the card is"
        assert [e.label[:40] for e in own if e.rect.colliderect(toast.rect)] == []
        assert covered(p, SAVED) == []
        assert pygame.Rect((0, 0), size).contains(toast.rect)
    finally:
        p.close()


@pytest.mark.parametrize(("size", "text_size"), [((1280, 720), "larger"), ((960, 540), "largest")])
def test_a_date_night_screen_fading_in_keeps_its_words_noted_and_clear_of_a_toast(
    pilots: object, size: tuple[int, int], text_size: str
) -> None:
    p = pilots(at_home=True, size=size)  # type: ignore[operator]
    p.shell.ui.set("text_size", text_size)
    set_up(p, minutes=30)
    assert p.scene_name == "DateNightScene"  # the pledge, its ritual card on the table
    p.advance(2.0)
    at_rest = [e.rect for e in capture(p.shell).in_layer(p.scene_name) if e.kind == "text" and e.owner is None]
    noted_at_rest = sorted(map(tuple, p.shell.ui.words.rects))
    p.scene.start_fade()
    p.scene.fade = 0.5
    toast, _ = toasted(p, SAVED)
    assert sorted(map(tuple, p.shell.ui.words.rects)) == noted_at_rest, "the same words, half faded in"
    assert toast.rect.collidelist(at_rest) < 0
