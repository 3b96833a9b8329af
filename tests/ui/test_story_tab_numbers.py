"""Our story's tabs show the numbers its key hints name (playtest J, Our story).

The footer said "1–5 section" while the tabs showed no numbers (and the playbook's tab a B): which number
opened what was left to guess. Each tab now shows its number, the one the footer counts up to.
"""

from __future__ import annotations

import pygame

from .tour import start


def test_each_tab_shows_the_number_that_opens_it_and_the_footer_counts_them(data_root, now) -> None:
    p = start(data_root, now, names=("Shirin", "נועה"))
    try:
        p.click("Our story")
        tabs = p.scene.tabs
        shown = [tab.shortcut_label() for tab in tabs]
        assert shown == [str(n) for n in range(1, len(tabs) + 1)], shown
        keys = next(key for key, words in p.scene.hints if words == "section")
        assert keys == f"1–{len(tabs)}", "the footer counts the numbers the tabs show"
        for tab in tabs[:-1]:
            p.key(tab.shortcut_label())
            assert p.scene.current.label == tab.label == p.scene.focused().label
        p.key(tabs[-1].shortcut_label())
        assert p.scene_name == "PlaybookScene"
        p.press(pygame.K_ESCAPE)
        assert p.scene_name == "StoryScene"
    finally:
        p.close()
