"""Planning a date night: which cards suit each part of the arc, how long things take, how many fit.

The arc is arrive (the phones-down pledge, and last time's sealed note if one waits) →
warm-up → how-well-do-you-know-me quiz (only when answers are ready to ask) → going deeper →
have-each-other's-back scenarios → the closing ritual (an appreciation each, one small thing
each will do this week, an optional sealed note). A break is offered at the segment boundary
nearest the middle of a 60 or 90 minute evening.

Times are estimates per card kind. The pledge, break, closing and notes are fixed; the rest of
the evening is shared between the flexible segments by weight, then nudged card by card until
the planned total is as close to the chosen length as the decks allow.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from .cards import Card, CardKey, Deck, Kind
from .consent import Consent
from .date_night_state import EveningState, Segment, Step, StepKind
from .dealing import DealFilters, deal
from .limits import Limit
from .memories import Memory, MemoryKey

OPENERS_DECK = "openers-and-closers"
BACK_DECK = "each-others-back"
RITUALS_DECK = "date-night"

#: Estimated minutes a card takes, by kind: reading, answering, listening, a follow-up or two.
CARD_MINUTES = {Kind.ACTION: 3.0, Kind.ASK: 4.0, Kind.BOTH: 4.0, Kind.SCENARIO: 5.0}
QUIZ_MINUTES = 2.0
PLEDGE_MINUTES = 2.0
OPEN_NOTE_MINUTES = 2.0
SEAL_NOTE_MINUTES = 3.0
BREAK_MINUTES = {60: 5.0, 90: 10.0}
#: How the flexible part of the evening is shared out.
WEIGHTS = {Segment.WARM_UP: 0.22, Segment.QUIZ: 0.16, Segment.DEEPER: 0.38, Segment.BACK: 0.24}
#: The plan is nudged until it is this close to the chosen length (a share of it).
CLOSE_ENOUGH = 0.03
SPARES = 12

#: Kindred's own ritual cards, used only where no built-in card fits (say, a light evening's small thing).
RITUALS = Deck(
    id=RITUALS_DECK,
    name="Date night",
    color="#e0905f",
    description="The date-night rituals.",
    cards=(
        Card(
            RITUALS_DECK,
            "phones-down",
            "Phones on silent and out of reach for the rest of the evening.",
            kind=Kind.ACTION,
        ),
        Card(
            RITUALS_DECK,
            "loved-tonight",
            "Write one thing your partner did tonight that you'd like a lot more of.",
            kind=Kind.BOTH,
            # Its own words, not Openers & Closers' closing card's: the two can meet in one Quiz me round.
            quiz="What did {partner} do on a date night that {name} would like a lot more of?",
            changes=True,
        ),
        Card(
            RITUALS_DECK,
            "small-thing-this-week",
            "Write one small, easy thing you'll do for your partner this week.",
            kind=Kind.BOTH,
            quiz="What small thing did {name} last promise to do for {partner}?",
            changes=True,
        ),
    ),
)

PLEDGE_CARDS = (CardKey(OPENERS_DECK, "phones-face-down"), CardKey(RITUALS_DECK, "phones-down"))
APPRECIATION_CARDS = (CardKey(OPENERS_DECK, "tonight-more-of-that"), CardKey(RITUALS_DECK, "loved-tonight"))
SMALL_THING_CARDS = (CardKey(OPENERS_DECK, "small-thing-i-will-do"), CardKey(RITUALS_DECK, "small-thing-this-week"))


@dataclass(frozen=True, slots=True)
class EveningSetup:
    """What the couple chose together, and what each chose privately behind the curtain."""

    minutes: int
    depth: int
    caps: tuple[int, int]
    spicy: tuple[bool, bool]
    seed: int = 0
    #: Settings → "Offer spicy cards": without it no spicy card comes, whatever both said.
    offered: bool = False

    @property
    def consent(self) -> Consent:
        limits = {seat: Limit(self.caps[seat], self.spicy[seat]) for seat in (0, 1)}
        return Consent.of(self.offered, limits, self.depth)

    @property
    def max_level(self) -> int:
        """The lower of the chosen depth and both private caps; whose it was is not kept."""
        return self.consent.max_level

    @property
    def spicy_ok(self) -> bool:
        """Spicy cards tonight: the setting is on and both said yes."""
        return self.consent.spicy


@dataclass(frozen=True, slots=True)
class History:
    """What the couple played before: recently seen cards, and cards of recent date nights (these come last)."""

    recently_seen: Mapping[CardKey, datetime] = field(default_factory=dict)
    date_night_cards: Mapping[CardKey, datetime] = field(default_factory=dict)
    note_waiting: bool = False


def with_rituals(decks: Mapping[str, Deck]) -> dict[str, Deck]:
    out = dict(decks)
    out.setdefault(RITUALS_DECK, RITUALS)
    return out


def card_minutes(card: Card) -> float:
    minutes = CARD_MINUTES[card.kind]
    if card.seconds:
        minutes = max(minutes, 2.0 + card.seconds / 60)
    return minutes


def lookup(decks: Mapping[str, Deck]) -> dict[CardKey, Card]:
    return {card.key: card for deck in decks.values() for card in deck.cards}


def pick_role(candidates: Iterable[CardKey], cards: Mapping[CardKey, Card], filters: DealFilters) -> CardKey:
    """The first ritual card that exists and fits the evening's filters (Kindred's own ones always do)."""
    fitting = [key for key in candidates if key in cards and filters.allows(cards[key])]
    return fitting[0] if fitting else next(key for key in candidates if key.deck_id == RITUALS_DECK)


def quiz_hidden(
    memories: Mapping[MemoryKey, Memory], cards: Mapping[CardKey, Card], filters: DealFilters, made: Iterable[MemoryKey]
) -> frozenset[MemoryKey]:
    """Memories not to quiz tonight: made tonight, beyond the evening's depth or spice, or whose card is gone."""
    hidden = set(made)
    for key in memories:
        card = cards.get(key.card_key)
        if card is None or not filters.consents_to(card):
            hidden.add(key)
    return frozenset(hidden)


