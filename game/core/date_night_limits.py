"""A date night within the limits as they are now: what becomes of planned cards when limits change mid-evening.

An evening is planned within the couple's limits, but it can wait (paused, or the window closed)
while a partner lowers theirs, or Settings turns spicy cards off. What is still to come then keeps
within the limits in force: a planned card beyond them goes, a ritual card (the pledge, the
appreciation, the small thing for this week) gives way to one of its role that fits — Kindred's own
always do — and each part still to come (or being played, which then begins again: see
DateNight.keep_within_limits) finds its spare cards afresh, within them.
"""

from __future__ import annotations

from collections.abc import Mapping

from .cards import Card, CardKey, Deck
from .date_night_plan import APPRECIATION_CARDS, PLEDGE_CARDS, SMALL_THING_CARDS, SPARES, History, candidates, pick_role
from .date_night_state import EveningState, Step
from .dealing import DealFilters

#: The ritual cards, each with the others that may stand in for it.
ROLES = (PLEDGE_CARDS, APPRECIATION_CARDS, SMALL_THING_CARDS)


def keep_step_within(step: Step, cards: Mapping[CardKey, Card], filters: DealFilters) -> None:
    """A step not yet begun: its cards beyond `filters` go, a ritual one giving way to one of its role that fits."""

    def fits(key: CardKey) -> bool:
        card = cards.get(key)
        return card is not None and filters.allows(card)

    kept: list[CardKey] = []
    for key in step.cards:
        role = next((role for role in ROLES if key in role), None)
        if fits(key):
            kept.append(key)
        elif role is not None:
            kept.append(pick_role(role, cards, filters))
    step.cards = kept
    step.spares = [key for key in step.spares if fits(key)]


def find_spares(step: Step, state: EveningState, decks: Mapping[str, Deck], filters: DealFilters, history: History) -> None:
    """A flexible part still to come: its spares, best first, from every card that suits it within `filters` now
    (none played tonight, none planned for a part), so it can still fill its time."""
    if step.fixed:
        return
    taken = {*state.tally.played, *(key for other in state.steps for key in other.cards)}
    found = candidates(step.segment, decks, filters, state.seed, history)
    step.spares = [key for key in found if key not in taken][:SPARES]
