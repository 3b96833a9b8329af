"""The deck studio, driven like a person: write a deck, every kind of card, edit, reorder, delete, undo,
play it; built-in decks stay read only; files dropped on the window; decks changed on disk reload."""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pygame
import pytest

from game.core.cards import AnswerType, Kind
from game.storage.deck_files import load_deck_file
from game.ui.scenes.studio_card_values import TIMER_RANGE, saved_with_tips

from .pilot import Pilot
from .tour import play_turn

CTRL = pygame.KMOD_CTRL
REPO = Path(__file__).resolve().parents[2]


def click_at(p: Pilot, pos: tuple[int, int]) -> None:
    p.step([pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))])
    p.step([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1)])
    p.step([pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1)])


def choose(p: Pilot, label: str, value: str) -> None:
    """Click one segment of a row of choices (Kind, Depth, Answer)."""
    click_at(p, p.widget(label).segment_rect(value).center)  # type: ignore[attr-defined]


def new_deck(p: Pilot, name: str = "Rainy Sundays") -> None:
    p.click("Deck studio")
    assert p.scene_name == "StudioScene"
    p.click("New deck")
    p.type(name)
    p.click("Create deck")
    assert p.scene_name == "DeckScene"


def add_card(p: Pilot, text: str, kind: str = "ask") -> None:
    p.click("Add a card")
    assert p.scene_name == "CardFormScene"
    if kind != "ask":
        choose(p, "Kind", kind)
        p.click("Card text")
    p.type(text)


def deck_of_one_saved(p: Pilot, name: str = "Just one") -> None:
    """A new deck of one question, saved, and the studio's list of decks back on screen with it chosen."""
    new_deck(p, name)
    add_card(p, "What made you smile today?")
    p.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "StudioScene" and p.scene.entry.name == name


def saved(p: Pilot):  # type: ignore[no-untyped-def]
    """The deck as the file on disk holds it now."""
    assert p.scene.path is not None
    return load_deck_file(p.scene.path).deck


def decks_folder(p: Pilot) -> Path:
    return Path(p.services.decks_folder())


