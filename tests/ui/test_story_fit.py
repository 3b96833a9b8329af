"""Our story and the playbook at every window size and text size the layout tests use, read from what is drawn.

A new couple after their first evening: one point on the "In sync" chart, a playbook with a few lines. At the
largest text the chart once drew nothing and the playbook's panel lost its words; both are checked here by
geometry (the layout model and the text runs of a frame), never by eye.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime

import pygame
import pytest

from game.ui import layout_record
from game.ui.scenes.playbook import ABOUT, HOW
from tests.story_history import play_evening

from .drawn import Drawn, frame
from .layout_walks import LONG_NAMES
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


def panel_words(p: Pilot) -> tuple[Drawn | None, Drawn | None]:
    """The playbook panel's two sentences as this frame draws them (None for one not drawn)."""
    scene = p.scene
    about, how = ABOUT.format(name=scene.books[scene.page].name), HOW  # type: ignore[attr-defined]
    drawn = {d.text: d for d in frame(p) if d.by == "PlaybookScene"}
    return drawn.get(about), drawn.get(how)


def shown(d: Drawn) -> pygame.Rect:
    return d.ink.clip(d.clip)


def test_the_playbook_panel_shows_all_its_words_inside_it_at_every_text_size(first_evening: Pilot) -> None:
    p = first_evening
    p.click("Playbook & promises")
    try:
        for text_size in text_sizes(p.shell.ui.theme.size):
            p.shell.ui.set("text_size", text_size)
            p.step()
            box, where = p.scene.box, f"{p.shell.ui.theme.size}, text {text_size}"  # type: ignore[attr-defined]
            about, _ = panel_words(p)
            assert about is not None, f"{where}: the panel's words are not drawn"
            assert about.ink.top >= about.clip.top and box.contains(shown(about)), f"{where}: {about} starts outside the panel"
            p.press(pygame.K_PAGEDOWN, times=12)  # to the end of the words, when they scroll
            _, how = panel_words(p)
            assert how is not None, f"{where}: the panel never says how to hide a line"
            assert how.ink.bottom <= how.clip.bottom and box.contains(shown(how)), f"{where}: {how} ends outside the panel"
            p.press(pygame.K_PAGEUP, times=12)
    finally:
        p.shell.ui.set("text_size", "medium")
        p.press(pygame.K_ESCAPE)


def test_with_long_names_at_the_largest_text_the_panels_words_scroll_and_the_hints_say_so(pilots, monkeypatch) -> None:
    from game.ui.intents import Wheel

    p = pilots(at_home=True, names=LONG_NAMES, size=(960, 540))
    play_evening(p.services, p.services.couples()[0], random.Random(3), lambda: p.later(minutes=2))
    p.shell.ui.set("text_size", "largest")
    p.click("Our story")
    p.click("Playbook & promises")
    scene = p.scene
    assert scene.words.scrolls, "the words fit: nothing to scroll"  # type: ignore[attr-defined]
    assert ("PgUp PgDn", "scroll the panel") in scene.hints
    monkeypatch.setattr(pygame.mouse, "get_pos", lambda: scene.box.center)  # type: ignore[attr-defined]
    scene.handle(Wheel(-1))
    assert scene.words.offset > 0  # type: ignore[attr-defined]
    selected = p.widget("Playbook").selected  # type: ignore[attr-defined]
    p.press(pygame.K_PAGEDOWN, times=12)
    assert scene.words.offset == scene.words.limit  # type: ignore[attr-defined]
    assert p.widget("Playbook").selected == selected  # type: ignore[attr-defined]  # the page keys move the panel, not the list
    _, how = panel_words(p)
    assert how is not None and how.ink.bottom <= how.clip.bottom and scene.box.contains(shown(how))  # type: ignore[attr-defined]
    p.shell.ui.set("text_size", "medium")
    p.step()
    assert not scene.words.scrolls and all(key != "PgUp PgDn" for key, _ in scene.hints)  # type: ignore[attr-defined]


def whole_memories(p: Pilot) -> int:
    """How many memories show whole in the list as drawn: the question and the answer under it, neither cut."""
    listing = p.widget("Memories")
    drawn = [
        e for e in layout_record.capture(p.shell).elements if e.kind == "text" and e.owner is not None and e.owner.widget is listing
    ]
    whole = {e.label for e in drawn if e.rect.height and e.rect == e.full}
    return sum(item.title in whole and item.detail in whole for item in listing.items)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("size", "text_size", "least"),
    [((960, 540), "largest", 2), ((1280, 720), "medium", 3)],
    ids=["960x540-largest", "1280x720-medium"],
)
def test_our_memories_show_enough_whole_memories_to_compare(size: tuple[int, int], text_size: str, least: int, tmp_path) -> None:
    """Six weeks of play: at 960×540 in the largest text two memories show whole (the panel beside them gives way,
    and the heading above the tabs), and three at 1280×720 in the usual text (four until the demo couple's first
    memories came to hold picks whose details take two lines: "Pinch me, and mean it → Stare at the floor with me")."""
    from .story_tour import played_story

    p = played_story(tmp_path / "data", NOW, size)
    try:
        p.shell.ui.set("text_size", text_size)
        p.step()
        assert len(p.widget("Memories").items) > least  # type: ignore[attr-defined]
        assert whole_memories(p) >= least
        if p.scene.snug:  # type: ignore[attr-defined]  # the panel gave way: nothing for the page keys to scroll
            assert all(key != "PgUp PgDn" for key, _ in p.scene.hints)
    finally:
        p.close()
