"""Our story by keyboard alone: Tab reaches every control in the order it is read, each with its focus ring in sight.

The buttons under the memories (Just between us, Correct it, Forget this) came before the list in Tab's round,
though they are read after it: from the names' buttons, Tab jumped down past the memories and back up to them.
"""

from __future__ import annotations

import pygame
import pytest

from game.ui import layout_record

from .date_night_tour import remember_before
from .layout_rules import problems
from .pilot import Pilot
from .test_story_correct import BIRTHDAY, COFFEE

READING_ORDER = [
    "Our memories",
    "Over time",
    "Love map",
    "What changed",
    "Playbook & promises",
    "{0}'s answers",
    "{1}'s answers",
    "Memories",
    "Just between us",
    "Correct it",
    "Forget this",
]


def story(pilots, size: tuple[int, int], text_size: str) -> Pilot:  # type: ignore[no-untyped-def]
    p: Pilot = pilots(at_home=True, size=size)
    p.shell.ui.set("text_size", text_size)
    p.shell.ui.set("reduced_motion", True)
    remember_before(p, {BIRTHDAY: ("1994-12-03", "1994-12-03"), COFFEE: ("Tea", "Tea")}, days_ago=3)
    p.scene.refresh()
    p.click("Our story")
    assert p.scene_name == "StoryScene"
    return p


@pytest.mark.parametrize(("size", "text_size"), [((1280, 720), "medium"), ((960, 540), "largest")])
def test_tab_reaches_every_control_of_our_memories_in_reading_order_with_its_ring_in_sight(pilots, size, text_size):
    p = story(pilots, size, text_size)
    couple = p.services.couples()[0]
    wanted = [label.format(couple.name(0), couple.name(1)) for label in READING_ORDER]
    assert sorted(p.labels()) == sorted(wanted), "every control of the screen is in the round"
    p.scene.focus_on(p.widget("Our memories"))
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB, mod=pygame.KMOD_LSHIFT)  # the keyboard in use: the rings show
    stops = []
    for _ in range(len(wanted)):
        focused = p.scene.focused()
        assert focused is not None
        stops.append(focused.label)
        p.step()
        recorder = layout_record.capture(p.shell)
        assert [e for e in recorder.elements if e.kind == "focus" and e.label == focused.label], focused.label
        found = list(problems(recorder, p.shell.ui.theme.style("heading").size))
        assert not found, f"with {focused.label!r} focused: " + "\n".join(found)
        p.press(pygame.K_TAB)
    assert stops == wanted
    assert p.scene.focused() is p.widget("Our memories"), "the round comes back to the first tab"


def test_enter_on_a_button_under_the_memories_does_what_it_says(pilots):
    p = story(pilots, (1280, 720), "medium")
    p.scene.focus_on(p.widget("Memories"))
    p.press(pygame.K_TAB, times=2)
    assert p.scene.focused() is p.widget("Correct it")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CorrectAnswerScene"
