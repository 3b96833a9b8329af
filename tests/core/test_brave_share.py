"""A brave card (tagged `needs`) at a round's deep end, where the decks hold one that fits."""

from __future__ import annotations

from game.core.brave_share import BRAVE_MOST
from game.core.card_shapes import NEEDS
from game.core.cards import Card, Deck, deck_from_data
from game.core.dealing import DealFilters, deal
from game.core.deep_mood import WEIGHT_FROM
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

SUBJECTS = ("boats", "kites", "owls", "clocks", "lanterns", "maps", "bells", "ferns")


def deck(needs_every: int, name: str = "d") -> Deck:
    """150 cards over three levels, each asking after another thing; every `needs_every`-th level-3 card is brave."""
    cards: list[dict[str, object]] = []
    for i in range(150):
        level = 1 + i % 3
        text = f"What is it about {SUBJECTS[i % len(SUBJECTS)]} number {i} that stays with you?"
        card: dict[str, object] = {"id": f"{name}{i}", "text": text, "level": level}
        if level == 3 and (i // 3) % needs_every == 0:
            card["tags"] = [NEEDS]
        cards.append(card)
    return deck_from_data({"id": name, "name": name.upper(), "cards": cards})


def first_rounds(decks: list[Deck], seeds: range) -> list[list[Card]]:
    index = {card.key: card for d in decks for card in d.cards}
    rounds = []
    for seed in seeds:
        order = deal(decks, DealFilters(spicy=True), seed, round_length=20, bookends=True)
        assert sorted(map(str, order)) == sorted(str(card.key) for d in decks for card in d.cards)  # nothing left out
        rounds.append([index[key] for key in order[:20]])
    return rounds


def deep_end(cards: list[Card]) -> list[Card]:
    deepest = max(card.level for card in cards)
    return [card for card in cards if card.level == deepest]


def test_a_deep_end_holds_a_brave_card_where_a_later_round_has_one() -> None:
    """One level-3 card in twelve is brave: left to the shuffle, most first rounds' six deep cards hold none."""
    decks = [deck(12)]
    rounds = first_rounds(decks, range(30))
    assert all(len(deep_end(cards)) >= WEIGHT_FROM for cards in rounds)
    assert all(any(NEEDS in card.tags for card in deep_end(cards)) for cards in rounds)


def test_a_deep_end_with_none_gets_one_and_one_with_too_many_keeps_brave_most() -> None:
    """The same deck with its brave cards' tag renamed deals as the shuffle and the other rules give: where that
    deal's deep end holds one brave card or up to BRAVE_MOST, the brave deck deals the very same cards; where it
    holds none, the brave deck's deep end holds exactly one (a second is never added); where it holds more, the
    brave deck's holds BRAVE_MOST (these cards are alike in all else, so a later one can always come)."""
    brave = deck(4)
    renamed = deck_from_data(
        {
            "id": "d",
            "name": "D",
            "cards": [
                {"id": c.id, "text": c.text, "level": c.level, "tags": ["kept" if t == NEEDS else t for t in c.tags]}
                for c in brave.cards
            ],
        }
    )
    was_brave = {card.id for card in brave.cards if NEEDS in card.tags}
    mended, thinned = 0, 0
    for seed in range(30):
        (with_rule,), (without,) = first_rounds([brave], range(seed, seed + 1)), first_rounds([renamed], range(seed, seed + 1))
        held = sum(card.id in was_brave for card in deep_end(without))
        brave_now = sum(NEEDS in card.tags for card in deep_end(with_rule))
        if 0 < held <= BRAVE_MOST:
            assert [c.id for c in with_rule] == [c.id for c in without], seed
        elif held == 0:
            mended += 1
            assert brave_now == 1, seed
        else:
            thinned += 1
            assert brave_now == BRAVE_MOST, seed
    assert mended >= 3 and thinned >= 3  # the shuffle gives deep ends with none and with too many, so both are met


def test_a_round_of_few_cards_is_left_as_dealt() -> None:
    """A round too short for a deep end of WEIGHT_FROM cards is not mended toward a brave card."""
    decks = [deck(12)]
    index = {card.key: card for card in decks[0].cards}
    without = 0
    for seed in range(30):
        order = deal(decks, DealFilters(), seed, round_length=6, bookends=True)
        cards = [index[key] for key in order[:6]]
        without += not any(NEEDS in card.tags for card in deep_end(cards))
    assert without >= 20


def test_first_evenings_of_the_built_in_decks_meet_a_brave_card_at_the_deep_end() -> None:
    """Default decks, spicy on: nearly every first evening of twenty meets a brave card among its deep cards, and
    few meet more than BRAVE_MOST (of 200 evenings, 6 meet none and 11 three or four; without the rule, 32 met none
    and 30 three or more)."""
    decks = [d for d in load_decks(deck_paths(builtin_decks_dir())).decks if not d.opt_in]
    rounds = first_rounds(decks, range(400_000, 400_040))
    held = [sum(NEEDS in card.tags for card in deep_end(cards)) for cards in rounds]
    assert sum(n >= 1 for n in held) >= 36, held
    assert sum(n > BRAVE_MOST for n in held) <= 5, held
