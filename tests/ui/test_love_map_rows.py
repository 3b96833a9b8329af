"""Our story's love map at the largest text in a small window: a row per theme, and every row can be read — whole
in the panel, or scrolled to with the page keys or the wheel. Its last row was cut at the panel's foot."""

from __future__ import annotations

from datetime import UTC, datetime

import pygame
import pytest

from game.ui import layout_record

from .layout_rules import problems
from .story_tour import played_story

NOW = datetime(2026, 9, 1, 19, 30, tzinfo=UTC)


def rows_whole(p) -> set[str]:  # type: ignore[no-untyped-def]
    """The love map's rows that show whole, by theme; and nothing on the screen the layout rules find wrong."""
    recorder = layout_record.capture(p.shell)
    wrong = list(problems(recorder, p.shell.ui.theme.style("heading").size))
    assert not wrong, wrong
    return {e.label for e in recorder.elements if e.kind == "row" and e.rect == e.full}


@pytest.mark.parametrize("size", [(960, 540), (1024, 600), (1280, 720)], ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("text_size", ["medium", "largest"])
def test_every_row_of_the_love_map_shows_whole_or_is_scrolled_to(tmp_path, size, text_size) -> None:
    p = played_story(tmp_path / "data", NOW, size, weeks=4)
    try:
        p.shell.ui.set("text_size", text_size)
        p.click("Love map")
        p.step()
        themes = {known.theme.label for known in p.scene.charts.love_map[0]}
        seen = rows_whole(p)
        scrolls = p.scene.love_map.scrolls
        assert scrolls == (("PgUp PgDn", "scroll the panel") in p.scene.hints), "the page keys are named while it scrolls"
        for _ in range(len(themes)):
            p.press(pygame.K_PAGEDOWN)
            seen |= rows_whole(p)
        assert seen == themes, f"rows never shown whole: {sorted(themes - seen)}"
        if size == (960, 540) and text_size == "largest":
            assert scrolls, "the rows are taller than the panel here: they scroll"
            p.press(pygame.K_PAGEUP, times=len(themes))
            assert p.scene.love_map.offset == 0
    finally:
        p.close()