def _tier(history: History) -> Callable[[CardKey], int]:
    """0: never seen, 1: seen lately, 2: played at a recent date night (these always come last)."""

    def tier(key: CardKey) -> int:
        return 2 if key in history.date_night_cards else 1 if key in history.recently_seen else 0

    return tier


def _ordered(decks: list[Deck], filters: DealFilters, seed: int, history: History, keep: Callable[[Card], bool]) -> list[CardKey]:
    """Dealt order, kept cards only: fresh cards first, then recently seen ones, cards of recent date nights last."""
    cards = lookup({deck.id: deck for deck in decks})
    keys = [key for key in deal(decks, filters, seed, history.recently_seen) if keep(cards[key])]
    return sorted(keys, key=_tier(history))


def _by_tier(order: list[CardKey], history: History) -> list[list[CardKey]]:
    tier = _tier(history)
    return [[key for key in order if tier(key) == level] for level in (0, 1, 2)]


def candidates(segment: Segment, decks: Mapping[str, Deck], filters: DealFilters, seed: int, history: History) -> list[CardKey]:
    """Every card that suits `segment` tonight, best first (within each tier of freshness)."""
    special = {OPENERS_DECK, BACK_DECK, RITUALS_DECK}
    others = [deck for deck_id, deck in sorted(decks.items()) if deck_id not in special and not deck.opt_in]
    cards = lookup(decks)
    light = DealFilters(max_level=1, spicy=filters.spicy)
    if segment is Segment.WARM_UP:
        opener_decks = [decks[OPENERS_DECK]] if OPENERS_DECK in decks else []
        openers = _ordered(opener_decks, light, seed, history, lambda card: "opener" in card.tags)
        questions = _ordered(others, light, seed + 1, history, lambda card: card.kind is not Kind.SCENARIO)
        return openers[:1] + sorted(questions + openers[1:], key=_tier(history))
    if segment is Segment.DEEPER:
        top = filters.max_level
        low = 2 if top == 3 else top  # light cards are the warm-up's; deeper eases in only from personal to deep
        deeper = DealFilters(min_level=low, max_level=top, spicy=filters.spicy)
        groups = [
            sorted(group, key=lambda key: cards[key].level != top)
            for group in _by_tier(_ordered(others, deeper, seed + 2, history, lambda card: True), history)
        ]
        front = next((group for group in groups if group), [])
        # Ease in with one card a step lighter, then go as deep as tonight allows.
        first = next((key for key in front if cards[key].level == low), None) if low < top else None
        if first is not None:
            front.remove(first)
            front.insert(0, first)
        spicy = next((key for key in front if cards[key].spicy), None)
        if spicy is not None and front.index(spicy) > 2:
            front.remove(spicy)  # both said yes: let one spicy card come early enough to be played
            front.insert(min(1, len(front)), spicy)
        return [key for group in groups for key in group]
    if segment is Segment.BACK:
        back = [decks[BACK_DECK]] if BACK_DECK in decks else others
        groups = _by_tier(_ordered(back, filters, seed + 3, history, lambda card: True), history)
        return [key for group in groups for key in sorted(group, key=lambda key: cards[key].kind is not Kind.SCENARIO)]
    return []


