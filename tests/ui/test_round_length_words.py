"""A round's length in one name and one value: what Play's setup chooses is the kept setting Settings shows, and a
length for one round only (one deck played from the studio) says so and keeps nothing."""

from __future__ import annotations

import pygame

from game.ui.routes import Setup


def lengths(p) -> list[str]:  # type: ignore[no-untyped-def]
    return [label for label in p.labels() if label.startswith("Cards ")]


def test_a_length_changed_in_settings_is_the_one_play_s_setup_starts_with(pilots):
    p = pilots(at_home=True)
    p.click("Settings")
    assert lengths(p) == ["Cards per round: 12"]
    p.click("Cards per round: 12")
    assert lengths(p) == ["Cards per round: 20"]
    p.click("Done")
    p.click("Play")
    assert lengths(p) == ["Cards per round: 20"]
    p.click("Deal the cards")
    assert p.scene.session.config.length == 20


def test_a_length_chosen_before_a_round_is_kept_and_settings_shows_it(pilots):
    p = pilots(at_home=True)
    p.click("Play")
    assert lengths(p) == ["Cards per round: 12"]
    p.click("Cards per round: 12")
    p.click("Cards per round: 20")
    assert lengths(p) == ["Cards per round: open-ended"]
    p.press(pygame.K_ESCAPE)
    p.click("Settings")
    assert lengths(p) == ["Cards per round: open-ended"]
    p.press(pygame.K_ESCAPE)
    p.click("Play")
    assert lengths(p) == ["Cards per round: open-ended"], "the next round starts as it was left"


def test_one_deck_from_the_studio_says_its_length_is_for_this_round_only_and_keeps_nothing(pilots):
    p = pilots(at_home=True)
    couple = p.services.couples()[0]
    deck = max(p.services.decks(), key=lambda d: len(d.cards))
    p.shell.ui.push(Setup(couple, quiz=False, only_deck=deck))
    p.step()
    assert lengths(p) == ["Cards this round only: 12"]
    p.click("Cards this round only: 12")
    assert lengths(p) == ["Cards this round only: 20"]
    p.press(pygame.K_ESCAPE)
    p.click("Settings")
    assert lengths(p) == ["Cards per round: 12"], "the kept length is as it was"
