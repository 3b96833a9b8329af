"""The couple's own decks: a deck just written or imported comes on in Choose your cards, and a deck (or its last
card) can be deleted, its remembered answers staying in Our story.

A tester who had played a round wrote a deck, then imported another; the toast said "ready to play", and both
were off in Choose your cards. The game had no way to delete either, nor the last card of one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pygame

from game.core.cards import CardKey
from game.core.memories import MemoryKey
from game.ui.card_answers import AFRESH, KEEP, REWORDED
from game.ui.widgets import Toggle

from .date_night_tour import remember_before
from .layout_walks import back_home, form_click
from .pilot import Pilot
from .test_studio import add_card, drop, import_previewed, new_deck, saved

CTRL = pygame.KMOD_CTRL


def switched(p: Pilot) -> dict[str, bool]:
    """Choose your cards' decks by name, on or off."""
    return {w.label.rsplit(" (", 1)[0]: bool(w.value) for w in p.scene.widgets if isinstance(w, Toggle)}


def test_a_deck_written_or_imported_after_a_round_comes_on_and_one_left_off_stays_off(pilots, tmp_path):
    p: Pilot = pilots(at_home=True)
    p.click("Play")
    left_off = next(w.label for w in p.scene.widgets if isinstance(w, Toggle) and w.value)
    p.click(left_off)  # not tonight
    p.click("Deal the cards")
    assert p.scene_name == "PlayScene"
    back_home(p)
    new_deck(p, "Sofa Nights")
    add_card(p, "Which song would you want playing every time you walk into a room?")
    p.press(pygame.K_s, mod=CTRL)
    back_home(p)
    source = tmp_path / "Our list.txt"
    source.write_text("Where should we go next?\nWhat would make this week lighter?\n", encoding="utf-8")
    drop(p, source)
    import_previewed(p)
    assert "ready to play" in p.shell.ui.toast_text
    back_home(p)
    p.click("Play")
    if p.scene_name != "SetupScene":  # the round begun before waits: this is a new one
        p.click(next(label for label in p.labels() if label.startswith("Start")))
    decks = switched(p)
    assert decks["Sofa Nights"] and decks["Our list"], "new decks are on, ready to play"
    assert decks[left_off.rsplit(" (", 1)[0]] is False, "a deck switched off last time stays off"


# ---- a card's words change while it holds answers -------------------------------------------------------------

SONG = "Which song would you want playing every time you walk into a room?"
SONG_QUIZ = "Which song would {name} want playing every time {name} walks into a room?"
FUNERAL = "Which song would you want played at your funeral?"


def deck_with_an_answer(p: Pilot, *more: str) -> CardKey:
    """Sofa Nights, its song card answered by the first partner a day ago (and `more` cards, unanswered)."""
    new_deck(p, "Sofa Nights")
    add_card(p, SONG)
    form_click(p, "Quiz phrasing")
    p.type(SONG_QUIZ)
    p.press(pygame.K_s, mod=CTRL)
    for text in more:
        add_card(p, text)
        p.press(pygame.K_s, mod=CTRL)
    card = saved(p).cards[0]
    remember_before(p, {card.key: ("Dancing Queen, obviously", "")}, days_ago=1)
    p.press(pygame.K_HOME)
    return card.key


def reword(p: Pilot, text: str) -> None:
    """Open the first card and write new words over its own, then save."""
    p.scene.selected = 0
    p.key("e")
    assert p.scene_name == "CardFormScene"
    p.press(pygame.K_a, mod=CTRL)
    p.type(text)
    p.press(pygame.K_s, mod=CTRL)


def shown_in_story(p: Pilot) -> dict[MemoryKey, tuple[str, object]]:
    """What Our story lists, by memory: the question it is shown under, and the answer."""
    couple = p.services.couples()[0]
    story = p.services.story_memories(couple)
    return {m.key: (story.cards[m.key.card_key].text, m.answer) for seat in (0, 1) for m in story.memories[seat]}


def test_new_words_for_a_card_with_answers_ask_first_and_keeping_them_keeps_them(pilots):
    p: Pilot = pilots(at_home=True)
    key = deck_with_an_answer(p)
    reword(p, "Which song would you want playing every time you walk into the kitchen?")
    assert p.scene_name == "QuestionScene"
    assert p.scene.question == REWORDED  # type: ignore[attr-defined]
    assert "Zoë said “Dancing Queen, obviously”." in p.scene.detail  # type: ignore[attr-defined]
    p.click(KEEP)
    assert p.scene_name == "DeckScene"
    [card] = saved(p).cards
    assert card.id == key.card_id and card.text.endswith("walk into the kitchen?")
    assert [text for text, _ in shown_in_story(p).values()] == [card.text]


