"""A round's range: each deck once where the deal allows, and a grievance never beside a spicy card."""

from __future__ import annotations

from collections import Counter

from game.core.card_reads import CardReads
from game.core.card_shapes import CLOSER, GRIEVANCE, HELD, OPENER, shapes
from game.core.cards import CardKey, Deck, deck_from_data
from game.core.deal_spread import one_deck_each, unsoured
from game.core.dealing import DealFilters, deal
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir


def default_decks() -> list[Deck]:
    """What a couple has without opting in to a deck."""
    return [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]


def decks_met_twice(decks: list[Deck], order: tuple[CardKey, ...]) -> list[str]:
    """The decks a round meets twice or more, the deck of its opener and closer counted once."""
    tags = {card.key: card.tags for deck in decks for card in deck.cards}
    ends = {key.deck_id for key in order if {OPENER, CLOSER} & set(tags[key])}
    met = Counter(key.deck_id for key in order if not {OPENER, CLOSER} & set(tags[key]))
    met.update(ends)
    return sorted(deck for deck, count in met.items() if count > 1)


def test_a_first_evening_of_the_default_decks_meets_each_deck_once_but_the_spicy_one() -> None:
    """Eighteen decks, one of them giving both ends, and every spicy card in one deck (Desire & Intimacy) while a
    round with spicy cards on holds two: the best a round of twenty can do is to meet one deck twice. Before: of
    these 50 first rounds, 43 met three decks or more twice (3.4 a round); now one or two do, and a round meets about
    one and a half on average (1.4 over 200 rounds: 123 meet one, 74 two, 3 three). Since the deep level keeps its
    cards on different facets (deep_facets), which a deck trade must not undo, a little more: 1.7 over these 50; and
    with a brave card at the deep end (brave_share) and a wish met once a round, 1.82, seven of them meeting three
    (over 200 first rounds, 16 meet three decks twice and one four, 1.78 a round; 14 and 1.73 before a card
    moved from Openers & Closers to Best Friends). Fifty rounds moved by a tenth with any change to the decks, so the
    test reads 200: round sixty-three's decks and dealer met 1.83 a round there, twenty rounds three decks twice;
    round sixty-four's 1.83, seventeen three or more."""
    decks = default_decks()
    assert len(decks) == 18
    spicy = {deck.id for deck in decks for card in deck.cards if card.spicy}
    twice: Counter[int] = Counter()
    for seed in range(200):
        order = deal(decks, DealFilters(spicy=True), seed, None, 20, True)[:20]
        met = decks_met_twice(decks, order)
        assert spicy <= set(met) or len(met) <= 1, (seed, met)
        twice[len(met)] += 1
    mean = sum(met * count for met, count in twice.items()) / 200
    assert mean <= 1.85 and sum(count for met, count in twice.items() if met > 2) <= 24, twice


def keys(*names: str) -> list[CardKey]:
    return [CardKey(name[0], name) for name in names]


def test_a_round_trades_a_second_card_of_a_deck_for_one_of_a_deck_it_has_not_met() -> None:
    """A round of four meeting deck a twice trades its later a card for the next round's card of deck d, the level
    and kind the same; the next round takes the a card."""
    order = keys("a1", "b1", "a2", "c1", "b2", "d1", "c2", "e1")
    out = one_deck_each(order, 4, 8, CardReads(dict.fromkeys(order, 1), {}))
    assert out == keys("a1", "b1", "d1", "c1", "b2", "a2", "c2", "e1")


def test_a_deck_trade_keeps_the_level_the_kind_and_the_spicy_card() -> None:
    """The only card of deck d in a later round is of another level, an open question where a2 is not, or spicy
    where a2 is not: a2 stays."""
    order = keys("a1", "b1", "a2", "c1", "b2", "d1", "c2", "b3")
    levels = dict.fromkeys(order, 1)
    for levels_, talk, spicy in (({**levels, order[5]: 2}, set(), set()), (levels, {order[5]}, set()), (levels, set(), {order[5]})):
        reads = CardReads(levels_, {}, marks={"spicy": spicy, "talk": talk})
        assert one_deck_each(order, 4, 8, reads) == order


