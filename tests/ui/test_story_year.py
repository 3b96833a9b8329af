"""Our story after the sample couple's year, read as a couple would: the panel's figures say what they count and why
they sit below Over time's, and the closing ritual's answers, given afresh each date night, are never a change."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pygame
import pytest

from game.core.date_night_plan import APPRECIATION_CARDS, SMALL_THING_CARDS
from game.core.story_charts import Step
from game.ui.charts import plot, runs
from game.ui.scenes.story import StoryScene
from game.ui.scenes.story_panel import KEPT_FRESH

from .drawn import frame
from .pilot import Pilot
from .story_tour import at_home_on_a_copy, sample_year


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_year(tmp_path_factory.mktemp("year") / "data")


@pytest.fixture
def story(year: Path, tmp_path: Path) -> Iterator[Pilot]:
    """A pilot on Our story, its panel filled (it is worked out just after the first frame)."""
    p = at_home_on_a_copy(year, tmp_path / "data")
    p.click("Our story")
    p.advance(0.5)
    yield p
    p.close()


def scene_of(p: Pilot) -> StoryScene:
    scene = p.scene
    assert isinstance(scene, StoryScene)
    return scene


def panel_words(p: Pilot) -> list[str]:
    return [drawn.text for drawn in frame(p) if drawn.by == "StoryScene"]


def test_the_panel_calls_its_figures_kept_fresh_and_says_quizzes_due_lower_them(story: Pilot) -> None:
    p = story
    scene = scene_of(p)
    knowing, charts, due = scene.knowing, scene.charts, p.services.due_count(scene.couple, p.services.consent(scene.couple))
    words = panel_words(p)
    assert KEPT_FRESH in words
    for seat in (0, 1):
        known = knowing.knowledge[seat]
        assert known.overall is not None
        note = f"{round(known.overall * 100)}% kept fresh · {known.quizzed} quizzed"
        assert note in words, (note, words)
        # What the words say is so: with quizzes due, each figure sits below Over time's, which counts the last quiz.
        assert due[seat] > 0
        for category, value in known.by_category.items():
            last = charts.knowing.line(seat, category).last
            assert last is not None and value < last, (seat, category)


def test_before_any_quiz_the_panel_has_nothing_to_explain(pilots: Callable[..., Pilot]) -> None:
    p = pilots(at_home=True)
    p.click("Our story")
    p.advance(0.5)
    words = panel_words(p)
    assert "Not quizzed yet" in words and KEPT_FRESH not in words


def test_what_changed_leaves_out_each_date_night_s_closing_answers_and_our_memories_shows_the_latest(
    story: Pilot,
) -> None:
    p = story
    scene = scene_of(p)
    closing = {*APPRECIATION_CARDS, *SMALL_THING_CARDS}
    stored = [m for seat in (0, 1) for m in scene.story.memories[seat] if m.key.card_key in closing]
    assert stored and all(len(m.history) > 5 for m in stored)  # a year of date nights: every answer is still kept
    rows = {m.key: scene.listing.items[i] for i, m in enumerate(scene.shown)} if scene.listing else {}
    for memory in stored:
        if memory.key.owner == scene.owner:
            row = rows[memory.key]
            assert "→" not in row.detail and "changed" not in row.detail, row.detail
    p.click("What changed")
    changes = p.widget("Changes").items
    titles = {item.title for item in changes}
    assert changes and "Nothing has changed yet." not in titles  # real changes of mind still show
    card_of = scene.story.cards
    for memory in stored:
        assert scene.couple.quiz_text(card_of[memory.key.card_key], memory.key.owner) not in titles


def test_only_over_time_names_a_trivia_figure_so_no_two_figures_share_a_name(story: Pilot) -> None:
    panel = panel_words(story)
    assert not [text for text in panel if re.search(r"(?i)\b(trivia|understanding) \d+%", text)], panel
    assert "Over time shows trivia and understanding at the latest quiz" in KEPT_FRESH


def test_over_time_s_charts_start_and_end_at_the_same_months(story: Pilot) -> None:
    charts = scene_of(story).charts
    assert charts.knowing.periods == charts.in_sync.periods and charts.knowing.step is charts.in_sync.step
    assert len(charts.knowing.periods) > 2


def test_an_in_sync_line_breaks_where_nothing_of_its_kind_was_played(story: Pilot) -> None:
    surface = pygame.Surface((600, 300))
    p_ui = story.shell.ui
    surface.fill(p_ui.theme.color("surface"))
    area = pygame.Rect(0, 0, 600, 300)
    periods = [date(2026, month, 1) for month in (1, 2, 3)]
    plot(surface, p_ui, area, periods, Step.MONTH, [("Who", "square", "good", [0.25, None, 0.25])])
    ink = p_ui.theme.color("good")
    columns = [x for x in range(600) if any(surface.get_at((x, y))[:3] == ink for y in range(300))]
    assert columns, "the two points are drawn"
    middle = (columns[0] + columns[-1]) // 2
    assert not any(surface.get_at((middle, y))[:3] == ink for y in range(300)), "no line across the empty month"
    assert runs([0.25, None, 0.25, 0.5]) == [[0], [2, 3]]


def test_the_playbook_opened_from_our_story_says_esc_goes_back_to_it(story: Pilot) -> None:
    p = story
    p.click("Playbook & promises")
    assert p.scene_name == "PlaybookScene" and ("Esc", "back to Our story") in p.scene.hints
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "StoryScene"
