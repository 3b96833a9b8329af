"""A screen's first frame is already right: nothing cut off or run under a scroll bar that a later frame, a Tab or a
resize would put right. Each frame is recorded as it is drawn, from the one that opens the screen on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pygame
import pytest

from game.core.cards import AnswerType, Kind
from game.core.session import Phase
from game.ui import layout_model
from game.ui.layout_record import Element, Recorder

from .pilot import Pilot
from .story_tour import played_story
from .test_flows import deal
from .tour import play_turn

STORY_NOW = datetime(2026, 9, 1, 19, 30, tzinfo=UTC)


@contextmanager
def recording(p: Pilot) -> Iterator[list[Recorder]]:
    """Every frame the shell draws meanwhile, as the layout model saw it (then drawn on the window as ever); each
    knows the step of play on the table when it was drawn, if any (`step_of`)."""
    shell, frames = p.shell, []
    real = shell.draw

    def draw() -> None:
        window = shell.window
        shell.window = layout_model.RecordingSurface(window.get_size())
        frames.append(Recorder(window.get_size()))
        frames[-1].step = step_of(p)  # type: ignore[attr-defined]
        layout_model.listen(frames[-1])
        try:
            real()
        finally:
            layout_model.listen(None)
            shell.window = window
        real()

    shell.draw = draw  # type: ignore[method-assign]
    try:
        yield frames
    finally:
        del shell.draw


def step_of(p: Pilot) -> tuple[int, str] | None:
    session = getattr(p.scene, "session", None)
    if session is None or session.current is None:
        return None
    return session.current.number, session.phase.value


def on_share_card(p: Pilot) -> bool:
    scene = p.scene
    if p.scene_name != "PlayScene" or scene.session.phase is not Phase.ANSWER:
        return False
    card = scene.card()
    return card.kind is Kind.ASK and card.remembered and card.answer_type is AnswerType.TEXT


def widgets_drawn(frame: Recorder, label: str) -> list[Element]:
    return [e for e in frame.elements if e.layer == "PlayScene" and e.widget is not None and e.label == label]


@pytest.mark.parametrize("size", [(960, 540), (1024, 600), (1280, 720)], ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("text_size", ["medium", "large", "larger", "largest"])
def test_a_share_card_shows_its_answer_whole_on_its_first_frame(pilots: Callable[..., Pilot], size, text_size) -> None:
    """ "Just between us" was cut at the foot of the side ("Iust between us") until a Tab scrolled to it; and once it
    was not, scrolled to it, the words saying who asks were out of sight above."""
    p = pilots(at_home=True, size=size)
    p.shell.ui.set("text_size", text_size)
    seen = 0
    with recording(p) as frames:
        deal(p)
        for _ in range(80):
            if p.scene_name != "PlayScene":  # the round ended first (a round holds one remembered card in three)
                p.press(pygame.K_RETURN)
                deal(p)
                frames.clear()
                continue
            if on_share_card(p) and seen < 2:
                seen += 1
                side = p.scene.scroller.viewport
                first = next(frame for frame in frames if frame.step == step_of(p))  # type: ignore[attr-defined]
                for label in ("Just between us", "We talked, no note", p.scene.input.submit.label):
                    drawn = [e for e in widgets_drawn(first, label) if e.rect.width and e.rect.height]  # some of it shows
                    if label == "Just between us":
                        assert drawn, f"'{label}' is not in sight on the first frame"
                    for e in drawn:  # what shows of the answer shows whole: none is cut at the foot of the side
                        assert e.rect == e.full and side.contains(e.full), f"'{label}' is cut on the first frame"
                field = p.scene.input.field.rect
                assert side.top <= field.top, "the note's top is in sight"
                # Who asks and who answers, over the answer: the side's first words are in sight with it, whole.
                asker = p.scene.name(1 - p.scene.session.current.seat)
                said = [
                    e for e in first.elements if e.layer == "PlayScene" and e.kind == "text" and e.label.startswith(f"{asker} asks")
                ]
                assert said and all(e.rect == e.full and e.rect.height for e in said), f"'{asker} asks' is not in sight"
            frames.clear()
            if seen == 2:
                break
            play_turn(p)
    assert seen == 2, "two cards to answer aloud with a note were dealt"


def story_at_larger(tmp_path, size: tuple[int, int]) -> Pilot:  # type: ignore[no-untyped-def]
    """Larger text: the panel shows and scrolls (at Largest in a window this short, it gives the list its room)."""
    p = played_story(tmp_path / "data", STORY_NOW, size, weeks=4)
    p.press(pygame.K_ESCAPE)
    p.shell.ui.set("text_size", "larger")
    return p


def bars_clear_of_the_scroll_bar(frame: Recorder) -> None:
    bars = [e.rect for e in frame.elements if e.layer == "StoryScene" and e.kind == "bar"]
    scrollbars = [e.rect for e in frame.elements if e.layer == "StoryScene" and e.kind == "scrollbar"]
    assert bars, "the panel's bars were drawn"
    for bar in bars:
        assert bar.collidelist(scrollbars) < 0, f"a bar at {tuple(bar)} runs under the scroll bar {scrollbars}"
        assert not scrollbars or bar.right < min(s.left for s in scrollbars)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_our_story_panel_bars_keep_clear_of_its_scroll_bar_from_the_first_frame(tmp_path, size) -> None:
    p = story_at_larger(tmp_path, size)
    try:
        with recording(p) as frames:
            p.click("Our story")
            p.step()  # the frame after the first: how well each knows the other is counted now
            p.step()
        assert any(e.kind == "scrollbar" for frame in frames for e in frame.elements), "the panel scrolls at this size"
        story_frames = [frame for frame in frames if any(e.layer == "StoryScene" for e in frame.elements)]
        assert len(story_frames) >= 2
        for frame in story_frames:
            bars_clear_of_the_scroll_bar(frame)
        with recording(p) as frames:  # and after the window is made smaller (the panel's words wrap further)
            smaller = (size[0] - 64, size[1] - 40)
            p.shell.window = pygame.display.set_mode(smaller, pygame.RESIZABLE)
            p.step([pygame.event.Event(pygame.VIDEORESIZE, w=smaller[0], h=smaller[1], size=smaller)])
        assert frames
        bars_clear_of_the_scroll_bar(frames[0])
    finally:
        p.close()
