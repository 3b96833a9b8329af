"""More of a part that went quickly: when a date night's part ends well ahead of its time, the couple are offered more.

The clock paces an evening, but on its own it only ever takes away: a couple who answer briskly would reach
the closing with most of the evening left. So when a card part of the arc (warm-up, going deeper, each
other's back) has dealt every card it had, and used no more than `AHEAD` of the minutes planned for it, the
director offers a few more of that part's own cards: as many as the couple's own pace in that part fits in the
minutes it did not use (so the evening still keeps to the length they chose), and never more than
`MORE_AT_MOST`. They may take them or go on; nothing is dealt unasked.

Extra cards come from the part's spares, the cards chosen for it when the evening was planned (or found again
within changed limits): so they are of the part's kind, never played tonight nor planned for another part, and
within tonight's limits — each is checked against them again when it is offered and when it is taken. The
offer waits in the step's state (`Status.OFFERED`, `Step.offer`), so an evening closed mid-offer comes back to
the same offer. The quiz part is not offered more: it asks what is due, and answers are not made to be due.
"""

from __future__ import annotations

from collections.abc import Mapping

from .cards import Card, CardKey
from .date_night_state import EveningState, Segment, Step, StepKind
from .dealing import DealFilters

#: A part "ends well ahead" when it dealt all its cards in at most this share of the minutes planned for it.
AHEAD = 0.5
#: The most cards one offer holds ("two more cards?"): a little more, not a second part.
MORE_AT_MOST = 3
#: A card is counted as taking at least this many seconds, however quickly the part's cards went.
SLOWEST_QUICK_CARD = 60.0
#: The parts that may be offered more: those that deal cards from the evening's decks.
OFFERED_PARTS = frozenset({Segment.WARM_UP, Segment.DEEPER, Segment.BACK})


def more_to_offer(
    state: EveningState, step: Step, dealt: list[CardKey], cards: Mapping[CardKey, Card], filters: DealFilters
) -> list[CardKey]:
    """The extra cards to offer as `step` ends having dealt `dealt` (none when it was not well ahead).

    Only a part that dealt every one of its cards is offered more: one the couple moved on from, or whose time
    was up, goes on as they chose.
    """
    if step.kind is not StepKind.CARDS or step.fixed or step.segment not in OFFERED_PARTS or step.began is None:
        return []
    if any(key not in dealt for key in step.cards):
        return []
    planned, used = step.minutes * 60, state.elapsed - step.began
    if planned <= 0 or used > AHEAD * planned:
        return []
    taken = {*state.tally.played, *dealt, *(key for other in state.steps if other is not step for key in other.cards)}
    per_card = max(SLOWEST_QUICK_CARD, used / max(1, len(dealt)))  # their own pace tonight, not the estimates
    room = min(MORE_AT_MOST, int((planned - used) // per_card))
    fitting = [key for key in dict.fromkeys(step.spares) if key not in taken and key in cards and filters.allows(cards[key])]
    return fitting[:room]


def still_offered(step: Step, cards: Mapping[CardKey, Card], filters: DealFilters) -> list[CardKey]:
    """What is left of an offer within `filters` (the limits as they are now, which may have changed meanwhile)."""
    return [key for key in step.offer if (card := cards.get(key)) is not None and filters.allows(card)]
