"""What comes next in a session: a stale answer to check, a due quiz, or the next card of the deal.

A Play round mixes quizzes in among its cards, up to a share of the turns that grows with how many
are due; a changing answer gone stale is checked with its owner before the partner is quizzed on
it; "Quiz me" asks due memories only, as many as its length, and counts them ("Question 3 of 12") by the rule
that also counts them before the round begins ("Quiz me (12 due)"): `still_to_ask`.
These choices move the session's state on (whose turn, the quiz credit, the place in the deal,
the questions in a quiz round); the session turns them into events.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Protocol

from .answers import answer_fits
from .card_shapes import CLOSER, OPENER
from .cards import Card, CardKey, Kind
from .events import TurnRef
from .memories import Memory, MemoryKey
from .partner_quiz import QuizBook
from .players import other
from .promises import is_promise
from .quiz_order import pick_apart
from .quiz_timing import QUIZ_REST, from_decks_in_play, made_this_sitting, quizzes_go_on, rested, still_fresh
from .session_state import Mode, Phase, SessionConfig, SessionState

#: The largest share of turns given to quizzes, reached once this many are due.
QUIZ_SHARE = 1 / 3
QUIZ_SHARE_FULL_AT = 6


class Table(Protocol):
    """What the turn order reads of a session, and the state it moves on."""

    @property
    def config(self) -> SessionConfig: ...

    @property
    def state(self) -> SessionState: ...

    @property
    def memories(self) -> Mapping[MemoryKey, Memory]: ...

    @property
    def quizbook(self) -> QuizBook: ...

    def card(self, key: CardKey) -> Card | None: ...


def next_turn(table: Table, now: datetime) -> TurnRef | None:
    """Start the next turn in the table's state and say which it is; None when the session is over.

    A quiz round counts its questions again as each turn begins (a pass leaves one fewer to ask).
    """
    turn = _start_turn(table, now)
    if turn is not None and table.config.mode is Mode.QUIZ:
        table.state.questions = questions_in_round(table, now)
    return turn


def questions_in_round(table: Table, now: datetime) -> int:
    """How many questions this quiz round asks in all: those asked, the one on the table, and every due memory
    still to be asked or checked, up to the round's length. The rest stay due for another round."""
    s = table.state
    on_table = s.current.memory if s.current is not None else None
    to_come = sum(1 for _ in still_to_ask(table, now, on_table))
    total = len(s.completed) + (1 if s.current is not None else 0) + to_come
    return min(total, table.config.length) if table.config.length is not None else total


def questions_due(table: Table, now: datetime) -> dict[int, int]:
    """How many questions a quiz round begun now at `table` would ask each partner if it asked all that are due:
    what Home's Quiz me button and Quiz me's setup say, counted by the very rule the round counts by."""
    asked = {0: 0, 1: 0}
    for seat, _key in still_to_ask(table, now):
        asked[seat] += 1
    return asked


def first_asked_at(table: Table, now: datetime) -> datetime | None:
    """When a quiz round begun at `table` (now or later) would first have a question to ask, by the rule it asks by
    (`still_to_ask`): the earliest moment a saved answer is due for its guesser and has rested, if it is asked then.
    None when none ever is: each one is beyond the round's filters (the couple's limits), its card is gone, or the
    deck changed under its answer, or it is a promise that will have gone stale (a promise is never checked).

    Each answer is weighed only at the moment it first could be asked: what rules it out then (limits, a card gone,
    a promise gone stale) still rules it out later, and what lets it in (due, rested) lasts."""
    first: datetime | None = None
    for (key, _), schedule in table.quizbook.items():
        memory = table.memories.get(key)
        if memory is None:
            continue
        at = max(now, schedule.due, memory.updated_at + QUIZ_REST)
        if (first is None or at < first) and (check_eligible(table, at)(key) or quiz_eligible(table, at)(key)):
            first = at  # still_to_ask's own test: due by `at`, so asked then, checked first or guessed
    return first


def still_to_ask(table: Table, now: datetime, on_table: MemoryKey | None = None) -> Iterator[tuple[int, MemoryKey]]:
    """Every due memory a quiz round has still to ask about, beside the one `on_table`, and whom it asks: the
    guesser, or first the owner of a changing answer gone stale. One gone beyond the round's filters (the couple's
    limits, spicy cards off), whose card is gone or whose answer no longer fits it, or still resting, is not asked."""
    quizzable, checkable = quiz_eligible(table, now), check_eligible(table, now)
    for guesser in (0, 1):
        for key in table.quizbook.due(guesser, now):
            if key == on_table:
                continue
            if checkable(key):
                yield key.owner, key
            elif quizzable(key):
                yield guesser, key