def fit(keys: Iterable[CardKey], minutes: float, cards: Mapping[CardKey, Card]) -> list[CardKey]:
    """As many of `keys`, in order, as fit in `minutes` (a card is taken if less than half of it would run over)."""
    chosen: list[CardKey] = []
    used = 0.0
    for key in keys:
        estimate = card_minutes(cards[key])
        if used + estimate > minutes + estimate / 2:
            break
        chosen.append(key)
        used += estimate
    return chosen


def quiz_turns(minutes: float, due: int) -> int:
    if due <= 0 or minutes < QUIZ_MINUTES / 2:
        return 0
    return max(1, min(due, round(minutes / QUIZ_MINUTES)))


def step_minutes(step: Step, cards: Mapping[CardKey, Card]) -> float:
    if step.kind is StepKind.CARDS and step.segment is Segment.QUIZ:
        return step.quizzes * QUIZ_MINUTES
    if step.kind is StepKind.CARDS:
        return sum(card_minutes(cards[key]) for key in step.cards)
    return step.minutes


def plan_evening(setup: EveningSetup, decks: Mapping[str, Deck], ready: int, history: History, now: datetime) -> EveningState:
    """The evening's arc, with cards chosen and timed to fill `setup.minutes`.

    `ready` is how many quiz turns could be asked tonight (see DateNight.plan): with none, the quiz part is left out
    and its time shared among the others.
    """
    every = with_rituals(decks)
    cards = lookup(every)
    filters = DealFilters.within(setup.consent)
    length = float(setup.minutes)
    pledge = pick_role(PLEDGE_CARDS, cards, filters)
    steps = [Step(StepKind.PLEDGE, Segment.ARRIVE, PLEDGE_MINUTES, [pledge], fixed=True)]
    if history.note_waiting:
        steps.append(Step(StepKind.OPEN_NOTE, Segment.ARRIVE, OPEN_NOTE_MINUTES, fixed=True))
    flexible: list[tuple[Step, list[CardKey]]] = []
    for segment in (Segment.WARM_UP, Segment.QUIZ, Segment.DEEPER, Segment.BACK):
        if segment is Segment.QUIZ:
            if ready:
                flexible.append((Step(StepKind.CARDS, segment, 0.0), []))
            continue
        found = candidates(segment, every, filters, setup.seed, history)
        flexible.append((Step(StepKind.CARDS, segment, 0.0), [key for key in found if key != pledge]))  # read out already
    closing_cards = [pick_role(APPRECIATION_CARDS, cards, filters), pick_role(SMALL_THING_CARDS, cards, filters)]
    closing = Step(StepKind.CARDS, Segment.CLOSING, 0.0, closing_cards, fixed=True)
    closing.minutes = step_minutes(closing, cards)
    seal = Step(StepKind.SEAL_NOTE, Segment.CLOSING, SEAL_NOTE_MINUTES, fixed=True)
    pause = BREAK_MINUTES.get(setup.minutes, 0.0)
    fixed = sum(step.minutes for step in steps) + closing.minutes + seal.minutes + pause
    _share(flexible, length - fixed, ready, cards)
    _nudge(flexible, length, fixed, ready, cards)
    taken = {key for step, _ in flexible for key in step.cards} | set(closing.cards)
    for step, pool in flexible:
        step.minutes = step_minutes(step, cards)
        step.spares = [key for key in pool if key not in taken][:SPARES]
    middle = [step for step, _ in flexible if step.quizzes or step.cards]
    steps.extend(middle)
    if pause and middle:
        at = _break_at(steps, len(steps) - len(middle), length)
        steps.insert(at, Step(StepKind.BREAK, steps[at - 1].segment, pause, fixed=True))
    steps.extend([closing, seal])
    return EveningState(
        minutes=setup.minutes,
        depth=setup.depth,
        max_level=setup.max_level,
        spicy=setup.spicy_ok,
        seed=setup.seed,
        started_at=now,
        steps=steps,
        since=now,
    )