def later_mtime(path: Path) -> None:
    """Editors save whole seconds apart; move the file's time on as a later save would."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


# ---- writing a deck ------------------------------------------------------------------------


def test_a_couple_who_never_saw_yaml_writes_three_cards_and_plays_them(pilots):
    p = pilots(at_home=True)
    new_deck(p, "Us, in ten years")
    add_card(p, "Where do you hope we live in ten years, {name}?")
    p.click("Quiz phrasing")
    p.type("Where does {name} hope we live in ten years?")
    p.click("Save card")
    add_card(p, "We have a free Saturday. What do you want from me?", kind="scenario")
    p.click("Add an option")
    p.type("A long lie-in")
    p.press(pygame.K_RETURN)  # Enter in the last option adds the next one
    p.type("An adventure")
    p.click("Save card")
    add_card(p, "Plan our next trip together, right now.", kind="action")
    p.click("Save card")
    assert p.scene_name == "DeckScene"
    deck = saved(p)
    assert [card.kind for card in deck.cards] == [Kind.ASK, Kind.SCENARIO, Kind.ACTION]
    assert deck.cards[1].options == ("A long lie-in", "An adventure")
    assert deck.id in {d.id for d in p.services.decks()}
    p.click("Play this deck")
    assert p.scene_name == "SetupScene"
    assert p.scene.chosen == {deck.id}
    p.click("Deal the cards")
    p.advance(0.6)
    assert p.scene_name == "PlayScene"
    on_table = p.scene.card()
    assert on_table.deck_id == deck.id
    assert on_table in deck.cards
    played = set()
    for _ in range(12):
        if p.scene_name != "PlayScene":
            break
        played.add(p.scene.card().id)
        play_turn(p)
    assert p.scene_name == "SummaryScene"
    assert played == {card.id for card in deck.cards}  # the whole deck, and only it


def test_p_means_play_in_the_studio_and_v_means_paste(pilots):
    p = pilots(at_home=True)
    new_deck(p, "Lazy mornings")
    add_card(p, "What would you bring me in bed, if it could be anything?")
    p.click("Save card")
    p.press(pygame.K_ESCAPE)  # back to the list of decks
    assert p.scene_name == "StudioScene"
    assert p.widget("Paste a list").hotkey == "v"
    assert not any(getattr(w, "hotkey", None) == "p" for w in p.scene.widgets), "P never pastes"
    p.key("p")
    assert p.scene_name == "StudioScene" and "paste" not in p.shell.ui.toast_text.lower()
    p.press(pygame.K_RETURN)  # open the deck picked
    assert p.scene_name == "DeckScene"
    p.key("p")
    assert p.scene_name == "SetupScene", "P plays the deck"


def test_every_field_of_every_kind_by_keyboard_alone(pilots):
    p = pilots(at_home=True)
    p.click("Deck studio")
    p.key("n")
    p.type("Keyboard deck")
    p.press(pygame.K_s, mod=CTRL)
    assert p.scene_name == "DeckScene"
    # A both card with a choice answer, quiz, changes, follow-ups, a note, tags, spicy and depth 3.
    p.key("n")
    p.type("Tea or coffee, first thing?")
    p.press(pygame.K_TAB, mod=pygame.KMOD_SHIFT)  # back to Kind
    p.press(pygame.K_RIGHT)  # Share → Both answer
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB)  # Depth
    p.press(pygame.K_RIGHT)
    p.press(pygame.K_RIGHT)
    p.press(pygame.K_TAB)  # Spicy
    p.press(pygame.K_RETURN)
    p.press(pygame.K_TAB)  # Answer: Words → Choice
    p.press(pygame.K_RIGHT)
    p.press(pygame.K_TAB)  # Add an option
    p.press(pygame.K_RETURN)
    p.type("Tea")
    p.press(pygame.K_RETURN)
    p.type("Coffee")
    p.press(pygame.K_TAB)  # past Remove option 2, Add an option
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB)
    assert p.scene.focused().label == "Quiz phrasing"
    p.type("What does {name} drink first thing?")
    p.press(pygame.K_TAB)  # Insert {name}
    p.press(pygame.K_TAB)
    p.press(pygame.K_RETURN)  # It changes over time
    p.press(pygame.K_TAB)  # Add a follow-up
    p.press(pygame.K_RETURN)
    p.type("Since when?")
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB)
    p.press(pygame.K_TAB)
    assert p.scene.focused().label == "Note"
    p.type("Either of you can pass.")
    p.press(pygame.K_TAB)
    p.type("Morning, Drinks")
    p.press(pygame.K_s, mod=CTRL)
    assert p.scene_name == "DeckScene"
    # An action card with a timer.
    p.key("n")
    p.type("Sit in silence together for a minute.")
    p.press(pygame.K_TAB, mod=pygame.KMOD_SHIFT)
    for _ in range(3):
        p.press(pygame.K_RIGHT)
    for _ in range(4):
        p.press(pygame.K_TAB)
    assert p.scene.focused().label == "Timer"
    p.type("60")
    p.press(pygame.K_s, mod=CTRL)
    deck = saved(p)
    both, action = deck.cards
    assert (both.kind, both.level, both.spicy, both.answer) == (Kind.BOTH, 3, True, AnswerType.CHOICE)
    assert both.options == ("Tea", "Coffee")
    assert (both.quiz, both.changes) == ("What does {name} drink first thing?", True)
    assert (both.followups, both.note, both.tags) == (("Since when?",), "Either of you can pass.", ("morning", "drinks"))
    assert (action.kind, action.seconds) == (Kind.ACTION, 60)


def test_an_action_card_that_names_a_turn_s_length_gets_a_tip_until_its_timer_matches(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "Hold my gaze for thirty seconds, then swap.", kind="action")
    assert p.scene.tips == ["'thirty seconds' is a timed turn: give the card a timer of 30 seconds"]
    p.click("Timer")
    p.type("60")
    assert any("timer runs 60 seconds: make it 30" in tip for tip in p.scene.tips)
    p.press(pygame.K_BACKSPACE, times=2)
    p.type("30")
    assert p.scene.tips == []
    p.press(pygame.K_s, mod=CTRL)
    assert saved(p).cards[0].seconds == 30


def test_a_both_card_that_asks_for_its_answer_aloud_gets_a_tip_until_it_no_longer_does(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "Your comfort film? Tell me on three.", kind="both")
    assert len(p.scene.tips) == 1
    assert p.scene.tips[0].startswith("'on three': you each type a both card's answer apart")
    p.press(pygame.K_BACKSPACE, times=len(" Tell me on three."))
    assert p.scene.tips == []
    p.press(pygame.K_s, mod=CTRL)
    assert saved(p).cards[0].text == "Your comfort film?"


def test_a_card_saved_with_a_tip_is_saved_as_written_and_the_tip_is_said_on_saving(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "Your comfort film? Tell me on three.", kind="both")
    p.press(pygame.K_s, mod=CTRL)
    assert saved(p).cards[0].text == "Your comfort film? Tell me on three."
    assert p.shell.ui.toast_text.startswith("Saved as written. A tip: 'on three'")


def test_a_card_saved_with_two_tips_says_both(pilots):
    """Not "Edit the card to see the other tip" (playtest J, §9): both are said, each whole."""
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "Your husband's comfort film? Tell me on three.", kind="both")
    tips = list(p.scene.tips)
    assert len(tips) == 2
    p.press(pygame.K_s, mod=CTRL)
    assert p.shell.ui.toast_text == f"Saved as written. Two tips. First: {tips[0]}. Second: {tips[1]}."
    assert "Edit the card" not in p.shell.ui.toast_text
    p.click("Edit")
    assert p.scene_name == "CardFormScene" and p.scene.tips == tips  # the form's foot shows the same two


@pytest.mark.parametrize(
    ("tips", "said"),
    [
        (("Say it once",), "Saved as written. A tip: Say it once."),
        (("Say it once", "Tag it"), "Saved as written. Two tips. First: Say it once. Second: Tag it."),
        (
            ("Say it once?", "Tag it", "Time it."),
            "Saved as written. Three tips. First: Say it once? Second: Tag it. Third: Time it.",
        ),
    ],
)
def test_the_words_on_saving_with_tips_say_every_tip_plainly(tips, said):
    assert saved_with_tips(tips) == said


def test_the_preview_is_the_card_as_play_shows_it_with_names_filled_in(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "What would {partner} love to hear from you, {name}?")
    body, footer = p.scene.preview_text()
    assert (body, footer) == ("What would Łukasz love to hear from you, Zoë?", "Share")
    p.click("Quiz phrasing")
    p.type("What would {name} say {partner} loves to hear?")
    p.click("Show the quiz side")
    assert p.scene.preview_text() == ("What would Zoë say Łukasz loves to hear?", "Quiz")


def test_messages_appear_as_you_type_and_a_card_with_problems_is_not_saved(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "What would {nme} choose?")
    field = p.widget("Card text")
    assert field.error == "unknown placeholder {nme}: use {name}, {partner} or a pronoun like {their}"
    for _ in range(len("{nme} choose?")):
        p.press(pygame.K_BACKSPACE)
    p.type("you choose?")
    assert field.error == ""
    choose(p, "Kind", "action")
    p.click("Timer")
    p.type("2")
    assert p.widget("Timer").error == TIMER_RANGE
    p.click("Save card")
    assert p.scene_name == "CardFormScene"
    assert p.shell.ui.toast_text.startswith("Not saved yet")
    p.type("0")
    p.click("Save card")
    assert p.scene_name == "DeckScene"
    assert saved(p).cards[0].seconds == 20


def test_a_scenario_without_options_says_so_under_its_options(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "It's raining. What do you want from me?", kind="scenario")
    p.click("Save card")
    assert p.scene_name == "CardFormScene"
    assert p.scene.visible_messages()[("options", None)] == "a scenario needs 2 to 6 options"


def test_a_repeated_option_is_marked_beside_the_repeat(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "Tea or coffee?", kind="both")
    choose(p, "Answer", "choice")
    p.click("Add an option")
    p.type("Tea")
    p.press(pygame.K_RETURN)
    p.type("Tea")
    assert p.widget("Option 1").error == ""
    assert p.widget("Option 2").error == "the same option appears twice"
    p.press(pygame.K_BACKSPACE, times=3)
    p.type("Coffee")
    assert p.widget("Option 2").error == ""


def test_undo_in_the_card_form_takes_back_one_step_at_a_time(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "First words")
    choose(p, "Kind", "both")
    choose(p, "Depth", "3")
    p.press(pygame.K_z, mod=CTRL)
    assert (p.scene.values["kind"], p.scene.values["level"]) == ("both", 1)
    p.click("Undo")
    assert p.scene.values["kind"] == "ask"
    assert p.scene.values["text"] == "First words"
    p.click("Card text")
    p.press(pygame.K_z, mod=CTRL)  # typing in one field undoes as one step
    assert p.scene.values["text"] == ""
    assert not p.widget("Undo").enabled


def test_editing_a_card_keeps_its_id_so_memories_stay(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "What's your comfort film?")
    p.click("Save card")
    card_id = saved(p).cards[0].id
    assert card_id == "what-s-your-comfort-film"
    p.key("e")
    assert p.scene_name == "CardFormScene"
    p.type(" And why?")
    p.press(pygame.K_s, mod=CTRL)
    card = saved(p).cards[0]
    assert (card.id, card.text) == (card_id, "What's your comfort film? And why?")


def test_reorder_delete_with_confirmation_and_undo_in_the_card_list(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    for text in ("One?", "Two?", "Three?"):
        add_card(p, text)
        p.click("Save card")
    assert [c.text for c in saved(p).cards] == ["One?", "Two?", "Three?"]
    p.key("u")  # the new card (Three?) is selected: move it up
    assert [c.text for c in saved(p).cards] == ["One?", "Three?", "Two?"]
    p.click("Move up")
    assert [c.text for c in saved(p).cards] == ["Three?", "One?", "Two?"]
    p.click("Move down")
    assert [c.text for c in saved(p).cards] == ["One?", "Three?", "Two?"]
    p.key("x")
    assert p.scene_name == "ConfirmScene"
    p.press(pygame.K_ESCAPE)  # keep it
    assert len(saved(p).cards) == 3
    p.click("Delete")
    p.click("Delete")  # the confirm button
    assert p.scene_name == "DeckScene"
    assert [c.text for c in saved(p).cards] == ["One?", "Two?"]
    p.press(pygame.K_z, mod=CTRL)
    assert [c.text for c in saved(p).cards] == ["One?", "Three?", "Two?"]
    p.click("Undo")
    assert [c.text for c in saved(p).cards] == ["Three?", "One?", "Two?"]
    p.click("Undo")
    p.click("Undo")
    assert [c.text for c in saved(p).cards] == ["One?", "Two?", "Three?"]


def test_the_last_card_of_a_saved_deck_goes_only_with_its_deck(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "Only one?")
    p.click("Save card")
    p.click("Delete")
    assert p.scene_name == "ConfirmScene" and p.scene.question == "Delete “Rainy Sundays”?"
    p.click("Keep it")
    assert p.scene_name == "DeckScene"
    assert [card.text for card in saved(p).cards] == ["Only one?"]


def test_a_new_deck_needs_a_name(pilots):
    p = pilots(at_home=True)
    p.click("Deck studio")
    p.click("New deck")
    p.click("Create deck")
    assert p.scene_name == "DeckFormScene"
    assert p.widget("Deck name").error == "Give the deck a name."
    p.click("Deck name")
    p.type("Ours")
    assert p.widget("Deck name").error == ""
    p.click("Cancel")
    assert p.scene_name == "StudioScene"
    assert not list(decks_folder(p).glob("*.yaml"))


def test_deck_details_change_the_name_and_colour_but_not_the_id(pilots):
    p = pilots(at_home=True)
    new_deck(p, "Working title")
    add_card(p, "Hello?")
    p.click("Save card")
    deck_id = saved(p).id
    p.click("Deck details")
    p.click("Deck name")
    p.press(pygame.K_a, mod=CTRL)
    p.type("Final title ♥")
    p.click("Jade")
    p.click("Save")
    deck = saved(p)
    assert (deck.id, deck.name, deck.color) == (deck_id, "Final title ♥", "#4caf8e")


# ---- built-in decks --------------------------------------------------------------------------


def test_a_built_in_deck_is_read_only_and_its_duplicate_is_ours(pilots):
    p = pilots(at_home=True)
    p.click("Deck studio")
    assert p.scene.entry.builtin
    name = p.scene.entry.name
    p.click("See the cards")
    assert p.scene_name == "DeckScene"
    assert "Add a card" not in p.labels() and "Delete" not in p.labels()
    p.key("x")
    p.key("u")
    assert p.scene_name == "DeckScene"
    p.click("Duplicate to edit")
    assert p.scene_name == "DeckScene"
    assert "Add a card" in p.labels()
    copy = saved(p)
    assert copy.name == f"{name} (ours)"
    original = next(d for d in p.services.decks() if d.name == name)
    assert copy.id != original.id
    assert [c.text for c in copy.cards] == [c.text for c in original.cards]


# ---- files ---------------------------------------------------------------------------------


def drop(p: Pilot, path: Path) -> None:
    """Drop a file; a list's preview reads it on another thread: wait for that, then draw the result."""
    p.step([pygame.event.Event(pygame.DROPFILE, file=str(path))])
    settle(p)


