"""A couple's own words quoted in one of the interface's English sentences are isolated (playtest C, finding 5).

"You said: …", "Still true? Your answer was: …", a hidden playbook line, date night's closing lines and the
studio's "Delete this card?" each quote what a couple wrote. Unisolated, a Persian answer ending in "!" put its "!" at the English
sentence's end instead of its own, and a Persian card at the start of a sentence turned the whole sentence
right to left.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame

from game.core.direction import quoted
from game.core.keepsake import LearnedThing
from game.core.session import Phase
from game.storage.paths import user_decks_dir
from game.ui.bidi import base_direction, visual_order
from game.ui.list_view import ListView
from game.ui.scenes.date_night_summary import summary_lines
from game.ui.scenes.play_view import side_text

from .pilot import Pilot
from .test_date_night import sample_keepsake
from .test_flows import play_until
from .test_play_loop import _deal_only
from .test_studio import add_card, new_deck
from .wrapped_lines import seen_and_read, wrapped_text

ANSWER = "چای داغ، و یک کتاب خوب!"  # "hot tea, and a good book!"
GUESS = "شاید چای؟"  # "maybe tea?"
DECK = """\
format: 1
id: sofa-words
name: Sofa words
cards:
  - id: comfort
    text: What helps when you've had a bad day?
    quiz: What helps {name} after a bad day?
    tags: [signals]
    changes: CHANGES
"""


def answered(pilots: Callable[..., Pilot], data_root: Path, changes: bool = False) -> Pilot:
    """Noa answers the deck's one card in Persian, and the round ends at Home."""
    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sofa-words.yaml").write_text(DECK.replace("CHANGES", str(changes).lower()), encoding="utf-8")
    p = pilots(at_home=True, names=("Noa", "Darius"))
    _deal_only(p, "Sofa words")
    assert p.scene.couple.name(p.scene.session.current.seat) == "Noa"
    p.type(ANSWER)
    p.press(pygame.K_RETURN)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene"
    return p


def quiz_me(p: Pilot, days: float) -> Pilot:
    """`days` later, a Quiz me round from Home, on its first question."""
    p.later(days=days)
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    assert p.scene_name == "PlayScene"
    return p


def test_judging_a_persian_guess_shows_both_answers_whole(pilots, data_root: Path) -> None:
    p = quiz_me(answered(pilots, data_root), days=3)
    assert p.scene.session.phase is Phase.GUESS
    p.type(GUESS)
    with wrapped_text(p) as found:
        p.press(pygame.K_RETURN)
        p.advance(0.5)
    assert p.scene.session.phase is Phase.JUDGE
    for starts, words in (("Darius guessed:", GUESS), ("You said:", ANSWER)):
        drawn, read = seen_and_read(found, starts, words)
        assert drawn == read, "read from the right, the guess's '؟' and the answer's '!' end them"
        assert any(text.endswith(quoted(words)) for text, _, _ in side_text(p.scene) if text.startswith(starts))


def test_the_check_in_quotes_the_persian_answer_whole(pilots, data_root: Path) -> None:
    p = quiz_me(answered(pilots, data_root, changes=True), days=90)
    assert p.scene.session.phase is Phase.CHECK
    p.click("Hand the laptop to Noa")
    p.click("I'm Noa — show me")
    assert p.scene_name == "CheckInScene"
    with wrapped_text(p) as found:
        p.shell.ui.dirty = True  # a frame drawn afresh
        p.step()
    drawn, read = seen_and_read(found, "Still true? Your answer was:", ANSWER)
    assert drawn == read, "read from the right, the answer's '!' ends it"
    assert p.scene.question() == "Still true? Your answer was: " + quoted(ANSWER)


def test_a_hidden_playbook_line_quotes_the_persian_answer(pilots, data_root: Path) -> None:
    p = answered(pilots, data_root)
    p.click("Our story")
    p.click("Playbook & promises")
    assert p.scene_name == "PlaybookScene"
    p.press(pygame.K_DOWN)
    with wrapped_text(p) as found:
        p.key("h")
        p.step()
    drawn, read = seen_and_read(found, "Hidden:", ANSWER)
    assert drawn == read, "read from the right, the answer's '!' ends it"
    listing = p.widget("Playbook")
    assert isinstance(listing, ListView) and listing.items[1].title == "Hidden: " + quoted(ANSWER)


def test_deleting_a_persian_card_in_the_studio_asks_in_an_english_sentence(pilots) -> None:
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "Who cooks tonight?")
    p.click("Save card")
    add_card(p, GUESS)
    p.click("Save card")
    p.key("x")
    assert p.scene_name == "ConfirmScene"
    detail = p.scene.detail
    assert base_direction(detail) == "ltr", "the sentence reads left to right whatever the card's words"
    assert detail == f"“{quoted(GUESS)}”  Ctrl+Z brings it back."


def test_date_nights_closing_lines_quote_a_persian_answer_after_its_question() -> None:
    question = "What did Noa answer to: " + quoted("چه چیزی حالت را خوب می\u200cکند؟")  # "what makes you feel good?"
    learned = (LearnedThing(0, question, ANSWER), LearnedThing(1, "How does Darius take his tea?", "Black"))
    lines = [words for words, _, _ in summary_lines(sample_keepsake(names=("Noa", "Darius"), learned=learned))]
    asked = lines.index(question)
    # read from the right, each ends with its own mark: the question's "؟", the answer's "!", on the line under it
    assert visual_order(lines[asked]) == "What did Noa answer to: ؟دنک\u200cیم بوخ ار تلاح یزیچ هچ"
    assert lines[asked + 1] == quoted(ANSWER) and visual_order(lines[asked + 1]) == "!بوخ باتک کی و ،غاد یاچ"


def test_an_answer_that_quotes_someone_nests_its_marks_when_shown_and_is_kept_as_written(pilots):
    from game.core.memories import Memory, MemoryKey
    from game.ui.card_answers import whose_answers

    p = pilots(at_home=True)
    couple = p.services.couples()[0]
    card = next(c for d in p.services.decks() for c in d.cards if c.remembered and c.answer_type.value == "text")
    written = 'Mum saying "you\'ll be fine"'
    memory = Memory.first(MemoryKey(0, card.deck_id, card.id), written, p.now)
    shown = whose_answers(p.shell.ui, couple, card, [memory])
    assert shown == f"{quoted(couple.name(0))} said “Mum saying ‘you'll be fine’”."
    assert memory.answer == written, "what is kept stays as the couple wrote it"
