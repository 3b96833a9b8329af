"""Dealing: seeded, no repeats, filters, a balanced mix, subjects kept apart, recently seen last."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.card_shapes import shapes
from game.core.cards import CardKey, Deck, Kind, deck_from_data
from game.core.dealing import DealFilters, deal, once_a_round
from game.core.deep_end import even_depth, is_open_question, with_rests
from game.core.tags import subjects
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

T0 = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)


def make_deck(deck_id: str, cards: list[dict[str, object]]) -> Deck:
    return deck_from_data({"id": deck_id, "name": deck_id.title(), "cards": cards})


def plain_deck(deck_id: str, count: int) -> Deck:
    return make_deck(deck_id, [{"id": f"{deck_id}{i}", "text": f"card {i}"} for i in range(count)])


MIXED = make_deck(
    "mixed",
    [
        {"id": "l1", "text": "t", "level": 1},
        {"id": "l2", "text": "t", "level": 2},
        {"id": "l3", "text": "t", "level": 3},
        {"id": "s1", "text": "t", "level": 1, "spicy": True},
        {"id": "s3", "text": "t", "level": 3, "spicy": True},
        {"id": "act", "text": "t", "kind": "action", "level": 2},
        {"id": "both", "text": "t", "kind": "both", "level": 1},
    ],
)


def ids(keys: tuple[CardKey, ...]) -> set[str]:
    return {key.card_id for key in keys}


# ---- filters ------------------------------------------------------------------------


def test_default_filters_deal_every_level_but_no_spicy_cards() -> None:
    assert ids(deal([MIXED], DealFilters(), seed=1)) == {"l1", "l2", "l3", "act", "both"}


def test_level_filter_keeps_only_cards_within_the_range() -> None:
    assert ids(deal([MIXED], DealFilters(min_level=2, max_level=2), seed=1)) == {"l2", "act"}
    assert ids(deal([MIXED], DealFilters(max_level=1), seed=1)) == {"l1", "both"}
    assert ids(deal([MIXED], DealFilters(min_level=3), seed=1)) == {"l3"}


def test_spicy_cards_appear_only_when_allowed() -> None:
    assert ids(deal([MIXED], DealFilters(spicy=True), seed=1)) == {"l1", "l2", "l3", "s1", "s3", "act", "both"}
    assert ids(deal([MIXED], DealFilters(spicy=True, max_level=1), seed=1)) == {"l1", "s1", "both"}


def test_kind_filter_keeps_only_those_kinds() -> None:
    assert ids(deal([MIXED], DealFilters(kinds=frozenset({Kind.ACTION, Kind.BOTH})), seed=1)) == {"act", "both"}


def test_no_eligible_cards_gives_an_empty_deal() -> None:
    assert deal([MIXED], DealFilters(min_level=3, max_level=3, kinds=frozenset({Kind.ACTION})), seed=1) == ()
    assert deal([], DealFilters(), seed=1) == ()


# ---- the mix ------------------------------------------------------------------------


def test_first_rounds_take_one_card_from_each_deck() -> None:
    decks = [plain_deck("a", 10), plain_deck("b", 10), plain_deck("c", 10)]
    order = deal(decks, DealFilters(), seed=7)
    for start in range(0, 30, 3):
        assert {key.deck_id for key in order[start : start + 3]} == {"a", "b", "c"}


def test_two_equal_decks_never_give_three_cards_of_one_deck_in_a_row() -> None:
    decks = [plain_deck("a", 12), plain_deck("b", 12)]
    for seed in range(20):
        order = [key.deck_id for key in deal(decks, DealFilters(), seed=seed)]
        runs = ["".join(order[i : i + 3]) for i in range(len(order) - 2)]
        assert "aaa" not in runs and "bbb" not in runs


def test_a_small_deck_is_used_up_early_then_the_big_one_continues() -> None:
    order = deal([plain_deck("big", 8), plain_deck("small", 2)], DealFilters(), seed=3)
    assert Counter(key.deck_id for key in order[:4]) == {"big": 2, "small": 2}
    assert all(key.deck_id == "big" for key in order[4:])


def test_deck_order_given_does_not_change_the_deal() -> None:
    a, b = plain_deck("a", 5), plain_deck("b", 5)
    assert deal([a, b], DealFilters(), seed=11) == deal([b, a], DealFilters(), seed=11)


def test_different_seeds_give_different_orders() -> None:
    decks = [plain_deck("a", 20), plain_deck("b", 20)]
    orders = {deal(decks, DealFilters(), seed=seed) for seed in range(5)}
    assert len(orders) == 5


# ---- recently seen --------------------------------------------------------------------


def test_recently_seen_cards_come_after_every_fresh_card() -> None:
    deck = plain_deck("a", 10)
    seen = {CardKey("a", "a0"): T0, CardKey("a", "a5"): T0 - timedelta(days=1)}
    for seed in range(10):
        order = deal([deck], DealFilters(), seed=seed, recently_seen=seen)
        assert ids(order[:8]) == {f"a{i}" for i in range(10)} - {"a0", "a5"}
        assert set(order[8:]) == set(seen)


def test_the_least_recently_seen_comes_first_among_seen_cards() -> None:
    decks = [plain_deck("a", 4), plain_deck("b", 4)]
    seen = {
        CardKey("b", "b1"): T0 - timedelta(days=1),
        CardKey("a", "a2"): T0 - timedelta(days=30),
        CardKey("a", "a0"): T0,
        CardKey("b", "b3"): T0 - timedelta(days=7),
    }
    order = deal(decks, DealFilters(), seed=4, recently_seen=seen)
    assert list(order[4:]) == [CardKey("a", "a2"), CardKey("b", "b3"), CardKey("b", "b1"), CardKey("a", "a0")]


def test_seen_cards_that_the_filters_exclude_stay_out() -> None:
    seen = {CardKey("mixed", "s1"): T0, CardKey("mixed", "l1"): T0}
    order = deal([MIXED], DealFilters(), seed=2, recently_seen=seen)
    assert CardKey("mixed", "s1") not in order
    assert order[-1] == CardKey("mixed", "l1")


def test_cards_seen_of_other_decks_are_ignored() -> None:
    seen = {CardKey("elsewhere", "x"): T0}
    assert deal([plain_deck("a", 3)], DealFilters(), seed=5, recently_seen=seen) == deal(
        [plain_deck("a", 3)], DealFilters(), seed=5
    )


# ---- properties -------------------------------------------------------------------------

card_data = st.fixed_dictionaries(
    {
        "level": st.integers(1, 3),
        "spicy": st.booleans(),
        "kind": st.sampled_from(["ask", "both", "scenario", "action"]),
        # (no "opener" or "closer": those are shapes, which trade cards between rounds; see test_card_shapes)
        "tags": st.lists(st.sampled_from(["health", "money", "past", "play", "trivia"]), max_size=2, unique=True),
    }
)
decks_strategy = st.lists(st.lists(card_data, max_size=12), min_size=0, max_size=4).map(
    lambda decks: [
        make_deck(f"deck{n}", [{"id": f"c{i}", "text": "t", "options": ["a", "b"], **card} for i, card in enumerate(cards)])
        for n, cards in enumerate(decks)
    ]
)
filters_strategy = st.builds(
    lambda low, span, spicy, kinds: DealFilters(min_level=low, max_level=min(3, low + span), spicy=spicy, kinds=kinds),
    st.integers(1, 3),
    st.integers(0, 2),
    st.booleans(),
    st.none() | st.frozensets(st.sampled_from(list(Kind)), min_size=1),
)


@st.composite
def deal_inputs(draw: st.DrawFn) -> tuple[list[Deck], DealFilters, int, dict[CardKey, datetime]]:
    decks = draw(decks_strategy)
    keys = [card.key for deck in decks for card in deck.cards]
    seen_keys = draw(st.lists(st.sampled_from(keys), unique=True)) if keys else []
    seen = {key: T0 - timedelta(hours=draw(st.integers(0, 1000))) for key in seen_keys}
    return decks, draw(filters_strategy), draw(st.integers(0, 2**32)), seen


@settings(max_examples=150, deadline=None)
@given(deal_inputs())
def test_a_deal_holds_each_eligible_card_exactly_once(inputs: tuple[list[Deck], DealFilters, int, dict[CardKey, datetime]]) -> None:
    decks, filters, seed, seen = inputs
    order = deal(decks, filters, seed, seen)
    eligible = [card.key for deck in decks for card in deck.cards if filters.allows(card)]
    assert len(order) == len(set(order))
    assert set(order) == set(eligible)
    assert len(order) == len(eligible)


@settings(max_examples=150, deadline=None)
@given(deal_inputs())
def test_the_same_seed_gives_the_same_deal(inputs: tuple[list[Deck], DealFilters, int, dict[CardKey, datetime]]) -> None:
    decks, filters, seed, seen = inputs
    assert deal(decks, filters, seed, seen) == deal(list(reversed(decks)), filters, seed, dict(seen))


@settings(max_examples=150, deadline=None)
@given(deal_inputs())
def test_seen_cards_come_last_and_least_recent_first(inputs: tuple[list[Deck], DealFilters, int, dict[CardKey, datetime]]) -> None:
    decks, filters, seed, seen = inputs
    order = deal(decks, filters, seed, seen)
    flags = [key in seen for key in order]
    assert flags == sorted(flags), "a fresh card came after a seen one"
    times = [seen[key] for key in order if key in seen]
    assert times == sorted(times)


def test_a_deep_deck_still_deals_every_level_after_its_warm_up() -> None:
    deep = make_deck("deep", [{"id": f"d{i}", "text": "t", "level": 3 - i % 3} for i in range(30)])
    firsts = {deal([deep], DealFilters(), seed, round_length=12)[0].card_id for seed in range(20)}
    assert all(int(card_id[1:]) % 3 == 2 for card_id in firsts)  # level 1 every time, a different one by seed
    assert len(firsts) > 3
    first_round = deal([deep], DealFilters(), 7, round_length=12)[:12]
    levels = [3 - int(key.card_id[1:]) % 3 for key in first_round]
    assert set(levels) == {1, 2, 3} and levels == sorted(levels)


# ---- a round climbs ---------------------------------------------------------------------


Rounds = list[tuple[list[CardKey], list[CardKey]]]


def rounds_of(inputs: tuple[list[Deck], DealFilters, int, dict[CardKey, datetime]], length: int) -> Rounds:
    """Each round of a climbing deal beside the same cards as the plain deal holds them, once each whole round of
    fresh cards has its share of each level, and its rests (see deep_end)."""
    decks, filters, seed, seen = inputs
    cards = {card.key: card for deck in decks for card in deck.cards}
    plain = deal(decks, filters, seed, seen)
    topics = {key: subjects(cards[key].tags) | shapes(cards[key]) for key in plain}
    fresh = sum(key not in seen for key in plain)
    levels = {key: cards[key].level for key in plain}
    talk = {key for key in plain if is_open_question(cards[key])}
    flat = once_a_round(even_depth(plain, length, levels, topics, fresh), length, topics, levels, fresh)
    flat = with_rests(flat, length, levels, talk, topics, fresh)
    climbing = deal(decks, filters, seed, seen, round_length=length)
    return [(list(climbing[start : start + length]), list(flat[start : start + length])) for start in range(0, len(flat), length)]


@settings(max_examples=150, deadline=None)
@given(deal_inputs(), st.integers(1, 15))
def test_each_round_climbs_from_light_to_deep_and_deals_the_same_cards(
    inputs: tuple[list[Deck], DealFilters, int, dict[CardKey, datetime]], length: int
) -> None:
    level = {card.key: card.level for deck in inputs[0] for card in deck.cards}
    for number, (run, was) in enumerate(rounds_of(inputs, length)):
        assert set(run) == set(was), "a round deals the same cards, only in a new order"
        levels = [level[key] for key in run]
        assert levels == sorted(levels), f"round {number + 1} does not climb: {levels}"


@settings(max_examples=200, deadline=None)
@given(deal_inputs(), st.integers(1, 15))
def test_within_a_level_no_deck_deals_twice_in_a_row_where_another_could_go_between(
    inputs: tuple[list[Deck], DealFilters, int, dict[CardKey, datetime]], length: int
) -> None:
    level = {card.key: card.level for deck in inputs[0] for card in deck.cards}
    for number, (run, plain) in enumerate(rounds_of(inputs, length)):
        for lv in {level[key] for key in plain}:
            block = [key for key in run if level[key] == lv]
            was = [key for key in plain if level[key] == lv]
            for deck in {key.deck_id for key in block}:
                mine = [key for key in block if key.deck_id == deck]
                assert mine == [key for key in was if key.deck_id == deck], "a deck's own cards keep their order"
            largest = max(Counter(key.deck_id for key in block).values())
            if largest <= (len(block) + 1) // 2:
                twice = [(a, b) for a, b in itertools.pairwise(block) if a.deck_id == b.deck_id]
                assert twice == [], f"level {lv} of round {number + 1} deals one deck twice in a row"


def test_a_round_of_two_even_decks_alternates_between_them() -> None:
    decks = [plain_deck("ours", 12), plain_deck("yours", 12)]
    for seed in range(20):
        round_ = deal(decks, DealFilters(), seed, round_length=12)[:12]
        assert all(a.deck_id != b.deck_id for a, b in itertools.pairwise(round_)), [k.deck_id for k in round_]


def test_a_twelve_card_round_of_mixed_decks_warms_up_and_ends_deep() -> None:
    decks = [make_deck(name, [{"id": f"{name}{i}", "text": "t", "level": 1 + i % 3} for i in range(9)]) for name in "abc"]
    for seed in range(10):
        round_ = deal(decks, DealFilters(), seed, round_length=12)[:12]
        levels = [1 + int(key.card_id[1:]) % 3 for key in round_]
        assert levels[0] == 1 and levels[-1] == 3 and levels == sorted(levels)
        assert len({key.deck_id for key in round_[:3]}) >= 2, "the warm-up still mixes the decks"


# ---- subjects kept apart ------------------------------------------------------------------


def test_two_cards_of_one_subject_never_come_back_to_back_where_another_deck_can_go_between() -> None:
    health = [make_deck(name, [{"id": name, "text": "t", "tags": ["fears", "health"]}]) for name in ("ill", "nurse")]
    decks = [*health, make_deck("plain", [{"id": "plain", "text": "t", "tags": ["play", "food"]}])]
    for seed in range(30):
        round_ = deal(decks, DealFilters(), seed, round_length=3)
        assert round_[1].card_id == "plain", [key.card_id for key in round_]


def test_a_subject_is_kept_apart_across_the_step_from_one_level_to_the_next() -> None:
    light = make_deck("light", [{"id": "money1", "text": "t", "level": 1, "tags": ["money"]}])
    deep = [
        make_deck("deep", [{"id": "money2", "text": "t", "level": 2, "tags": ["money"]}]),
        make_deck("past", [{"id": "past2", "text": "t", "level": 2, "tags": ["past"]}]),
    ]
    for seed in range(30):
        round_ = deal([light, *deep], DealFilters(), seed, round_length=3)
        assert [key.card_id for key in round_] == ["money1", "past2", "money2"]


def test_tags_outside_the_subjects_never_hold_a_card_back() -> None:
    """Themes and a deck's own tags say nothing of subject: cards that share only those deal as if untagged."""
    decks = [make_deck(name, [{"id": f"{name}{i}", "text": "t", "tags": ["play", "ours"]} for i in range(4)]) for name in "ab"]
    untagged = [make_deck(name, [{"id": f"{name}{i}", "text": "t"} for i in range(4)]) for name in "ab"]
    assert subjects(("play", "ours", "opener", "trivia")) == frozenset()
    for seed in range(10):
        assert deal(decks, DealFilters(), seed, round_length=8) == deal(untagged, DealFilters(), seed, round_length=8)