def _share(flexible: list[tuple[Step, list[CardKey]]], minutes: float, due: int, cards: Mapping[CardKey, Card]) -> None:
    weights = {step.segment: WEIGHTS[step.segment] for step, _ in flexible}
    total = sum(weights.values()) or 1.0
    taken: set[CardKey] = set()
    for step, pool in flexible:
        budget = max(0.0, minutes) * weights[step.segment] / total
        if step.segment is Segment.QUIZ:
            step.quizzes = quiz_turns(budget, due)
            continue
        step.cards = fit([key for key in pool if key not in taken], budget, cards) or [key for key in pool if key not in taken][:1]
        taken.update(step.cards)


def _nudge(
    flexible: list[tuple[Step, list[CardKey]]], length: float, fixed: float, due: int, cards: Mapping[CardKey, Card]
) -> None:
    """Add or take away single cards (or quiz turns) until the plan is as close to `length` as it gets."""
    for _ in range(200):
        gap = length - fixed - sum(step_minutes(step, cards) for step, _ in flexible)
        if abs(gap) <= CLOSE_ENOUGH * length:
            return
        taken = {key for step, _ in flexible for key in step.cards}
        # (how far from the length it would leave us, lighter segments last, step, card to add or None to take away)
        options: list[tuple[float, float, int, CardKey | None]] = []
        for index, (step, pool) in enumerate(flexible):
            weight = WEIGHTS[step.segment]
            if step.segment is Segment.QUIZ:
                change = QUIZ_MINUTES if gap > 0 and step.quizzes < due else -QUIZ_MINUTES if gap < 0 and step.quizzes > 1 else 0.0
                if change:
                    options.append((abs(gap - change), -weight, index, None))
            elif gap > 0:
                extra = next((key for key in pool if key not in taken), None)
                if extra is not None:
                    options.append((abs(gap - card_minutes(cards[extra])), -weight, index, extra))
            elif len(step.cards) > 1:
                options.append((abs(gap + card_minutes(cards[step.cards[-1]])), -weight, index, None))
        better = [option for option in options if option[0] < abs(gap)]
        if not better:
            return
        _, _, index, extra = min(better)
        step = flexible[index][0]
        if step.segment is Segment.QUIZ:
            step.quizzes += 1 if gap > 0 else -1
        elif extra is not None:
            step.cards.append(extra)
        else:
            step.cards.pop()


def _break_at(steps: list[Step], first_middle: int, length: float) -> int:
    """Where the break goes: the boundary between middle segments nearest the evening's halfway point."""
    best, best_distance = len(steps), math.inf
    elapsed = sum(step.minutes for step in steps[:first_middle])
    for index in range(first_middle, len(steps)):
        elapsed += steps[index].minutes
        if index == len(steps) - 1 and index > first_middle:
            break
        distance = abs(elapsed - length / 2)
        if distance < best_distance:
            best, best_distance = index + 1, distance
    return best
