"""Editing decks in the studio: the deck as a value, the changes made to it, and an undo history.

Everything here is pure: a deck is an immutable `Deck`, each change returns a new one,
and the history keeps the earlier values so any change can be taken back.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from .cards import Card, Deck
from .direction import MARKS

#: The colours a couple can give a deck: the built-in decks' own, so a new deck sits well beside them.
DECK_PALETTE: tuple[tuple[str, str], ...] = (
    ("Terracotta", "#e2725b"),
    ("Rose", "#c2476b"),
    ("Plum", "#a6509b"),
    ("Lavender", "#8a6bd1"),
    ("Blue", "#5b8fd9"),
    ("Lagoon", "#2ea3c4"),
    ("Jade", "#4caf8e"),
    ("Leaf", "#5aab4b"),
    ("Lime", "#9ccc3f"),
    ("Honey", "#e0a43a"),
    ("Slate", "#5c6b82"),
    ("Clay", "#c8784f"),
)

T = TypeVar("T")


class History(Generic[T]):
    """Earlier values, newest last. `record` before a change; `undo` gives back the value before it."""

    def __init__(self, limit: int = 200) -> None:
        self._past: list[T] = []
        self._groups: list[str] = []
        self.limit = limit

    def record(self, value: T, group: str = "") -> None:
        """Remember `value` as it was before a change. Changes of one non-empty group in a row undo together."""
        if group and self._groups and self._groups[-1] == group:
            return
        self._past.append(value)
        self._groups.append(group)
        if len(self._past) > self.limit:
            del self._past[0], self._groups[0]

    def seal(self) -> None:
        """End the current group: the next change starts a new undo step."""
        if self._groups:
            self._groups[-1] = ""

    def undo(self) -> T | None:
        if not self._past:
            return None
        self._groups.pop()
        return self._past.pop()

    @property
    def can_undo(self) -> bool:
        return bool(self._past)

    def __len__(self) -> int:
        return len(self._past)


@dataclass(frozen=True, slots=True)
class DeckEntry:
    """One deck as the studio lists it: where it lives, whether it may be edited, and what is wrong with its file."""

    path: str
    builtin: bool
    deck: Deck | None  # None when the file never loaded; else the last version that did
    problems: tuple[str, ...] = ()
    title: str = ""

    @property
    def name(self) -> str:
        return self.deck.name if self.deck is not None else self.title

    @property
    def broken(self) -> bool:
        return bool(self.problems)

    @property
    def editable(self) -> bool:
        """Only the couple's own decks, and only while the file reads cleanly (else a save would lose their edit)."""
        return not self.builtin and self.deck is not None and not self.problems


@dataclass(frozen=True, slots=True)
class DeckIssue:
    """A problem with a deck being edited, at a data path such as ("cards", 2, "options", 1)."""

    path: tuple[str | int, ...]
    message: str

    @property
    def card_index(self) -> int | None:
        if len(self.path) >= 2 and self.path[0] == "cards" and isinstance(self.path[1], int):
            return self.path[1]
        return None

    @property
    def field(self) -> str:
        """The card field (or deck field) the problem is about; '' for the card or deck as a whole."""
        rest = self.path[2:] if self.card_index is not None else self.path
        return str(rest[0]) if rest and isinstance(rest[0], str) else ""

    @property
    def item(self) -> int | None:
        """Which option or follow-up, for problems inside a list."""
        rest = self.path[2:] if self.card_index is not None else self.path
        return rest[1] if len(rest) >= 2 and isinstance(rest[1], int) else None


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What importing a file did: the deck it wrote, or the problems that stopped it (nothing is written then)."""

    source: str
    deck_name: str = ""
    deck_id: str = ""
    cards: int = 0
    path: str = ""
    problems: tuple[str, ...] = ()
    replaces: str = ""  # the name of one of the couple's decks this import would overwrite (asked first)

    @property
    def imported(self) -> bool:
        return bool(self.path) and not self.problems


class DeckSaveError(Exception):
    """A deck could not be saved: the message says why, in words for the couple."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


# ---- changes to a deck: each returns a new deck ------------------------------------------


