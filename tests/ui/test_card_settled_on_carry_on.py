"""Carrying on a date night shows the card on the table as it was, from the first frame (playtest J: it showed grey
and out of place for a moment: it dealt in again, and stayed unseen while the evening's screen below it faded in)."""

from __future__ import annotations

from pathlib import Path

import pygame

from .date_night_tour import gone_home, on_the_warm_up
from .pilot import Pilot


def card_pixels(p: Pilot, path: Path) -> list[tuple[int, int, int, int]]:
    shot = pygame.image.load(p.screenshot(path))
    rect = p.scene.card_rect  # type: ignore[attr-defined]
    return [
        tuple(shot.get_at((rect.left + rect.width * i // 8, rect.top + rect.height * j // 8)))
        for i in range(1, 8)
        for j in (1, 4, 7)
    ]


def test_carrying_on_shows_the_settled_card_in_its_first_frame(pilots, tmp_path: Path) -> None:
    p = pilots(at_home=True)
    on_the_warm_up(p)
    p.advance(3.0)
    settled = card_pixels(p, tmp_path / "settled.png")
    gone_home(p)
    p.click(next(label for label in p.labels() if label.startswith("Carry on")))
    assert p.scene_name == "DateNightPlayScene"
    assert card_pixels(p, tmp_path / "first.png") == settled, "the first frame is the card as it was left"


def test_a_new_card_deals_in_while_the_evening_fades_in_below_it(pilots) -> None:
    p = pilots(at_home=True)
    on_the_warm_up(p)
    p.advance(0.3)
    assert p.scene.deal > 0.2, "the card comes in at once, not after the screen under it has finished fading"  # type: ignore[attr-defined]
