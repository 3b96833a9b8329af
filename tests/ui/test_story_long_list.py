"""Our story after a year of the sample couple's play: the memories' list measures only the rows in view on its
first frame, and the keyboard and the mouse wheel still reach its last row, measured and drawn where it belongs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.ui import layout_record
from game.ui.list_view import ListView
from game.ui.scenes.story import StoryScene

from .pilot import Pilot
from .story_tour import at_home_on_a_copy, sample_year


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_year(tmp_path_factory.mktemp("year") / "data")


@pytest.fixture
def home(year: Path, tmp_path: Path) -> Iterator[Pilot]:
    p = at_home_on_a_copy(year, tmp_path / "data")
    yield p
    p.close()


def memories(p: Pilot) -> ListView:
    scene = p.scene
    assert isinstance(scene, StoryScene) and scene.listing is not None
    return scene.listing


def exact_height(p: Pilot, listing: ListView, index: int) -> int:
    """The row's height from its rendered words, as the list draws them."""
    ui, theme = p.shell.ui, p.shell.ui.theme
    pad, width = theme.px(12), listing.rect.width - 2 * theme.px(12) - theme.px(8)
    item = listing.items[index]
    title = ui.text.block(item.title, theme.style("body_bold"), theme.color("text"), width).get_height()
    detail = ui.text.block(item.detail, theme.style("small"), theme.color("muted"), width).get_height() + theme.px(4)
    return title + (detail if item.detail else 0) + 2 * pad


def assert_last_row_drawn_where_it_belongs(p: Pilot, listing: ListView) -> pygame.Rect:
    last = len(listing.items) - 1
    assert listing._heights[last] == exact_height(p, listing, last)
    pad = p.shell.ui.theme.px(12)
    top = listing.rect.top - listing.offset + sum(listing._heights[:last])
    row = pygame.Rect(listing.rect.left, top, listing.rect.width, listing._heights[last] - p.shell.ui.theme.px(6))
    assert listing.rect.contains(row), "the last row shows whole"
    drawn = layout_record.capture(p.shell)
    inside = [e for e in drawn.elements if e.kind == "text" and e.owner is not None and e.owner.widget is listing]
    words = [e for e in inside if e.label == listing.items[last].title]
    assert words, "the last row's words are drawn"
    letters = words[0].full  # where its letters are: a little below the top of their line
    line = p.shell.ui.text.line_height(p.shell.ui.theme.style("body_bold"))
    assert letters is not None and row.contains(letters), f"{letters} drawn outside its row {row}"
    assert top + pad <= letters.top < top + pad + line and letters.left >= listing.rect.left + pad
    return row


def test_our_story_first_frame_measures_only_the_memories_in_view(home: Pilot, monkeypatch: pytest.MonkeyPatch) -> None:
    p = home
    wrapped: list[str] = []
    wrap = p.shell.ui.text.wrap

    def counted(text: str, *args: object, **kw: object) -> list[str]:
        wrapped.append(text)
        return wrap(text, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(p.shell.ui.text, "wrap", counted)
    p.click("Our story")
    listing = memories(p)
    in_view = sum(1 for index in range(len(listing.items)) if sum(listing._heights[:index]) < listing.rect.height)
    assert len(listing.items) > 10 * in_view  # a year of answers: many screens of them
    titles = {item.title for item in listing.items}
    measured = {text for text in wrapped if text in titles}  # measured, and again as the rows in view render
    assert in_view <= len(measured) <= in_view + 3, f"{len(measured)} of {len(listing.items)} rows measured, {in_view} in view"


def test_the_arrow_keys_reach_the_last_memory_measured_and_drawn_where_it_belongs(home: Pilot) -> None:
    p = home
    p.click("Our story")
    listing = memories(p)
    for _ in range(20):
        if p.scene.focused() is listing:
            break
        p.press(pygame.K_TAB)
    assert p.scene.focused() is listing
    p.press(pygame.K_DOWN, times=len(listing.items) - 1)
    assert listing.selected == len(listing.items) - 1
    assert all(listing._known), "every row passed on the way down was measured"
    assert_last_row_drawn_where_it_belongs(p, listing)
    p.press(pygame.K_UP, times=len(listing.items) - 1)  # and back to the top, where the first row starts the list
    assert listing.selected == 0 and listing.offset == 0


def test_the_mouse_wheel_reaches_the_last_memory_and_a_click_there_chooses_that_one(
    home: Pilot, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = home
    p.click("Our story")
    listing = memories(p)
    monkeypatch.setattr(pygame.mouse, "get_pos", lambda: listing.rect.center)
    before = -1
    for _ in range(len(listing.items) * 3):
        if listing.offset == before:
            break
        before = listing.offset
        p.step([pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, flipped=False)])
    row = assert_last_row_drawn_where_it_belongs(p, listing)
    scene = p.scene
    assert isinstance(scene, StoryScene)
    memory = scene.shown[-1]
    assert not memory.private
    p.step([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=row.center, button=1)])
    p.step([pygame.event.Event(pygame.MOUSEBUTTONUP, pos=row.center, button=1)])
    assert listing.selected == len(listing.items) - 1, "the click landed on the row drawn under the pointer"
    p.key("p")  # and P marks the one chosen
    marked = [m for m in p.services.story(scene.couple).memories[0] if m.key == memory.key]
    assert marked and marked[0].private


def test_our_story_first_frame_shows_the_list_and_counts_the_quizzes_just_after(
    home: Pilot, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = home
    read: list[str] = []

    def counted(name: str) -> Callable[[int], object]:
        real = getattr(p.store.memories, name)

        def reads(couple_id: int) -> object:
            read.append(name)
            return real(couple_id)

        return reads

    for name in ("reviews", "quizbook"):
        monkeypatch.setattr(p.store.memories, name, counted(name))

    def panel_words() -> list[str]:
        scene = p.scene
        assert isinstance(scene, StoryScene)
        drawn = layout_record.capture(p.shell)
        return [e.label for e in drawn.elements if e.kind == "text" and scene.box.contains(e.rect)]

    p.click("Our story")
    assert read == [], "the first frame reads no quiz"
    assert memories(p).items and "How well you know each other" in panel_words()
    assert not any("quizzed" in words for words in panel_words())
    p.step()  # the next frame: the bars and their words
    assert sorted(read) == ["quizbook", "reviews"]
    assert sum("quizzed" in words for words in panel_words()) == 2
    p.step()
    assert len(read) == 2, "counted once"


def test_the_playbook_screen_builds_only_the_page_it_shows(home: Pilot, monkeypatch: pytest.MonkeyPatch) -> None:
    from game.core.playbook import build_playbook as real
    from game.storage import playbook_store

    built: list[int] = []

    def counted(seat: int, *args: Any, **kw: Any) -> Any:
        built.append(seat)
        return real(seat, *args, **kw)

    monkeypatch.setattr(playbook_store, "build_playbook", counted)
    p = home
    p.click("Our story")
    p.click("Playbook & promises")
    assert p.scene_name == "PlaybookScene" and built == [0]  # the first partner's page, the one on the screen
    couple = p.scene.couple  # type: ignore[attr-defined]
    p.click(f"{couple.name(1)}'s playbook")
    assert built == [0, 1]
    assert titles(p, "Playbook")
    p.click(f"{couple.name(0)}'s playbook")
    assert built == [0, 1], "each page built once"


def titles(p: Pilot, label: str) -> list[str]:
    listing = p.widget(label)
    assert isinstance(listing, ListView)
    return [item.title for item in listing.items]
