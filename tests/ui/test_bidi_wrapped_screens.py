"""The tester's Persian card on a small laptop at the largest text (playtest C, finding 5), screen by screen.

Their own deck held a Have each other's back card in Persian. Its reveal said "Picked: …" with the pick in
Persian; Quiz me put it in "What did Noa answer to: …"; Our story listed it under the same words. Each
wrapped, and each line was laid out on its own, so the comma after "کند" and the final "؟" took the
direction of the line's edge. Here each screen is played to by keyboard and every line of the text it
wrapped is read as drawn, from left to right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from game.core.cards import Kind
from game.core.direction import quoted
from game.core.session import Phase

from .pilot import Pilot
from .test_play_loop import _deal_only
from .wrapped_lines import seen_and_read, wrapped_text

QUESTION = "اگر کسی در مهمانی با من بی\u200cادبی کند، دوست داری تو چه کار کنی؟"
OPTIONS = (
    "همان\u200cجا از من دفاع کنی",
    "بعداً در خانه با هم حرف بزنیم",
    "مرا از آنجا بیرون ببری",
    "دو دقیقه صبر کنی، بعد بگویی: بس است!",  # ends in "!": the choice's own end, not the English sentence's
)


@pytest.fixture
def sofa(pilots: Callable[..., Pilot]) -> Pilot:
    """Noa and Darius at 1024×600 with the largest text, dealt their deck of one Persian Have each other's back card."""
    p = pilots(at_home=True, names=("Noa", "Darius"), size=(1024, 600))
    p.shell.ui.set("text_size", "largest")
    built_in = next(deck for deck in p.services.decks() if deck.id == "each-others-back")
    deck_id = p.services.new_deck_id("Sofa nights")
    scenario = next(card for card in built_in.cards if card.kind is Kind.SCENARIO)
    card = replace(
        scenario,
        deck_id=deck_id,
        id="card",
        text=QUESTION,
        options=OPTIONS,
        options_were=(),
        level=1,
        quiz=None,
        note="",
        followups=(),
    )
    p.services.save_deck(replace(built_in, id=deck_id, name="Sofa nights", cards=(card,), source=""))
    _deal_only(p, "Sofa nights")
    assert p.scene_name == "PlayScene" and p.scene.card().text == QUESTION
    return p


def pick_in_private(p: Pilot, own: int, guess: int) -> None:
    p.press(pygame.K_RETURN)  # hand the laptop over
    p.press(pygame.K_RETURN)  # "I'm … — show me"
    p.key(str(own))
    pick = OPTIONS[own - 1]
    stop = "" if pick.endswith(("!", ".", "?", "؟")) else "."  # a pick ending in its own "!" ends the sentence there
    assert f"You picked “{quoted(pick)}”{stop} And which" in p.scene.question()
    p.key(str(guess))
    p.advance(0.7)


def both_pick(p: Pilot) -> None:
    """Noa picks the last choice (the one ending in "!") and guesses the second; Darius picks the first, guessing hers."""
    pick_in_private(p, own=4, guess=2)
    pick_in_private(p, own=1, guess=4)
    assert p.scene.session.phase is Phase.REVEAL


def home_three_days_on(p: Pilot) -> None:
    p.press(pygame.K_RETURN)  # Next card: the deck's only card is played
    p.advance(0.7)
    assert p.scene_name == "SummaryScene"
    p.press(pygame.K_RETURN)
    p.later(days=3)
    p.scene.refresh()
    assert p.scene_name == "HomeScene"


def test_the_reveal_keeps_a_persian_pick_whole_after_picked(sofa: Pilot, tmp_path: Path) -> None:
    p = sofa
    with wrapped_text(p) as found:
        both_pick(p)
        p.screenshot(tmp_path / "reveal.png")
    for starts, pick in (("Picked: ", OPTIONS[3]), ("Picked: ", OPTIONS[0]), ("Guessed Darius would pick: ", OPTIONS[1])):
        drawn, read = seen_and_read(found, starts, pick)
        assert drawn == read, "the colon stays with the English, the pick reads from the right as one piece"
        assert starts + quoted(pick) in found, "the pick is isolated from the sentence around it"
    drawn, _ = seen_and_read(found, "Picked: ", OPTIONS[3])
    assert len(drawn) > 1 and drawn[-1].startswith("!"), "the pick's '!' ends it, at the left of its last line"


def test_quiz_me_asks_the_persian_question_with_its_comma_and_question_mark_in_place(sofa: Pilot, tmp_path: Path) -> None:
    p = sofa
    both_pick(p)
    home_three_days_on(p)
    p.click(next(label for label in p.labels() if label.startswith("Quiz me (")))
    with wrapped_text(p) as found:
        p.click("Start the quiz")
        p.advance(0.7)
        assert p.scene_name == "PlayScene" and p.scene.session.current.is_quiz
        p.screenshot(tmp_path / "quiz.png")
    owner = p.scene.couple.name(p.scene.session.current.memory.owner)
    drawn, read = seen_and_read(found, f"What did {owner} answer to: ", QUESTION)
    assert drawn == read
    assert len(drawn) > 2, "the card's question wraps"
    assert any("،دنک" in line for line in drawn), "read from the right, the comma follows کند"
    assert drawn[-1].startswith("؟"), "and the question mark ends the question, at the left of its last line"
    assert f"What did {owner} answer to: {quoted(QUESTION)}" in found
    with wrapped_text(p) as found:
        p.key("4")  # the guess: the choice ending in "!"
        p.advance(0.7)
        p.screenshot(tmp_path / "quiz-reveal.png")
    guesser = p.scene.couple.name(p.scene.session.current.seat)
    drawn, read = seen_and_read(found, f"{guesser} guessed:", OPTIONS[3])
    assert drawn == read and drawn[-1].startswith("!")


def test_our_story_lists_the_persian_question_as_one_piece(sofa: Pilot, tmp_path: Path) -> None:
    p = sofa
    both_pick(p)
    home_three_days_on(p)
    with wrapped_text(p) as found:
        p.click("Our story")
        p.advance(0.7)
        assert p.scene_name == "StoryScene"
        p.screenshot(tmp_path / "story.png")
    drawn, read = seen_and_read(found, "What did Noa answer to: ", QUESTION)
    assert drawn == read
    assert len(drawn) > 1 and drawn[-1].startswith("؟")
    assert "What did Noa answer to: " + quoted(QUESTION) in found
