"""Before the studio first saves over a deck file Kindred did not write as it is now: what a save changes, asked once.

A save writes the whole file in Kindred's layout, so a file written or changed in an editor loses its comments,
blank lines, key order and quoting (the cards' words are kept). The couple chooses: save anyway (remembered for that
file until Kindred closes), or save as a copy, a new deck file of Kindred's own, the original left untouched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import PurePath

from game.core.cards import Deck
from game.core.deck_bounds import NAME_CHARS
from game.core.deck_editing import copy_of

from .modals import QuestionScene
from .scene import UI

ANYWAY, COPY = "anyway", "copy"
QUESTION = "Save over a file written outside Kindred?"


def rewrite_words(name: str) -> str:
    return (
        f"{name} was written or changed outside Kindred. Saving here rewrites the whole file in Kindred's layout: "
        "its comments, blank lines, order of keys and quoting go. The cards' words are kept. "
        "A copy is a new deck file, and this one stays as it is."
    )


def ask_before_rewriting(
    ui: UI, deck: Deck, path: str, then: Callable[[Deck, str | None], None], cancelled: Callable[[], None]
) -> bool:
    """When saving `deck` over `path` would rewrite the couple's own file and they have not said yet: ask, and go on
    with `then(deck, path)` (save anyway), `then(copy, None)` (save as a copy) or `cancelled()`; True when asked."""
    if not ui.services.deck_save_asks(path):
        return False

    def answered(choice: str | None) -> None:
        if choice == ANYWAY:
            ui.services.rewrite_deck_anyway(path)
            then(deck, path)
        elif choice == COPY:
            name = f"{deck.name} (copy)"[:NAME_CHARS]
            then(dataclasses.replace(copy_of(deck, ui.services.new_deck_id(name), name), author=deck.author), None)
        else:
            cancelled()

    detail = rewrite_words(PurePath(path).name)
    # "Save as a copy" comes first, so Enter keeps their file as it is
    ui.push(QuestionScene(ui, QUESTION, ("Save anyway", ANYWAY), ("Save as a copy", COPY), None, detail), answered)
    return True
