"""Our story and the playbook at every window size and text size the layout tests use, read from what is drawn.

A new couple after their first evening: one point on the "In sync" chart, a playbook with a few lines. At the
largest text the chart once drew nothing and the playbook's panel lost its words; both are checked here by
geometry (the layout model and the text runs of a frame), never by eye.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from game.ui import layout_record
from tests.story_history import play_evening

from .pilot import Pilot
from .test_layout import combinations
from .tour import start

SIZES = sorted({size for size, _ in combinations()})
NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)


def text_sizes(size: tuple[int, int]) -> list[str]:
    return [text for at, text in combinations() if at == size]


@pytest.fixture(scope="module", params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def first_evening(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pilot]:
    """A pilot on Our story for a couple with a right-to-left name, after one Play round."""
    p = start(tmp_path_factory.mktemp("story-fit") / "data", NOW, names=("Renée", "נועה"), size=request.param)
    p.shell.ui.set("reduced_motion", True)
    p.shell.ui.set("sound", False)
    play_evening(p.services, p.services.couples()[0], random.Random(3), lambda: p.later(minutes=2))
    p.scene.refresh()
    p.click("Our story")
    yield p
    p.close()


def test_the_in_sync_chart_draws_its_point_at_every_text_size(first_evening: Pilot) -> None:
    p = first_evening
    assert p.scene.charts.in_sync.total[1] and len(p.scene.charts.in_sync.periods) == 1  # type: ignore[attr-defined]
    for text_size in text_sizes(p.shell.ui.theme.size):
        p.shell.ui.set("text_size", text_size)
        p.click("Over time")
        p.step()
        drawn = layout_record.capture(p.shell).in_layer("StoryScene")
        _, in_sync = sorted((e.rect for e in drawn if e.kind == "panel"), key=lambda rect: rect.top)
        points = [e for e in drawn if e.kind == "point"]
        where = f"{p.shell.ui.theme.size}, text {text_size}"
        assert points, f"{where}: the In sync box draws no point"
        assert all(in_sync.contains(e.rect) for e in points), f"{where}: a point outside its box {points}"
    p.shell.ui.set("text_size", "medium")
