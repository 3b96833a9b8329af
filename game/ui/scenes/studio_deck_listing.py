"""Which of a deck's cards Deck studio lists, what stands for the rest, and what its details say is in it.

Spicy cards are listed only when the couple's limits let spicy cards come (Settings offers them and both partners
said yes); until then the list says how many are hidden, never their words. Cards deeper than the limits are listed
as they are: a depth is how personal a question is, not a content warning, and a couple writing or choosing decks
wants to see the whole of one.
"""

from __future__ import annotations

from game.core.cards import Deck, Kind

from ..card_view import LEVEL_WORDS

#: The kinds of card as a couple would say them, in the order the card form offers them.
KIND_PLAIN = {Kind.ASK: "questions", Kind.BOTH: "both answer", Kind.SCENARIO: "what-would-you-do", Kind.ACTION: "things to do"}

#: In the list and on the small card when every card of a deck is hidden (how many, and until when, is said above).
ALL_SPICY = "Every card in this deck is spicy."


def listed(deck: Deck, spicy: bool) -> list[int]:
    """The places in `deck` of the cards listed, in order: spicy ones only when spicy cards may come."""
    return [index for index, card in enumerate(deck.cards) if spicy or not card.spicy]


def row_of(shown: list[int], index: int) -> int:
    """The list's row for the deck's card at `index`, or for the nearest card listed before it (one hidden)."""
    return max(0, sum(1 for place in shown if place <= index) - 1)


def hidden_words(count: int, offered: bool) -> str:
    """What stands for the spicy cards the list leaves out: how many, and until when."""
    cards = "1 spicy card is" if count == 1 else f"{count} spicy cards are"
    until = "until you both say yes to them" if offered else "while spicy cards are off in Settings"
    return f"{cards} hidden here {until}."


def deck_details(deck: Deck) -> str:
    """What is in a deck, in the words the game uses elsewhere: "12 cards · light and personal · questions and both
    answer" (the depths as the cards name them, never the file's "depth 1, 2" or "ask, both")."""
    count = len(deck.cards)
    if not count:
        return "No cards yet."
    levels = [LEVEL_WORDS[level] for level in sorted(deck.levels()) if level in LEVEL_WORDS]
    kinds = [words for kind, words in KIND_PLAIN.items() if any(card.kind is kind for card in deck.cards)]
    return " · ".join([f"{count} card{'s' if count != 1 else ''}", _listed(levels), _listed(kinds)])


def _listed(words: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return " and ".join(words) if len(words) < 3 else f"{', '.join(words[:-1])} and {words[-1]}"