def _start_turn(table: Table, now: datetime) -> TurnRef | None:
    s = table.state
    if length_reached(table):
        return None
    stale = _pick_check(table, now)
    if stale is not None:
        check = TurnRef(s.turns_started, s.active, stale.card_key, stale)
        s.turns_started += 1
        s.current = check
        s.phase = Phase.CHECK
        s.private, s.guess, s.suggestion, s.hint = {}, None, None, None
        return check
    quiz = _pick_quiz(table, now)
    if quiz is None and table.config.mode is Mode.QUIZ:
        # "Quiz me" deals due memories only; when the active player has none left, the partner goes on.
        partner = _ask(table, other(s.active), now)
        if partner is None:
            return None
        s.active, quiz = other(s.active), partner
    if quiz is not None:
        turn = TurnRef(s.turns_started, s.active, quiz.card_key, quiz)
        s.phase = Phase.GUESS
    else:
        key = _next_card(table)
        if key is None:
            return None
        card = table.card(key)
        assert card is not None
        turn = TurnRef(s.turns_started, s.active, key)
        s.phase = Phase.PRIVATE if card.kind in (Kind.BOTH, Kind.SCENARIO) else Phase.ANSWER
    s.turns_started += 1
    s.current = turn
    s.private, s.guess, s.suggestion, s.hint = {}, None, None, None
    return turn


def _pick_quiz(table: Table, now: datetime) -> MemoryKey | None:
    s = table.state
    guesser = s.active
    if table.config.mode is Mode.PLAY and not table.config.quizzes:
        return None
    if table.config.mode is Mode.QUIZ:
        return _ask(table, guesser, now)
    if not quizzes_go_on(cards_left(table)):
        return None
    due = table.quizbook.count_due(guesser, now)
    if due == 0:
        return None
    s.quiz_credit += QUIZ_SHARE * min(1.0, due / QUIZ_SHARE_FULL_AT)
    if s.quiz_credit < 1.0:
        return None
    picked = _ask(table, guesser, now)
    if picked is not None:
        s.quiz_credit = max(0.0, s.quiz_credit - 1.0)
    return picked


def _ask(table: Table, guesser: int, now: datetime) -> MemoryKey | None:
    """The guesser's next quiz: not on the card just asked about where another can go between (see quiz_order). A
    quiz round looks ahead through the questions it has left; in a Play round, cards come between."""
    s, length, book = table.state, table.config.length, table.quizbook
    asked = [turn.card for turn in s.completed]
    left = book.count_due(0, now) + book.count_due(1, now) if length is None else length - len(s.completed)
    if table.config.mode is Mode.PLAY:
        asked, left = asked[-1:], 1
    return pick_apart(book, guesser, now, quiz_eligible(table, now), asked, left)


def _pick_check(table: Table, now: datetime) -> MemoryKey | None:
    """A changing answer of the active player's that has gone stale and the partner is due to be asked about.

    Instead of quizzing the partner on what may no longer be true, its owner is asked first (once a session).
    In a Play round this takes a quiz's place, so it waits for the same share of turns.
    """
    s = table.state
    if table.config.mode is Mode.PLAY and (not table.config.quizzes or s.quiz_credit < 1.0 or not cards_left(table)):
        return None
    checkable = check_eligible(table, now)
    # Quiz me goes on with the partner when the active player has nothing left, so it looks at both.
    owners = (s.active,) if table.config.mode is Mode.PLAY else (s.active, other(s.active))
    last = s.completed[-1].card if s.completed else None
    for owner in owners:
        stale = [key for key in table.quizbook.due(other(owner), now) if key.owner == owner and checkable(key)]
        # Not on the card just asked about where the owner has another: its two askings come apart (quiz_order).
        key = next((key for key in stale if key.card_key != last), stale[0] if stale else None)
        if key is not None:
            if table.config.mode is Mode.PLAY:
                s.quiz_credit = max(0.0, s.quiz_credit - 1.0)
            s.active = owner
            return key
    return None


def check_eligible(table: Table, now: datetime) -> Callable[[MemoryKey], bool]:
    """Whether a due memory is a changing answer gone stale, to be checked with its owner before any quiz on it."""
    asked = set(table.state.quizzed)

    def checkable(key: MemoryKey) -> bool:
        memory, card = table.memories.get(key), table.card(key.card_key)
        if key in asked or memory is None or card is None or not consented(table, key.card_key):
            return False
        if not answer_fits(card, memory.answer):
            return False  # the deck changed under this answer: nothing fair to check or quiz
        if is_promise(key.card_key):
            return False  # a promise is asked "Did it happen?", never "is it still true?"
        return not still_fresh(memory, card, now) and rested(memory, now)

    return checkable


