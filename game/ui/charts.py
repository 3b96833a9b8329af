"""Our story's figures, drawn: lines over time, the love map, in sync. Each is drawn once per size onto its own surface.

Drawn at the pixel size it is shown at (never scaled), in the theme's colours. Colour is never
the only clue: every line carries its own marker (a circle for trivia and scenarios, a square for
understanding and "who's more likely") and a label at its end, and every cell of the love map says
in words what it shows. Each figure says how tall it needs to be to show all of itself (`knowing_height`,
`sync_height`), and each point it draws is noted for the layout model, so a test sees that it was drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

import pygame

from game.core.answers import MONTH_NAMES
from game.core.chart_geometry import label_span, label_tops, point_xs
from game.core.direction import quoted
from game.core.players import other
from game.core.story_charts import KnowingChart, Step, SyncChart, ThemeKnowing

from . import layout_model

if TYPE_CHECKING:
    from .context import Context as UI
    from .text import TextStyle

Color = tuple[int, int, int]
CATEGORY_WORDS = {"trivia": "Trivia", "understanding": "Understanding"}
STEP_WORDS = {Step.EVENING: "by evening", Step.WEEK: "by week", Step.MONTH: "by month"}


class ChartCache:
    """Drawn figures kept per figure, size, theme and text size: a figure is drawn once, then only blitted."""

    def __init__(self) -> None:
        self._drawn: dict[tuple[object, ...], pygame.Surface] = {}

    def get(self, ui: UI, name: str, size: tuple[int, int], draw: Callable[[pygame.Surface], None]) -> pygame.Surface:
        key = (name, size, ui.theme.name, ui.theme.text_scale)
        found = self._drawn.get(key)
        if found is None:
            # Noting: the layout model sees the figure's words where the figure is placed (a cut label, a row cut off).
            found = layout_model.NotingSurface((max(1, size[0]), max(1, size[1])), pygame.SRCALPHA)
            draw(found)
            if len(self._drawn) > 16:  # a window resized many times keeps only the recent sizes
                self._drawn.pop(next(iter(self._drawn)))
            self._drawn[key] = found
        return found

    def clear(self) -> None:
        self._drawn.clear()


def day_label(day: date, step: Step) -> str:
    month = MONTH_NAMES[day.month - 1][:3]
    return f"{month} {day.year}" if step is Step.MONTH else f"{day.day} {month}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


# ---- small drawing pieces -------------------------------------------------------------


def _text(
    surface: pygame.Surface, ui: UI, text: str, style: str, pos: tuple[int, int], color: str, anchor: str = "topleft"
) -> pygame.Rect:
    rendered = ui.text.line(text, ui.theme.style(style), ui.theme.color(color))
    rect = rendered.get_rect(**{anchor: pos})
    surface.blit(rendered, rect)
    return rect


def fit(ui: UI, choices: Sequence[str], style: TextStyle, width: int) -> str:
    """The first of `choices` that fits `width`, else the last one cut short with an ellipsis."""
    for choice in choices:
        if ui.text.measure(choice, style) <= width:
            return choice
    text = choices[-1]
    low, high = 0, len(text)  # the longest start that fits with its ellipsis, found in a few measurements
    while low < high:
        middle = (low + high + 1) // 2
        if ui.text.measure(text[:middle] + "…", style) <= width:
            low = middle
        else:
            high = middle - 1
    cut = text[:low].rstrip()
    if " " in cut:
        cut = cut[: cut.rfind(" ")]  # a whole word less rather than a word broken off
    return cut + "…" if cut else ""


def knows(ui: UI, who: str, whom: str, style: TextStyle, width: int) -> str:
    """ "Sam knows Alex", with each name cut short (never the word between them) when the line would not fit."""
    full = f"{quoted(who)} knows {quoted(whom)}"
    if ui.text.measure(full, style) <= width:
        return full
    room = max(1, (width - ui.text.measure(" knows ", style)) // 2)
    return f"{quoted(fit(ui, [who], style, room))} knows {quoted(fit(ui, [whom], style, room))}"


def marker(surface: pygame.Surface, shape: str, center: tuple[int, int], radius: int, color: Color, ring: Color) -> None:
    """A point on a line: a circle or a square, ringed in the background colour so crossings stay readable."""
    if shape == "square":
        box = pygame.Rect(0, 0, 2 * radius, 2 * radius)
        box.center = center
        pygame.draw.rect(surface, ring, box.inflate(4, 4))
        pygame.draw.rect(surface, color, box)
    else:
        pygame.draw.circle(surface, ring, center, radius + 2)
        pygame.draw.circle(surface, color, center, radius)


def legend(surface: pygame.Surface, ui: UI, entries: Sequence[tuple[str, str, str]], pos: tuple[int, int]) -> int:
    """Marker and word for each line, left to right; returns the height used."""
    t = ui.theme
    x, y = pos
    style = t.style("small")
    height = ui.text.line_height(style)
    for word, shape, color in entries:
        marker(surface, shape, (x + t.px(7), y + height // 2), t.px(5), t.color(color), t.color("surface"))
        x = _text(surface, ui, word, "small", (x + t.px(18), y), "text").right + t.px(18)
    return height


def plot(
    surface: pygame.Surface,
    ui: UI,
    area: pygame.Rect,
    periods: Sequence[date],
    step: Step,
    series: Sequence[tuple[str, str, str, Sequence[float | None]]],
) -> None:
    """Lines from 0% to 100% over `periods` inside `area`, with gridlines, axis labels and each line's label at its end.

    `series` holds (label, marker shape, theme colour, values); a None value is a point not drawn yet.
    """
    t = ui.theme
    small = t.style("small")
    label_w = max(ui.text.measure(text, small) for text in ("100%", "50%", "0%")) + t.px(8)
    end_w = max((ui.text.measure(_end_label(label, values), small) for label, _, _, values in series), default=0) + t.px(14)
    line_h = ui.text.line_height(small)
    below = t.px(4) + line_h  # the dates under the axis
    inner = pygame.Rect(
        area.left + label_w, area.top + line_h // 2, area.width - label_w - end_w, area.height - line_h // 2 - below
    )
    if inner.width < t.px(40) or inner.height < _least_plot(ui):
        return
    grid, muted = t.color("surface_border"), "muted"
    for share in (0.0, 0.5, 1.0):
        y = inner.bottom - round(share * inner.height)
        pygame.draw.line(surface, grid, (inner.left, y), (inner.right, y), max(1, t.px(1)))
        if share != 0.5 or inner.height >= 2 * line_h:  # a short plot names only its ends, each clear of the other
            _text(surface, ui, f"{round(share * 100)}%", "small", (inner.left - t.px(6), y), muted, "midright")
    pygame.draw.line(surface, t.color("muted"), (inner.left, inner.top), (inner.left, inner.bottom), max(1, t.px(2)))
    # The first and the last period are named, each centred under its own point (a lone point and its date too).
    dates = {index: day_label(periods[index], step) for index in sorted({0, len(periods) - 1}) if periods}
    inset = (max((ui.text.measure(words, small) for words in dates.values()), default=0) + 1) // 2
    xs = [round(x) for x in point_xs(len(periods), inner.left, inner.right, inset)]
    for index, words in dates.items():
        start, _ = label_span(xs[index], ui.text.measure(words, small), inner.left, inner.right)
        _text(surface, ui, words, "small", (round(start), inner.bottom + t.px(4)), muted)
    ends: list[tuple[int, str, str]] = []
    radius = max(4, t.px(5))
    for label, shape, color, values in series:
        points = [(xs[i], inner.bottom - round(v * inner.height)) for i, v in enumerate(values) if v is not None]
        if not points:
            continue
        ink = t.color(color)
        for run in runs(values):  # a period with no point breaks the line: no trend drawn across it
            if len(run) > 1:
                drawn = [(xs[i], inner.bottom - round(values[i] * inner.height)) for i in run]  # type: ignore[operator]
                pygame.draw.lines(surface, ink, False, drawn, max(2, t.px(3)))
        if len(points) <= 40:  # beyond that the markers would hide the line
            for point in points:
                marker(surface, shape, point, radius, ink, t.color("surface"))
        for x, y in points:  # what a layout test reads: each point drawn, and where
            layout_model.note_inside(surface, "point", pygame.Rect(x - radius, y - radius, 2 * radius, 2 * radius), label)
        ends.append((points[-1][1], _end_label(label, values), color))
    _end_labels(surface, ui, ends, inner.right + t.px(10), (inner.top - line_h // 2, inner.bottom + line_h // 2))


def runs(values: Sequence[float | None]) -> list[list[int]]:
    """The indexes of `values` in unbroken runs: a None ends one, and the next value starts another."""
    found: list[list[int]] = []
    for index, value in enumerate(values):
        if value is None:
            continue
        if found and found[-1][-1] == index - 1:
            found[-1].append(index)
        else:
            found.append([index])
    return found


def _least_plot(ui: UI) -> int:
    """The least height between 0% and 100%: enough for a line to read, and for its three labels to keep apart."""
    return max(ui.theme.px(30), ui.text.line_height(ui.theme.style("small")))


def plot_height(ui: UI) -> int:
    """The least height `plot` needs to draw its axes and points: the 100% label's top, the lines, the dates below."""
    line_h = ui.text.line_height(ui.theme.style("small"))
    return line_h // 2 + _least_plot(ui) + ui.theme.px(4) + line_h


