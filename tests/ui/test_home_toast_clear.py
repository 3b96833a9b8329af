"""A message on Home never lies over Home's own words: the names, the question, the panel beside the buttons, or the
red note naming a broken deck file.

At 1600×900 in the largest text the welcome lay over the key hints and over the note's last line ("Problems in
ours.yaml kept a deck out: Deck studio shows where."), which runs that low under the first-time help. Home's words
are noted as it draws them, like every screen's (game/ui/words_drawn.py), and a toast takes a place clear of them
as of its buttons (game/ui/toast_place.py).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pygame
import pytest

from .drawn import frame
from .pilot import Pilot

BROKEN = 'format: 1\nid: ours\nname: Ours\ncards:\n  - id: a\n    text: "Unclosed\n'


@pytest.mark.parametrize("names", [("Zoë", "Łukasz"), ("Maximiliane-Charlotte", "Nguyễn Thị Ánh Dương")])
def test_the_welcome_leaves_home_s_words_and_its_broken_deck_note_in_sight_at_1600x900_largest(
    data_root: Path, now: datetime, names: tuple[str, str]
) -> None:
    decks = data_root / "decks"
    decks.mkdir(parents=True)
    (decks / "ours.yaml").write_text(BROKEN, encoding="utf-8")
    p = Pilot(data_root, now, seed=7, size=(1600, 900))
    try:
        p.shell.ui.set("text_size", "largest")
        p.press(pygame.K_RETURN)
        for name in names:
            p.type(name)
            p.press(pygame.K_RETURN)
        assert p.scene_name == "HomeScene"
        drawn = frame(p)
        [toast] = [d for d in drawn if d.by == "shell" and d.text.startswith("Welcome, ")]
        box = p.shell.toast_rect()
        assert box is not None and box.contains(toast.ink)
        home = [d for d in drawn if d.by == "HomeScene" and not any(w.rect.contains(d.ink) for w in p.scene.widgets)]
        assert any(d.text.startswith("Problems in ours.yaml") for d in home), "the note is up"
        assert [d for d in home if box.colliderect(d.ink)] == []
        assert box.collidelist([w.rect for w in p.scene.widgets]) < 0, "nor over a button"
        assert box.top >= 0 and box.bottom <= 900
    finally:
        p.close()
