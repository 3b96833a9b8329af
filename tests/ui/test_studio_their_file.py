"""The studio asks once before it first saves over a deck file Kindred did not write (playtest F, finding 3).

A tester changed one word of a deck they had written by hand, with comments, and the studio rewrote the whole file
without a word: comments, blank lines, key order and quoting gone, and the file and its folder made private. Now the
first save over such a file asks: save anyway (remembered for that file until Kindred closes), or save as a copy,
a new file that leaves theirs untouched. A file Kindred wrote, as it wrote it, is saved without a question.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pygame
import pytest

from game.ui.deck_rewrite import QUESTION

from .layout_walks import back_home
from .pilot import Pilot
from .test_studio import add_card, decks_folder, new_deck

CTRL = pygame.KMOD_CTRL
BY_HAND = """\
# Our sofa questions, written on the train.
format: 1
id: sofa-nights
name: Sofa Nights
cards:
  - id: first-song  # the one we argue about
    text: "Which song would you want playing when you walk into a room?"
    tags: [music, us]

  - id: last-trip
    text: Mountains or sea, for the next trip?
"""


def hand_written(p: Pilot) -> Path:
    folder = decks_folder(p)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o755)
    path = folder / "sofa-nights.yaml"
    path.write_text(BY_HAND, encoding="utf-8")
    os.chmod(path, 0o644)
    p.services.poll_decks()
    return path


def change_a_card(p: Pilot) -> None:
    """Open Sofa Nights in the studio and add a word to its first card."""
    back_home(p)
    p.click("Deck studio")
    p.scene.choose_path(next(e.path for e in p.scene.entries if e.name == "Sofa Nights"))  # type: ignore[attr-defined]
    p.key("e")  # Edit cards
    assert p.scene_name == "DeckScene"
    p.click("Edit")
    p.press(pygame.K_END)
    p.type(" Really?")
    p.press(pygame.K_s, mod=CTRL)


def test_saving_over_a_hand_written_deck_asks_first_and_a_copy_leaves_it_untouched(pilots: object) -> None:
    p: Pilot = pilots(at_home=True)  # type: ignore[operator]
    path = hand_written(p)
    change_a_card(p)
    assert p.scene_name == "QuestionScene"
    assert p.scene.question == QUESTION  # type: ignore[attr-defined]
    detail = p.scene.detail  # type: ignore[attr-defined]
    assert "sofa-nights.yaml was written or changed outside Kindred" in detail
    assert "comments, blank lines, order of keys and quoting go. The cards' words are kept." in detail
    assert path.read_text(encoding="utf-8") == BY_HAND, "nothing is written while the question is open"
    p.click("Save as a copy")
    assert p.scene_name == "DeckScene"
    assert path.read_text(encoding="utf-8") == BY_HAND
    copy = Path(p.scene.path)  # type: ignore[attr-defined]
    assert copy != path and copy.parent == path.parent
    assert p.scene.deck.name == "Sofa Nights (copy)"  # type: ignore[attr-defined]
    assert p.scene.deck.cards[0].text.endswith("room? Really?")  # type: ignore[attr-defined]
    assert "stays as it was" in p.scene.status  # type: ignore[attr-defined]
    add_card(p, "Tea or coffee, on a slow morning?")
    p.press(pygame.K_s, mod=CTRL)
    assert p.scene_name == "DeckScene", "the copy is Kindred's own: no question"


def test_save_anyway_rewrites_the_file_asks_no_more_and_keeps_its_permissions(pilots: object) -> None:
    p: Pilot = pilots(at_home=True)  # type: ignore[operator]
    path = hand_written(p)
    change_a_card(p)
    p.click("Save anyway")
    assert p.scene_name == "DeckScene"
    text = path.read_text(encoding="utf-8")
    assert "room? Really?" in text and "# the one we argue about" not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o755
    path.write_text(text.replace("Mountains or sea", "Lakes or sea"), encoding="utf-8")  # their editor again
    p.services.poll_decks()
    p.scene.decks_changed()  # type: ignore[attr-defined]
    add_card(p, "Tea or coffee, on a slow morning?")
    p.press(pygame.K_s, mod=CTRL)
    assert p.scene_name == "DeckScene", "said once for this file: not asked again until Kindred closes"
    assert "Lakes or sea" in path.read_text(encoding="utf-8")


def test_esc_at_the_question_saves_nothing_and_takes_the_change_back(pilots: object) -> None:
    p: Pilot = pilots(at_home=True)  # type: ignore[operator]
    path = hand_written(p)
    change_a_card(p)
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "DeckScene"
    assert path.read_text(encoding="utf-8") == BY_HAND
    assert not p.scene.deck.cards[0].text.endswith("Really?")  # type: ignore[attr-defined]


def test_a_deck_the_studio_made_is_saved_without_a_question(pilots: object) -> None:
    p: Pilot = pilots(at_home=True)  # type: ignore[operator]
    new_deck(p, "Rainy Sundays")
    add_card(p, "What was the best part of today?")
    p.press(pygame.K_s, mod=CTRL)
    add_card(p, "What would you cook on a rainy Sunday?")
    p.press(pygame.K_s, mod=CTRL)
    assert p.scene_name == "DeckScene"
    assert len(p.scene.deck.cards) == 2  # type: ignore[attr-defined]


@pytest.mark.parametrize(("size", "text_size"), [((1280, 720), "medium"), ((960, 540), "largest")])
def test_the_question_and_both_answers_fit_on_screen(pilots: object, size: tuple[int, int], text_size: str) -> None:
    p: Pilot = pilots(at_home=True, size=size)  # type: ignore[operator]
    p.shell.ui.set("text_size", text_size)
    hand_written(p)
    change_a_card(p)
    assert p.scene_name == "QuestionScene"
    box = p.scene.box  # type: ignore[attr-defined]
    assert pygame.Rect(0, 0, *size).contains(box)
    assert [label for label in p.labels() if box.contains(p.widget(label).rect)] == ["Save as a copy", "Save anyway"]


def test_deleting_a_deck_kindred_has_no_note_of_making_leaves_its_file_and_says_why_without_blaming_an_editor(
    pilots,
) -> None:
    """A deck from before Kindred kept notes of its files, or written by hand, is not deleted from the studio: the
    words say only what Kindred can know, that the file may hold words written outside it."""
    p = pilots(at_home=True)
    path = hand_written(p)
    back_home(p)
    p.click("Deck studio")
    p.scene.choose_path(str(path))  # type: ignore[attr-defined]
    p.click("Delete this deck")
    assert p.scene_name == "QuestionScene"
    detail = p.scene.detail  # type: ignore[attr-defined]
    assert "sofa-nights.yaml, may hold words written outside Kindred, so Kindred leaves it as it is" in detail
    p.press(pygame.K_ESCAPE)
    assert path.read_text(encoding="utf-8") == BY_HAND