def _end_label(label: str, values: Sequence[float | None]) -> str:
    last = next((v for v in reversed(values) if v is not None), None)
    return f"{label} {percent(last)}"


def _end_labels(surface: pygame.Surface, ui: UI, ends: list[tuple[int, str, str]], x: int, bounds: tuple[int, int]) -> None:
    """Each line's label beside its last point, nudged apart so two lines ending together both stay readable."""
    height = ui.text.line_height(ui.theme.style("small"))
    ordered = sorted(ends)
    for top, (_, text, color) in zip(label_tops([y for y, _, _ in ordered], height, bounds), ordered, strict=True):
        _text(surface, ui, text, "small", (x, top), color if ui.theme.name == "high_contrast" else "text")


# ---- the figures -------------------------------------------------------------------------


def knowing_lines(chart: KnowingChart, seat: int) -> bool:
    """`seat` has been quizzed: their panel draws lines, not an invitation."""
    return any(chart.line(seat, category).last is not None for category in CATEGORY_WORDS)


def sync_lines(chart: SyncChart) -> bool:
    return bool(chart.total[1])


def _not_quizzed(names: tuple[str, str], seat: int) -> str:
    who, whom = quoted(names[seat]), quoted(names[other(seat)])
    return f"{who} has not been quizzed on {whom} yet: a few evenings on, Quiz me starts this line."


