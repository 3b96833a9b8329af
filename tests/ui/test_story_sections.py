"""Our story's sections after a few weeks of real play: each drawn at both sizes, in every theme and text size, by key and mouse."""

from __future__ import annotations

from datetime import UTC, datetime

import pygame
import pytest

from game.ui import layout_record
from game.ui.theme import TEXT_SIZES, theme_names

from .story_tour import SECTIONS, played_story
from .test_goldens import assert_matches_golden

NOW = datetime(2026, 9, 1, 19, 30, tzinfo=UTC)


@pytest.fixture(scope="module", params=[(960, 540), (1920, 1080)], ids=["960x540", "1920x1080"])
def story(request, tmp_path_factory):
    p = played_story(tmp_path_factory.mktemp("story") / "data", NOW, request.param)
    yield p
    p.close()


def colour_pixels(surface: pygame.Surface, rect: pygame.Rect, color: tuple[int, int, int]) -> int:
    """Pixels of exactly `color` inside `rect`."""
    part = surface.subsurface(rect.clip(surface.get_rect()))
    return pygame.mask.from_threshold(part, color, (1, 1, 1, 255)).count()


@pytest.mark.parametrize("text_size", ["medium", "larger"])
def test_every_section_draws_in_every_theme_inside_the_window(story, text_size):
    p = story
    p.shell.ui.set("text_size", text_size)
    for theme in [*theme_names(), "date_night"]:  # the three to choose from, and the evening's own
        p.shell.ui.theme_override = theme if theme == "date_night" else None
        p.shell.ui.set("theme", "warm" if theme == "date_night" else theme)
        t = p.shell.ui.theme
        window = pygame.Rect((0, 0), t.size)
        drawn = {}
        for label in SECTIONS:
            p.click(label)
            scene = p.scene
            assert scene.current.label == label
            tabs = [tab.rect for tab in scene.tabs]
            assert all(window.contains(rect) for rect in tabs), f"{theme}/{text_size}: a tab is cut off"
            assert not any(a.colliderect(b) for i, a in enumerate(tabs) for b in tabs[i + 1 :])
            area = scene.area()
            assert window.contains(area) and area.top >= max(rect.bottom for rect in tabs)
            p.step()
            drawn[label] = pygame.image.tobytes(p.shell.window, "RGB")
            if label in ("Over time", "Love map"):
                # the figures are drawn in the theme's own colours: the trivia / scenario lines and the known bars
                assert colour_pixels(p.shell.window, area, t.color("accent")) > 50, f"{label} in {theme}"
            if label == "Over time":
                assert colour_pixels(p.shell.window, area, t.color("good")) > 50, f"understanding line in {theme}"
        assert len(set(drawn.values())) == len(SECTIONS), "each section draws something of its own"
    p.shell.ui.theme_override = None
    p.shell.ui.set("theme", "warm")
    p.shell.ui.set("text_size", "medium")


@pytest.mark.parametrize("text_size", list(TEXT_SIZES))
def test_over_time_draws_both_charts_points_inside_their_boxes_at_every_text_size(story, text_size):
    p = story
    p.shell.ui.set("text_size", text_size)
    p.click("Over time")
    p.step()
    drawn = layout_record.capture(p.shell).in_layer("StoryScene")
    boxes = sorted((e.rect for e in drawn if e.kind == "panel"), key=lambda rect: rect.top)
    for box, labels in zip(boxes, ({"Trivia", "Understanding"}, {"Scenarios", "Who's more likely"}), strict=True):
        points = [e for e in drawn if e.kind == "point" and box.contains(e.rect)]
        assert {e.label for e in points} == labels, f"{text_size}: {sorted(labels)} not all drawn in {tuple(box)}"
    p.shell.ui.set("text_size", "medium")


def test_sections_open_by_number_and_by_tab_and_enter(story):
    p = story
    p.key("3")
    assert p.scene.current.label == "Love map"
    p.key("1")
    assert p.scene.current.label == "Our memories"
    p.scene.focus_on(p.widget("What changed"))
    p.press(pygame.K_RETURN)
    assert p.scene.current.label == "What changed"
    changes = p.widget("Changes").items
    assert changes and all("→" in item.detail for item in changes)


def test_the_number_keys_match_the_five_tabs_and_the_focus_ring_goes_with_the_one_chosen(story):
    p = story
    p.key("1")
    tabs = [tab.label for tab in p.scene.tabs]
    assert len(tabs) == 5 and ("1–5", "section") in p.scene.hints  # the hints count the tabs on the screen
    for number, label in enumerate(SECTIONS, start=1):
        p.key(str(number))
        assert p.scene.current.label == label
        recorder = layout_record.capture(p.shell)
        rings = [e.owner.label for e in recorder.elements if e.kind == "focus" and e.owner is not None]
        assert rings == [label], f"after {number}, the focus ring is on {rings}, not on '{label}'"
    p.key("5")
    assert p.scene_name == "PlaybookScene"
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "StoryScene" and p.scene.focused() is p.widget("Playbook & promises")
    p.key("1")


def test_the_figures_are_computed_once_and_drawn_once_per_size(story, monkeypatch):
    p = story
    calls = []
    real = p.services.story_charts
    monkeypatch.setattr(p.services, "story_charts", lambda couple: calls.append(couple) or real(couple))
    p.press(pygame.K_ESCAPE)
    p.click("Our story")
    scene = p.scene
    drawn = []
    real_figure = scene.figure
    monkeypatch.setattr(scene, "figure", lambda name, surface: drawn.append(name) or real_figure(name, surface))
    for _ in range(3):
        for label in SECTIONS:
            p.click(label)
            p.step()
    assert len(calls) == 1
    assert sorted(drawn) == ["in_sync", "knowing", "love_map"]


