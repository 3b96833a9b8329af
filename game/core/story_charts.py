"""Our story as pictures: the series behind its four figures, computed from the stored history.

- how well each knows the other over time, trivia and understanding apart;
- a love map: how much each knows of the other per theme, with an invitation where it is blank;
- in sync over time: scenario predictions and "who's more likely" cards;
- what has changed: memories whose answers drifted, with their history. The closing ritual's cards (what
  each would like more of, the small thing each will do) are answered afresh at every date night by
  design: a new answer is that evening's, not a change of mind, so they stay out. Every answer is
  still kept; Our memories shows the latest, and Promises the small things.

The same consent rule as Our story decides what counts (game.core.consent): nothing beyond the
agreed depth, nothing spicy unless both said yes, no memory whose card is gone. A knowledge line
shows what each evening's quizzes left behind and never fades between evenings: a quiet month
does not pull a line down. Points are evenings, or weeks or months once there are many.

Over time shows both lines over one time axis (`one_axis`): every period either has something in, the
same step for both, so the two boxes start and end together. A knowledge line holds its value through a
period with no quiz; an in-sync line has no point where nothing of its kind was played, and its line
breaks there rather than suggest a trend that isn't there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from .cards import Card, CardKey, Deck
from .consent import Consent
from .date_night_plan import APPRECIATION_CARDS, SMALL_THING_CARDS
from .memories import Memory, MemoryKey, MemoryVersion
from .partner_quiz import Review
from .players import other
from .scoring import sync_kind, sync_moments
from .tags import with_theme

#: The closing ritual's cards, asked afresh at every date night: each answer is that evening's, not a change.
ANSWERED_EACH_EVENING = frozenset((*APPRECIATION_CARDS, *SMALL_THING_CARDS))
#: The most points a line gets before evenings become weeks, and weeks months.
MAX_POINTS = 30
CATEGORIES = ("trivia", "understanding")


class Step(StrEnum):
    EVENING = "evening"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class Theme:
    """A part of a partner's world, found by the tags of the cards (or of their deck)."""

    key: str
    label: str
    tags: tuple[str, ...]


THEMES = (
    Theme("favourites", "Favourite details", ("favourites", "details")),
    Theme("fears", "Fears", ("fears",)),
    Theme("hopes", "Hopes and dreams", ("hopes", "dreams")),
    Theme("signals", "Signals", ("signals",)),
    Theme("back", "Each other's back", ("have-my-back",)),
    Theme("dates", "Dates", ("dates",)),
    Theme("rituals", "Everyday rituals", ("rituals",)),
    Theme("values", "What matters", ("values",)),
    Theme("trust", "Trust", ("trust", "first-to-know")),
    Theme("romance", "Romance", ("romance",)),
)


@dataclass(frozen=True, slots=True)
class Line:
    """One knowledge line: how well `guesser` knows the partner's `category` answers, per period (None before any quiz)."""

    guesser: int
    category: str
    values: tuple[float | None, ...]

    @property
    def last(self) -> float | None:
        return next((value for value in reversed(self.values) if value is not None), None)


@dataclass(frozen=True, slots=True)
class KnowingChart:
    step: Step
    periods: tuple[date, ...]  # the first day of each period with a quiz in it
    lines: tuple[Line, ...]  # per guesser, trivia then understanding
    quizzes: tuple[int, ...]  # quizzes judged in each period

    def line(self, guesser: int, category: str) -> Line:
        return next(line for line in self.lines if line.guesser == guesser and line.category == category)


@dataclass(frozen=True, slots=True)
class ThemeKnowing:
    """What `guesser` knows of the partner's world in one theme."""

    theme: Theme
    guesser: int
    told: int  # the partner's memories in this theme
    quizzed: int  # of those, how many the guesser has been quizzed on
    score: float | None  # the latest verdicts on them, 0–1
    suggestion: str | None  # a deck to play next for this theme (its name), when one fits

    @property
    def invitation(self) -> str | None:
        """The words a blank area says: an invitation, never a reproach."""
        deck = f" — try {self.suggestion}" if self.suggestion else ""
        if self.told == 0:
            return f"Nothing about {self.theme.label.lower()} yet{deck}"
        if self.quizzed == 0:
            return f"{self.told} told, not quizzed yet — a Quiz me round will ask"
        return None


