"""A card started afresh or deleted in the studio while another couple on this computer is locked: their answers to
it stay in their Our story, and their Our book, once they give their passphrase.

The studio keeps a card leaving its deck for every couple who answered it, in each couple's own (sealed) settings.
A couple locked with a passphrase not given in this run could be neither read nor written, so the card was not kept
for them: their answers stayed stored, but under a card that no longer existed, and Our story never showed them
again. A couple locked and unlocked in this run keeps its cards as before (the last test).
"""

from __future__ import annotations

import pygame

from game.core.cards import CardKey
from game.core.memories import MemoryKey
from game.core.players import Couple
from game.core.session import Phase, SessionConfig
from game.core.session_commands import Answer, Complete
from game.storage.exporting import export_text
from game.storage.kept_copies import WAITING

from .layout_walks import back_home
from .pilot import Pilot
from .test_studio_own_decks import AFRESH, FUNERAL, SONG, SONG_QUIZ, deck_with_an_answer, open_in_studio, reword, shown_in_story

PASSPHRASE = "sea air"


def answered_by(p: Pilot, couple: Couple, key: CardKey, words: str) -> None:
    """The first partner of `couple` answers the card in a round of one."""
    handle = p.services.start(couple, SessionConfig(deck_ids=(key.deck_id,), length=1, cards=(key,), quizzes=False))
    session = handle.session
    while not session.ended:
        handle.run(Answer(words) if session.phase is Phase.ANSWER else Complete())


def a_locked_couple_answered(pilots, *more: str) -> tuple[Pilot, Couple, CardKey]:  # type: ignore[no-untyped-def]
    """Zoë and Łukasz's Sofa Nights, whose song card Noa (of another couple, locked since) answered too; the game
    opened again, on Zoë and Łukasz's Deck studio, with Noa's answers sealed."""
    p: Pilot = pilots(at_home=True)
    key = deck_with_an_answer(p, *more)
    noa = p.services.create_couple([("Noa", "#3d9a8b"), ("Ari", "#8e5a9b")])
    answered_by(p, noa, key, "Heroes, by Bowie")
    p.services.set_passphrase(noa, PASSPHRASE)
    p.close()
    p = pilots()
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene" and p.services.is_locked(noa)
    open_in_studio(p, "Sofa Nights")
    p.click("Edit cards")
    return p, noa, key


def noas_story_and_book(p: Pilot, noa: Couple) -> tuple[dict[MemoryKey, tuple[str, object]], str]:
    assert p.services.unlock(noa, PASSPHRASE)
    story = p.services.story_memories(noa)
    shown = {m.key: (story.cards[m.key.card_key].text, m.answer) for seat in (0, 1) for m in story.memories[seat]}
    return shown, export_text(p.services.store, p.services.decks(), p.services.now(), False, book=True)


def test_a_card_started_afresh_keeps_a_locked_couples_answers_under_the_old_question(pilots):
    p, noa, key = a_locked_couple_answered(pilots)
    reword(p, FUNERAL)
    p.click(AFRESH)
    assert p.scene.status.startswith("Card started afresh: its old answers stay in Our story.")  # type: ignore[attr-defined]
    [waiting] = p.services.store.settings.read()[WAITING].values()
    assert waiting["for"] == [noa.id] and waiting["card"]["text"] == SONG, "the card's words and their id, nothing of theirs"
    story, book = noas_story_and_book(p, noa)
    assert story == {MemoryKey(0, key.deck_id, key.card_id): (SONG, "Heroes, by Bowie")}
    noas_page = book[book.index("Noa") :]
    asked = SONG_QUIZ.replace("{name}", "<bdi>Noa</bdi>")  # the book asks as the quiz does
    assert noas_page.index(asked) < noas_page.index("Heroes, by Bowie")
    assert p.services.store.settings.read().get(WAITING) == {}, "the card is Noa and Ari's own now: nothing waits"


def test_a_card_deleted_keeps_a_locked_couples_answers(pilots):
    p, noa, key = a_locked_couple_answered(pilots, "What's the first thing we'd do if we won the lottery?")
    p.scene.selected = 0  # type: ignore[attr-defined]
    p.key("x")
    p.click("Delete")
    assert p.scene.status.startswith("Deleted (Ctrl+Z brings it back).")  # type: ignore[attr-defined]
    back_home(p)
    story, _ = noas_story_and_book(p, noa)
    assert story == {MemoryKey(0, key.deck_id, key.card_id): (SONG, "Heroes, by Bowie")}


def test_a_couple_that_locks_in_this_run_keeps_a_card_started_afresh(pilots):
    p: Pilot = pilots(at_home=True)
    key = deck_with_an_answer(p)
    p.services.set_passphrase(p.services.couples()[0], PASSPHRASE)
    reword(p, FUNERAL)
    p.click(AFRESH)
    p.close()
    p = pilots()
    p.press(pygame.K_RETURN)
    p.type(PASSPHRASE)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene"
    assert shown_in_story(p) == {MemoryKey(0, key.deck_id, key.card_id): (SONG, "Dancing Queen, obviously")}