def card(text: str, **data: object):
    return deck_from_data({"id": "d", "name": "D", "cards": [{"id": "c", "text": text, **data}]}).cards[0]


def test_a_grievance_and_a_held_card_are_read_from_their_words() -> None:
    assert GRIEVANCE in shapes(card("What have you asked me for more than once, never sure it had sunk in?"))
    assert GRIEVANCE in shapes(card("What did I once promise that you've stopped counting on?"))
    assert GRIEVANCE in shapes(card("Which promise of mine did you kindly let slide? Pick one I can still make good on."))
    assert GRIEVANCE in shapes(card("I cancel our plans for the third time running. What happens next?"))
    assert GRIEVANCE not in shapes(card("What matters so much to you that you've told me more than once, just in case?"))
    assert GRIEVANCE not in shapes(card("Someone you love has let you down badly. How much should I hate them?"))
    assert GRIEVANCE not in shapes(card("When you think you've let me down, how do you make it up to me?"))
    assert HELD in shapes(card("Put my hand on you. It stays there for the whole next card, however serious."))
    assert HELD not in shapes(card("Who's more likely to grab the heavier bag, then mention it for the next mile?"))


def test_a_grievance_straight_after_a_spicy_or_held_card_or_before_a_spicy_one_trades_with_a_card_of_its_level() -> None:
    order = keys("a1", "s1", "g1", "b1", "c1", "d1")
    levels = dict.fromkeys(order, 2)
    topics = {order[2]: frozenset({GRIEVANCE})}
    spicy = {order[1]}
    out = unsoured(order, 6, levels, topics, (set(), spicy, set()))
    assert sorted(out) == sorted(order)
    place = out.index(order[2])
    assert out[place - 1] not in spicy and (place + 1 == len(out) or out[place + 1] not in spicy), out
    held = {order[1]: frozenset({HELD}), order[2]: frozenset({GRIEVANCE})}
    out = unsoured(order, 6, levels, held, (set(), set(), set()))
    assert out.index(order[2]) != 2, out
    before = keys("a1", "g1", "s1", "b1")
    out = unsoured(before, 4, dict.fromkeys(before, 1), {before[1]: frozenset({GRIEVANCE})}, (set(), {before[2]}, set()))
    assert out.index(before[1]) + 1 != out.index(before[2]), out


def test_a_grievance_stays_where_no_card_of_its_level_can_take_its_place() -> None:
    order = keys("s1", "g1", "a1")
    levels = {order[0]: 1, order[1]: 2, order[2]: 3}
    out = unsoured(order, 3, levels, {order[1]: frozenset({GRIEVANCE})}, (set(), {order[0]}, set()))
    assert out == order


def test_first_evenings_of_the_built_in_decks_never_set_a_grievance_beside_a_spicy_card() -> None:
    """Before: of 100 first rounds of twenty (default decks, spicy on), 10 dealt a grievance and 5 of those put it
    straight after a spicy card or just before one. Since readers' mends, one card of the default decks asks for a
    grievance, so these 300 rounds deal it about ten times."""
    decks = default_decks()
    cards = {card.key: card for deck in decks for card in deck.cards}
    dealt = 0
    for seed in range(0, 1200, 4):
        order = deal(decks, DealFilters(spicy=True), seed, None, 20, True)[:20]
        for n, key in enumerate(order):
            if GRIEVANCE not in shapes(cards[key]):
                continue
            dealt += 1
            before, after = (cards[order[p]] for p in (n - 1, min(n + 1, 19)))
            assert not before.spicy and HELD not in shapes(before), (seed, n)
            assert n == 19 or not after.spicy, (seed, n)
    assert dealt >= 5, dealt
