"""A date night within the limits as they are now: what becomes of planned cards when limits change mid-evening.

An evening is planned within the couple's limits, but it can wait (paused, or the window closed)
while a partner lowers theirs, or Settings turns spicy cards off. What is still to come then keeps
within the limits in force: a planned card beyond them goes, a ritual card (the pledge, the
appreciation, the small thing for this week) gives way to one of its role that fits — Kindred's own
always do — and each part still to come finds its spare cards afresh, within them. A part being
played when the limits changed begins again with what is left of it, within them, once the card on
the table is done (`renew`: the director's `turn_finished` says so), so that an answer already given
to that card, or half typed, is not lost. A card on the table beyond them is the caller's to take
away at once: `DateNight.finish_segment(session, afresh=True)` ends the part there, its answers not
revealed, and begins it again. More of a part, offered and waiting, keeps only what fits them.
"""

from __future__ import annotations

from collections.abc import Mapping

from .cards import Card, CardKey, Deck
from .consent import Consent
from .date_night_events import LimitsChanged
from .date_night_more import still_offered
from .date_night_plan import APPRECIATION_CARDS, PLEDGE_CARDS, SMALL_THING_CARDS, SPARES, History, candidates, lookup, pick_role
from .date_night_state import EveningState, Status, Step, StepKind
from .dealing import DealFilters
from .events import Event
from .limits import Limit

#: The ritual cards, each with the others that may stand in for it.
ROLES = (PLEDGE_CARDS, APPRECIATION_CARDS, SMALL_THING_CARDS)


def keeps_to(state: EveningState, offered: bool, limits: Mapping[int, Limit]) -> bool:
    """Whether the evening already keeps to these limits (Settings' spicy switch, both private limits) as they are."""
    return Consent.of(offered, limits, state.depth) == Consent(state.max_level, state.spicy)


def keep_within(
    state: EveningState, decks: Mapping[str, Deck], offered: bool, limits: Mapping[int, Limit], history: History
) -> list[Event]:
    """From here on the evening keeps within the limits as they are now, and within the depth chosen for it (never
    saying whose they were); `history` orders the cards found for what is still to come."""
    if keeps_to(state, offered, limits):
        return []
    consent = Consent.of(offered, limits, state.depth)
    state.max_level, state.spicy = consent.max_level, consent.spicy
    filters, cards = DealFilters.within(consent), lookup(decks)
    for step in state.steps:
        if step.status is Status.PENDING:
            keep_step_within(step, cards, filters)
        elif step.status is Status.ACTIVE and step.kind is StepKind.CARDS:
            step.renew = True  # dealt under the old limits: what is left of it is dealt again, within these
        elif step.status is Status.OFFERED:
            step.offer = still_offered(step, cards, filters)  # more of a part, offered: only what fits now
        if step.open:
            find_spares(step, state, decks, filters, history)
    return [LimitsChanged(state.max_level, state.spicy)]


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