@dataclass(frozen=True, slots=True)
class SyncChart:
    step: Step
    periods: tuple[date, ...]
    scenarios: tuple[tuple[int, int], ...]  # per period: predictions that matched, predictions made
    who: tuple[tuple[int, int], ...]  # per period: "who's more likely" cards agreed on, played

    @property
    def total(self) -> tuple[int, int]:
        pairs = (*self.scenarios, *self.who)
        return sum(hit for hit, _ in pairs), sum(made for _, made in pairs)

    def shares(self, kind: str) -> tuple[float | None, ...]:
        """Each period's share that matched, of "scenario" or "who" cards (None where none was played): the line
        Our story draws and labels with its last value, and Our book too."""
        return tuple(rate([pair]) for pair in (self.scenarios if kind == "scenario" else self.who))

    def latest(self, kind: str) -> float | None:
        """The last period's share with any of `kind` played: the number beside the end of its line."""
        return next((share for share in reversed(self.shares(kind)) if share is not None), None)


@dataclass(frozen=True, slots=True)
class Change:
    """A memory whose answer changed, with each answer it has had and when."""

    memory: Memory
    card: Card
    versions: tuple[MemoryVersion, ...]


@dataclass(frozen=True, slots=True)
class StoryCharts:
    knowing: KnowingChart
    love_map: dict[int, tuple[ThemeKnowing, ...]]  # by guesser
    in_sync: SyncChart
    changes: tuple[Change, ...]  # the most recently changed first


def story_charts(
    memories: Mapping[MemoryKey, Memory],
    reviews: Iterable[Review],
    decks: Iterable[Deck],
    turns: Iterable[Mapping[str, Any]],
    consent: Consent,
    tz: tzinfo | None = None,
) -> StoryCharts:
    """The four figures of Our story, from what the couple's consent allows. `tz` decides which evening a moment falls on."""
    deck_list = list(decks)
    cards = {card.key: card for deck in deck_list for card in deck.cards}
    shown = consent.memory_rule(cards)
    kept = {key: memory for key, memory in memories.items() if shown(key)}
    judged = sorted((r for r in reviews if r.memory in kept), key=lambda r: r.at)
    knowing, in_sync = one_axis(knowing_chart(judged, cards, tz), sync_chart(turns, cards, consent, tz))
    return StoryCharts(
        knowing=knowing,
        love_map=love_map(kept, judged, deck_list, consent),
        in_sync=in_sync,
        changes=changes(kept, cards),
    )


def one_axis(knowing: KnowingChart, in_sync: SyncChart) -> tuple[KnowingChart, SyncChart]:
    """Both charts over the same periods: the coarser step of the two, and every period either has something in.

    A knowledge line keeps its last value through a period with no quiz (it never fades, see above) and has
    none before its first; in sync counts nothing played in a period it had nothing in (no point: a gap).
    """
    steps = list(Step)
    step = max(knowing.step, in_sync.step, key=steps.index)
    while True:  # the two together kept to MAX_POINTS points, as each is alone (months, however many)
        knowing_at = _regrouped(knowing.periods, step)
        sync_at = _regrouped(in_sync.periods, step)
        periods = tuple(sorted(set(knowing_at.values()) | set(sync_at.values())))
        if len(periods) <= MAX_POINTS or step is Step.MONTH:
            break
        step = steps[steps.index(step) + 1]
    lines = []
    for line in knowing.lines:
        by_period: dict[date, float | None] = {}
        for index, value in enumerate(line.values):
            by_period[knowing_at[index]] = value  # the last of a regrouped period's values: how it stood at its end
        values: list[float | None] = []
        for period in periods:
            values.append(by_period.get(period, values[-1] if values else None))
        lines.append(Line(line.guesser, line.category, tuple(values)))
    quizzes = dict.fromkeys(periods, 0)
    for index, count in enumerate(knowing.quizzes):
        quizzes[knowing_at[index]] += count
    tallies = {kind: {period: [0, 0] for period in periods} for kind in ("scenario", "who")}
    for kind, pairs in (("scenario", in_sync.scenarios), ("who", in_sync.who)):
        for index, (hit, made) in enumerate(pairs):
            tallies[kind][sync_at[index]][0] += hit
            tallies[kind][sync_at[index]][1] += made
    as_pairs = {kind: tuple((hit, made) for hit, made in tally.values()) for kind, tally in tallies.items()}
    return (
        KnowingChart(step, periods, tuple(lines), tuple(quizzes.values())),
        SyncChart(step, periods, as_pairs["scenario"], as_pairs["who"]),
    )


