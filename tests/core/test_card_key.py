"""A card's key: made once with the card, hashed once, and equal to any key naming the same place."""

from __future__ import annotations

import dataclasses
import pickle

from game.core.cards import Card, CardKey


def test_a_card_keeps_one_key() -> None:
    card = Card("hopes", "first-dream", "What did you dream of being?")
    assert card.key is card.key
    assert card.key == CardKey("hopes", "first-dream")


def test_keys_naming_one_place_are_one_key_in_a_map() -> None:
    answers = {CardKey("hopes", "first-dream"): "a lighthouse keeper"}
    assert answers[Card("hopes", "first-dream", "Any words").key] == "a lighthouse keeper"
    assert CardKey("hopes", "first-dream") != CardKey("hopes", "second-dream")
    assert CardKey("hopes", "x") != CardKey("fears", "x")


def test_a_changed_card_has_the_key_of_its_new_place() -> None:
    card = Card("hopes", "first-dream", "What did you dream of being?")
    moved = dataclasses.replace(card, deck_id="fears")
    assert moved.key == CardKey("fears", "first-dream")
    assert card.key == CardKey("hopes", "first-dream")


def test_the_key_is_not_part_of_how_a_card_reads_or_compares() -> None:
    card = Card("hopes", "first-dream", "What did you dream of being?")
    assert "_key" not in repr(card)
    assert card == Card("hopes", "first-dream", "What did you dream of being?")
    assert "_hash" not in repr(card.key)


def test_a_key_survives_a_round_trip_and_sorts_by_deck_then_card() -> None:
    key = CardKey("hopes", "first-dream")
    back = pickle.loads(pickle.dumps(key))
    assert back == key and hash(back) == hash(key)
    assert sorted([CardKey("hopes", "b"), CardKey("fears", "z"), CardKey("hopes", "a")]) == [
        CardKey("fears", "z"),
        CardKey("hopes", "a"),
        CardKey("hopes", "b"),
    ]
    assert CardKey.parse(str(key)) == key
