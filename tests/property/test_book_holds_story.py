"""Our book holds every answer Our story shows, under the question as it was asked: for random couples, random
answers and limits, and random studio changes (new words kept, a card started afresh, a card or a deck deleted).

A card started afresh, or deleted, left its answers in Our story under the old question, but not in Our book: the
book knew only the cards still in a deck. The book's privacy rules are the exports' (game.storage.store_export): a
shared book (the game's Export) is exactly Our story without the answers marked just between us; a book with
everything (`--include-private`) holds every answer, beyond the couple's limits too, each under its question.
Each example changes the decks the way the studio does, through the services the window uses, on a real store.
"""

from __future__ import annotations

import dataclasses
import itertools
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import fsrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.cards import Card, Deck, Kind
from game.core.deck_editing import put_card, remove_card
from game.core.limits import Limit
from game.core.memories import Memory, MemoryKey, MemoryVersion
from game.core.partner_quiz import QuizBook
from game.core.players import Couple, other
from game.services import GameServices
from game.storage.exporting import export_text
from game.storage.store import Store

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
NAMES = itertools.count(1)

#: One answered card: (couple, owner, card, just between us).
Told = tuple[int, int, int, bool]
#: A shown answer: (couple's first name, owner's name, question, answer).
Shown = tuple[str, str, str, str]


@dataclass(frozen=True)
class Change:
    """One studio change to a card of the deck: "keep" (new words, same answers), "afresh" or "delete"."""

    card: int
    how: str


@pytest.fixture(scope="module")
def game() -> Iterator[GameServices]:
    """One store for the whole file: each example is a deck and couples of its own in it."""
    with tempfile.TemporaryDirectory() as where:
        root = Path(where) / "kindred"
        with Store.open(root, NOW) as store:
            yield GameServices(store, root, seed=11, clock=lambda: NOW)


