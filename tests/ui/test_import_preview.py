"""The import preview, driven like a person: a dropped list or a pasted one, looked over, adjusted, imported."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui.bidi import base_direction, visual_order

from .pilot import Pilot
from .test_studio import add_card, decks_folder, drop, import_previewed, new_deck, settle

SAMPLES = Path(__file__).resolve().parents[1] / "import_samples"


def test_a_dropped_list_is_previewed_then_renamed_relevelled_and_trimmed_before_import(pilots):
    p = pilots(at_home=True)
    p.click("Deck studio")
    drop(p, SAMPLES / "our-list.md")
    assert p.scene_name == "ImportPreviewScene"
    assert "Import 7 cards" in p.labels()
    assert p.widget("Deck name").value == "Questions for the porch swing"
    notes = [(row.title, row.detail) for row in p.widget("Read with care").items]
    assert ("Line 16 · Guessed", "joined to the question on line 15") in notes
    p.click("Skip this line")  # the first card
    assert "Import 6 cards" in p.labels()
    p.press(pygame.K_DOWN, times=4)  # the first card of "Deeper"
    assert p.widget("Level of “Deeper”").value == "2"
    p.widget("Level of “Deeper”").on_change("3")
    skip = p.widget("Skip this line")
    before = skip.rect.copy()
    height = skip.fit_height(p.shell.ui, 10)
    p.click("Deck name")
    assert ("Alt+S", "skip or keep it") in p.scene.hints, "in the name box, the hints say the key as it now is"
    assert skip.rect == before and skip.fit_height(p.shell.ui, 10) == height, "the longer key never wraps the button"
    p.press(pygame.K_a, mod=pygame.KMOD_CTRL)
    p.type("Porch")
    import_previewed(p)
    assert p.scene_name == "StudioScene"
    deck = next(d for d in p.services.decks() if d.name == "Porch")
    assert [card.level for card in deck.cards] == [1, 1, 1, 3, 3, 3]
    assert (decks_folder(p) / "porch.yaml").exists()


def test_a_pasted_list_is_read_the_same_way(pilots):
    p = pilots(at_home=True)
    p.click("Deck studio")
    p.shell.ui.clipboard_put("Our list\n\n1. Where did we first laugh together?\n2. What should we never stop doing?\n")
    p.press(pygame.K_v, mod=pygame.KMOD_CTRL)
    settle(p)
    assert p.scene_name == "ImportPreviewScene"
    assert p.widget("Deck name").value == "Our list"
    import_previewed(p)
    assert "Imported “Our list”: 2 cards" in p.shell.ui.toast_text


def test_a_list_with_problems_goes_to_the_problems_and_nothing_is_written(pilots, tmp_path):
    p = pilots(at_home=True)
    source = tmp_path / "levels.csv"
    source.write_text("Question,Depth\nHi?,²\n", encoding="utf-8")
    drop(p, source)
    assert p.scene_name == "ImportProblemsScene"
    assert [(row.title, row.detail) for row in p.widget("Problems").items] == [
        ("Line 2, column 5", "level must be 1, 2 or 3 (or light, personal, deep), not '²'")
    ]
    assert not decks_folder(p).exists()


def test_importing_over_a_deck_of_the_same_name_asks_first(pilots):
    p = pilots(at_home=True)
    drop(p, SAMPLES / "spreadsheet.csv")
    import_previewed(p)
    drop(p, SAMPLES / "spreadsheet.csv")
    notes = [row.detail for row in p.widget("Read with care").items]
    assert "already in your deck “Spreadsheet”" in notes
    import_previewed(p)
    assert p.scene_name == "ConfirmScene"
    p.click("Replace it")
    settle(p)
    assert p.scene_name == "HomeScene"
    assert sum(d.name == "Spreadsheet" for d in p.services.decks()) == 1


@pytest.mark.parametrize("size", [(1280, 720), (960, 540)])
@pytest.mark.parametrize("theme", ["warm", "dark", "high_contrast"])
def test_the_preview_draws_in_every_theme_and_size_with_nothing_off_screen(data_root, now, tmp_path, theme, size):
    p = Pilot(data_root, now, size=size)
    try:
        p.shell.ui.set("theme", theme)
        p.shell.ui.set("text_size", "larger")
        drop(p, SAMPLES / "three-sets.txt")
        p.screenshot(tmp_path / "preview.png")
        screen = pygame.Rect((0, 0), size)
        for widget in p.scene.widgets:
            assert screen.contains(widget.rect), widget.label
        assert not p.widget("Cards").rect.colliderect(p.widget("Deck name").rect)
    finally:
        p.close()


def test_a_name_taken_by_a_built_in_deck_keeps_the_preview_to_rename(pilots, tmp_path):
    p = pilots(at_home=True)
    source = tmp_path / "mine.txt"
    source.write_text("What made you smile today?\n", encoding="utf-8")
    drop(p, source)
    built_in = next(d for d in p.services.decks() if d.source and "decks" in d.source)
    p.click("Deck name")
    p.press(pygame.K_a, mod=pygame.KMOD_CTRL)
    p.type(built_in.name)
    import_previewed(p)
    assert p.scene_name == "ImportPreviewScene"
    assert f"a built-in deck is already called “{built_in.name}”" in p.shell.ui.toast_text
    p.click("Deck name")
    p.press(pygame.K_a, mod=pygame.KMOD_CTRL)
    p.type("Smiles")
    import_previewed(p)
    assert "Imported “Smiles”: 1 card" in p.shell.ui.toast_text


def paste(p: Pilot, text: str) -> None:
    p.shell.ui.clipboard_put(text)
    p.press(pygame.K_v, mod=pygame.KMOD_CTRL)
    settle(p)


def test_a_hebrew_list_pasted_beside_a_hebrew_deck_of_another_name_is_a_deck_of_its_own(pilots):
    p = pilots(at_home=True)
    new_deck(p, "\u200fשִׁירִים 👨‍👩‍👧‍👦 שלנו")
    add_card(p, "מה השיר שלנו?")
    p.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    [ours] = decks_folder(p).glob("deck-*.yaml")  # an id made from its words, as a card's is
    kept = ours.read_bytes()
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "StudioScene"
    for heading in ("שאלות שלנו", "پرسش‌های عمیق"):
        paste(p, f"# {heading}\n\n- מה הצחיק אותך היום?\n- What made you smile?\n")
        import_previewed(p)
        assert p.scene_name == "StudioScene", "no deck of that name: nothing to replace, nothing asked"
    assert ours.read_bytes() == kept
    names = {deck.name for deck in p.services.decks() if deck.source.startswith(str(decks_folder(p)))}
    assert names == {"\u200fשִׁירִים 👨‍👩‍👧‍👦 שלנו", "שאלות שלנו", "پرسش‌های عمیق"}
    paste(p, "# שאלות שלנו\n\n- Again?\n")
    import_previewed(p)
    assert p.scene_name == "ConfirmScene"
    assert p.scene.question == "Replace your deck “\u2068שאלות שלנו\u2069”?"


def read_with_care(p: Pilot) -> list[tuple[str, str]]:
    return [(row.title, row.detail) for row in p.widget("Read with care").items]


def test_read_with_care_quotes_a_hebrew_line_inside_a_sentence_that_still_reads_from_the_left(pilots, tmp_path):
    """Kindred's last round: "“שאלות לערב שלנו” is taken as the deck's name" was drawn from the right, its quotes
    turned round. A quoted line, heading or file name is isolated (direction.quoted): the English reads from the
    left, the quotes stand where they were typed, and the Hebrew inside reads from the right."""
    p = pilots(at_home=True)
    p.click("Deck studio")
    paste(p, "שאלות לערב שלנו\n\n1. מה הצחיק אותך היום?\n2. איפה נפגשנו?\n3. מה מחר?\n\nסוף הרשימה\n// הערה\n")
    notes = [detail for _, detail in read_with_care(p)]
    assert [visual_order(note) for note in notes] == [
        "“ונלש ברעל תולאש” is taken as the deck's name",
        "“המישרה ףוס” is not one of the list's items",
        "“הרעה //” reads as a comment",  # read from the right, the comment mark first
    ]
    assert all(base_direction(note) == "ltr" for note in notes)
    p.press(pygame.K_ESCAPE)
    paste(p, "## עמוק יותר\n\n- מה?\n")
    level = next(label for label in p.labels() if label.startswith("Level of"))
    assert visual_order(level) == "Level of “רתוי קומע”"
    p.press(pygame.K_ESCAPE)
    source = tmp_path / "שאלות.csv"
    source.write_text("Question,Depth\nHi?,עמוק 2\n", encoding="utf-8")
    drop(p, source)
    assert p.scene_name == "ImportProblemsScene"
    assert visual_order(p.scene.words()) == "csv.תולאש has 1 problem. Fix it and drop the file again."
    [(_, problem)] = [(row.title, row.detail) for row in p.widget("Problems").items]
    assert visual_order(problem) == "level must be 1, 2 or 3 (or light, personal, deep), not '2 קומע'"


def test_read_with_care_never_says_nothing_was_skipped_when_a_line_was(pilots):
    p = pilots(at_home=True)
    p.click("Deck studio")
    paste(p, "Where did we first laugh together?\n      \nWhat should we never stop doing?\n")
    assert read_with_care(p) == [("Nothing was guessed, and no line with words was left out.", "")]
    p.click("Skip this line")
    assert read_with_care(p) == [("You skipped 1 line", "line 1")]
    p.press(pygame.K_DOWN)
    p.click("Skip this line")
    assert read_with_care(p)[0] == ("You skipped 2 lines", "lines 1, 3")


def test_enter_imports_from_the_list_as_the_key_hints_say(pilots):
    p = pilots(at_home=True)
    p.click("Deck studio")
    paste(p, "Our list\n\n1. Where did we first laugh together?\n2. What should we never stop doing?\n")
    assert p.scene.focused() is p.widget("Cards")
    assert ("Enter", "import") in p.scene.hints
    p.press(pygame.K_RETURN)
    settle(p)
    assert p.scene_name == "StudioScene"
    assert "Imported “Our list”: 2 cards" in p.shell.ui.toast_text


def test_keys_typed_in_the_name_field_never_act_on_the_list(pilots):
    p = pilots(at_home=True)
    p.click("Deck studio")
    paste(p, "Our list\n\n1. Where did we first laugh together?\n2. What should we never stop doing?\n")
    p.press(pygame.K_DOWN)
    p.click("Deck name")
    p.press(pygame.K_a, mod=pygame.KMOD_CTRL)
    for key, char in [(pygame.K_s, "s"), (pygame.K_SPACE, " "), (pygame.K_s, "S"), (pygame.K_n, "n")]:  # S skips on the list
        p.step([pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=char, scancode=0)])
        p.step([pygame.event.Event(pygame.TEXTINPUT, text=char)])
        p.step([pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode=char, scancode=0)])
    assert p.widget("Deck name").value == "s Sn"
    assert p.scene.choices.skipped == frozenset() and p.scene.selected == 1
    assert "Import 2 cards" in p.labels()
    p.press(pygame.K_RETURN)  # Enter in the name imports too
    settle(p)
    assert "Imported “s Sn”: 2 cards" in p.shell.ui.toast_text


def test_tab_goes_through_the_preview_as_the_screen_reads(pilots):
    p = pilots(at_home=True)
    drop(p, SAMPLES / "our-list.md")
    order = [p.scene.focused().label]
    for _ in range(7):
        p.press(pygame.K_TAB)
        order.append(p.scene.focused().label)
    level = next(label for label in order if label.startswith("Level of"))
    assert order == ["Cards", "Skip this line", "Deck name", level, "Read with care", "Cancel", "Import 7 cards", "Cards"]
    tops = {label: p.widget(label).rect for label in order}
    assert tops["Cards"].right < tops["Deck name"].left  # the list's column first, then the one beside it
    assert tops["Deck name"].top < tops[level].top < tops["Read with care"].top < tops["Cancel"].top
    assert tops["Cancel"].left < tops["Import 7 cards"].left
    p.press(pygame.K_TAB)
    assert p.scene.focused().label == "Skip this line"
    assert ("Enter", "skip this line") in p.scene.hints  # on a button, Enter presses it, and the hints say so
    p.press(pygame.K_RETURN)
    assert "Import 6 cards" in p.labels()
