"""On screen, consent holds too: a spicy memory made on a night both said yes stays out of Quiz me and Our story."""

from __future__ import annotations

import pygame

from game.core.dealing import DealFilters
from game.core.direction import quoted
from game.core.limits import Limit
from game.core.session import Session, SessionConfig
from game.ui.scenes.play_view import progress_words
from game.ui.scenes.setup import NOTHING_FITS, PLAY_A_FEW

from .tour import start


def test_spicy_memory_stays_out_of_quiz_me_and_our_story_while_spicy_cards_are_off(data_root, now):
    """Home and Quiz me count only what a round would ask: the spicy memory is not "1 due" while spicy cards are
    off, and is counted, and asked, once both partners and Settings allow it."""
    p = start(data_root, now)
    store, couple = p.store, p.services.couples()[0]
    decks = {deck.id: deck for deck in p.services.decks()}
    card = next(
        card
        for deck in decks.values()
        for card in deck.cards
        if card.spicy and card.remembered and card.kind.value == "ask" and card.answer_type.value == "text"
    )  # answered below in words, so the card must take words
    # Made on an evening both said yes, with the setting on: spicy cards were allowed then.
    config = SessionConfig(deck_ids=(card.deck_id,), filters=DealFilters(spicy=True), length=1, cards=(card.key,))
    session = Session(config, decks, store.memories.all(couple.id), store.memories.quizbook(couple.id))
    session_id = store.sessions.start(couple.id, session, now, session.begin(now))
    store.sessions.record(couple.id, session_id, session, session.answer("Slowly, and asking first", now), now)
    assert store.memories.all(couple.id)
    p.later(days=3)
    p.scene.refresh()
    assert p.services.settings()["spicy"] is False
    assert "Quiz me" in p.labels(), "a round would ask nothing: Home counts nothing"
    p.click("Quiz me")
    assert p.scene.quiz_lines() == (NOTHING_FITS, PLAY_A_FEW) and not p.widget("Start the quiz").enabled
    p.press(pygame.K_ESCAPE)
    p.click("Our story")
    for seat in (0, 1):
        p.click(f"{couple.name(seat)}'s answers")
        assert all(memory.key.card_id != card.id for memory in p.scene.shown)
    p.press(pygame.K_ESCAPE)
    for seat in (0, 1):
        p.services.save_limit(couple, seat, Limit(cap=3, spicy=True))
    p.shell.ui.set("spicy", True)
    p.scene.refresh()
    assert "Quiz me (1 due)" in p.labels(), "now a round would ask it"
    p.click("Quiz me (1 due)")
    owner, guesser = quoted(couple.name(0)), quoted(couple.name(1))
    assert p.scene.quiz_lines()[0] == f"A round made only of memories that are due: 0 questions for {owner}, 1 for {guesser}."
    p.click("Start the quiz")
    assert p.scene_name == "PlayScene" and progress_words(p.scene.session) == "Question 1 of 1"
    p.close()


def test_a_deck_toggle_counts_only_the_cards_it_can_deal_with_spicy_cards_off_or_on(data_root, now):
    """Desire & Intimacy said (51) with spicy cards off, when two of its cards could come: a count is a promise."""
    p = start(data_root, now)
    deck = next(deck for deck in p.services.decks() if 0 < sum(card.spicy for card in deck.cards) < len(deck.cards))
    mild = sum(1 for card in deck.cards if not card.spicy)
    p.click("Play")
    toggle = next(label for label in p.labels() if deck.name in label)
    assert toggle.endswith(f"({mild})") and mild < len(deck.cards), toggle
    p.press(pygame.K_ESCAPE)
    p.shell.ui.set("spicy", True)
    p.click("Play")
    assert next(label for label in p.labels() if deck.name in label).endswith(f"({len(deck.cards)})")
    p.close()
