"""A first evening's share of cards remembered for a quiz: one in three at most and one in four at least, where a like
card can take a card's place.

Readers of first evenings of twenty counted seven cards with a quiz and up to eleven ("seven in twenty is a lot to
carry into the next round"), and later "only two cards remembered: the recall game hardly features".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from game.core.cards import Card, Deck, deck_from_data
from game.core.dealing import DealFilters, deal
from game.core.quiz_share import REMEMBERED_EVERY, REMEMBERED_LEAST
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir


def first_round(decks: list[Deck], seed: int) -> list[Card]:
    index = {card.key: card for deck in decks for card in deck.cards}
    return [index[key] for key in deal(decks, DealFilters(spicy=True), seed, round_length=20, bookends=True)[:20]]


def boat_deck(remembered: Callable[[int], bool]) -> Deck:
    """120 cards, forty of each level, card `i` remembered where `remembered(i)`: each has plain twins of its level."""
    cards: list[dict[str, object]] = []
    for i in range(120):
        card: dict[str, object] = {"id": f"c{i}", "text": f"Which song would you hum on a boat? ({i})", "level": 1 + i % 3}
        if remembered(i):
            card["quiz"] = "Which song would {name} hum?"
        cards.append(card)
    return deck_from_data({"id": "d", "name": "D", "cards": cards})


def first_rounds_remembered(deck: Deck, length: int) -> Iterator[list[Card]]:
    """The remembered cards of 20 seeded first rounds of `length` from `deck`, each deal checked to deal every card."""
    by_key = {c.key: c for c in deck.cards}
    for seed in range(20):
        order = deal([deck], DealFilters(), seed, round_length=length, bookends=True)
        assert sorted(map(str, order)) == sorted(str(c.key) for c in deck.cards)
        yield [by_key[k] for k in order[:length] if by_key[k].remembered]


def test_a_round_of_a_deck_full_of_quizzes_keeps_one_remembered_card_in_four_and_deals_every_card() -> None:
    """Every card of this deck has a plain twin of its level, kind and mood: a first round holds one in three remembered
    cards (six), and the others come in later rounds."""
    for remembered in first_rounds_remembered(boat_deck(lambda i: i % 6 < 3), 20):  # half of each level remembered
        assert len(remembered) <= 20 // REMEMBERED_EVERY, [c.id for c in remembered]


def test_first_evenings_of_the_built_in_decks_carry_fewer_quizzes_into_the_next_round() -> None:
    """Over these 60 first rounds (default decks, spicy on) a round held 6.9 remembered cards before the rule, 36 of
    them seven or more and up to eleven; 5.8 after, four with seven or more (a scenario stays where its deck has no
    plain twin for it), none over eight."""
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    counts = Counter(sum(c.remembered for c in first_round(decks, 70_000 + seed)) for seed in range(60))
    assert sum(n for held, n in counts.items() if held > 20 // REMEMBERED_EVERY) <= 8, counts
    assert max(counts) <= 9, counts


def test_a_round_of_a_deck_of_few_quizzes_keeps_one_remembered_card_in_four_and_deals_every_card() -> None:
    """One card in six of this deck is remembered, each with plain twins of its level, kind and mood: a first round of
    twelve holds three remembered cards (one in four), and every card is still dealt."""
    for remembered in first_rounds_remembered(boat_deck(lambda i: i % 18 < 3), 12):  # one in six, at each level
        assert len(remembered) >= 12 // REMEMBERED_LEAST, [c.id for c in remembered]


def test_first_evenings_of_the_built_in_decks_keep_enough_answers_for_the_next_quiz() -> None:
    """Over these 200 first evenings of twelve (default decks, spicy off, as a couple starts) 28 kept two remembered
    cards or fewer before the rule (one kept none, seven one); one after, and four once this round's last mends took
    two quizzes away and moved one remembered card to another deck."""
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    index = {card.key: card for deck in decks for card in deck.cards}
    counts: Counter[int] = Counter()
    for seed in range(200):
        run = deal(decks, DealFilters(), 80_000 + seed, round_length=12, bookends=True)[:12]
        counts[sum(index[key].remembered for key in run)] += 1
    assert sum(n for held, n in counts.items() if held < 12 // REMEMBERED_LEAST) <= 8, counts