def _regrouped(periods: Sequence[date], step: Step) -> dict[int, date]:
    """Each period's index, to the period of `step` it falls in (itself, when the step is its own)."""
    return {index: _start(period, step) for index, period in enumerate(periods)}


# ---- periods ---------------------------------------------------------------------


def _day(at: datetime, tz: tzinfo | None) -> date:
    return (at.astimezone(tz) if tz is not None and at.tzinfo is not None else at).date()


def _start(day: date, step: Step) -> date:
    if step is Step.WEEK:
        return day - timedelta(days=day.weekday())
    if step is Step.MONTH:
        return day.replace(day=1)
    return day


def choose_step(days: Iterable[date]) -> Step:
    """The finest step that keeps a line to MAX_POINTS points (months, however many there are)."""
    distinct = set(days)
    for step in (Step.EVENING, Step.WEEK):
        if len({_start(day, step) for day in distinct}) <= MAX_POINTS:
            return step
    return Step.MONTH


# ---- how well each knows the other --------------------------------------------------


def knowing_chart(reviews: Sequence[Review], cards: Mapping[CardKey, Card], tz: tzinfo | None = None) -> KnowingChart:
    """Per period, each guesser's latest verdict on every memory quizzed so far, averaged per category.

    `reviews` must be in time order and already allowed by consent.
    """
    days = [_day(r.at, tz) for r in reviews]
    step = choose_step(days)
    starts = [_start(day, step) for day in days]
    latest: dict[tuple[MemoryKey, int], float] = {}
    sums: dict[tuple[int, str], list[float]] = {(g, c): [0.0, 0.0] for g in (0, 1) for c in CATEGORIES}
    periods: list[date] = []
    quizzes: list[int] = []
    values: dict[tuple[int, str], list[float | None]] = {key: [] for key in sums}
    categories: dict[CardKey, str] = {key: card.category for key, card in cards.items()}
    for index, review in enumerate(reviews):
        period = starts[index]
        if not periods or periods[-1] != period:
            periods.append(period)
            quizzes.append(0)
        quizzes[-1] += 1
        total = sums[(review.guesser, categories.get(review.memory.card_key, "trivia"))]
        score = review.verdict.value_score
        previous = latest.get((review.memory, review.guesser))
        if previous is None:
            total[1] += 1
        else:
            total[0] -= previous
        latest[(review.memory, review.guesser)] = score
        total[0] += score
        if index + 1 == len(reviews) or starts[index + 1] != period:
            for key, (got, count) in sums.items():
                values[key].append(got / count if count else None)
    lines = tuple(Line(g, c, tuple(values[(g, c)])) for g in (0, 1) for c in CATEGORIES)
    return KnowingChart(step, tuple(periods), lines, tuple(quizzes))


# ---- the love map ---------------------------------------------------------------------


def themes_of(card: Card, deck: Deck | None) -> list[Theme]:
    tags = set(with_theme(card.tags, card.kind)) | set(deck.tags if deck else ())
    return [theme for theme in THEMES if tags.intersection(theme.tags)]


def love_map(
    memories: Mapping[MemoryKey, Memory],
    reviews: Iterable[Review],
    decks: Sequence[Deck],
    consent: Consent,
) -> dict[int, tuple[ThemeKnowing, ...]]:
    """For each guesser, per theme: how many of the partner's answers they have heard, and how well they know them."""
    by_id = {deck.id: deck for deck in decks}
    cards = {card.key: card for deck in decks for card in deck.cards}
    latest: dict[tuple[MemoryKey, int], Review] = {}
    for review in reviews:
        found = latest.get((review.memory, review.guesser))
        if found is None or review.at >= found.at:
            latest[(review.memory, review.guesser)] = review
    suggestions = _suggestions(decks, consent)
    out: dict[int, tuple[ThemeKnowing, ...]] = {}
    for guesser in (0, 1):
        told: dict[str, int] = {}
        scores: dict[str, list[float]] = {}
        for key in memories:
            card = cards.get(key.card_key)
            if key.owner != other(guesser) or card is None:
                continue
            verdict = latest.get((key, guesser))
            for theme in themes_of(card, by_id.get(key.deck_id)):
                told[theme.key] = told.get(theme.key, 0) + 1
                if verdict is not None:
                    scores.setdefault(theme.key, []).append(verdict.verdict.value_score)
        out[guesser] = tuple(
            ThemeKnowing(
                theme,
                guesser,
                told.get(theme.key, 0),
                len(scores.get(theme.key, ())),
                _mean(scores.get(theme.key, [])),
                suggestions.get(theme.key),
            )
            for theme in THEMES
        )
    return out


