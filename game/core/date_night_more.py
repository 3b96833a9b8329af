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
the same offer.

The quiz part is offered more the same way when it asked every question it was sized for, well ahead of its
time, and answers it did not ask are due too (`more_questions`): the offer holds the cards of those answers, so
the same limits check keeps to them; when it is taken, the questions are counted again within the limits as they
are now, and asked by the quiz round's own rule, as many as were offered at most.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from .cards import Card, CardKey, Deck
from .date_night_plan import quiz_hidden
from .date_night_quiz import quiz_config, ready_to_quiz
from .date_night_state import EveningState, Segment, Step, StepKind
from .dealing import DealFilters
from .events import TurnRef
from .memories import Memory, MemoryKey
from .partner_quiz import QuizBook
from .session import Session
from .turn_order import still_to_ask

#: A part "ends well ahead" when it dealt all its cards in at most this share of the minutes planned for it.
AHEAD = 0.5
#: The most cards one offer holds ("two more cards?"): a little more, not a second part.
MORE_AT_MOST = 3
#: A card is counted as taking at least this many seconds, however quickly the part's cards went.
SLOWEST_QUICK_CARD = 60.0
#: The parts that may be offered more: those that deal cards from the evening's decks, and the quiz.
OFFERED_PARTS = frozenset({Segment.WARM_UP, Segment.QUIZ, Segment.DEEPER, Segment.BACK})


def more_of_part(
    state: EveningState,
    step: Step,
    session: Session,
    decks: Mapping[str, Deck],
    cards: Mapping[CardKey, Card],
    filters: DealFilters,
    now: datetime,
    on_table: TurnRef | None = None,
) -> list[CardKey]:
    """What to offer as `step` ends, its round `session` over once the turn `on_table` (if any) is done."""
    if step.segment is Segment.QUIZ:
        return more_questions(state, step, session, decks, cards, filters, now, on_table.memory if on_table else None)
    dealt = session.state.dealt + ([on_table.card] if on_table is not None and not on_table.is_quiz else [])
    return more_to_offer(state, step, dealt, cards, filters)


def _room(state: EveningState, step: Step, done: int) -> int:
    """How many more fit at the couple's own pace in the minutes the part did not use, having done `done` turns in
    the time it took (none when it was not well ahead)."""
    if step.began is None:
        return 0
    planned, used = step.minutes * 60, state.elapsed - step.began
    if planned <= 0 or used > AHEAD * planned:
        return 0
    per_card = max(SLOWEST_QUICK_CARD, used / max(1, done))  # their own pace tonight, not the estimates
    return max(0, min(MORE_AT_MOST, int((planned - used) // per_card)))


def more_to_offer(
    state: EveningState, step: Step, dealt: list[CardKey], cards: Mapping[CardKey, Card], filters: DealFilters
) -> list[CardKey]:
    """The extra cards to offer as `step` ends having dealt `dealt` (none when it was not well ahead).

    Only a part that dealt every one of its cards is offered more: one the couple moved on from, or whose time
    was up, goes on as they chose.
    """
    if step.kind is not StepKind.CARDS or step.fixed or step.segment not in OFFERED_PARTS - {Segment.QUIZ}:
        return []
    if any(key not in dealt for key in step.cards):
        return []
    room = _room(state, step, len(dealt))
    taken = {*state.tally.played, *dealt, *(key for other in state.steps if other is not step for key in other.cards)}
    fitting = [key for key in dict.fromkeys(step.spares) if key not in taken and key in cards and filters.allows(cards[key])]
    return fitting[:room]


def still_offered(step: Step, cards: Mapping[CardKey, Card], filters: DealFilters) -> list[CardKey]:
    """What is left of an offer within `filters` (the limits as they are now, which may have changed meanwhile)."""
    return [key for key in step.offer if (card := cards.get(key)) is not None and filters.allows(card)]


def more_questions(
    state: EveningState,
    step: Step,
    session: Session,
    decks: Mapping[str, Deck],
    cards: Mapping[CardKey, Card],
    filters: DealFilters,
    now: datetime,
    on_table: MemoryKey | None = None,
) -> list[CardKey]:
    """The quiz part's further questions to offer as it ends (`on_table`: the answer asked about, still to be
    judged): the cards of due answers its round did not ask, as many as fit, once it asked all it was sized for."""
    if step.kind is not StepKind.CARDS or step.fixed or step.segment is not Segment.QUIZ:
        return []
    judged = {turn.memory for turn in session.state.completed if turn.memory is not None}
    asked = {*session.state.quizzed, *([on_table] if on_table is not None else [])}
    done = len(session.state.completed) + len(asked - judged)  # each question judged or checked, and each passed
    room = _room(state, step, done) if done >= step.quizzes else 0
    if not room:
        return []
    left = {key: memory for key, memory in session.memories.items() if key not in asked}
    unasked = Session(quiz_config(decks, filters), decks, left, session.quizbook)
    due = [key.card_key for _seat, key in still_to_ask(unasked, now)]
    return [key for key in due if key in cards and filters.allows(cards[key])][:room]


def questions_taken(
    state: EveningState,
    step: Step,
    decks: Mapping[str, Deck],
    cards: Mapping[CardKey, Card],
    filters: DealFilters,
    memories: Mapping[MemoryKey, Memory],
    quizbook: QuizBook,
    now: datetime,
) -> tuple[int, frozenset[MemoryKey]]:
    """Yes to more of the quiz part: how many of the questions offered are asked, counted again within `filters`
    (the limits as they are now), and the answers not to ask tonight."""
    hidden = quiz_hidden(memories, cards, filters, state.tally.made)
    return min(len(still_offered(step, cards, filters)), ready_to_quiz(decks, filters, memories, quizbook, hidden, now)), hidden