class Book(HTMLParser):
    """Each answer Our book shows: under which couple (its first name), whose words, which question."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: set[Shown] = set()
        self._couple = self._owner = self._question = ""
        self._in: tuple[str, str] | None = None  # what is being read, and the tag that ends it
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kind = dict(attrs).get("class") or ""
        if tag in ("h1", "h2") or (tag == "div" and kind in ("question", "answer")):
            self._in, self._text = (kind if tag == "div" else tag, tag), []

    def handle_data(self, data: str) -> None:
        if self._in:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._in is None or tag != self._in[1]:
            return
        (kind, _), text, self._in = self._in, "".join(self._text), None
        if kind == "h1":
            self._couple = text.split(" & ")[0]
        elif kind == "h2":
            self._owner = text.split(", in ")[0]
        elif kind == "question":
            self._question = text
        else:
            self.shown.add((self._couple, self._owner, self._question, text))


def in_book(game: GameServices, include_private: bool, couples: list[Couple]) -> set[Shown]:
    book = Book()
    book.feed(export_text(game.store, game.decks(), NOW, include_private, book=True))
    ours = {couple.name(0) for couple in couples}
    return {shown for shown in book.shown if shown[0] in ours}


def asked(card: Card) -> str:
    """The question the book prints an answer under: as the quiz puts it (these cards' quiz names no one)."""
    phrasing = card.quiz_phrasing()
    assert "{" not in phrasing
    return phrasing


def in_story(game: GameServices, couple: Couple) -> set[tuple[Shown, bool]]:
    """Our story's memories, each with whether it is just between us."""
    story = game.story_memories(couple)
    return {
        ((couple.name(0), couple.name(m.key.owner), asked(story.cards[m.key.card_key]), str(m.answer)), m.private)
        for seat in (0, 1)
        for m in story.memories[seat]
    }


def every_answer(game: GameServices, couple: Couple) -> set[Shown]:
    """Every answer the couple gave, under the card it was given to (in a deck, or kept since it left one)."""
    cards = {card.key: card for deck in game.memory_decks(couple) for card in deck.cards}
    return {
        (couple.name(0), couple.name(key.owner), asked(cards[key.card_key]), str(memory.answer))
        for key, memory in game.store.memories.all(couple.id).items()
    }


def answer(game: GameServices, couples: list[Couple], deck: Deck, told: list[Told], tag: str) -> None:
    book, made = QuizBook(), {}
    for couple, owner, card, private in told:
        chosen = deck.cards[card % len(deck.cards)]
        key = MemoryKey(owner, deck.id, chosen.id)
        at = NOW - timedelta(days=1)
        made[couples[couple % len(couples)].id, key] = Memory(key, (MemoryVersion(f"{tag} {key} {couple}", at),), private)
        book.put(key, other(owner), fsrs.Card(card_id=0, due=NOW))
    with game.store.db.transaction() as conn:
        for (couple_id, key), memory in made.items():
            game.store.memories.write(conn, couple_id, key, memory, book)


def change(game: GameServices, deck: Deck, path: str, step: Change, number: int) -> Deck:
    """What the studio does (studio_deck.DeckScene): new words keep the card's id; afresh, a new id once the old
    card is kept for its answers; a deleted card is kept first."""
    if not deck.cards:
        return deck
    index = step.card % len(deck.cards)
    earlier = deck.cards[index]
    if step.how == "delete":
        game.keep_cards(deck, [earlier])
        changed = remove_card(deck, index)
    else:
        text = f"{earlier.text.rstrip('?')}, asked again ({number})?"
        reworded = dataclasses.replace(earlier, text=text)
        if step.how == "afresh":
            taken = {card.id for each in game.memory_decks(game.couples()[0]) for card in each.cards} | {earlier.id}
            reworded = dataclasses.replace(reworded, id=game.new_card_id(text, taken))
            game.keep_cards(deck, [earlier])
        changed = put_card(deck, reworded, index)
    if changed.cards:
        game.save_deck(changed, path)
    return changed


limit = st.builds(Limit, cap=st.integers(1, 3), spicy=st.booleans())
told = st.tuples(st.integers(0, 1), st.integers(0, 1), st.integers(0, 50), st.booleans())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    levels=st.lists(st.tuples(st.integers(1, 3), st.booleans()), min_size=1, max_size=6),
    couples=st.lists(st.tuples(limit, limit), min_size=1, max_size=2),
    before=st.lists(told, max_size=12),
    changes=st.lists(st.builds(Change, st.integers(0, 50), st.sampled_from(("keep", "afresh", "delete"))), max_size=5),
    after=st.lists(told, max_size=4),
    deck_goes=st.integers(0, 5).map(lambda n: n == 0),
    depth=st.integers(1, 3),
    spicy=st.booleans(),
)
def test_our_book_holds_what_our_story_shows_under_the_question_asked(
    game: GameServices,
    levels: list[tuple[int, bool]],
    couples: list[tuple[Limit, Limit]],
    before: list[Told],
    changes: list[Change],
    after: list[Told],
    deck_goes: bool,
    depth: int,
    spicy: bool,
) -> None:
    number = next(NAMES)
    game.save_setting("max_level", depth)
    game.save_setting("spicy", spicy)
    made = []
    for each, limits in enumerate(couples):
        couple = game.create_couple([(f"Ana{number}x{each}", "#e07a5f"), (f"Ben{number}x{each}", "#3d9a8b")])
        for seat, own in enumerate(limits):
            game.save_limit(couple, seat, own)
        made.append(couple)
    cards = tuple(
        Card(
            f"deck-{number}",
            f"card-{at}",
            f"What is card {at} of deck {number}?",
            Kind.ASK,
            level,
            hot,
            quiz=f"Guess card {at} of deck {number}?",
        )
        for at, (level, hot) in enumerate(levels)
    )
    deck = Deck(f"deck-{number}", f"Deck {number}", cards)
    path = game.save_deck(deck)
    deck = next(each for each in game.decks() if each.id == deck.id)
    answer(game, made, deck, before, "first")
    for step, each in enumerate(changes):
        deck = change(game, deck, path, each, step)
    if deck.cards:
        answer(game, made, deck, after, "later")
    if deck_goes and deck.cards:
        game.keep_cards(deck, deck.cards)
        game.delete_deck(path)

    story = {shown: private for couple in made for shown, private in in_story(game, couple)}
    assert in_book(game, False, made) == {shown for shown, private in story.items() if not private}
    everything = set().union(*(every_answer(game, couple) for couple in made))
    assert in_book(game, True, made) == everything
    assert set(story) <= everything
