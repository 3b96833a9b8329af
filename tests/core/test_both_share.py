"""A round's share of cards both partners answer: one in five where a like card can come."""

from __future__ import annotations

from collections import Counter

from game.core.both_share import BOTH_EVERY
from game.core.cards import Card, Deck, Kind, deck_from_data
from game.core.dealing import DealFilters, deal
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir


def by_both(card: Card) -> bool:
    return card.kind is Kind.BOTH or card.answer.value == "who"


def first_round(decks: list[Deck], seed: int) -> list[Card]:
    index = {card.key: card for deck in decks for card in deck.cards}
    return [index[key] for key in deal(decks, DealFilters(spicy=True), seed, round_length=20, bookends=True)[:20]]


def test_a_round_of_a_deck_with_few_both_cards_still_holds_one_in_five_and_deals_every_card() -> None:
    """One card in ten is a `both` card, spread over the levels: a first round holds four, not two, and every card of
    the deck is still dealt."""
    cards: list[dict[str, object]] = []
    for i in range(150):
        card: dict[str, object] = {"id": f"c{i}", "text": f"Which song would you hum on a boat? ({i})", "level": 1 + i % 3}
        if i % 10 < 1 or i % 10 == 5:
            card["kind"] = "both"
        cards.append(card)
    decks = [deck_from_data({"id": "d", "name": "D", "cards": cards})]
    by_key = {c.key: c for c in decks[0].cards}
    for seed in range(20):
        order = deal(decks, DealFilters(), seed, round_length=20, bookends=True)
        assert sorted(map(str, order)) == sorted(str(c.key) for c in decks[0].cards)
        assert sum(by_both(by_key[k]) for k in order[:20]) >= 20 // BOTH_EVERY, seed


def test_first_evenings_of_the_built_in_decks_let_both_partners_answer_more_often() -> None:
    """Over these 60 first rounds (default decks, spicy on), 39 held two cards or fewer that both partners answer
    before the rule and 4 held four; after it, 44 hold four and 3 two (the deep level has few `both` cards)."""
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    counts = Counter(sum(map(by_both, first_round(decks, 90_000 + seed))) for seed in range(60))
    assert sum(n for held, n in counts.items() if held >= 20 // BOTH_EVERY) >= 36, counts
    assert min(counts) >= 2, counts
