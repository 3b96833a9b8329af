"""Side by side: no two spicy cards, and no deck twice in a row, where another order of a round's cards can help."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from game.core.card_shapes import CLOSER, NEEDS, OPENER
from game.core.cards import AnswerType, Card, CardKey, Deck, Kind
from game.core.dealing import DealFilters, deal
from game.core.side_by_side import kept_apart
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir


def default_decks() -> list[Deck]:
    """What a couple has without opting in to a deck."""
    return [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]


def side_by_side(decks: list[Deck], order: tuple[CardKey, ...]) -> list[tuple[int, str]]:
    """Each place in `order` where two spicy cards, or two cards of one deck, come one after the other."""
    spicy = {card.key for deck in decks for card in deck.cards if card.spicy}
    out = []
    for n, (a, b) in enumerate(pairwise(order), 1):
        if a in spicy and b in spicy:
            out.append((n, "spicy"))
        if a.deck_id == b.deck_id:
            out.append((n, a.deck_id))
    return out


def test_first_evenings_that_met_two_spicy_cards_or_one_deck_twice_running_now_keep_them_apart() -> None:
    """Before: 30049 dealt cards 8 and 9 both of Desire & Intimacy and spicy, the last of level 1 and the first of
    level 2 (the rests spaced at level 2 chose its first card without the card before it in mind); 30119 dealt cards
    13 and 14 both of Hopes and Dreams, at level 2; 129821 dealt cards 7 and 8 of Desire & Intimacy, both spicy."""
    decks = default_decks()
    for seed in (30004, 30049, 30119, 30199, 129821):
        order = deal(decks, DealFilters(spicy=True), seed, None, 20, True)[:20]
        assert side_by_side(decks, order) == [], seed


def test_first_evenings_of_the_default_decks_never_set_two_spicy_cards_or_one_deck_side_by_side() -> None:
    """Before: 6 of these 100 first evenings of twenty (spicy on) held a spicy pair or a deck twice in a row; the
    climb, the opener first and the closer last still hold. Since round sixty-two's decks, one holds a spicy pair
    that no single trade can part (its level holds a heavy card and a grievance, and a spicy card may come beside
    neither)."""
    decks = default_decks()
    cards = {card.key: card for deck in decks for card in deck.cards}
    paired = []
    for seed in range(30_000, 30_100):
        order = deal(decks, DealFilters(spicy=True), seed, None, 20, True)[:20]
        if side_by_side(decks, order):
            paired.append(seed)
        assert OPENER in cards[order[0]].tags and CLOSER in cards[order[-1]].tags, seed
        middle = [cards[key].level for key in order[1:-1]]
        assert middle == sorted(middle), seed
    assert len(paired) <= 1, paired


def keys(*names: str) -> list[CardKey]:
    return [CardKey(name[0], name) for name in names]


def test_a_spicy_pair_at_a_level_join_trades_with_a_card_of_its_level_and_kind() -> None:
    """s1 (level 1) then s2 (level 2), both spicy and of deck s, where a1 is no open question as s1 is: s2 trades with
    the other level-2 card that is no open question as it is (c2), not with the nearer open question b2."""
    order = keys("a1", "s1", "s2", "b2", "c2")
    levels = dict(zip(order, (1, 1, 2, 2, 2), strict=True))
    spicy = set(keys("s1", "s2"))
    talk = set(keys("s1", "b2"))
    out = kept_apart(order, 5, levels, {}, (set(), set(), spicy, talk))
    assert out == keys("a1", "s1", "c2", "b2", "s2")


def test_a_trade_that_would_set_two_heavy_cards_side_by_side_is_not_made() -> None:
    """The only card that could take s2's place (h2, of its level) is heavy, and so is s1, which it would come after:
    they stay, a spicy pair rather than two heavy cards back to back."""
    order = keys("s1", "s2", "h2")
    levels = dict(zip(order, (1, 2, 2), strict=True))
    spicy = set(keys("s1", "s2"))
    heavy = set(keys("s1", "h2"))
    assert kept_apart(order, 3, levels, {}, (heavy, set(), spicy, set())) == order
    assert kept_apart(order, 3, levels, {}, (set(), set(), spicy, set())) == keys("s1", "h2", "s2")


def test_an_open_question_trades_with_a_rest_only_where_no_run_of_open_questions_grows() -> None:
    """Three spicy cards in a level of five, the last of them no open question: kept to their kinds they cannot all
    be apart, so the spicy rest s3 trades with the open question c1 (two open questions in a row, not more). Where b1
    is an open question too, that trade would make four in a row, and the cards stay."""
    order = keys("s1", "b1", "s2", "s3", "c1")
    levels = dict.fromkeys(order, 1)
    spicy = set(keys("s1", "s2", "s3"))
    talk = set(keys("s1", "s2", "c1"))
    assert kept_apart(order, 5, levels, {}, (set(), set(), spicy, talk)) == keys("s1", "b1", "s2", "c1", "s3")
    kept = kept_apart(order, 5, levels, {}, (set(), set(), spicy, talk | set(keys("b1"))))
    assert kept == order


def first_evenings(seeds: int) -> Iterator[list[Card]]:
    """For each seed, a first evening of twenty with spicy cards and one of twelve without, from the decks a couple has
    without opting in."""
    decks = [deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks if not deck.opt_in]
    cards = {card.key: card for deck in decks for card in deck.cards}
    for seed in range(seeds):
        for length, spicy in ((20, True), (12, False)):
            yield [cards[key] for key in deal(decks, DealFilters(spicy=spicy), seed, round_length=length, bookends=True)[:length]]


def test_first_evenings_rarely_set_cards_both_answer_or_two_brave_cards_side_by_side() -> None:
    """Readers of round sixty-three's dealer named three or four "each of you" cards in a row, and two cards tagged
    `needs` back to back ("where you feel alone", then "what I take for granted"). Over these 200 first evenings (100
    of twenty with spicy cards, 100 of twelve without) that dealer set 128 pairs of cards both partners answer back to
    back and 26 runs of three, and, once both were kept apart, 42 pairs of brave cards with 292 dealt."""
    both_pairs = threes = brave_pairs = brave_dealt = 0
    for evening in first_evenings(100):
        both = [card.kind is Kind.BOTH or card.answer is AnswerType.WHO for card in evening]
        brave = [NEEDS in card.tags for card in evening]
        both_pairs += sum(a and b for a, b in pairwise(both))
        threes += sum(a and b and c for a, b, c in zip(both, both[1:], both[2:], strict=False))
        brave_pairs += sum(a and b for a, b in pairwise(brave))
        brave_dealt += sum(brave)
    assert both_pairs <= 45, f"{both_pairs} pairs of cards both answer back to back in 200 first evenings (128 before)"
    assert threes <= 5, f"{threes} runs of three cards both answer in 200 first evenings (26 before)"
    assert brave_pairs <= 20, f"{brave_pairs} pairs of brave cards back to back in 200 first evenings (42 before)"
    assert brave_dealt >= 280, f"{brave_dealt} brave cards in 200 first evenings (292 before they were kept apart)"