def _no_sync(suggestion: str | None) -> str:
    words = "No scenarios or who's-more-likely cards yet"
    return words + (f": try {suggestion} and see how well you predict each other." if suggestion else ".")


def _block_height(ui: UI, words: str, width: int) -> int:
    return int(ui.text.block(words, ui.theme.style("small"), ui.theme.color("muted"), max(1, width)).get_height())


def knowing_height(ui: UI, chart: KnowingChart, names: tuple[str, str], width: int) -> int:
    """The least height `knowing_figure` shows all of itself in at `width`: the legend, each partner's title, and
    under it their lines (`plot_height`) or their invitation's words."""
    t = ui.theme
    panel_w = (width - t.px(24)) // 2
    bodies = [
        plot_height(ui) if knowing_lines(chart, seat) else _block_height(ui, _not_quizzed(names, seat), panel_w) for seat in (0, 1)
    ]
    return ui.text.line_height(t.style("small")) + t.px(8) + ui.text.line_height(t.style("body_bold")) + t.px(6) + max(bodies)


def sync_height(ui: UI, chart: SyncChart, suggestion: str | None, width: int) -> int:
    """The least height `sync_figure` shows all of itself in at `width`: its heading, then its lines or its words."""
    body = plot_height(ui) if sync_lines(chart) else _block_height(ui, _no_sync(suggestion), width)
    return ui.text.line_height(ui.theme.style("body_bold")) + ui.theme.px(4) + body


