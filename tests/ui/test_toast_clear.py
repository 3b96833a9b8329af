"""A long toast wraps and sits clear of every control, on every screen, at Larger text in a small window.

A toast naming a long file path or a long deck name took more room than the foot of a busy screen had
(Settings, Choose your cards, the import preview, a couple's form), found no clear band for its box, and was
drawn over buttons anyway; and a list's buttons scrolled out of sight still counted as being there. Now
it wraps in a box as wide as the window over the screen's title if that is where the room is, and in
smaller words only where nothing else fits. Checked by geometry (drawn.py) at every state the layout
walks reach.
"""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from . import layout_walks
from .drawn import frame
from .pilot import Pilot
from .test_layout import walk_pilot

LONG_PATH = (
    "Your decks folder could not be opened: /home/maximiliane/Documents/Kindred/holiday-photos-and-other-things/"
    "kindred-our-game/kindred-data/decks. The path is copied, ready to paste."
)
LONG_DECK = (
    "Imported “Rainy Sundays and Long Slow Mornings Together, With Tea, Toast and Nowhere at All to Be”: 42 cards, "
    "ready to play. It's in the Deck studio with your decks."
)
WALKS = {"game": layout_walks.walk_game, "studio": layout_walks.walk_studio, "date_night": layout_walks.walk_date_night}
#: (asked for, text size): 800×600 is as small as the window goes on a small laptop (it keeps its 960 minimum width).
WINDOWS = [((800, 600), "larger"), ((960, 540), "larger"), ((800, 600), "largest")]


def covered(p: Pilot, words: str) -> list[str]:
    """Toast `words` on the screen as it is; what is wrong with where the toast went."""
    ui = p.shell.ui
    kept = ui.toast_text, ui.toast_left
    ui.toast(words)
    drawn = frame(p)
    toast = p.shell.toast_rect()
    ui.toast_text, ui.toast_left = kept
    assert toast is not None
    wrong = []
    window = pygame.Rect((0, 0), p.shell.window.get_size())
    if not window.contains(toast):
        wrong.append(f"the toast {tuple(toast)} leaves the window")
    for widget in (w for w in p.scene.widgets if w.visible):
        seen = widget.rect.clip(widget.drawn_clip) if widget.drawn_clip is not None else widget.rect
        if seen.width and seen.height and seen.colliderect(toast):
            wrong.append(f"the toast covers {widget.label!r}")
    lines = [d for d in drawn if d.by == "shell" and d.text == words]
    if not lines or not all(toast.contains(d.ink) for d in lines):
        wrong.append("the toast's words do not fit its box")
    return wrong


@pytest.mark.parametrize(("size", "text_size"), WINDOWS, ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else v)
@pytest.mark.parametrize("walk", list(WALKS))
def test_a_long_toast_covers_no_control_anywhere(walk: str, size: tuple[int, int], text_size: str, tmp_path: Path) -> None:
    p = walk_pilot(tmp_path / "data", size, text_size)
    found: list[str] = []
    screens: set[str] = set()

    def look(state: str) -> None:
        p.step()
        screens.add(p.scene_name)
        for words in (LONG_PATH, LONG_DECK):
            found.extend(f"{state} ({p.scene_name}): {problem}" for problem in covered(p, words))

    try:
        WALKS[walk](p, look)
    finally:
        p.close()
    assert len(screens) >= 4, screens
    assert not found, "\n".join(dict.fromkeys(found))
