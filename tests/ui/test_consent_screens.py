"""On screen, consent holds too: a spicy memory made on a night both said yes stays out of Quiz me and Our story."""

from __future__ import annotations

import pygame

from game.core.dealing import DealFilters
from game.core.direction import quoted
from game.core.limits import Limit
from game.core.session import Session, SessionConfig
from game.ui.scenes.quiz_me_words import NOTHING_FITS, PLAY_A_FEW
from game.ui.scenes.round_progress import progress_words
from game.ui.session_choices import mix_words
from game.ui.widgets import Toggle

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
    assert p.scene.quiz_lines() == (NOTHING_FITS, PLAY_A_FEW) and p.scene.widget("Start the quiz") is None
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
    assert "Quiz me (1 question)" in p.labels(), "now a round would ask it"
    p.click("Quiz me (1 question)")
    owner, guesser = quoted(couple.name(0)), quoted(couple.name(1))
    assert p.scene.quiz_lines()[0] == f"A round made only of memories that are due: 0 questions for {owner}, 1 for {guesser}."
    p.click("Start the quiz")
    assert p.scene_name == "PlayScene" and progress_words(p.scene.session) == "Just the one question"
    p.close()


def test_a_deck_toggle_counts_only_the_cards_it_can_deal_with_spicy_cards_off_or_on(data_root, now):
    """Desire & Intimacy said (51) with spicy cards off, when two of its cards could come: a count is a promise."""
    p = start(data_root, now)
    deck = next(deck for deck in p.services.decks() if 0 < sum(card.spicy for card in deck.cards) < len(deck.cards))
    mild = sum(1 for card in deck.cards if not card.spicy)
    p.click("Play")
    toggle = next(label for label in p.labels() if deck.name in label)
    assert toggle.endswith(f"({mild})") and mild < len(deck.cards), toggle
    said = f"Mix as many decks as you like. With spicy cards off, {deck.name} has fewer."  # why it is small
    assert mix_words(p.scene.spicy_held) == said
    p.press(pygame.K_ESCAPE)
    p.shell.ui.set("spicy", True)
    for seat in (0, 1):
        p.services.save_limit(p.services.couples()[0], seat, Limit(cap=3, spicy=True))
    p.click("Play")
    assert next(label for label in p.labels() if deck.name in label).endswith(f"({len(deck.cards)})")
    p.close()


def test_deck_counts_keep_within_both_partners_limits_as_the_cards_dealt_do(data_root, now):
    """Playtest D, finding 5: with spicy cards offered and one partner saying no, Desire & Intimacy said (51) while
    the line below said the round would be 2 cards. Each count is the cards the deck can deal within both limits."""
    p = start(data_root, now)
    couple = p.services.couples()[0]
    p.shell.ui.set("spicy", True)
    p.services.save_limit(couple, 0, Limit(cap=3, spicy=True))
    p.services.save_limit(couple, 1, Limit(cap=2, spicy=False))
    p.click("Play")
    for deck in p.services.decks():
        toggle = next((label for label in p.labels() if label.startswith(f"{deck.name} (")), None)
        if toggle is None:
            continue
        within = sum(1 for card in deck.cards if card.level <= 2 and not card.spicy)
        assert toggle.endswith(f"({within})"), toggle
    intimacy = next(deck for deck in p.services.decks() if 0 < sum(card.spicy for card in deck.cards) < len(deck.cards))
    label = next(label for label in p.labels() if label.startswith(f"{intimacy.name} ("))
    for toggle in [w for w in p.scene.widgets if isinstance(w, Toggle) and w.value and w.label != label]:
        p.click(toggle.label)
    if not p.widget(label).value:
        p.click(label)
    count = int(label.rsplit("(", 1)[1].rstrip(")"))
    assert p.scene.short == f"12 cards asked, this deck has {count} — the round will be {count} cards."
    p.close()


def _words_on(p) -> str:  # type: ignore[no-untyped-def]
    """Everything the screen itself drew, as one line of text."""
    from .drawn import frame

    return " ".join(" ".join(drawn.text for drawn in frame(p) if drawn.by == p.scene_name).split())