def knowing_figure(ui: UI, surface: pygame.Surface, chart: KnowingChart, names: tuple[str, str]) -> None:
    """How well each knows the other over time: a panel per partner, trivia and understanding as two lines."""
    t = ui.theme
    width, height = surface.get_size()
    gap = t.px(24)
    top = legend(surface, ui, [("Trivia", "circle", "accent"), ("Understanding", "square", "good")], (0, 0))
    caption = f"Latest quiz on each answer, {STEP_WORDS[chart.step]}"
    _text(
        surface,
        ui,
        fit(ui, [caption, STEP_WORDS[chart.step]], t.style("small"), width // 2),
        "small",
        (width, 0),
        "muted",
        "topright",
    )
    top += t.px(8)
    panel_w = (width - gap) // 2
    for seat in (0, 1):
        area = pygame.Rect(seat * (panel_w + gap), top, panel_w, height - top)
        title = knows(ui, names[seat], names[other(seat)], t.style("body_bold"), area.width)
        used = _text(surface, ui, title, "body_bold", area.topleft, "text").height + t.px(6)
        body = pygame.Rect(area.left, area.top + used, area.width, area.height - used)
        if not knowing_lines(chart, seat):
            surface.blit(ui.text.block(_not_quizzed(names, seat), t.style("small"), t.color("muted"), body.width), body.topleft)
            continue
        lines = [chart.line(seat, category) for category in CATEGORY_WORDS]
        series = [
            (CATEGORY_WORDS[line.category], "circle" if line.category == "trivia" else "square", color, line.values)
            for line, color in zip(lines, ("accent", "good"), strict=True)
        ]
        plot(surface, ui, body, chart.periods, chart.step, series)


def sync_figure(ui: UI, surface: pygame.Surface, chart: SyncChart, suggestion: str | None) -> None:
    """In sync over time: scenario predictions and "who's more likely" cards, each period's share that matched."""
    t = ui.theme
    width, height = surface.get_size()
    hits, made = chart.total
    heading = "In sync" if not made else f"In sync: {hits} of {made} ({percent(hits / made)})"
    drawn = _text(surface, ui, heading, "body_bold", (0, 0), "text")
    used = drawn.height + t.px(4)
    if not sync_lines(chart):
        surface.blit(ui.text.block(_no_sync(suggestion), t.style("small"), t.color("muted"), width), (0, used))
        return
    legend(
        surface, ui, [("Scenarios", "circle", "accent"), ("Who's more likely", "square", "good")], (drawn.right + t.px(24), t.px(4))
    )
    series = [
        ("Scenarios", "circle", "accent", chart.shares("scenario")),
        ("Who's more likely", "square", "good", chart.shares("who")),
    ]
    series = [entry for entry in series if any(value is not None for value in entry[3])]
    plot(surface, ui, pygame.Rect(0, used, width, height - used), chart.periods, chart.step, series)


def love_map_figure(ui: UI, surface: pygame.Surface, rows: dict[int, tuple[ThemeKnowing, ...]], names: tuple[str, str]) -> None:
    """A row per theme, a column per partner: how much each has heard of the other there, how well they know it."""
    t = ui.theme
    width, height = surface.get_size()
    small, bold = t.style("small"), t.style("body_bold")
    themes = [known.theme for known in rows[0]]
    label_w = min(width // 4, max(ui.text.measure(theme.label, small) for theme in themes) + t.px(14))
    gap = t.px(10)
    column_w = (width - label_w - gap) // 2
    head_h = love_map_head(ui)
    row_h = max(_map_row_least(ui), (height - head_h) // max(1, len(themes)))
    for seat in (0, 1):
        x = label_w + seat * (column_w + gap)
        title = knows(ui, names[seat], names[other(seat)], bold, column_w)
        _text(surface, ui, title, "body_bold", (x, 0), "text")
    # Each column's bars are as long as one another, so they compare; the words go beside them, never over the fill.
    said = [_known_words(ui, rows[seat], column_w * 3 // 5) for seat in (0, 1)]
    for index, theme in enumerate(themes):
        y = head_h + index * row_h
        _text(surface, ui, fit(ui, [theme.label], small, label_w - t.px(8)), "small", (0, y + row_h // 2), "text", "midleft")
        for seat in (0, 1):
            cell = pygame.Rect(label_w + seat * (column_w + gap), y + t.px(2), column_w, row_h - t.px(4))
            _cell(surface, ui, cell, rows[seat][index], *said[seat])


def love_map_height(ui: UI, themes: int) -> int:
    """The least height the love map's rows show whole in: taller than its room (the largest text in a small
    window), it scrolls rather than cut its last rows."""
    return love_map_head(ui) + themes * _map_row_least(ui)


def love_map_head(ui: UI) -> int:
    """How tall the love map's column heads are ("… knows …"): the rows start below them."""
    return ui.text.line_height(ui.theme.style("body_bold")) + ui.theme.px(6)


def _map_row_least(ui: UI) -> int:
    return ui.text.line_height(ui.theme.style("small")) + ui.theme.px(6)


def _known_words(ui: UI, column: Sequence[ThemeKnowing], most: int) -> tuple[int, int]:
    """How a column's bars are told beside them: which words (0: "3 told · 83% known", 1: "3 · 83%", 2: "83%"), the
    longest every bar's words fit in `most`, said the same way down the column; and the room they take."""
    small = ui.theme.style("small")
    scored = [known for known in column if known.score is not None]
    for form in range(3):
        room = max((ui.text.measure(_words_of(known)[form], small) for known in scored), default=0)
        if room <= most:
            break
    return form, min(room, most)


def _words_of(known: ThemeKnowing) -> tuple[str, str, str]:
    return f"{known.told} told · {percent(known.score)} known", f"{known.told} · {percent(known.score)}", percent(known.score)


def _cell(surface: pygame.Surface, ui: UI, cell: pygame.Rect, known: ThemeKnowing, form: int, words_w: int) -> None:
    """One theme for one partner: a bar of how well it is known with its words beside it, or an invitation."""
    t = ui.theme
    small = t.style("small")
    radius = t.px(6)
    pygame.draw.rect(surface, t.color("button"), cell, border_radius=radius)
    layout_model.note_inside(surface, "row", cell, known.theme.label)
    pygame.draw.rect(surface, t.color("surface_border"), cell, width=1, border_radius=radius)
    room = cell.width - t.px(16)
    if known.score is not None:
        pad = t.px(5)
        track = pygame.Rect(cell.left + pad, cell.top + pad, cell.width - words_w - t.px(16) - pad, cell.height - 2 * pad)
        pygame.draw.rect(surface, t.color("surface"), track, border_radius=radius)
        filled = track.copy()
        filled.width = max(min(track.width, radius * 2), round(track.width * known.score))
        pygame.draw.rect(surface, t.color("accent"), filled, border_radius=radius)
        words = fit(ui, [_words_of(known)[form]], small, words_w)
        layout_model.note_inside(surface, "fill", filled, words)
        _text(surface, ui, words, "small", (track.right + t.px(8), cell.centery), "text", "midleft")
        return
    invitation = known.invitation or ""
    shorter = ["Nothing yet — try " + known.suggestion] if known.told == 0 and known.suggestion else []
    if known.told:
        shorter = [f"{known.told} told, not quizzed yet"]
    words = fit(ui, [invitation, *shorter, "Nothing yet" if not known.told else f"{known.told} told"], small, room)
    _text(surface, ui, words, "small", (cell.left + t.px(8), cell.centery), "muted", "midleft")
