"""A round's deeper half breathes: open questions with something else between them, and a closer that fits.

Readers of dealt evenings named the last six or seven cards, "all reflective questions in a row", and a jolly
closer after a deep round ("a dare for tomorrow, too jolly after that").
"""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.card_shapes import CLOSER, ONCE_A_ROUND, OPENER, shapes
from game.core.cards import Card, CardKey, Deck, Kind, deck_from_data
from game.core.dealing import DealFilters, deal
from game.core.deep_end import LONGEST_TALK, REST_EVERY, _spaced, breathing, depth_target, even_depth, is_open_question, with_rests
from game.core.deep_mood import is_heavy
from game.core.tags import subjects
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir


def longest_talk(pattern: list[bool], before: int, ahead: int) -> int:
    longest = streak = before
    for is_open in [*pattern, *([True] * ahead)]:
        streak = streak + 1 if is_open else 0
        longest = max(longest, streak)
    return longest


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 8), st.integers(1, 4), st.integers(0, 4), st.integers(0, 4))
def test_rests_are_spaced_so_the_longest_talk_is_as_short_as_any_order_allows(
    opens: int, rests: int, before: int, ahead: int
) -> None:
    """Against every order of the same cards: none has a shorter longest run of open questions."""
    pattern = _spaced([True] * opens, [False] * rests, before, ahead)
    assert sorted(pattern) == sorted([True] * opens + [False] * rests)
    best = min(
        longest_talk([place in where for place in range(opens + rests)], before, ahead)
        for where in itertools.combinations(range(opens + rests), opens)  # every placement of the open questions
    )
    assert longest_talk(pattern, before, ahead) == best


def mixed_deck(name: str, seed: int, count: int) -> Deck:
    """A deck of open questions, actions, picks and "who's more likely" at every level, some sharing subjects."""
    kinds = [
        {"kind": "ask"},
        {"kind": "action"},
        {"kind": "ask", "answer": "choice", "options": ["Tea", "Coffee", "Both"]},
        {"kind": "both", "answer": "who"},
        {"kind": "both"},
    ]
    cards = [
        {
            "id": f"c{i}",
            "text": f"Card {name} {i}: tell me about it?",
            "level": 1 + (i * 7 + seed) % 3,
            "tags": [["health"], ["money"], ["play"], ["childhood"]][(i + seed) % 4],
            **kinds[(i * 3 + seed) % len(kinds) if (i + seed) % 3 else 0],
        }
        for i in range(count)
    ]
    return deck_from_data({"id": name, "name": name.title(), "cards": cards})


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(2, 5), st.sampled_from([6, 10, 20]))
def test_rests_trade_only_within_a_level_and_never_bring_a_shape_twice(seed: int, decks: int, length: int) -> None:
    chosen = [mixed_deck(f"d{n}", seed + n, 12 + n * 5) for n in range(decks)]
    cards = {card.key: card for deck in chosen for card in deck.cards}
    order = deal(chosen, DealFilters(), seed)  # before any round is shaped
    levels = {key: cards[key].level for key in order}
    topics = {key: subjects(cards[key].tags) | shapes(cards[key]) for key in order}
    talk = {key for key in order if is_open_question(cards[key])}
    fresh = len(order) - seed % 5
    traded = with_rests(order, length, levels, talk, topics, fresh)
    assert [levels[key] for key in traded] == [levels[key] for key in order]
    assert set(traded[:fresh]) == set(order[:fresh])

    def once_repeats(keys: list[CardKey] | tuple[CardKey, ...], start: int) -> int:
        counts = Counter(shape for key in keys[start : start + length] for shape in topics[key] & ONCE_A_ROUND)
        return sum(count - 1 for count in counts.values() if count > 1)

    for start in range(0, len(order), length):
        assert once_repeats(traded, start) <= once_repeats(order, start)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(2, 5), st.sampled_from([6, 10, 20]))
