"""Our book carries Our story's figures as inline SVG: titled, described, escaped, with no script, and the window's numbers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from game.core.story_charts import KnowingChart, Line, Step, SyncChart, themes_of
from game.storage.book_charts import LABEL_H, couple_charts, knowing_svg, sync_svg
from game.storage.exporting import export_data, export_text
from tests.story_history import played_store

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def played(tmp_path):
    """A couple with a Hebrew name and a name that looks like markup, after five weeks of real play."""
    with played_store(tmp_path / "data", [("<b>Zoë</b>", "#c8593f"), ("שירה", "#4f8a4b")]) as played:
        played[1].create_couple([("Ana", "#c8593f"), ("Bo", "#4f8a4b")])  # a second couple, who has not played yet
        yield played


def first(data):
    return next(couple for couple in data["couples"] if couple["players"][1]["name"] == "שירה")


def book(store, services, clock) -> str:
    return export_text(store, services.decks(), clock.now, include_private=False, book=True)


def test_our_book_has_three_figures_each_titled_and_described_with_no_script_and_nothing_fetched(played):
    store, services, _couple, clock = played
    page = book(store, services, clock)
    svgs = re.findall(r"<svg.*?</svg>", page, re.S)
    assert len(svgs) == 6 and page.count("<svg") == len(svgs)  # three for each couple
    assert "<script" not in page.lower() and "javascript:" not in page.lower()
    for svg in svgs:
        root = ET.fromstring(svg)  # well formed: every word in it was escaped
        title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
        assert title is not None and title.text and desc is not None and desc.text
        assert root.get("role") == "img" and title.get("id") in root.get("aria-labelledby", "")
        assert not re.search(r"href|src=|url\(|@import|<image|<foreignObject|\bon[a-z]+=", svg, re.I)
    assert page.count("<figcaption>") == len(svgs)
    ids = re.findall(r'id="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "every id on the page is its own"


def test_names_are_escaped_and_a_right_to_left_name_keeps_its_direction(played):
    store, services, _couple, clock = played
    page = book(store, services, clock)
    pictures = page[page.index('pictures" id="couple-') :]
    assert "<b>Zoë</b>" not in page and "&lt;b&gt;Zoë&lt;/b&gt;" in pictures
    assert '<tspan direction="rtl" unicode-bidi="embed">שירה</tspan>' in pictures  # inside SVG text
    assert "<bdi>שירה</bdi>" in pictures and "<bdi>&lt;b&gt;Zoë&lt;/b&gt;</bdi>" in pictures  # in the captions


def test_the_books_figures_show_what_the_window_shows(played):
    store, services, couple, clock = played
    window = services.story_charts(couple)
    exported = first(export_data(store, services.decks(), clock.now, include_private=False))
    printed = couple_charts(exported, services.decks(), clock.now.astimezone().tzinfo)
    assert printed.knowing == window.knowing and printed.knowing.periods
    assert printed.love_map == window.love_map
    assert printed.in_sync == window.in_sync and printed.in_sync.total[1] > 0
    assert [c.versions for c in printed.changes] == [c.versions for c in window.changes] and window.changes


def test_a_just_between_us_answer_is_counted_in_the_window_but_never_in_the_book(played):
    store, services, couple, clock = played
    decks = {deck.id: deck for deck in services.decks()}
    key = next(
        key for key in sorted(store.memories.all(couple.id)) if themes_of(decks[key.deck_id].card(key.card_id), decks[key.deck_id])
    )
    services.set_private(couple, key, True)
    theme = themes_of(decks[key.deck_id].card(key.card_id), decks[key.deck_id])[0]
    guesser = 1 - key.owner

    def told(charts) -> int:
        return next(k.told for k in charts.love_map[guesser] if k.theme == theme)

    exported = first(export_data(store, services.decks(), clock.now, include_private=False))
    assert told(services.story_charts(couple)) == told(couple_charts(exported, services.decks())) + 1


def test_without_decks_the_book_has_no_pictures_rather_than_empty_ones(played):
    from game.storage.our_book import render_book

    store, services, _couple, clock = played
    data = export_data(store, services.decks(), clock.now, include_private=False)
    assert "<svg" not in render_book(data, {})


def _end_labels(figure: str) -> tuple[float, dict[str, list[float]]]:
    """The baseline of the axis's day labels, and the baselines of the labels at the lines' ends by panel."""
    root = ET.fromstring(re.search(r"<svg.*?</svg>", figure, re.S).group(0))
    by_panel: dict[str, list[float]] = {}
    days = []
    for text in root.iter(f"{SVG}text"):
        if re.fullmatch(r"\D+ \d+%", text.text or ""):  # a line's name and its latest share
            by_panel.setdefault(text.get("x", ""), []).append(float(text.get("y", "0")))
        elif re.search(r"\d{4}", text.text or ""):  # a period under the plot (its year)
            days.append(float(text.get("y", "0")))
    return min(days), {x: sorted(ys) for x, ys in by_panel.items()}


@pytest.mark.parametrize("ending", [0.0, 0.5, 1.0])
def test_two_lines_ending_together_keep_both_labels_readable_and_beside_the_plot(ending):
    periods = (date(2026, 9, 1), date(2026, 9, 8), date(2026, 9, 15))
    hit = round(ending * 4)
    sync = SyncChart(Step.WEEK, periods, ((2, 4), (1, 4), (hit, 4)), ((3, 4), (2, 4), (hit, 4)))
    lines = tuple(Line(seat, kind, (0.5, 0.25, ending)) for seat in (0, 1) for kind in ("trivia", "understanding"))
    knowing = KnowingChart(Step.WEEK, periods, lines, (4, 4, 4))
    for figure in (sync_svg(sync), knowing_svg(knowing, ("Ana", "Bo"))):
        axis, panels = _end_labels(figure)
        assert panels and all(len(baselines) == 2 for baselines in panels.values())
        for upper, lower in panels.values():
            assert lower - upper >= LABEL_H, (ending, upper, lower)  # never on top of each other
            assert upper >= LABEL_H and lower < axis, (ending, upper, lower, axis)  # beside the plot, above its dates


def test_a_lone_point_in_the_book_sits_over_its_own_date():
    sync = SyncChart(Step.EVENING, (date(2026, 12, 6),), ((1, 2),), ((0, 0),))
    root = ET.fromstring(re.search(r"<svg.*?</svg>", sync_svg(sync), re.S).group(0))
    (point,) = [circle for circle in root.iter(f"{SVG}circle") if float(circle.get("cy")) > 30]  # not the legend's
    day = next(text for text in root.iter(f"{SVG}text") if text.text == "6 Dec 2026")
    assert day.get("text-anchor") == "middle" and float(day.get("x")) == pytest.approx(float(point.get("cx")))


def test_the_love_map_s_words_say_who_told_and_who_knows():
    """Playtest C, finding 13: "Noa, Hopes and dreams: 1 told" read as if Noa had told one thing; it meant how well
    Noa knows Darius."""
    from game.core.story_charts import THEMES, ThemeKnowing
    from game.storage.book_charts import love_map_svg

    hopes, fears, values = (next(theme for theme in THEMES if theme.key == key) for key in ("hopes", "fears", "values"))
    cells = {
        0: ((1, 1, 0.5, None), (2, 0, None, None), (1, 0, None, None)),
        1: ((3, 2, 1.0, None), (1, 1, 0.0, None), (0, 0, None, "What Matters")),
    }
    rows = {
        seat: tuple(ThemeKnowing(theme, seat, *cell) for theme, cell in zip((hopes, fears, values), cells[seat], strict=True))
        for seat in (0, 1)
    }
    figure = love_map_svg(rows, ("Noa", "Darius"))
    said = ET.fromstring(re.search(r"<svg.*?</svg>", figure, re.S).group(0)).find(f"{SVG}desc").text
    assert "Hopes and dreams: Noa knows 50% of the one thing Darius has told." in said
    assert "Fears: Darius has told 2 things; Noa has not been quizzed on them yet." in said
    assert "Hopes and dreams: Darius knows 100% of the 3 things Noa has told." in said
    assert "What matters: nothing from Noa yet — try What Matters." in said
    assert "What matters: Darius has told 1 thing; Noa has not been quizzed on it yet." in said
    assert "told ·" not in said and "Noa, " not in said