def settle(p: Pilot) -> None:
    """Wait for the jobs beside the window: a list's reading and writing, a deck file's check."""
    for job in ("job", "writing"):
        running = getattr(p.scene, job, None) if p.scene_name in ("ImportPreviewScene", "DeckCheckScene") else None
        if running is not None:
            assert running.wait(60)
            p.step()


def import_previewed(p: Pilot) -> None:
    assert p.scene_name == "ImportPreviewScene"
    p.click(next(label for label in p.labels() if label.startswith("Import ")))
    settle(p)


def test_dropping_a_text_file_on_any_screen_imports_it(pilots, tmp_path):
    p = pilots(at_home=True)
    source = tmp_path / "date ideas.txt"
    source.write_text("Where should we go next?\n\nWhat would make this week lighter?\n", encoding="utf-8")
    drop(p, source)
    assert p.scene_name == "ImportPreviewScene"
    assert not decks_folder(p).exists()  # nothing is written before the couple has seen it
    import_previewed(p)
    assert p.scene_name == "HomeScene"
    assert "Imported “Date ideas”: 2 cards" in p.shell.ui.toast_text
    deck = next(d for d in p.services.decks() if d.name == "Date ideas")
    assert [c.text for c in deck.cards] == ["Where should we go next?", "What would make this week lighter?"]
    assert (decks_folder(p) / "date-ideas.yaml").exists()