@dataclass(frozen=True)
class SavedCard:
    """A card the card form saved, and where it goes in the deck (None: a new card, at the end)."""

    position: int | None
    card: Card
    tips: tuple[str, ...] = ()  # what the form suggested and the writer saved anyway, said once more on saving


def with_cards(deck: Deck, cards: Iterable[Card]) -> Deck:
    return dataclasses.replace(deck, cards=tuple(cards), _index={})


def put_card(deck: Deck, card: Card, index: int | None = None) -> Deck:
    """The deck with `card` at `index` (replacing the card there), or added at the end."""
    cards = list(deck.cards)
    if index is None or index >= len(cards):
        cards.append(card)
    else:
        cards[index] = card
    return with_cards(deck, cards)


def move_card(deck: Deck, index: int, step: int) -> Deck:
    target = index + step
    if not (0 <= index < len(deck.cards) and 0 <= target < len(deck.cards)):
        return deck
    cards = list(deck.cards)
    cards[index], cards[target] = cards[target], cards[index]
    return with_cards(deck, cards)


def remove_card(deck: Deck, index: int) -> Deck:
    return with_cards(deck, (card for number, card in enumerate(deck.cards) if number != index))


def retitled(deck: Deck, name: str, description: str, color: str) -> Deck:
    return dataclasses.replace(deck, name=name, description=description, color=color, _index={})


def copy_of(deck: Deck, new_id: str, name: str) -> Deck:
    """A deck of the couple's own with the same cards (each keeps its card id, now under the new deck id)."""
    cards = tuple(dataclasses.replace(card, deck_id=new_id) for card in deck.cards)
    return dataclasses.replace(deck, id=new_id, name=name, cards=cards, author="", source="", _index={})


def same_name(a: str, b: str) -> bool:
    """Whether two deck names read as one: case, spacing, how an accent is typed and direction marks aside."""
    return _name_key(a) == _name_key(b)


def _name_key(name: str) -> str:
    plain = "".join(char for char in unicodedata.normalize("NFC", name) if char not in MARKS)
    return " ".join(plain.casefold().split())


def question_key(text: str) -> str:
    """The words that make a question what it is: case, spacing, punctuation, direction marks and how an accent is
    typed aside. A question of only emoji or signs is its characters (without spaces and marks)."""
    plain = unicodedata.normalize("NFC", text)
    words = " ".join(re.findall(r"\w+", plain.casefold()))
    return words or "".join(char for char in plain if not char.isspace() and unicodedata.category(char) != "Cf")


def ids_kept(deck: Deck, replaced: Deck) -> Deck:
    """`deck` as it replaces `replaced`: each card asking a question `replaced` asked takes that card's id, so its
    answers stay with it; any other card keeps its own id unless `replaced` gave that id to a different question."""
    earlier: dict[str, str] = {}
    for card in replaced.cards:
        earlier.setdefault(question_key(card.text), card.id)
    carried = [earlier.pop(question_key(card.text), None) for card in deck.cards]
    retired = {card.id for card in replaced.cards} | {found for found in carried if found}
    taken = retired | {card.id for card, found in zip(deck.cards, carried, strict=True) if not found}
    cards = []
    for card, found in zip(deck.cards, carried, strict=True):
        if found is None and card.id in retired:
            found = unique(card.id, taken)
            taken.add(found)
        cards.append(card if found is None or found == card.id else dataclasses.replace(card, id=found))
    return with_cards(deck, cards)


def named(entries: Iterable[DeckEntry], name: str) -> DeckEntry | None:
    """The deck called `name` (a built-in one first), if there is one."""
    found = [entry for entry in entries if entry.deck is not None and same_name(entry.deck.name, name)]
    return next((entry for entry in found if entry.builtin), found[0] if found else None)


def unique(base: str, taken: Iterable[str], limit: int = 64) -> str:
    """`base`, or `base-2`, `base-3`… — the first not in `taken`, at most `limit` characters."""
    used = set(taken)
    if base not in used:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: limit - len(suffix)].rstrip("-") + suffix
        if candidate not in used:
            return candidate
        number += 1