def test_a_card_started_afresh_gets_a_new_id_and_its_answers_stay_in_our_story_under_the_old_question(pilots):
    p: Pilot = pilots(at_home=True)
    key = deck_with_an_answer(p)
    before = p.services.store.memories.all(p.services.couples()[0].id)
    reword(p, FUNERAL)
    p.click(AFRESH)
    assert p.scene_name == "DeckScene"
    [card] = saved(p).cards
    assert card.text == FUNERAL and card.id != key.card_id
    assert shown_in_story(p) == {MemoryKey(0, key.deck_id, key.card_id): (SONG, "Dancing Queen, obviously")}
    assert p.services.store.memories.all(p.services.couples()[0].id) == before, "the answers themselves are untouched"
    back_home(p)
    p.click("Our story")
    titles = [item.title for item in p.widget("Memories").items]  # type: ignore[attr-defined]
    assert titles == ["Which song would Zoë want playing every time Zoë walks into a room?"]
    assert "Sofa Nights" in p.widget("Memories").items[0].detail  # type: ignore[attr-defined]


def test_leaving_the_question_goes_back_to_the_card_as_typed_and_a_small_fix_asks_nothing(pilots):
    p: Pilot = pilots(at_home=True)
    key = deck_with_an_answer(p)
    reword(p, FUNERAL)
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "CardFormScene" and p.widget("Card text").value == FUNERAL  # type: ignore[attr-defined]
    p.press(pygame.K_a, mod=CTRL)
    p.type(SONG.lower().replace("?", " ?"))  # case and spacing: the same words
    p.press(pygame.K_s, mod=CTRL)
    assert p.scene_name == "DeckScene" and saved(p).cards[0].id == key.card_id


# ---- deleting ----------------------------------------------------------------------------------------------------


def open_in_studio(p: Pilot, name: str) -> None:
    back_home(p)
    p.click("Deck studio")
    p.scene.choose_path(next(e.path for e in p.scene.entries if e.name == name))  # type: ignore[attr-defined]


def test_a_deck_the_studio_wrote_is_deleted_with_its_file_and_its_answers_stay_in_our_story(pilots):
    p: Pilot = pilots(at_home=True)
    key = deck_with_an_answer(p, "What's the first thing we'd do if we won the lottery?")
    path = Path(p.scene.path)  # type: ignore[attr-defined]
    open_in_studio(p, "Sofa Nights")
    p.click("Delete this deck")
    assert p.scene_name == "ConfirmScene"
    detail = p.scene.detail  # type: ignore[attr-defined]
    assert "Its 2 cards and its file, sofa-nights.yaml, go." in detail
    assert "The 1 answer you remember from its cards stays in Our story" in detail
    p.click("Delete the deck")
    assert p.scene_name == "StudioScene" and not path.exists()
    assert "Sofa Nights" not in [entry.name for entry in p.scene.entries]  # type: ignore[attr-defined]
    assert shown_in_story(p) == {MemoryKey(0, key.deck_id, key.card_id): (SONG, "Dancing Queen, obviously")}
    back_home(p)
    p.click("Our story")
    assert "Sofa Nights" in p.widget("Memories").items[0].detail  # type: ignore[attr-defined]
    [exported] = [
        json.loads(Path(path).read_text("utf-8")) for path in p.services.export_everything(True) if path.endswith(".json")
    ]
    assert "kept_cards" not in exported["couples"][0]["settings"], "the kept questions are Our story's, not an export's"


def test_a_deck_changed_in_an_editor_is_not_deleted_and_the_couple_is_told_where_its_file_is(pilots):
    p: Pilot = pilots(at_home=True)
    new_deck(p, "Sofa Nights")
    add_card(p, SONG)
    p.press(pygame.K_s, mod=CTRL)
    path = Path(p.scene.path)  # type: ignore[attr-defined]
    path.write_text(path.read_text(encoding="utf-8") + "# our own note\n", encoding="utf-8")
    open_in_studio(p, "Sofa Nights")
    p.click("Delete this deck")
    assert p.scene_name == "QuestionScene"
    assert "sofa-nights.yaml" in p.scene.detail and p.services.decks_folder() in p.scene.detail  # type: ignore[attr-defined]
    p.click("Close")
    assert path.exists() and p.scene_name == "StudioScene"


def test_the_last_card_goes_with_its_deck_and_a_built_in_deck_cannot_be_deleted(pilots):
    p: Pilot = pilots(at_home=True)
    deck_with_an_answer(p)
    path = Path(p.scene.path)  # type: ignore[attr-defined]
    p.key("x")
    assert p.scene_name == "ConfirmScene" and p.scene.question == "Delete “Sofa Nights”?"  # type: ignore[attr-defined]
    p.click("Delete the deck")
    assert p.scene_name == "StudioScene" and not path.exists()
    builtin = next(index for index, entry in enumerate(p.scene.entries) if entry.builtin)  # type: ignore[attr-defined]
    p.scene.select(builtin)  # type: ignore[attr-defined]
    assert "Delete this deck" not in p.labels()


def test_a_deleted_card_keeps_its_answers_in_our_story(pilots):
    p: Pilot = pilots(at_home=True)
    key = deck_with_an_answer(p, "What's the first thing we'd do if we won the lottery?")
    p.scene.selected = 0
    p.key("x")
    assert "Its 1 answer stays in Our story." in p.scene.detail  # type: ignore[attr-defined]
    p.click("Delete")
    assert [card.text for card in saved(p).cards] == ["What's the first thing we'd do if we won the lottery?"]
    assert shown_in_story(p) == {MemoryKey(0, key.deck_id, key.card_id): (SONG, "Dancing Queen, obviously")}