def test_even_depth_trades_fresh_with_fresh_and_never_brings_a_shape_twice(seed: int, decks: int, length: int) -> None:
    chosen = [mixed_deck(f"d{n}", seed + n, 12 + n * 5) for n in range(decks)]
    cards = {card.key: card for deck in chosen for card in deck.cards}
    order = deal(chosen, DealFilters(), seed)
    levels = {key: cards[key].level for key in order}
    topics = {key: subjects(cards[key].tags) | shapes(cards[key]) for key in order}
    fresh = len(order) - seed % 7
    even = even_depth(order, length, levels, topics, fresh)
    assert set(even[:fresh]) == set(order[:fresh]) and even[fresh:] == list(order[fresh:])
    target = depth_target(length, sorted({levels[key] for key in order[:fresh]}))
    for start in range(0, fresh - length + 1, length):
        before = Counter(levels[key] for key in order[start : start + length])
        after = Counter(levels[key] for key in even[start : start + length])
        # The first round comes no further from its shares than it was (later ones give it what it lacks).
        assert start > 0 or sum(abs(after[n] - target.get(n, 0)) for n in (1, 2, 3)) <= sum(
            abs(before[n] - target.get(n, 0)) for n in (1, 2, 3)
        )

        def repeats(counts: Counter[str]) -> int:
            return sum(count - 1 for count in counts.values() if count > 1)

        def once(keys: list[CardKey]) -> Counter[str]:
            return Counter(shape for key in keys for shape in topics[key] & ONCE_A_ROUND)

        assert repeats(once(even[start : start + length])) <= repeats(once(order[start : start + length]))


def round_shape(keys: list[CardKey], cards: dict[CardKey, Card]) -> list[tuple[int, bool]]:
    return [(cards[key].level, is_open_question(cards[key])) for key in keys]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(2, 5), st.sampled_from([6, 10, 20]))
def test_breathing_moves_cards_only_within_a_deeper_level_and_leaves_the_ends(seed: int, decks: int, length: int) -> None:
    chosen = [mixed_deck(f"d{n}", seed + n, 12 + n * 5) for n in range(decks)]
    cards = {card.key: card for deck in chosen for card in deck.cards}
    order = list(deal(chosen, DealFilters(), seed, round_length=length))
    levels = {key: cards[key].level for key in order}
    topics = {key: subjects(cards[key].tags) | shapes(cards[key]) | ({OPENER} if key == order[0] else set()) for key in order}
    talk = {key for key in order if is_open_question(cards[key])}
    again = breathing(order, length, levels, talk, topics)
    assert again[0] == order[0]  # an opener stays first
    for start in range(0, len(order), length):
        before, after = order[start : start + length], again[start : start + length]
        assert [levels[key] for key in after] == [levels[key] for key in before]
        for level in (2, 3):
            assert {k for k in after if levels[k] == level} == {k for k in before if levels[k] == level}
        assert [k for k in after if levels[k] == 1] == [k for k in before if levels[k] == 1]  # the light start untouched


BUILT_IN = load_decks(deck_paths(builtin_decks_dir())).decks
CARDS = {card.key: card for deck in BUILT_IN for card in deck.cards}


def first_rounds(count: int) -> list[list[CardKey]]:
    return [
        list(deal(BUILT_IN, DealFilters(spicy=seed % 2 == 0), seed, round_length=20, bookends=True)[:20]) for seed in range(count)
    ]


def test_a_first_evening_of_the_built_in_decks_never_ends_on_talk_alone() -> None:
    """Over 150 first rounds of twenty: the deeper half always holds a rest, and runs of five or more open
    questions, four rounds in five before, are one in eight at most (one in twenty when measured)."""
    long_talks = 0
    for keys in first_rounds(150):
        shape = round_shape(keys, CARDS)
        deeper = [is_open for level, is_open in shape[1:-1] if level >= 2]
        assert len(deeper) // REST_EVERY == 0 or not all(deeper), shape
        streak = longest = 0
        for _, is_open in shape[1:-1]:
            streak = streak + 1 if is_open else 0
            longest = max(longest, streak)
        long_talks += longest > LONGEST_TALK + 1
    assert long_talks / 150 < 1 / 8, f"{long_talks} of 150 rounds with five or more open questions in a row"


