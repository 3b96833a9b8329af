"""The tag vocabulary of the built-in decks (docs/DECKS.md explains each tag).

A theme says what a card is about for Our story; a subject says what part of life it touches. The
dealer keeps two cards of one subject apart where it can (illness twice running is heavy, and the
same kitchen twice is a rerun); the lint checks that every built-in card has a theme.
"""

from __future__ import annotations

#: The tags every built-in card takes at least one theme from.
THEME_TAGS = frozenset(
    {
        "favourites", "fears", "hopes", "signals", "have-my-back", "dates", "appreciation", "listening",
        "perspectives", "play", "intimacy", "repair", "trust", "first-to-know", "rituals", "first-impressions",
        "who-is-more-likely", "values", "romance", "turning-points", "plans",
    }
)  # fmt: skip

#: What part of life a card touches. (The other tags of docs/DECKS.md, `opener`, `closer`, `trivia` and
#: `understanding`, say where a card sits in an evening and how its memory counts: no subject.)
SUBJECT_TAGS = frozenset(
    {
        "money", "family", "friends", "work", "home", "health", "travel", "food", "childhood", "past", "future",
        "body", "children", "holidays", "tidiness", "time", "risk", "grief", "phones",
    }
)  # fmt: skip


#: The theme a kind of card names: Deck studio calls a scenario card "Have each other's back", the theme the
#: built-in decks tag `have-my-back`.
KIND_THEMES = {"scenario": "have-my-back"}


def with_theme(tags: tuple[str, ...], kind: str) -> tuple[str, ...]:
    """A card's tags with its theme. Every built-in card carries a theme tag; a couple's own card written with none
    takes the theme its kind names, so their own have-each-other's-back card counts wherever a built-in one does
    (Our story's love map, each partner's "Having …'s back" page). A card that has a theme keeps it alone, as
    the built-in scenarios that are only play do."""
    if THEME_TAGS.intersection(tags) or kind not in KIND_THEMES:
        return tags
    return (*tags, KIND_THEMES[kind])


def subjects(tags: tuple[str, ...]) -> frozenset[str]:
    """The subject tags among `tags` (a deck of one's own may use any tags: only these keep cards apart)."""
    return SUBJECT_TAGS.intersection(tags)
