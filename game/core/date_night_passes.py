"""A card passed in a date night's part: its place goes to another of the part's own cards, as a Play round's does.

A card part of the evening is played as an ordinary Play round (see date_night.py). Dealt exactly its cards, a
pass would use up one of its places: on "Card 2 of 3" a pass brought the part's last card, and the third place was
never played. So the round is dealt the part's cards and, after them, *stand-ins*: the part's spares, chosen for it
when the evening was planned (of its kind, never played tonight nor planned for another part, and within tonight's
limits as they are now). The round's length is still the part's cards, so a stand-in is dealt only in a passed
card's place, and the turn order brings forward one of the passed card's level (turn_order.keep_the_climb), as in
Play: the count holds and every place is played.

A fixed step (the closing ritual) has no spares: its appreciation and its small thing are the ritual itself, and
another card of other words in their place would not be. A card passed there is not replaced; the part is a card
shorter, and the screen says so.
"""

from __future__ import annotations

from collections.abc import Mapping

from .cards import Card, CardKey
from .date_night_state import EveningState, Step
from .dealing import DealFilters
from .session_state import Mode, SessionConfig


def stand_ins(state: EveningState, step: Step, cards: Mapping[CardKey, Card], filters: DealFilters) -> list[CardKey]:
    """The cards that may take a passed card's place in `step`'s round, best first (none for a fixed step)."""
    if step.fixed:
        return []
    taken = {*state.tally.played, *step.cards, *(key for other in state.steps if other is not step for key in other.cards)}
    return [key for key in dict.fromkeys(step.spares) if key not in taken and key in cards and filters.allows(cards[key])]


def part_config(state: EveningState, step: Step, cards: Mapping[CardKey, Card], filters: DealFilters) -> SessionConfig:
    """The round that plays `step`'s cards: exactly those in their order, then its stand-ins for any passed."""
    deal = [*step.cards, *stand_ins(state, step, cards, filters)]
    return SessionConfig(
        mode=Mode.PLAY,
        deck_ids=tuple(sorted({key.deck_id for key in deal})),
        filters=filters,
        length=len(step.cards),
        seed=state.seed,
        cards=tuple(deal),
        quizzes=False,
        first=state.next_seat,
    )


def plays_step(config: SessionConfig, step: Step) -> bool:
    """Whether `config` is the round that plays `step`'s cards (a saved round found again), stand-ins and all."""
    cards = config.cards
    return cards is not None and cards[: len(step.cards)] == tuple(step.cards) and config.length == len(step.cards)