def test_a_good_csv_dropped_on_the_studio_becomes_a_deck_of_any_kinds(pilots, tmp_path):
    p = pilots(at_home=True)
    p.click("Deck studio")
    source = tmp_path / "Weekend.csv"
    rows = "text,kind,level,quiz,options\nTea or coffee?,both,1,,Tea|Coffee\nRain again. What now?,scenario,deep,,Walk|Film\n"
    source.write_text(rows, encoding="utf-8")
    drop(p, source)
    import_previewed(p)
    assert p.scene_name == "StudioScene"
    assert p.scene.entry.name == "Weekend"
    both, scenario = p.scene.entry.deck.cards
    assert (both.kind, both.answer, both.options) == (Kind.BOTH, AnswerType.CHOICE, ("Tea", "Coffee"))
    assert (scenario.kind, scenario.level) == (Kind.SCENARIO, 3)


def test_a_broken_csv_dropped_on_the_studio_is_refused_with_its_lines(pilots, tmp_path):
    p = pilots(at_home=True)
    p.click("Deck studio")
    source = tmp_path / "ours.csv"
    source.write_text("text,kind,level\nFine?,ask,1\nOdd,dance,1\nDeep?,ask,9\n", encoding="utf-8")
    drop(p, source)
    assert p.scene_name == "ImportProblemsScene"
    rows = p.widget("Problems").items
    assert [(row.title, row.detail) for row in rows] == [
        ("Line 3, column 5", "kind must be one of ask, both, scenario, action, not 'dance'"),
        ("Line 4, column 11", "level must be from 1 to 3, not 9"),
    ]
    assert not decks_folder(p).exists() or not list(decks_folder(p).iterdir())
    p.click("Copy the problems")
    assert (
        p.shell.ui.clipboard_get().splitlines()[0] == "ours.csv:3:5: kind must be one of ask, both, scenario, action, not 'dance'"
    )
    p.click("OK")
    assert p.scene_name == "StudioScene"