def test_a_deep_first_round_ends_on_a_deep_closer() -> None:
    """The closer is the one nearest in level to the deepest of the round's other cards, where a fresh one is (the
    round's levels are read before a card of a shape it meets twice trades with another round's, so now and then
    the closer is one level deeper than the round turned out)."""
    closers = {key for key, card in CARDS.items() if CLOSER in card.tags}
    levels_held = {CARDS[key].level for key in closers}
    assert levels_held == {1, 2, 3}
    deeper = 0
    for keys in first_rounds(120):
        assert keys[-1] in closers
        deepest = max(CARDS[key].level for key in keys[1:-1])
        assert CARDS[keys[-1]].level in (deepest, deepest + 1), [CARDS[key].id for key in keys]
        deeper += CARDS[keys[-1]].level > deepest
    assert deeper <= 2, f"{deeper} of 120 closers deeper than their round"  # 240 of 600 a level or two lighter before


def test_a_light_round_ends_on_a_light_closer() -> None:
    """Kept to level 1 by the couple's limits, a round ends on a level-1 closer, not a deep one it may not show."""
    for seed in range(40):
        keys = deal(BUILT_IN, DealFilters(max_level=1), seed, round_length=12, bookends=True)[:12]
        assert CLOSER in CARDS[keys[-1]].tags and CARDS[keys[-1]].level == 1


def test_a_first_round_climbs_to_a_real_depth_whatever_the_deal() -> None:
    """Twenty cards hold about six light, seven middle and seven deep ones, where they had held anything from three
    to eleven of level 1 and none to eight of level 3 (then eight, seven and five, and readers of round fifty-nine
    still found "only four level-3 cards" past the closer; then seven, seven and six, and readers of round sixty-two
    found "level 3 is only five cards"); kept to level 2, about ten light and ten middle."""
    assert depth_target(20, [1, 2, 3]) == {1: 6, 2: 7, 3: 7} and depth_target(20, [1, 2]) == {1: 10, 2: 10}
    off = 0
    for keys in first_rounds(60):
        counts = Counter(CARDS[key].level for key in keys)
        miss = max(abs(counts[1] - 6), abs(counts[2] - 7), abs(counts[3] - 7))
        assert miss <= 2, counts
        off += miss == 2
    # Two rounds in sixty keep one level two short (eight light cards and five middle ones): each card that could come
    # in would bring a second card of a shape the round meets once (arguing and making up and flirting, met once a
    # round since round sixty-three).
    assert off <= 2, off
    off = 0
    for seed in range(30):
        keys = deal(BUILT_IN, DealFilters(max_level=2), seed, round_length=20, bookends=True)[:20]
        counts = Counter(CARDS[key].level for key in keys)
        miss = max(abs(counts[1] - 10), abs(counts[2] - 10))
        assert miss <= 2, counts
        off += miss == 2
    assert off <= 2, off  # for the same reason


def test_a_first_round_opens_on_a_light_opener() -> None:
    """Readers found a deep opener ("Which question are you hoping no card asks you tonight?") too heavy for the
    first minute: a round opens on the opener nearest its lightest level (one in ten opened on level 2 or 3)."""
    openers = {key for key, card in CARDS.items() if OPENER in card.tags}
    assert {CARDS[key].level for key in openers} == {1, 2, 3}
    for keys in first_rounds(120):
        assert keys[0] in openers and CARDS[keys[0]].level == min(CARDS[key].level for key in keys), CARDS[keys[0]].id


def test_a_first_round_opens_and_ends_on_a_ritual_where_one_fits() -> None:
    """Readers: "the evening doesn't start on a ritual" (it opened on "What did you nearly text me today?"), "closes
    on a deep question rather than a ritual". Of the openers (or closers) nearest in level, one to do together comes
    first: before, 18 of 200 first rounds opened on a question."""
    for keys in first_rounds(120):
        for end in (keys[0], keys[-1]):
            fitting = [c for c in CARDS.values() if set(CARDS[end].tags) & {OPENER, CLOSER} & set(c.tags)]
            rituals = {c.level for c in fitting if c.kind is Kind.ACTION}
            assert CARDS[end].kind is Kind.ACTION or CARDS[end].level not in rituals, CARDS[end].id
        closer = CARDS[keys[-1]]
        gentle = [c for c in CARDS.values() if CLOSER in c.tags and c.kind is closer.kind and not is_heavy(c)]
        # A reader: "four heavy cards in a row, then 'doubt us' in the closer" (54 closers of 200 were heavy).
        assert not is_heavy(closer) or closer.level not in {c.level for c in gentle}, closer.id