def test_rounds_of_the_built_in_decks_rarely_deal_one_subject_twice_running() -> None:
    """Two cards on illness, or on money, back to back: one round in four before subjects were kept apart."""
    decks = load_decks(deck_paths(builtin_decks_dir())).decks
    topic = {card.key: subjects(card.tags) for deck in decks for card in deck.cards}
    rounds = twice = 0
    for seed in range(100):
        order = deal(decks, DealFilters(spicy=seed % 2 == 0), seed, round_length=20)
        for start in range(0, 100, 20):
            rounds += 1
            twice += sum(1 for a, b in itertools.pairwise(order[start : start + 20]) if topic[a] & topic[b])
    assert twice / rounds < 0.1, f"{twice} pairs of one subject back to back in {rounds} rounds"


def test_cards_about_phones_and_texts_are_one_subject_and_are_kept_apart() -> None:
    """A phones-down opener, then an argument a phone could settle: readers counted that as a rerun."""
    decks = load_decks(deck_paths(builtin_decks_dir())).decks
    about_phones = re.compile(r"\bphones?\b|\btext(s|ed)?\b|\bscroll", re.IGNORECASE)
    untagged = [card.key for deck in decks for card in deck.cards if about_phones.search(card.text) and "phones" not in card.tags]
    assert untagged == []
    phones = {card.key for deck in decks for card in deck.cards if "phones" in subjects(card.tags)}
    assert len(phones) >= 20
    pairs = 0
    for seed in range(200):
        order = deal(decks, DealFilters(spicy=seed % 2 == 0), seed, round_length=20)
        for start in range(0, 100, 20):
            pairs += sum(1 for a, b in itertools.pairwise(order[start : start + 20]) if a in phones and b in phones)
    assert pairs == 0, f"{pairs} pairs of phone cards back to back"