def test_dropping_good_and_broken_yaml(pilots, tmp_path):
    p = pilots(at_home=True)
    p.click("Deck studio")
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: broken\nname: Broken\ncards:\n  - id: a\n    text: Hi\n    level: 7\n", encoding="utf-8")
    drop(p, broken)
    assert p.scene_name == "ImportProblemsScene"
    assert [(r.title, r.detail) for r in p.widget("Problems").items] == [("Line 7, column 12", "level must be from 1 to 3, not 7")]
    p.press(pygame.K_RETURN)
    good = tmp_path / "good.yml"
    good.write_text("format: 1\nid: good-one\nname: Good one\ncards:\n  - id: a\n    text: Hi there?\n", encoding="utf-8")
    drop(p, good)
    assert p.scene_name == "StudioScene"
    assert p.scene.entry.name == "Good one"  # the studio shows the deck just imported
    drop(p, good)
    assert p.scene_name == "ReplaceDeckScene"
    p.click("Keep mine")
    assert p.scene_name == "StudioScene"
    good.write_text(good.read_text(encoding="utf-8").replace("Hi there?", "Hello again?"), encoding="utf-8")
    drop(p, good)
    p.click("Replace it")  # the file is checked again before it replaces the deck
    settle(p)
    assert p.scene_name == "StudioScene"
    assert next(d for d in p.services.decks() if d.id == "good-one").cards[0].text == "Hello again?"


