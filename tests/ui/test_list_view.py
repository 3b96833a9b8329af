"""A long list (years of memories, a year's playbook) draws only the rows in view, and measures each row once
without rendering it, to the same height its rendered text has."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pygame
import pytest

from game.ui.list_view import ListItem, ListView

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


def test_the_first_draw_measures_only_the_rows_in_view_and_guesses_the_rest_close_enough_for_the_scroll_bar(
    data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = Pilot(data_root, now, size=(960, 540))
    try:
        ui = p.shell.ui
        items = [
            ListItem(f"Memory {n}: " + "a long answer that wraps " * (n % 5), f"said {n} days ago, " * (n % 7)) for n in range(2000)
        ]
        listing = ListView("Memories", items)
        listing.rect = pygame.Rect(40, 40, 600, 400)
        wrapped: list[str] = []
        wrap = ui.text.wrap

        def counted(text: str, *args: object, **kw: object) -> list[str]:
            wrapped.append(text)
            return wrap(text, *args, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(ui.text, "wrap", counted)
        listing.draw(p.shell.window, ui, True, False)
        measured = sorted({int(text.split(":")[0].removeprefix("Memory ")) for text in wrapped if text.startswith("Memory ")})
        in_view = next(index for index in range(len(items)) if sum(listing._heights[: index + 1]) >= listing.rect.height) + 1
        assert measured == list(range(len(measured))), "the rows measured are the first ones, in order"
        assert in_view <= len(measured) <= in_view + 3, f"{len(measured)} rows measured for {in_view} in view"
        # The others are guessed without measuring text, near enough that the scroll bar says how long the list is.
        monkeypatch.setattr(ui.text, "wrap", wrap)
        theme = ui.theme
        pad, width = theme.px(12), listing.rect.width - 2 * theme.px(12) - theme.px(8)
        exact = sum(ListView("All", items)._row_height(ui, index, item, width, pad) for index, item in enumerate(items))
        assert abs(sum(listing._heights) - exact) <= exact * 0.05
    finally:
        p.close()


def test_rows_measured_above_the_view_while_scrolling_up_do_not_move_what_shows(data_root: Path, now: datetime) -> None:
    p = Pilot(data_root, now, size=(960, 540))
    try:
        ui = p.shell.ui
        # Wide letters: rows wrap to more lines than their length guesses, so they grow once measured.
        items = [ListItem(f"Memory {n}: " + "WHOA MMM " * (n % 9), "said " * (n % 9)) for n in range(600)]
        listing = ListView("Memories", items)
        listing.rect = pygame.Rect(40, 40, 600, 400)
        listing.draw(p.shell.window, ui, True, False)
        listing.scroll(sum(listing._heights[:450]))  # a jump past rows never measured (their heights are guesses)
        listing.draw(p.shell.window, ui, True, False)

        def top_of(index: int) -> int:
            return listing.rect.top - listing.offset + sum(listing._heights[:index])

        assert top_of(450) == listing.rect.top and not listing._known[400]
        guessed = listing._heights[380:440]
        for _ in range(40):  # the wheel turned up, a notch a frame, back over the guessed rows
            shown = next(index for index in range(len(items)) if top_of(index + 1) > listing.rect.top)
            before = top_of(shown)
            listing.scroll(-ui.theme.px(60))
            listing.draw(p.shell.window, ui, True, False)
            assert top_of(shown) - before == ui.theme.px(60), "a notch moves what shows by a notch, however tall the rows above"
        assert all(listing._known[index] for index in range(listing._row_at(listing.offset)[0], 451))
        assert listing._heights[380:440] != guessed  # the rows above did grow as they were measured
    finally:
        p.close()
