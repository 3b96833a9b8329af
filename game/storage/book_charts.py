"""Our story's figures for “Our book”: hand-written inline SVG, no script and nothing fetched from elsewhere.

The figures are computed by game.core.story_charts from what the export holds for a couple, under
the couple's agreed limits, so the page shows the same pictures as the window. Each figure has a
title and a text alternative (an SVG <title> and <desc>, and a caption on the page); every word
in it is escaped, and names are isolated so a right-to-left name cannot reorder a line.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, tzinfo
from typing import Any

from game.core.answers import MONTH_NAMES, AnswerValue, Verdict
from game.core.cards import Deck
from game.core.chart_geometry import label_span, label_tops, point_xs
from game.core.consent import Consent
from game.core.memories import Memory, MemoryKey, MemoryVersion
from game.core.partner_quiz import Review
from game.core.players import other
from game.core.story_charts import (
    KnowingChart,
    Step,
    StoryCharts,
    SyncChart,
    ThemeKnowing,
    story_charts,
)

WIDTH = 720
FONT = "system-ui, sans-serif"
#: The book's own colours (see our_book.STYLE): trivia and scenarios, understanding and who's more likely.
INK, MUTED, GRID, FIRST, SECOND, CELL = "#3b2a22", "#8a6f60", "#e8d5c2", "#c8593f", "#4f8a4b", "#f6ede3"
#: How tall a line's end label is: two never share a row, and none leaves the plot's band.
LABEL_H = 15
#: About how wide a letter or digit of a date under the plot is (13px type): enough to keep the date inside the plot.
DAY_W = 7
STEP_WORDS = {Step.EVENING: "by evening", Step.WEEK: "by week", Step.MONTH: "by month"}
#: The in-sync lines, as their labels name them, and the kind of card each counts.
SYNC_KINDS = (("Scenarios", "scenario"), ("Who's more likely", "who"))


def couple_charts(couple: Mapping[str, Any], decks: Sequence[Deck], tz: tzinfo | None = None) -> StoryCharts:
    """The figures of one exported couple, under the limits the couple agreed to."""
    limits = couple.get("agreed_limits") or {}
    consent = Consent(int(limits.get("max_level", 3)), bool(limits.get("spicy", False)))
    memories: dict[MemoryKey, Memory] = {}
    for item in couple.get("memories", []):
        key = MemoryKey(int(item["owner"]), str(item["deck_id"]), str(item["card_id"]))
        history = tuple(MemoryVersion(_answer(v["answer"]), datetime.fromisoformat(v["at"])) for v in item["history"])
        if history:
            memories[key] = Memory(key, history, bool(item.get("just_between_us", False)))
    reviews = [
        Review(
            MemoryKey(int(r["memory"]["owner"]), str(r["memory"]["deck_id"]), str(r["memory"]["card_id"])),
            int(r["guesser"]),
            _answer(r["guess"]),
            Verdict(r["verdict"]),
            datetime.fromisoformat(r["at"]),
        )
        for r in couple.get("reviews", [])
    ]
    return story_charts(memories, reviews, decks, couple.get("turns", []), consent, tz)


def _answer(value: object) -> AnswerValue:
    return value if isinstance(value, str | int | float) else str(value)


def figures(charts: StoryCharts, names: tuple[str, str], prefix: str = "", between_us: int = 0) -> list[str]:
    """The page's figures, each a <figure> with its caption and an inline SVG; `prefix` keeps their ids apart per couple.

    `between_us`: how many answers Our story counts that the page leaves out, kept just between the two of them;
    each figure says so beside its numbers, which are otherwise Our story's own."""
    aside = left_out_words(between_us)
    return [
        knowing_svg(charts.knowing, names, prefix, aside),
        love_map_svg(charts.love_map, names, prefix, aside),
        sync_svg(charts.in_sync, prefix, aside),
    ]


def left_out_words(between_us: int) -> str:
    """Said beside a number that Our story counts differently, or '' when it counts the same."""
    if not between_us:
        return ""
    if between_us == 1:
        return "Not counting the 1 answer kept just between you, which stays out of this book; Our story counts it."
    return f"Not counting the {between_us} answers kept just between you, which stay out of this book; Our story counts them."