def _suggestions(decks: Sequence[Deck], consent: Consent) -> dict[str, str]:
    """Per theme, the deck with the most remembered cards of it that may be dealt (opt-in decks are never pushed)."""
    counts: dict[str, list[tuple[int, float, str]]] = {}
    for deck in decks:
        if deck.opt_in:
            continue
        per_theme: dict[str, int] = {}
        playable = [card for card in deck.cards if card.remembered and consent.allows(card)]
        for card in playable:
            for theme in themes_of(card, deck):
                per_theme[theme.key] = per_theme.get(theme.key, 0) + 1
        for key, count in per_theme.items():
            # the most cards of the theme, then the deck most about it
            counts.setdefault(key, []).append((-count, -count / len(playable), deck.name))
    return {key: min(found)[2] for key, found in counts.items()}


# ---- in sync ------------------------------------------------------------------------


def sync_chart(
    turns: Iterable[Mapping[str, Any]], cards: Mapping[CardKey, Card], consent: Consent, tz: tzinfo | None = None
) -> SyncChart:
    """Per period: scenario predictions that matched the partner's own pick, and "who's more likely" cards agreed on."""
    card_shown = consent.card_rule(cards)
    found: list[tuple[date, str, bool]] = []
    for turn in turns:
        key = CardKey(str(turn.get("deck_id", "")), str(turn.get("card_id", "")))
        at = _when(turn.get("at"))
        answers = turn.get("outcome", {}).get("answers") if isinstance(turn.get("outcome"), dict) else None
        if at is None or not isinstance(answers, dict) or not card_shown(key):
            continue
        card = cards[key]
        day = _day(at, tz)
        kind = sync_kind(card)
        if kind is None:
            continue
        found.extend((day, kind, hit) for hit in sync_moments(card, {seat: answers.get(str(seat)) for seat in (0, 1)}))
    step = choose_step(day for day, _, _ in found)
    periods: list[date] = []
    tallies: dict[str, list[list[int]]] = {"scenario": [], "who": []}
    for day, kind, hit in sorted(found, key=lambda item: item[0]):
        period = _start(day, step)
        if not periods or periods[-1] != period:
            periods.append(period)
            for tally in tallies.values():
                tally.append([0, 0])
        tallies[kind][-1][0] += int(hit)
        tallies[kind][-1][1] += 1
    as_pairs = {kind: tuple((hit, made) for hit, made in tally) for kind, tally in tallies.items()}
    return SyncChart(step, tuple(periods), as_pairs["scenario"], as_pairs["who"])


def _when(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


# ---- what has changed -------------------------------------------------------------------


def answered_each_evening(card: CardKey) -> bool:
    """Whether every answer to `card` is a fresh one by design (the closing ritual's), never a change of mind."""
    return card in ANSWERED_EACH_EVENING


def changes(memories: Mapping[MemoryKey, Memory], cards: Mapping[CardKey, Card]) -> tuple[Change, ...]:
    """The memories whose answers drifted (a "still true" check is no change), most recently changed first; never
    the closing ritual's, whose every answer is a new evening's (`answered_each_evening`)."""
    out = []
    for key, memory in memories.items():
        card = cards.get(key.card_key)
        if answered_each_evening(key.card_key):
            continue
        versions = memory.drift()
        if card is not None and len(versions) > 1:
            out.append(Change(memory, card, versions))
    out.sort(key=lambda change: (change.versions[-1].at, str(change.memory.key)), reverse=True)
    return tuple(out)


def rate(pairs: Iterable[tuple[int, int]]) -> float | None:
    """Matched over made, or None when nothing was made."""
    hits = made = 0
    for hit, count in pairs:
        hits, made = hits + hit, made + count
    return hits / made if made else None


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