def test_the_limits_screens_say_the_game_never_says_whose_and_once_that_whoever_chose_more_may_tell(data_root, now):
    """Playtest D, finding 5: "nobody is told whose it was" promised more than two people can be kept from. The game
    never says whose, and the limits screen says, once and plainly, that the one who chose more may be able to tell."""
    p = start(data_root, now)
    for spicy in (False, True):
        p.shell.ui.set("spicy", spicy)
        p.click("Play")
        p.click("Our private limits…")
        p.press(pygame.K_RETURN)  # the curtain: Zoë is looking
        assert p.scene_name == "LimitsScene"
        words = _words_on(p)
        assert "never says whose" in words
        assert words.casefold().count("if you choose more than your partner, you may be able to tell") == 1, words
        p.click("Save my limits")
        p.press(pygame.K_RETURN)
        p.click("Save my limits")
        assert p.scene_name == "SetupScene"
        toast = p.shell.ui.toast_text
        assert "never says whose" in toast and "may be able to tell" not in toast, "said once, where each chooses"
        p.press(pygame.K_ESCAPE)
    p.click("Date night")
    words = _words_on(p)
    assert "the game never says whose" in words and "nobody is told" not in words
    p.close()


def _see_the_cards_of(p, name: str) -> None:  # type: ignore[no-untyped-def]
    p.click("Deck studio")
    p.press(pygame.K_DOWN, times=next(i for i, entry in enumerate(p.scene.entries) if entry.name == name))
    assert p.scene.entry.name == name
    p.click("See the cards")
    assert p.scene_name == "DeckScene"


def test_deck_studio_lists_spicy_cards_only_once_both_say_yes_and_says_how_many_are_hidden(data_root, now):
    """Playtest D, finding 11: with one partner saying no, the studio listed every spicy card in full. Their number is
    said instead; cards deeper than the limits are listed as they are (depth is no content warning)."""
    p = start(data_root, now)
    couple = p.services.couples()[0]
    p.shell.ui.set("spicy", True)
    p.services.save_limit(couple, 0, Limit(cap=3, spicy=True))
    p.services.save_limit(couple, 1, Limit(cap=1, spicy=False))
    decks = p.services.decks()
    intimacy = next(deck for deck in decks if 0 < sum(card.spicy for card in deck.cards) < len(deck.cards))
    spicy = [card for card in intimacy.cards if card.spicy]
    _see_the_cards_of(p, intimacy.name)
    assert [item.title for item in p.widget("Cards").items] == [card.text for card in intimacy.cards if not card.spicy]
    assert f"{len(spicy)} spicy cards are hidden here until you both say yes to them." in _words_on(p)
    previewed = set()
    for _ in range(len(intimacy.cards)):  # every card the list reaches and previews: none of them spicy
        previewed.add(p.scene.deck.cards[p.scene.card_index].id)
        p.press(pygame.K_DOWN)
    assert previewed == {card.id for card in intimacy.cards if not card.spicy}
    p.press(pygame.K_ESCAPE)
    p.press(pygame.K_ESCAPE)
    deep = next(deck for deck in decks if any(card.level == 3 for card in deck.cards) and not deck.opt_in)
    _see_the_cards_of(p, deep.name)
    assert len(p.widget("Cards").items) == len(deep.cards), "deeper than the limits, and listed all the same"
    p.press(pygame.K_ESCAPE)
    p.press(pygame.K_ESCAPE)
    p.services.save_limit(couple, 1, Limit(cap=1, spicy=True))
    _see_the_cards_of(p, intimacy.name)
    assert [item.title for item in p.widget("Cards").items] == [card.text for card in intimacy.cards]
    assert "hidden" not in _words_on(p)
    p.close()


def test_a_spicy_card_written_in_the_studio_is_saved_then_hidden_and_the_cards_around_it_still_move_and_go(data_root, now):
    """The couple's own deck keeps to the same rule: a spicy card saved while spicy cards are not agreed is said to be
    hidden, and moving or deleting the cards listed leaves it where it is."""
    from game.storage.deck_files import load_deck_file

    from .test_studio import add_card, new_deck

    p = start(data_root, now)
    new_deck(p)
    add_card(p, "One?")
    p.click("Save card")
    add_card(p, "Two, spicy?")
    p.click("Spicy")
    p.click("Save card")
    assert p.scene_name == "DeckScene"
    assert p.shell.ui.toast_text == "Saved. 1 spicy card is hidden here while spicy cards are off in Settings."
    add_card(p, "Three?")
    p.click("Save card")
    assert [item.title for item in p.widget("Cards").items] == ["One?", "Three?"]
    assert p.scene.deck.cards[p.scene.card_index].text == "Three?"
    p.click("Move up")
    texts = [card.text for card in load_deck_file(p.scene.path).deck.cards]
    assert texts == ["Three?", "Two, spicy?", "One?"], "the two listed swap; the hidden one stays between"
    p.press(pygame.K_DOWN)
    p.click("Delete")
    p.click("Delete")
    assert [card.text for card in load_deck_file(p.scene.path).deck.cards] == ["Three?", "Two, spicy?"]
    assert [item.title for item in p.widget("Cards").items] == ["Three?"]
    p.close()
