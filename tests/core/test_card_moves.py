"""Properties of the rule that lets answers follow a card of the game's own to its new deck (game.core.card_moves).

Whatever the game's decks hold and whatever the store remembers: a key moves only to where its card now lives, only
from one of the game's own decks that no longer holds it, never when two decks hold the card, and once moved there is
nothing left to move.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.card_moves import moves
from game.core.cards import Card, CardKey, Deck

DECK_IDS = ("plans", "romance", "signals", "our-own")
CARD_IDS = ("a", "b", "c", "d", "e")

layouts = st.dictionaries(st.sampled_from(DECK_IDS[:3]), st.sets(st.sampled_from(CARD_IDS), max_size=4), max_size=3)
stored_keys = st.sets(st.builds(CardKey, st.sampled_from(DECK_IDS), st.sampled_from(CARD_IDS)), max_size=10)


def decks_of(layout: dict[str, set[str]]) -> list[Deck]:
    return [Deck(d, d, tuple(Card(d, c, f"{c}?") for c in sorted(cards))) for d, cards in sorted(layout.items())]


@given(layout=layouts, stored=stored_keys)
@settings(max_examples=300, deadline=None)
def test_a_key_moves_only_to_the_one_deck_of_ours_that_holds_its_card_now(layout, stored) -> None:
    ours = decks_of(layout)
    held = {card.key for deck in ours for card in deck.cards}
    found = moves(stored, ours)
    for old, new in found.items():
        assert old in stored and old not in held and new in held
        assert old.card_id == new.card_id and old.deck_id in layout and new.deck_id != old.deck_id
        assert sum(new.card_id in cards for cards in layout.values()) == 1
    for key in stored - set(found):  # what stays: held, not ours, or nowhere (or in two decks) to go
        homes = [d for d, cards in layout.items() if key.card_id in cards]
        assert key in held or key.deck_id not in layout or len(homes) != 1


@given(layout=layouts, stored=stored_keys)
@settings(max_examples=300, deadline=None)
def test_once_moved_there_is_nothing_left_to_move(layout, stored) -> None:
    ours = decks_of(layout)
    found = moves(stored, ours)
    after = {found.get(key, key) for key in stored}
    assert moves(after, ours) == {}
