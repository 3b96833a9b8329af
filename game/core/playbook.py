"""The have-my-back playbook: for each partner, what they said helps them, gathered by situation.

A playbook is for the hard Tuesday, not for date night: "When work weighs on Kofi: pick up a few
things I usually handle. Coffee: oat milk, no sugar." It is built only from what that partner
answered themself — their own scenario picks (never the guess of the other's pick), their
signals, fears and favourite details — never from what one partner guessed about the other.

Each line keeps the day it was said (or last confirmed), and a card marked `changes: true` whose
answer has not been given or confirmed within quiz_timing.FRESH_FOR carries a note that it may
have changed. The consent rule decides what may be shown, as everywhere; a memory marked just
between us stays out unless both partners chose to let it in; a line either partner hid stays out
of the page (the window can still list it, marked, so it can be shown again).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .answers import describe
from .cards import AnswerType, Card, CardKey
from .consent import Consent
from .memories import Memory, MemoryKey
from .players import Couple, other
from .pronouns import fill
from .quiz_timing import still_fresh
from .tags import with_theme

#: A card feeds the playbook when it carries one of these tags (the built-in decks tag every card; a couple's own
#: card with no theme tag takes its kind's, `tags.with_theme`).
SOURCE_TAGS = ("have-my-back", "signals", "fears", "favourites")

#: Situations a have-my-back card can be about, in the order the page shows them: (tag, heading).
SITUATIONS: tuple[tuple[str, str], ...] = (
    ("work", "When work weighs on {name}"),
    ("health", "When {name} is unwell"),
    ("family", "Around family"),
    ("friends", "Out with friends"),
    ("travel", "Away from home"),
    ("money", "When money is tight"),
    ("home", "At home"),
    ("repair", "After a quarrel"),
    ("trust", "Who {name} turns to"),
)
BACK_HEADING = "When {name} needs backing up"
SIGNALS_HEADING = "Reading {name}'s signals"
FEARS_HEADING = "What frightens {name}, and what helps {them}"
FOOD_HEADING = "Food and drink"
DETAILS_HEADING = "Little things {name} loves"

STALE_NOTE = "may have changed since: ask again"

# A quiz phrased "What did {name} say is {partner}'s …" marks a card where one partner describes the other: a guess.
_ABOUT_THE_OTHER = re.compile(r"did \{name\} (?:say|describe)\b")


@dataclass(frozen=True, slots=True)
class PlaybookLine:
    key: MemoryKey
    #: The situation or detail, in the card's quiz words about the owner, as the screen shows it: a right-to-left
    #: name isolated (direction.quoted) so it moves nothing around it.
    prompt: str
    #: The same words as a file holds them, the names as they were typed: an export carries no screen isolates.
    written: str
    #: The owner's own answer, as the game shows it.
    answer: str
    #: When it was last said or confirmed still true.
    said: datetime
    #: A changing fact not given or confirmed lately: it may be out of date.
    stale: bool
    private: bool
    hidden: bool

    @property
    def id(self) -> str:
        """A line's lasting name: whose answer and which card ("0:deck/card")."""
        return str(self.key)


@dataclass(frozen=True, slots=True)
class PlaybookSection:
    title: str
    lines: tuple[PlaybookLine, ...]


@dataclass(frozen=True, slots=True)
class Playbook:
    owner: int
    name: str
    title: str
    sections: tuple[PlaybookSection, ...]

    @property
    def lines(self) -> tuple[PlaybookLine, ...]:
        return tuple(line for section in self.sections for line in section.lines)


def feeds_playbook(card: Card) -> bool:
    """A card whose remembered answer says what helps its owner, in the owner's own words."""
    if not card.remembered or card.answer_type is AnswerType.WHO:
        return False
    if card.quiz is not None and _ABOUT_THE_OTHER.search(card.quiz):
        return False
    return any(tag in with_theme(card.tags, card.kind) for tag in SOURCE_TAGS)