# ---- pieces ----------------------------------------------------------------------------------


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _name(text: str, limit: int = 24) -> str:
    """A name for SVG text: cut to fit, escaped, and, when it reads right to left, embedded in its own direction.

    (<bdi> is HTML and has no place inside SVG; `unicode-bidi="embed"` is what SVG itself offers.)
    """
    cut = text if len(text) <= limit else text[: limit - 1] + "…"
    if _reads_right_to_left(cut):
        return f'<tspan direction="rtl" unicode-bidi="embed">{_esc(cut)}</tspan>'
    return _esc(cut)


def _reads_right_to_left(text: str) -> bool:
    """Whether the first letter with a direction of its own is a right-to-left one (Hebrew, Arabic…)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _bdi(name: str) -> str:
    """A name in the page's HTML: escaped and isolated, as the rest of Our book does."""
    return f"<bdi>{_esc(name)}</bdi>"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _day(day: date, step: Step) -> str:
    month = MONTH_NAMES[day.month - 1][:3]
    return f"{month} {day.year}" if step is Step.MONTH else f"{day.day} {month} {day.year}"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def _figure(slug: str, title: str, description: str, height: int, body: Iterable[str], caption_html: str) -> str:
    """A figure whose SVG carries its own title and text alternative, and whose caption says the same on the page."""
    parts = [
        f'<figure class="chart" id="chart-{slug}">',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="chart-{slug}-title chart-{slug}-desc" font-family="{FONT}" font-size="13">',
        f'<title id="chart-{slug}-title">{_esc(title)}</title>',
        f'<desc id="chart-{slug}-desc">{_esc(description)}</desc>',
        *body,
        "</svg>",
        f"<figcaption>{caption_html}</figcaption>",
        "</figure>",
    ]
    return "\n".join(parts)


def _marker(shape: str, x: float, y: float, color: str) -> str:
    if shape == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{color}" stroke="#fff" stroke-width="1.5"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{color}" stroke="#fff" stroke-width="1.5"/>'


