"""A card stands alone: its words never reach past it to another card or to the rest of the evening.

The dealer puts any card beside any other, so a card that leans on what comes after it breaks at the
join. Readers of a dealt evening met "keep your hand there for the whole next card, however serious"
landing on a complaint, and an opener's game ("slip an odd word into an answer tonight", a bet that runs
till the last card) that no later card ever settled, because no later card knows it was played. So a
card's text, follow-ups, options and note may not send the couple to the next card or question, to the
rest (or the end) of the evening, or to a score kept over it: the card settles its game within itself or
its follow-up, and a rule it makes ends when the card ends. A rule for life ("from now on", "next time",
"for the rest of your life") is no reach past the card, and neither is a look back at the evening ("Which
answer tonight did you tidy up?"). docs/DECKS.md lists the phrases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cards import Card

_EVENING = r"(the |this )?(evening|night|game|date)|tonight"

#: What reaches past the card, and the words that do it (any case, whole words).
REACHES: tuple[tuple[str, str], ...] = (
    ("the next card", r"(next|following) (card|question)s?"),
    ("the rest of the evening", rf"(the )?rest of (the |this )?({_EVENING})"),
    ("the last card", r"(till|until|by|at|on|before) the (last|final) (card|question)"),
    ("the end of the evening", rf"(till|until|by|at) the end of ({_EVENING})"),
    ("later tonight", r"later (on )?(tonight|this evening)"),
    ("from now on tonight", r"(from now on|from here on),? (tonight|this evening)"),
    ("a score kept over the evening", rf"(keep|keeps|keeping|kept) (the )?scores? ({_EVENING}|all evening)"),
    ("the next time tonight", r"next\b[^.!]{0,30}\b(tonight|this evening)"),
    ("an answer still to come tonight", r"(an|your|my|our|every|each|any) (answer|card)s? (tonight|this evening)"),
)

_REACHES = tuple((what, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for what, words in REACHES)


def reach_findings(cards: Sequence[Card]) -> list[tuple[Card, str]]:
    """Each card whose words reach past it, with what reaches and what to do about it."""
    out: list[tuple[Card, str]] = []
    for card in cards:
        read = (card.text, *card.followups, *card.options, card.note)
        for what, pattern in _REACHES:
            if match := next((found for line in read if (found := pattern.search(line))), None):
                out.append(
                    (
                        card,
                        f"'{match.group(0)}' reaches past the card to {what}: the dealer may put anything beside it;"
                        " settle it within the card or its follow-up, or let it end when the card ends",
                    )
                )
                break
    return out