@contextmanager
def checks_held(p: Pilot) -> Iterator[threading.Event]:
    """Deck files dropped meanwhile are checked only once the event is set, as a big file keeps its check busy."""
    from game.import_jobs import ImportJob
    from game.storage.deck_library import check_file

    gate = threading.Event()

    def held(path: str) -> ImportJob:
        return ImportJob(lambda progress: check_file(path) if gate.wait(60) else None, Path(path).name)

    p.services.check_deck_file = held  # type: ignore[method-assign]
    try:
        yield gate
    finally:
        gate.set()
        del p.services.check_deck_file


def test_a_deck_file_full_of_mistakes_is_checked_beside_the_window_and_refused_with_its_first_lines(pilots, tmp_path):
    p = pilots(at_home=True)
    p.click("Deck studio")
    broken = tmp_path / "ours.yaml"
    cards = "".join(f"  - {{id: c{i}, text: Hi, qiuz: x, level: 7}}\n" for i in range(1_000))
    broken.write_text("format: 1\nid: ours\nname: Ours\ncards:\n" + cards, encoding="utf-8")
    with checks_held(p) as checked:
        p.step([pygame.event.Event(pygame.DROPFILE, file=str(broken))])
        p.advance(2.0)

        assert p.scene_name == "DeckCheckScene"  # the window draws and answers while the file is checked
        assert p.scene.hints == [("Esc", "stop checking")]
        checked.set()
        settle(p)
    assert p.scene_name == "ImportProblemsScene"
    assert p.scene.words() == "ours.yaml has 2,000 problems. Fix them and drop the file again."
    rows = [(row.title, row.detail) for row in p.widget("Problems").items]
    assert rows[:2] == [
        ("Line 5, column 24", "unknown field 'qiuz' (did you mean 'quiz'?)"),
        ("Line 5, column 40", "level must be from 1 to 3, not 7"),
    ]
    assert rows[-1] == ("Line 105, column 26", "…and 1,800 more problems from here on; fix these and check again")
    p.click("Copy the problems")
    assert p.shell.ui.clipboard_get().splitlines()[0] == "ours.yaml:5:24: unknown field 'qiuz' (did you mean 'quiz'?)"
    assert not decks_folder(p).exists() or not list(decks_folder(p).iterdir())


