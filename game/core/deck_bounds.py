"""How large a deck's parts may be: the bounds of decks/deck.schema.json, named once for the code.

The schema is the one source of truth and the loader checks every deck file against it; the core
cannot read files, so the numbers the code needs too (how long a name field lets you type, how many
cards an import may make) are written here, and tests/storage/test_deck_bounds.py fails the moment
one of them says something other than the schema.
"""

from __future__ import annotations

#: A deck's name; its description; its author.
NAME_CHARS = 80
DESCRIPTION_CHARS = 500
AUTHOR_CHARS = 120
#: A card's text and each follow-up: the longest text the schema allows anywhere.
LINE_CHARS = 2000
#: One option of a choice or scenario card; the quiz phrasing; the note shown with a card.
OPTION_CHARS = 200
QUIZ_CHARS = 300
NOTE_CHARS = 300
#: How many cards a deck may hold; options a card may list (at least two); follow-ups; tags.
MAX_CARDS = 20_000
MIN_OPTIONS, MAX_OPTIONS = 2, 12
MAX_FOLLOWUPS = 10
MAX_TAGS = 20
#: A scenario's options: the loader's own rule (the schema says it in words, and allows any options list up to 12).
SCENARIO_OPTIONS = (2, 6)
#: Depths a card may have: 1 light, 2 personal, 3 deep.
LEVELS = (1, 2, 3)
#: An action card's timer, in seconds.
TIMER_SECONDS = (5, 3600)