def quiz_eligible(table: Table, now: datetime) -> Callable[[MemoryKey], bool]:
    s = table.state
    quizzed = set(s.quizzed)
    play = table.config.mode is Mode.PLAY
    decks = frozenset(table.config.deck_ids) if play and table.config.cards is None else frozenset()

    def eligible(key: MemoryKey) -> bool:
        memory = table.memories.get(key)
        if key in quizzed or memory is None or not consented(table, key.card_key):
            return False
        card = table.card(key.card_key)
        assert card is not None
        return (
            answer_fits(card, memory.answer)
            and not made_this_sitting(key, s.made, memory, now)
            and rested(memory, now)
            and still_fresh(memory, card, now)
            and from_decks_in_play(key, decks)
        )

    return eligible


def consented(table: Table, key: CardKey) -> bool:
    """The consent rule (see consent.py): a card, or a memory made from it, may be shown in this round."""
    card = table.card(key)
    return card is not None and table.config.filters.consents_to(card)


def length_reached(table: Table) -> bool:
    """A Play round's length counts the cards dealt ("Card 12 of 12"); quizzes between them come on top.

    A Quiz me round (and a date night's quiz part) counts its questions.
    """
    length = table.config.length
    if length is None:
        return False
    completed = table.state.completed
    if table.config.mode is Mode.QUIZ:
        return len(completed) >= length
    return sum(1 for turn in completed if not turn.is_quiz) >= length


def keep_the_climb(table: Table, passed: CardKey) -> None:
    """A passed card's place goes to a card of its level from beyond the round, so the round still ends on its
    deepest cards. Left alone, a round of set length takes one card more from the deal, and the next run of the
    deal (see dealing.climbing) starts light again: the round would end on a light card."""
    s, length, card = table.state, table.config.length, table.card(passed)
    if length is None or table.config.mode is not Mode.PLAY or card is None:
        return
    need = length - sum(1 for turn in s.completed if not turn.is_quiz)  # cards the round still takes
    ends = _bookends(card)
    # A passed closer's place goes to another closer if one is left, else to a card of its level, else to the next
    # card; no other card's place goes to an opener or a closer (the round has its own, and a second would start or
    # end it mid-way), and the round's own closer stays its last card.
    fits: list[Callable[[Card], bool]] = [
        lambda later: not _bookends(later) and later.level == card.level,
        lambda later: not _bookends(later),
    ]
    if CLOSER in ends:
        fits.insert(0, lambda later: CLOSER in _bookends(later))
    for fit in fits:
        for index in range(s.position + max(0, need - 1), len(s.deal)):  # from the one that would end the round, on
            later = table.card(s.deal[index])
            if later is not None and fit(later):
                s.deal.insert(s.position, s.deal.pop(index))  # next up: the rest of the round still climbs
                s.moves.append((index, s.position))  # kept with the round, which keeps its deal as first dealt
                return


def _bookends(card: Card) -> frozenset[str]:
    return frozenset(tag for tag in card.tags if tag in (OPENER, CLOSER))


def cards_left(table: Table) -> bool:
    return any(consented(table, key) for key in table.state.deal[table.state.position :])


def cards_to_come(table: Table) -> int:
    """How many cards of the deal, within the round's filters, are still to be dealt (the one on the table aside)."""
    return sum(1 for key in table.state.deal[table.state.position :] if consented(table, key))


def _next_card(table: Table) -> CardKey | None:
    """The next card of the deal that is still there and within the round's filters (they narrow when a limit is
    lowered while the round waits: the deal was made before), and not yet played or passed in this round (a round
    saved before its moves were kept has a card brought forward for a pass in its old place as well)."""
    s = table.state
    offered = set(s.dealt)
    while s.position < len(s.deal):
        key = s.deal[s.position]
        s.position += 1
        if consented(table, key) and key not in offered:
            return key
    return None


def off_the_table(table: Table) -> bool:
    """Take the card on the table away, unplayed, if it is beyond the round's filters now; True if it went."""
    s = table.state
    if s.phase is Phase.ENDED or s.current is None or consented(table, s.current.card):
        return False
    s.current = None
    s.private, s.guess, s.suggestion, s.hint = {}, None, None, None
    return True