def test_a_deck_file_given_up_on_while_it_is_checked_is_not_imported(pilots, tmp_path):
    p = pilots(at_home=True)
    good = tmp_path / "good.yaml"
    good.write_text("format: 1\nid: good-one\nname: Good one\ncards:\n  - id: a\n    text: Hi there?\n", encoding="utf-8")
    with checks_held(p):
        p.step([pygame.event.Event(pygame.DROPFILE, file=str(good))])
        job = p.scene.job

        p.press(pygame.K_ESCAPE)

    assert job.wait(60) and not job.problems  # the file was good: only giving up kept it out
    p.advance(1.0)
    assert p.scene_name == "HomeScene"
    assert "good-one" not in {deck.id for deck in p.services.decks()}
    assert not decks_folder(p).exists() or not list(decks_folder(p).iterdir())


def test_a_deck_changed_on_disk_reloads_and_a_broken_edit_keeps_the_last_good_version(pilots):
    p = pilots(at_home=True)
    new_deck(p, "Edited elsewhere")
    add_card(p, "Before?")
    p.click("Save card")
    path = Path(p.scene.path)
    path.write_text(path.read_text(encoding="utf-8").replace("text: Before?", "text: After, from my editor?"), encoding="utf-8")
    later_mtime(path)
    p.advance(1.5)
    assert p.scene.deck.cards[0].text == "After, from my editor?"
    assert "Reloaded" in p.scene.status
    played = next(d for d in p.services.decks() if d.name == "Edited elsewhere")
    assert played.cards[0].text == "After, from my editor?"
    path.write_text(path.read_text(encoding="utf-8").replace("text: After", "txet: After"), encoding="utf-8")
    later_mtime(path)
    p.advance(1.5)
    assert p.scene.read_only
    assert any("unknown field 'txet'" in problem for problem in p.scene.problems)
    assert p.scene.deck.cards[0].text == "After, from my editor?"
    played = next(d for d in p.services.decks() if d.name == "Edited elsewhere")
    assert played.cards[0].text == "After, from my editor?"
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "StudioScene"
    assert p.scene.entry.broken and p.scene.entry.deck is not None
    path.write_text(path.read_text(encoding="utf-8").replace("txet: After", "text: Fixed"), encoding="utf-8")
    later_mtime(path)
    p.advance(1.5)
    assert not p.scene.entry.broken
    assert p.scene.entry.deck.cards[0].text == "Fixed, from my editor?"


def test_a_new_file_in_the_folder_shows_up_in_the_studio_by_itself(pilots):
    p = pilots(at_home=True)
    p.click("Deck studio")
    before = len(p.scene.entries)
    folder = decks_folder(p)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "by-hand.yaml").write_text(
        "format: 1\nid: by-hand\nname: By hand\ncards:\n  - id: a\n    text: Hi?\n", encoding="utf-8"
    )
    p.advance(0.5)
    assert len(p.scene.entries) == before
    p.advance(1.0)
    assert len(p.scene.entries) == before + 1


def test_a_decks_folder_that_cannot_be_made_private_still_takes_the_card(pilots, monkeypatch):
    """A FAT stick or a folder another user owns refuses the chmod, but the card can still be written: it is."""
    p = pilots(at_home=True)
    new_deck(p, "Flood plans")
    folder = decks_folder(p)

    def refuse(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.EPERM, os.strerror(errno.EPERM), str(path))

    monkeypatch.setattr(os, "chmod", refuse)
    add_card(p, "What would you rescue first from a flood?")
    p.press(pygame.K_s, mod=CTRL)
    assert p.scene_name == "DeckScene"
    assert [card.text for card in saved(p).cards] == ["What would you rescue first from a flood?"]
    assert list(folder.glob("*.yaml"))