def heading_of(card: Card) -> str:
    """The section template a card's line goes under (placeholders for the owner)."""
    tags = with_theme(card.tags, card.kind)
    if "signals" in tags:
        return SIGNALS_HEADING
    if "fears" in tags:
        return FEARS_HEADING
    if "favourites" in tags and "have-my-back" not in tags:
        return FOOD_HEADING if "food" in tags else DETAILS_HEADING
    for tag, heading in SITUATIONS:
        if tag in tags:
            return heading
    return BACK_HEADING


_ORDER = [heading for _, heading in SITUATIONS] + [BACK_HEADING, SIGNALS_HEADING, FEARS_HEADING, FOOD_HEADING, DETAILS_HEADING]


def build_playbook(
    owner: int,
    couple: Couple,
    memories: Mapping[MemoryKey, Memory],
    cards: Mapping[CardKey, Card],
    consent: Consent,
    now: datetime,
    *,
    hidden: Collection[MemoryKey] = (),
    include_private: bool = False,
    keep_hidden: bool = False,
) -> Playbook:
    """`owner`'s playbook from their own answers.

    `include_private`: both partners chose to let just-between-us answers in. `keep_hidden`: list
    hidden lines too, marked (for the window that can show them again); otherwise they are left out.
    """
    partner = other(owner)

    def words(template: str) -> str:
        return fill(
            template,
            name=couple.name(owner),
            partner=couple.name(partner),
            pronouns=couple.pronouns(owner),
            partner_pronouns=couple.pronouns(partner),
        )

    grouped: dict[str, list[tuple[int, str, PlaybookLine]]] = {}
    for key, memory in memories.items():
        if key.owner != owner:  # before the card is looked up: half the memories are the partner's
            continue
        card = cards.get(key.card_key)
        if card is None or not consent.allows(card) or not feeds_playbook(card):
            continue
        if memory.private and not include_private:
            continue
        is_hidden = key in hidden
        if is_hidden and not keep_hidden:
            continue
        line = PlaybookLine(
            key=key,
            prompt=couple.quiz_text(card, owner),
            written=card.quiz_text(couple.name(owner), couple.name(partner), couple.pronouns(owner), couple.pronouns(partner)),
            answer=describe(card, memory.answer),
            said=memory.updated_at,
            stale=not still_fresh(memory, card, now),
            private=memory.private,
            hidden=is_hidden,
        )
        grouped.setdefault(heading_of(card), []).append((card.level, line.prompt.casefold(), line))
    sections = tuple(
        PlaybookSection(words(heading), tuple(line for _, _, line in sorted(grouped[heading], key=lambda item: item[:2])))
        for heading in _ORDER
        if heading in grouped
    )
    name = couple.name(owner)
    return Playbook(owner, name, words("Having {name}'s back"), sections)


def stale_words(line: PlaybookLine) -> str:
    """The note beside a line: when it was said, and whether it may be out of date."""
    said = f"said {line.said.strftime('%d %b %Y')}"
    return f"{said} · {STALE_NOTE}" if line.stale else said


def playbook_to_json(playbook: Playbook) -> dict[str, Any]:
    """A playbook as an export holds it: the lines shown, each with its day and whether it may be out of date."""
    return {
        "seat": playbook.owner,
        "name": playbook.name,
        "title": playbook.title,
        "sections": [
            {
                "title": section.title,
                "lines": [
                    {
                        "id": line.id,
                        "deck_id": line.key.deck_id,
                        "card_id": line.key.card_id,
                        "prompt": line.written,
                        "answer": line.answer,
                        "said": line.said.isoformat(),
                        "may_be_out_of_date": line.stale,
                        "just_between_us": line.private,
                    }
                    for line in section.lines
                    if not line.hidden
                ],
            }
            for section in playbook.sections
            if any(not line.hidden for line in section.lines)
        ],
    }
