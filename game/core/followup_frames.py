"""One follow-up frame, a few cards: the openings a reader hears coming round again after the question.

A follow-up is the next thing a curious partner asks about this card. Readers of a dealt evening heard
the same one asked of different cards ("How long did you get away with it?", "How long have you been
holding that in?"), or one offer after another ("Want to know…?", "Want the…?"), and took the cards for
a template; a round later, follow-up after follow-up asked the listener what to do ("What should I
say…?", "What could I bring…?", "How should I check…?"), which made an evening service-minded. Then
readers heard the listener offer to do better after card after card ("Shall I…?", "Want me to…?", "I'll…
from now on"), a repair promise where a curious partner would ask the next thing. So each frame below
may open the follow-ups of at most so many cards of the built-in collection (a mixed round deals from
every deck, so they are counted across every deck checked together), and each card past that is flagged.
A frame counts where it opens a follow-up or a sentence inside one ("Consider yourself caught. How
long…?"). deck_lint's stock follow-ups ("When did you last…?", "Did it work?") are whole lines any card
could close on; these are openings, each finished in a card's own words. docs/DECKS.md lists them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .card_motifs import past_allowance
from .cards import Card

#: What the frame is, the words that open it (any case), and how many cards' follow-ups may open with it.
FOLLOWUP_FRAMES: tuple[tuple[str, str, int], ...] = (
    ("'How long…?'", r"how long", 3),
    ("'Which bit did you…?'", r"which (bit|part) did (you|I)", 3),
    ("'What's the worst thing…?'", r"what['’]s the worst thing", 3),
    ("'What's the best thing…?'", r"what['’]s the best thing", 3),
    ("'What should (could, can) I…?' or 'How should I…?', asking the listener what to do", r"(what|how) (should|could|can) I", 5),
    ("'Want…?' ('Want to know…?', 'Want the real reason…?')", r"want", 3),
    ("'Do you still…?' ('Does it still…?', 'Is it still…?')", r"(do|does|is|are|would|will) (you|I|it|that|we) still", 3),
    (
        "an offer to do better ('Shall I…?', 'Should I…?', 'Want me to…?', 'Do you want me to…?', 'I'll… from now on')",
        r"shall I|should I|((do|would) you )?(want|like) me to|I['’]ll\b[^.?!]*\bfrom now on|from now on,? I",
        3,
    ),
)

_FRAMES = tuple(
    (what, re.compile(rf"(?:^|[.?!:]\s+)(?:{opening})\b", re.IGNORECASE), allowed) for what, opening, allowed in FOLLOWUP_FRAMES
)


def frame_findings(cards: Sequence[Card]) -> list[tuple[Card, str]]:
    """Each card past its follow-up frame's allowance, in the order given, with what to do about it."""
    out: list[tuple[Card, str]] = []
    for what, pattern, allowed in _FRAMES:
        found = [card for card in cards if any(pattern.search(line) for line in card.followups)]
        out += past_allowance(
            found,
            allowed,
            f"the follow-up frame {what} already opens the follow-ups of {allowed} cards (kept): on more, it reads"
            " as a template; ask the next thing a curious partner would ask about this card",
        )
    return out
