"""Date night's private answer: "Pass this card" stays on one line (playtest J: it wrapped onto two).

Its room was measured for the key "X", then drawn with "Alt+X", as a key shows while the answer box has the focus."""

from __future__ import annotations

import pygame
import pytest

from game.core.session import Phase

from .date_night_tour import pledge, set_up, skip_to_the_closing
from .pilot import Pilot


def on_a_private_answer(p: Pilot) -> None:
    set_up(p, minutes=30)
    pledge(p)
    skip_to_the_closing(p)
    for _ in range(8):
        if p.scene_name == "DateNightPlayScene" and p.scene.session.phase is Phase.PRIVATE:  # type: ignore[attr-defined]
            break
        p.press(pygame.K_RETURN)
        p.advance(0.3)
    p.press(pygame.K_RETURN)  # hand the laptop over
    p.press(pygame.K_RETURN)  # "I'm … — show me"
    p.advance(0.5)
    assert p.scene_name == "PrivateAnswerScene"


@pytest.mark.parametrize(("size", "text_size"), [((1216, 720), "medium"), ((960, 540), "largest")])
def test_pass_this_card_keeps_to_one_line_while_the_answer_box_has_the_focus(pilots, size, text_size) -> None:
    p = pilots(at_home=True, size=size)
    p.shell.ui.set("text_size", text_size)
    on_a_private_answer(p)
    ui, link = p.shell.ui, p.widget("Pass this card")
    assert p.scene.typing() and link.shortcut_label() == "Alt+X", "the answer box has the focus: its key says Alt+"
    room = link.rect.width - link.chip_width(ui) - ui.theme.px(28)  # what the button gives its words as it draws
    assert ui.text.measure(link.label, ui.theme.style("button")) <= room, f"it wraps: {room}px for its words"
