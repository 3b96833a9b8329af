"""A long list (years of memories, a year's playbook) draws only the rows in view, and measures each row once
without rendering it, to the same height its rendered text has."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pygame
import pytest

from game.ui.widgets import ListItem, ListView

from .pilot import Pilot


def test_a_long_list_renders_only_the_rows_in_view_at_their_measured_heights(
    data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = Pilot(data_root, now, size=(960, 540))
    try:
        ui = p.shell.ui
        items = [
            ListItem(f"Memory {n}: " + "a long answer that wraps " * (n % 4), f"said {n} days ago" if n % 3 else "")
            for n in range(2000)
        ]
        listing = ListView("Memories", items)
        listing.rect = pygame.Rect(40, 40, 600, 400)
        rendered: list[str] = []
        block = ui.text.block

        def counted(text: str, *args: object, **kw: object) -> pygame.Surface:
            rendered.append(text)
            return block(text, *args, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(ui.text, "block", counted)
        listing.draw(p.shell.window, ui, True, False)
        assert len(listing._heights) == 2000
        assert 0 < len(rendered) <= 40  # a screenful of titles and details, not four thousand blocks
        theme = ui.theme
        pad, width = theme.px(12), listing.rect.width - 2 * theme.px(12) - theme.px(8)
        for index in range(5):
            title = block(items[index].title, theme.style("body_bold"), theme.color("text"), width).get_height()
            detail = block(items[index].detail, theme.style("small"), theme.color("muted"), width).get_height() + theme.px(4)
            assert listing._heights[index] == title + (detail if items[index].detail else 0) + 2 * pad
        rendered.clear()
        listing.scroll(sum(listing._heights[:1500]))
        listing.draw(p.shell.window, ui, True, False)
        assert any(text.startswith("Memory 15") for text in rendered) and not any(text.startswith("Memory 3:") for text in rendered)
    finally:
        p.close()