def test_opening_our_story_leaves_the_figures_until_a_section_shows_them(story, monkeypatch):
    p = story
    calls = []
    real = p.services.story_charts
    monkeypatch.setattr(p.services, "story_charts", lambda couple: calls.append(couple) or real(couple))
    p.press(pygame.K_ESCAPE)
    p.click("Our story")
    p.step()
    assert p.scene.current.label == "Our memories" and calls == []  # the first frame reads no figure's history
    p.click("Love map")
    p.step()
    assert len(calls) == 1


def test_a_new_couple_sees_invitations_not_empty_axes(pilots):
    p = pilots(at_home=True, size=(960, 540))
    p.click("Our story")
    charts = p.scene.charts
    assert charts.knowing.periods == () and charts.in_sync.periods == () and charts.changes == ()
    invitations = [known.invitation for known in charts.love_map[0]]
    assert "Nothing about fears yet — try Fears and Challenges" in invitations
    for label in SECTIONS:
        p.click(label)
        p.step()
    assert p.widget("Changes").items[0].title == "Nothing has changed yet."


@pytest.fixture(scope="module")
def golden_story(tmp_path_factory):
    p = played_story(tmp_path_factory.mktemp("golden-story") / "data", NOW, (960, 540))
    yield p
    p.close()


@pytest.mark.parametrize(
    ("section", "theme", "name"),
    [
        ("Over time", "warm", "story-over-time"),
        ("Love map", "warm", "story-love-map"),
        ("Over time", "high_contrast", "story-over-time-high-contrast"),
        ("What changed", "dark", "story-what-changed-dark"),
    ],
)
def test_story_sections_match_their_goldens(golden_story, section, theme, name, request, tmp_path):
    p = golden_story
    p.shell.ui.set("theme", theme)
    p.click(section)
    assert_matches_golden(p.screenshot(tmp_path / f"{name}.png"), name, request)


def test_long_names_are_cut_to_fit_with_an_ellipsis(pilots):
    from game.ui.charts import fit, knows

    p = pilots(at_home=True, names=("Wolfgang Amadeus Theophilus Mozartsson", "ليلى عبد الرحمن بن خالد الحسيني"), size=(960, 540))
    ui = p.shell.ui
    style = ui.theme.style("body_bold")
    cut = fit(ui, ["W" * 40], style, 120)
    assert cut.endswith("…") and ui.text.measure(cut, style) <= 120 and len(cut) > 2
    assert fit(ui, ["short", "s"], style, 400) == "short" and fit(ui, ["far too long a title", "s"], style, 30) == "s"
    assert fit(ui, ["Wolfgang Amadeus Theophilus"], style, ui.text.measure("Wolfgang Amadeus Th…", style)) == "Wolfgang Amadeus…"
    couple = p.services.couples()[0]
    title = knows(ui, couple.name(0), couple.name(1), style, 300)
    assert " knows " in title and title.startswith("Wolfgang") and ui.text.measure(title, style) <= 300
    p.shell.ui.set("text_size", "larger")
    p.click("Our story")
    for label in ("Over time", "Love map"):
        p.click(label)
        p.step()
    assert p.scene.current.label == "Love map"


def memories_at_larger_text(p):
    """Our memories at larger text; only the small window makes the panel's words taller than the panel (at the
    largest text there it gives way to the list, see test_story_fit)."""
    p.shell.ui.theme_override = None
    p.shell.ui.set("text_size", "larger")
    p.click("Our memories")
    p.step()
    if p.scene.ui.theme.size != (960, 540):
        pytest.skip("a large window has room for the panel's words")
    return p.scene


def test_the_knowledge_panel_scrolls_its_words_when_larger_text_makes_them_taller(story, monkeypatch):
    from game.ui.intents import Wheel

    p = story
    scene = memories_at_larger_text(p)
    inner = scene.knowledge.viewport
    assert scene.box.contains(inner)
    assert scene.knowledge.scrolls, "the words fit: nothing to scroll"
    monkeypatch.setattr(pygame.mouse, "get_pos", lambda: scene.box.center)
    scene.handle(Wheel(-1))
    assert scene.knowledge.offset > 0
    p.step()
    scene.handle(Wheel(99))
    assert scene.knowledge.offset == 0
    p.shell.ui.set("text_size", "medium")


def test_the_knowledge_panel_scrolls_by_page_keys_and_says_so_only_while_it_has_more(story):
    p = story
    scene = memories_at_larger_text(p)
    assert scene.knowledge.scrolls
    assert ("PgUp PgDn", "scroll the panel") in scene.hints
    selected = scene.listing.selected
    p.press(pygame.K_PAGEDOWN)
    assert scene.knowledge.offset > 0
    assert scene.listing.selected == selected  # the list keeps its place: the page keys move the panel
    p.press(pygame.K_PAGEDOWN, times=20)
    assert scene.knowledge.offset == scene.knowledge.limit
    p.press(pygame.K_PAGEUP, times=20)
    assert scene.knowledge.offset == 0
    p.shell.ui.set("text_size", "medium")
    p.step()
    p.step()
    assert not p.scene.knowledge.scrolls
    assert all(key != "PgUp PgDn" for key, _ in p.scene.hints)
