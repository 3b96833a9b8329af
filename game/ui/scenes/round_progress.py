"""Where a round is, as the turn bar says it: the cards played of those it deals, or the question of a quiz."""

from __future__ import annotations

from game.core.session import Mode, Session
from game.core.turn_order import cards_to_come

from ..session_choices import LENGTHS

#: Where a round of one card is: no count, as there is nothing to count (and once a card was passed, the one left).
ONLY_CARD = "Just the one card"
LAST_CARD = "The last card"
ONLY_QUESTION = "Just the one question"
LAST_QUESTION = "The last question"


def round_place(session: Session) -> tuple[int, int]:
    """A Play round's cards played so far (a quiz between them is not one) and how many it deals (0: no set length).

    A passed card is not one played, and the next card of the deal takes its place. When none is left to (decks with
    fewer cards, a date night's closing ritual), the round is shorter, and says so: "Card 2 of 2", never a count the
    round cannot reach."""
    played = sum(1 for turn in session.state.completed if not turn.is_quiz)
    length = session.config.length or 0
    if not session.state.deal:
        return played, length
    on_table = 1 if session.current is not None and not session.current.is_quiz else 0
    dealt = played + on_table + cards_to_come(session)
    if length:
        return played, min(length, dealt)
    # An open-ended round plays its deal out: one as short as a round they could choose (a small deck of their own,
    # played from the studio) says its total, "Card 1 of 3"; a long one stays open, for them to stop when they like.
    return played, dealt if dealt <= max(LENGTHS) else 0


def progress_words(session: Session) -> str:
    """Where the round is: a Play round counts its cards (a quiz between them is not one), Quiz me its questions."""
    completed = session.state.completed
    if session.config.mode is Mode.QUIZ:
        number, questions = len(completed) + 1, session.state.questions
        if questions == 1:  # a quiz of one question, as a part of one card, counts nothing worth saying
            return LAST_QUESTION if session.state.passed else ONLY_QUESTION  # one left of two, once one was passed
        return f"Question {number} of {questions}" if questions >= number else f"Question {number}"
    played, length = round_place(session)
    if session.current is not None and session.current.is_quiz:
        return f"{played} of {length} cards played" if length > 1 else "between cards"
    if length == 1:  # a part of the evening (or a round) of one card: "Card 1 of 1" counts nothing worth saying
        return LAST_CARD if session.state.passed else ONLY_CARD  # one card left of two, once the other was passed
    return f"Card {played + 1} of {length}" if length else f"Card {played + 1}"
