"""A round continued after a limit was lowered, with nothing left in it within the limits as they are now.

Playtest D, finding 4: Home's "Continue where you stopped" showed an empty play screen (the round had ended as it
was picked up) and the summary never came. Every way back into a round now shows what a couple expects: the round's
summary so far, or, with nothing played, a plain line that nothing is left within their limits, and Home.
"""

from __future__ import annotations

import pygame

from game.core.cards import Card
from game.core.dealing import DealFilters
from game.core.limits import Limit
from game.core.session import Mode, SessionConfig
from game.ui.round_guard import round_gone_words
from game.ui.scenes.summary import NOTHING_LEFT

from .test_flows import play_until
from .tour import play_turn


def _ask_cards(p, level: int, count: int) -> list[Card]:  # type: ignore[no-untyped-def]
    found = [
        card
        for deck in p.services.decks()
        if not deck.opt_in
        for card in deck.cards
        if card.level == level and not card.spicy and card.kind.value == "ask" and not card.remembered
    ]
    return found[:count]


def _round_of(p, cards: list[Card]) -> None:  # type: ignore[no-untyped-def]
    """A Play round of exactly these cards, in this order, left open at Home."""
    couple = p.services.couples()[0]
    keys = tuple(card.key for card in cards)
    deck_ids = tuple(sorted({key.deck_id for key in keys}))
    config = SessionConfig(mode=Mode.PLAY, deck_ids=deck_ids, cards=keys, length=len(keys), filters=DealFilters(1, 3))
    p.services.start(couple, config)
    p.scene.refresh()
    assert "Continue where you stopped" in p.labels()


def _lower_to_light(p) -> None:  # type: ignore[no-untyped-def]
    p.services.save_limit(p.services.couples()[0], 1, Limit(1, False))


def test_continue_with_nothing_left_within_the_limits_says_so_instead_of_a_blank_table(pilots):
    p = pilots(at_home=True)
    _round_of(p, _ask_cards(p, 2, 3))  # a personal card on the table, and personal ones to come
    _lower_to_light(p)
    p.click("Continue where you stopped")
    assert p.scene_name == "SummaryScene", "never an empty play screen"
    assert p.scene.lines() == [NOTHING_LEFT]
    p.click("Back home")
    assert p.scene_name == "HomeScene" and "Continue where you stopped" not in p.labels()


def test_continue_after_cards_were_played_shows_the_round_so_far(pilots):
    p = pilots(at_home=True)
    _round_of(p, [*_ask_cards(p, 1, 2), *_ask_cards(p, 2, 2)])
    p.click("Continue where you stopped")
    play_until(p, lambda q: q.scene.card().level == 2)  # the two light cards played
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    _lower_to_light(p)
    p.click("Continue where you stopped")
    assert p.scene_name == "SummaryScene"
    assert p.scene.lines() == [NOTHING_LEFT, "2 cards played."]


def test_opening_the_couple_again_shows_the_summary_of_a_round_with_nothing_left_within_the_limits(pilots):
    """The close-and-reopen path: Begin opens the couple, and the round they left is picked up."""
    p = pilots(at_home=True)
    _round_of(p, [*_ask_cards(p, 1, 1), *_ask_cards(p, 2, 2)])
    p.click("Continue where you stopped")
    play_turn(p)
    _lower_to_light(p)
    p.close()
    q = pilots()
    q.press(pygame.K_RETURN)  # Begin
    assert q.scene_name == "SummaryScene"
    assert q.scene.lines() == [NOTHING_LEFT, "1 card played."]
    q.click("Back home")
    assert q.scene_name == "HomeScene" and "Continue where you stopped" not in q.labels()


def test_a_new_round_with_nothing_left_in_the_open_one_starts_at_once_and_says_the_old_one_ended(pilots):
    """Asking "continue it, or end it?" about a round that has just ended would offer what cannot be done."""
    p = pilots(at_home=True)
    _round_of(p, [*_ask_cards(p, 1, 1), *_ask_cards(p, 2, 2)])
    p.click("Continue where you stopped")
    play_turn(p)
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    _lower_to_light(p)
    p.click("Play")
    p.click("Deal the cards")
    assert p.scene_name == "PlayScene" and p.scene.card().level == 1
    assert p.shell.ui.toast_text == round_gone_words(1)
