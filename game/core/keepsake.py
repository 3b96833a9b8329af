"""The keepsake of a date night: what goes on the summary and the saved picture, decided here, drawn elsewhere.

Date, length, cards played, new things learned about each other, both knowledge scores, the
in-sync rate, starred moments and upcoming remembered dates. A memory marked "just between
us" never makes it in: not its answer, not its question (a star of its card stays out too,
unless the partner's shareable answer to it is shown), not its date. Answers to deep or spicy
cards are counted among the things learned but not written out: a keepsake may be shared.
Where room is short, the things learned are left out a card at a time: both partners' answers to
one card (the two small things promised for this week above all) show together or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .answers import describe
from .cards import Card, CardKey
from .consent import Consent
from .date_night_plan import APPRECIATION_CARDS
from .date_night_state import EveningState
from .direction import quoted
from .memories import Memory, MemoryKey
from .players import Couple, other
from .promises import is_promise
from .scoring import in_sync_words
from .upcoming_dates import upcoming_dates

MAX_LEARNED = 6
MAX_STARRED = 3
MAX_UPCOMING = 3
MAX_ANSWER_CHARS = 90
#: Answers to cards deeper than this (or spicy) are counted but not written out.
SHOWN_LEVEL = 2


@dataclass(frozen=True, slots=True)
class LearnedThing:
    owner: int
    question: str
    answer: str
    #: The card it answers: both partners' answers to one card are a pair, shown together or not at all.
    card: CardKey | None = None


def pairs(things: Iterable[LearnedThing]) -> list[tuple[LearnedThing, ...]]:
    """The things in their order, each with the partner's answer to the same card beside it."""
    groups: dict[object, list[LearnedThing]] = {}
    for index, thing in enumerate(things):
        groups.setdefault(thing.card if thing.card is not None else index, []).append(thing)
    return [tuple(group) for group in groups.values()]


def fitting(things: Iterable[LearnedThing], room: float, cost: Callable[[LearnedThing], float]) -> tuple[LearnedThing, ...]:
    """As many of `things` as fit in `room`, each taking `cost(thing)`, kept in their order.

    A pair goes whole or not at all, and the small things both promised for this week are the last to go:
    when room is short, something else is left out first.
    """
    groups = pairs(things)
    promised = [any(thing.card is not None and is_promise(thing.card) for thing in group) for group in groups]
    kept: set[int] = set()
    used = 0.0
    for index in sorted(range(len(groups)), key=lambda index: not promised[index]):
        needed = sum(cost(thing) for thing in groups[index])
        if used + needed <= room:
            kept.add(index)
            used += needed
    return tuple(thing for index, group in enumerate(groups) if index in kept for thing in group)


@dataclass(frozen=True, slots=True)
class Keepsake:
    names: tuple[str, str]
    colors: tuple[str, str]
    day: date
    minutes: int
    minutes_spent: int
    cards_played: int
    learned: tuple[LearnedThing, ...]
    learned_count: int
    #: How well each partner knows the other (0–1), by the guesser's seat; None before any quiz.
    knowledge: tuple[float | None, float | None]
    #: Tonight's quizzes: (got it, asked) by the guesser's seat.
    quizzes: tuple[tuple[int, int], tuple[int, int]]
    in_sync: float | None
    #: Tonight's have-each-other's-back predictions: (in sync, made).
    sync: tuple[int, int]
    starred: tuple[str, ...]
    upcoming: tuple[str, ...]
    #: What each wrote at the end about what they loved tonight (the closing ritual's appreciation), by seat.
    appreciations: tuple[LearnedThing, ...] = ()
    #: The kinds of card tonight's in-sync moments came from (`scoring.sync_kind`): the words name no other.
    sync_kinds: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return f"{quoted(self.names[0])} & {quoted(self.names[1])}"

    @property
    def when(self) -> str:
        """The day and the evening's length: "Wednesday 25 November 2026 · a 60-minute date night"."""
        return f"{self.day.strftime('%A')} {self.day.day} {self.day.strftime('%B %Y')} · a {self.minutes}-minute date night"

    def headline(self) -> list[str]:
        """The evening in a few short facts."""
        minutes = f"{self.minutes_spent} minute{'s' if self.minutes_spent != 1 else ''} together"
        lines = [minutes, f"{self.cards_played} card{'s' if self.cards_played != 1 else ''} played"]
        if self.learned_count:
            lines.append(f"{self.learned_count} answer{'s' if self.learned_count != 1 else ''} remembered")
        return lines

    def scores(self) -> list[str]:
        out = []
        for seat in (0, 1):
            value = self.knowledge[seat]
            who, whom = quoted(self.names[seat]), quoted(self.names[other(seat)])
            got, asked = self.quizzes[seat]
            tonight = f" (tonight {got} of {asked})" if asked else ""
            known = f"{round(value * 100)}%" if value is not None else "still to be found out"
            out.append(f"{who} knows {whom}: {known}{tonight}")
        out.append(in_sync_words(*self.sync, self.sync_kinds))
        return out

    def tiles(self) -> list[tuple[str, str]]:
        """The scores as (big figure, caption) for the picture."""
        out = []
        for seat in (0, 1):
            value = self.knowledge[seat]
            got, asked = self.quizzes[seat]
            caption = f"how well {quoted(self.names[seat])} knows {quoted(self.names[other(seat)])}"
            if asked:
                caption += f" · {got} of {asked} tonight"
            out.append((f"{round(value * 100)}%" if value is not None else "–", caption))
        hits, total = self.sync
        if self.in_sync is not None:
            out.append((f"{round(self.in_sync * 100)}%", f"in sync tonight · {hits} of {total}"))
        else:
            out.append(("–", "in sync: no scenarios tonight"))
        return out

    def learned_within(self, room: float, cost: Callable[[LearnedThing], float]) -> tuple[LearnedThing, ...]:
        """The learned things to show where only `room` is left (see `fitting`)."""
        return fitting(self.learned, room, cost)

    def texts(self) -> list[str]:
        """Every piece of the evening's own text the keepsake picture shows (besides its fixed titles)."""
        out = [self.title, self.when, *self.headline()]
        out += [words for tile in self.tiles() for words in tile]
        for thing in (*self.learned, *self.appreciations):
            out += [thing.question, thing.answer]
        return out + list(self.starred) + list(self.upcoming)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_ANSWER_CHARS else text[: MAX_ANSWER_CHARS - 1].rstrip() + "…"