def _plot(
    left: float, top: float, width: float, height: float, periods: Sequence[date], step: Step,
    series: Sequence[tuple[str, str, str, Sequence[float | None]]],
) -> list[str]:  # fmt: skip
    """Lines from 0% to 100% with gridlines, the first and last period named, and each line's label at its end."""
    out = []
    for share in (0.0, 0.5, 1.0):
        y = top + height - share * height
        out.append(f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{left + width:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        out.append(f'<text x="{left - 6:.1f}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">{round(share * 100)}%</text>')
    # The first and the last period are named, each centred under its own point (a lone point and its date too).
    dates = {index: _day(periods[index], step) for index in sorted({0, len(periods) - 1}) if periods}
    xs = point_xs(len(periods), left, left + width, max((DAY_W * len(day) for day in dates.values()), default=0) / 2)
    for index, day in dates.items():
        start, end = label_span(xs[index], DAY_W * len(day), left, left + width)
        out.append(
            f'<text x="{(start + end) / 2:.1f}" y="{top + height + 18:.1f}" text-anchor="middle" fill="{MUTED}">{_esc(day)}</text>'
        )
    ends = []
    for label, shape, color, values in series:
        points = [(xs[i], top + height - v * height) for i, v in enumerate(values) if v is not None]
        if not points:
            continue
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        dash = ' stroke-dasharray="6 3"' if shape == "square" else ""
        out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2.5"{dash}/>')
        if len(points) <= 40:
            out.extend(_marker(shape, x, y, color) for x, y in points)
        latest = next(v for v in reversed(values) if v is not None)
        ends.append((points[-1][1], f"{label} {_percent(latest)}"))
    ordered = sorted(ends)
    bounds = (round(top) - LABEL_H // 2, round(top + height) + LABEL_H // 2)
    for label_top, (_, text) in zip(label_tops([round(y) for y, _ in ordered], LABEL_H, bounds), ordered, strict=True):
        baseline = label_top + LABEL_H - 4  # 13px letters sit on a baseline 4px above the box's foot
        out.append(f'<text x="{left + width + 10:.1f}" y="{baseline}" fill="{INK}">{_esc(text)}</text>')
    return out


def _legend(x: float, y: float, entries: Sequence[tuple[str, str, str]]) -> list[str]:
    out = []
    for word, shape, color in entries:
        out.append(_marker(shape, x + 5, y - 4, color))
        out.append(f'<text x="{x + 15:.1f}" y="{y:.1f}" fill="{INK}">{_esc(word)}</text>')
        x += 30 + 7.5 * len(word)
    return out


# ---- the figures ----------------------------------------------------------------------------


def knowing_svg(chart: KnowingChart, names: tuple[str, str], prefix: str = "", aside: str = "") -> str:
    height = 250 if chart.periods else 96  # before any quiz, two sentences need no room for axes
    body = _legend(0, 16, [("Trivia", "circle", FIRST), ("Understanding", "square", SECOND)])
    body.append(
        f'<text x="{WIDTH}" y="16" text-anchor="end" fill="{MUTED}">Latest quiz on each answer, {STEP_WORDS[chart.step]}</text>'
    )
    said: list[str] = []  # the text alternative
    shown: list[str] = []  # the same words for the page, names isolated
    panel = (WIDTH - 30) / 2
    for seat in (0, 1):
        left = seat * (panel + 30)
        who, whom = names[seat], names[other(seat)]
        body.append(f'<text x="{left:.1f}" y="48" font-weight="bold" fill="{INK}">{_name(who, 16)} knows {_name(whom, 16)}</text>')
        lines = [chart.line(seat, category) for category in ("trivia", "understanding")]
        if all(line.last is None for line in lines):
            body.append(f'<text x="{left:.1f}" y="80" fill="{MUTED}">Not quizzed yet: Quiz me starts this line.</text>')
            said.append(f"{who} has not been quizzed on {whom} yet.")
            shown.append(f"{_bdi(who)} has not been quizzed on {_bdi(whom)} yet.")
            continue
        series = [
            ("Trivia", "circle", FIRST, lines[0].values),
            ("Understanding", "square", SECOND, lines[1].values),
        ]
        body.extend(_plot(left + 36, 64, panel - 36 - 118, height - 64 - 30, chart.periods, chart.step, series))
        scores = f"trivia {_percent(lines[0].last)}, understanding {_percent(lines[1].last)}."
        said.append(f"{who} knows {whom}: {scores}")
        shown.append(f"{_bdi(who)} knows {_bdi(whom)}: {scores}")
    span = f" from {_day(chart.periods[0], chart.step)} to {_day(chart.periods[-1], chart.step)}" if chart.periods else ""
    description = " ".join(filter(None, [f"Two line charts, {STEP_WORDS[chart.step]}{span}.", *said, aside]))
    caption = " ".join(filter(None, ["How well each of you knows the other, over time.", *shown, _esc(aside)]))
    return _figure(prefix + "knowing", "How well each of you knows the other, over time", description, height, body, caption)


def love_map_svg(rows: Mapping[int, Sequence[ThemeKnowing]], names: tuple[str, str], prefix: str = "", aside: str = "") -> str:
    themes = [known.theme for known in rows[0]]
    label_w, gap, row_h, head = 140, 12, 30, 30
    column = (WIDTH - label_w - gap) / 2
    height = head + row_h * len(themes)
    body = []
    for seat in (0, 1):
        x = label_w + seat * (column + gap)
        who, whom = _name(names[seat], 18), _name(names[other(seat)], 18)
        body.append(f'<text x="{x:.1f}" y="18" font-weight="bold" fill="{INK}">{who} knows {whom}</text>')
    for index, theme in enumerate(themes):
        y = head + index * row_h
        body.append(f'<text x="0" y="{y + 19}" fill="{INK}">{_esc(theme.label)}</text>')
        for seat in (0, 1):
            known = rows[seat][index]
            x = label_w + seat * (column + gap)
            body.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{column:.1f}" height="{row_h - 6}" rx="5" fill="{CELL}" stroke="{GRID}"/>'
            )
            if known.score is not None:
                filled = max(10.0, column * known.score)
                body.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{filled:.1f}" height="{row_h - 6}" rx="5" fill="{FIRST}"/>')
                words = f"{known.told} told · {_percent(known.score)} known"
                body.append(
                    f'<rect x="{x + 5:.1f}" y="{y + 7}" width="{7 * len(words) + 8}" height="{row_h - 14}" rx="4" fill="#fffaf4"/>'
                )
                body.append(f'<text x="{x + 9:.1f}" y="{y + 19}" fill="{INK}">{_esc(words)}</text>')
            else:
                words = _blank(known)
                body.append(f'<text x="{x + 9:.1f}" y="{y + 19}" fill="{MUTED}">{_esc(_short(words, 44))}</text>')
    # The text alternative reads a partner's column at a time, each cell saying who told and who knows.
    said = [_known_words(known, names[seat], names[other(seat)]) for seat in (0, 1) for known in rows[seat]]
    description = " ".join(["A grid: a row per theme, a column per partner, how much each knows of the other's world.", *said])
    caption = "Your love map: how much each of you knows of the other's world. The blank places are the next game."
    if aside:
        description, caption = f"{description} {aside}", f"{caption} {_esc(aside)}"
    return _figure(prefix + "love-map", "Your love map", description, height, body, caption)


def _known_words(known: ThemeKnowing, who: str, whom: str) -> str:
    """One cell in words of its own: "Hopes and dreams: Noa knows 50% of the one thing Darius has told." (not
    "Noa, Hopes and dreams: 1 told", which read as if Noa had told it)."""
    label, told = known.theme.label, known.told
    if known.score is not None:
        things = "the one thing" if told == 1 else f"the {told} things"
        return f"{label}: {who} knows {_percent(known.score)} of {things} {whom} has told."
    if told:
        things, them = ("1 thing", "it") if told == 1 else (f"{told} things", "them")
        return f"{label}: {whom} has told {things}; {who} has not been quizzed on {them} yet."
    return f"{label}: nothing from {whom} yet" + (f" — try {known.suggestion}." if known.suggestion else ".")


def _blank(known: ThemeKnowing) -> str:
    if known.told:
        return f"{known.told} told, not quizzed yet"
    return f"Nothing yet — try {known.suggestion}" if known.suggestion else "Nothing yet"


def sync_svg(chart: SyncChart, prefix: str = "", aside: str = "") -> str:
    height = 190
    hits, made = chart.total
    if not made:
        body = [f'<text x="0" y="40" fill="{MUTED}">No scenarios or who\'s-more-likely cards yet.</text>']
        description = "No predictions made yet."
        return _figure(prefix + "in-sync", "In sync, over time", description, 60, body, "In sync, over time: nothing played yet.")
    series = [
        ("Scenarios", "circle", FIRST, chart.shares("scenario")),
        ("Who's more likely", "square", SECOND, chart.shares("who")),
    ]
    series = [entry for entry in series if any(value is not None for value in entry[3])]
    body = _legend(0, 16, [(label, shape, color) for label, shape, color, _ in series])
    body.extend(_plot(36, 34, WIDTH - 36 - 160, height - 34 - 30, chart.periods, chart.step, series))
    # The numbers are Our story's: the heading's total, and beside each line the share of its latest period.
    summary = f"In sync on {hits} of {made} ({_percent(hits / made)})"
    latest = [f"{label.lower()} {_percent(chart.latest(kind))}" for label, kind in SYNC_KINDS if chart.latest(kind) is not None]
    last = f"On the latest {chart.step.value}: " + ", ".join(latest) + "."
    description = " ".join(filter(None, [f"{summary} in all, {STEP_WORDS[chart.step]}.", last, aside]))
    meaning = f"In sync, over time. {summary}: how often a prediction matched the partner's own pick."
    caption = _esc(" ".join(filter(None, [meaning, last, aside])))
    return _figure(prefix + "in-sync", "In sync, over time", description, height, body, caption)