@pytest.mark.parametrize("refused", ["mkdir", "open"])
def test_a_card_saved_where_the_decks_folder_cannot_be_changed_stays_on_screen_and_is_saved_once_it_can(
    pilots, monkeypatch, refused
):
    """A read-only data folder (a read-only mount, a folder left owned by root): making the decks folder or
    writing the file fails. Root may chmod any folder, so the refusal is the system's
    own error, raised where a read-only file system raises it."""
    p = pilots(at_home=True)
    new_deck(p, "Flood plans")
    folder = decks_folder(p)
    real = getattr(os, refused)

    def read_only(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path) == folder or Path(path).parent == folder:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real(path, *args, **kwargs)

    if refused == "mkdir" and folder.exists():
        folder.rmdir()
    monkeypatch.setattr(os, refused, read_only)
    add_card(p, "What would you rescue first from a flood?")
    p.press(pygame.K_s, mod=CTRL)
    assert p.scene_name == "CardFormScene", "the card is still on screen"
    assert p.widget("Card text").value == "What would you rescue first from a flood?"
    toast = p.shell.ui.toast_text
    assert toast.startswith(f"Could not write {folder}") and toast.endswith(": Read-only file system"), toast
    assert not folder.exists() or not list(folder.glob("*.yaml"))
    monkeypatch.undo()
    p.press(pygame.K_s, mod=CTRL)  # the folder can be changed again: the same card is saved
    assert p.scene_name == "DeckScene"
    assert [card.text for card in saved(p).cards] == ["What would you rescue first from a flood?"]


def test_open_folder_says_clearly_when_it_cannot(pilots):
    p = pilots(at_home=True)
    p.click("Deck studio")
    opened: list[list[str]] = []
    p.services.deck_library.launcher = lambda command: opened.append(list(command)) or 0
    p.click("Open folder")
    assert opened and opened[0][-1] == p.services.decks_folder()
    assert "Your decks folder is open" in p.shell.ui.toast_text
    p.services.deck_library.launcher = lambda command: 4
    p.key("o")
    assert "Could not open the folder" in p.shell.ui.toast_text
    assert p.shell.ui.clipboard_get() == p.services.decks_folder()


@pytest.mark.parametrize("theme", ["warm", "dark", "high_contrast"])
def test_every_studio_screen_draws_in_every_theme(pilots, theme, tmp_path):
    p = pilots(at_home=True)
    p.shell.ui.set("theme", theme)
    new_deck(p)
    add_card(p, "Anything at all?", kind="scenario")
    p.click("Add an option")
    p.click("Save card")  # refused: shows messages
    p.press(pygame.K_ESCAPE)
    p.click("Keep editing")
    p.press(pygame.K_ESCAPE)
    p.click("Leave it")
    p.press(pygame.K_ESCAPE)
    bad = tmp_path / "bad.txt"
    bad.write_text("{oops}\n", encoding="utf-8")
    drop(p, bad)
    seen = {p.scene_name}
    p.press(pygame.K_ESCAPE)
    seen.add(p.scene_name)
    drawn = p.shell.frames_drawn
    p.screenshot(tmp_path / "studio.png")
    assert p.shell.frames_drawn > drawn
    assert seen == {"ImportProblemsScene", "StudioScene"}


def test_a_whos_more_likely_card_is_written_with_one_switch_and_has_no_quiz(pilots):
    p = pilots(at_home=True)
    new_deck(p, "Who of us")
    add_card(p, "Who's more likely to sing in the shower?", kind="both")
    assert "Quiz phrasing" in p.labels()
    choose(p, "Answer", "who")
    assert "Quiz phrasing" not in p.labels()
    p.click("Save card")
    card = saved(p).cards[0]
    assert card.kind is Kind.BOTH and card.answer_type is AnswerType.WHO and card.quiz is None