def build_keepsake(
    evening: EveningState,
    couple: Couple,
    memories: Mapping[MemoryKey, Memory],
    cards: Mapping[CardKey, Card],
    knowledge: Mapping[int, float | None],
    day: date,
    minutes_spent: float,
) -> Keepsake:
    """The keepsake of `evening`, leaving out every memory marked just between us or beyond tonight's consent."""
    names = (couple.name(0), couple.name(1))
    consent = Consent(evening.max_level, evening.spicy)  # tonight's: the lower cap, spicy only if all agreed
    shareable = {key: memory for key, memory in memories.items() if not memory.private and consent.allows_memory(key, cards)}
    learned = []
    appreciations = []
    count = 0
    for key in evening.tally.made:
        memory, card = shareable.get(key), cards.get(key.card_key)
        if memory is None or card is None:
            continue
        count += 1
        if key.card_key in APPRECIATION_CARDS:
            words = f"What {names[key.owner]} loved about tonight"
            appreciations.append(LearnedThing(key.owner, words, _short(describe(card, memory.answer)), card.key))
            continue
        if card.level > SHOWN_LEVEL or card.spicy:
            continue  # counted, but a deep or spicy answer is not spelled out on a picture that may be shared
        question = couple.quiz_text(card, key.owner)
        learned.append(LearnedThing(key.owner, question, _short(describe(card, memory.answer)), card.key))
    learned = list(fitting(learned, MAX_LEARNED, lambda thing: 1))
    # A star names its question: not one whose answer is just between us, unless a shareable answer to it is shown.
    secret = {key.card_key for key, memory in memories.items() if memory.private}
    written = {thing.card for thing in (*learned, *appreciations)}
    starred = []
    for star in [star for star in evening.tally.starred if star not in secret or star in written][:MAX_STARRED]:
        card = cards.get(star)
        if card is not None and consent.allows(card):
            starred.append(couple.fill(card.text, 0))
    hits, total = evening.tally.sync
    upcoming = upcoming_dates(shareable, cards, couple, day)
    return Keepsake(
        names=names,
        colors=(couple.player(0).color, couple.player(1).color),
        day=day,
        minutes=evening.minutes,
        minutes_spent=max(1, round(minutes_spent)),
        cards_played=evening.tally.cards_played,
        learned=tuple(learned),
        learned_count=count,
        knowledge=(knowledge.get(0), knowledge.get(1)),
        quizzes=(evening.tally.quiz(0), evening.tally.quiz(1)),
        in_sync=hits / total if total else None,
        sync=(hits, total),
        starred=tuple(starred),
        upcoming=tuple(item.text for item in upcoming[:MAX_UPCOMING]),
        appreciations=tuple(sorted(appreciations, key=lambda thing: thing.owner)),
        sync_kinds=tuple(evening.tally.sync_kinds),
    )
