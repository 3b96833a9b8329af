"""Text fields: typing, IME composition, clipboard, cursor keys, selection, word-wise deletion."""

from __future__ import annotations

import pygame
import pytest

from game.ui.intents import Composition, Edit, Text
from game.ui.text_field import TextField


@pytest.fixture
def field(data_root, now):
    from .pilot import Pilot

    pilot = Pilot(data_root, now)
    widget = TextField("Answer", multiline=True)
    widget.rect = pygame.Rect(0, 0, 400, 120)
    yield widget, pilot.shell.ui
    pilot.close()


def send(widget, ui, *intents):
    for intent in intents:
        widget.handle(intent, ui)
        widget.draw(ui_surface(ui), ui, True, False)


def ui_surface(ui):
    return pygame.display.get_surface()


def test_typing_accents_emoji_and_right_to_left_text_is_kept_exactly(field):
    widget, ui = field
    text = "Zoë ☕ 👩🏽‍🤝‍👩🏻 שלום"
    send(widget, ui, *(Text(ch) for ch in text))
    assert widget.value == text


def test_ime_composition_is_shown_but_not_committed_until_the_text_arrives(field):
    widget, ui = field
    send(widget, ui, Composition("にほ", 2))
    assert widget.value == "" and widget.composition == "にほ"
    send(widget, ui, Text("日本"))
    assert widget.value == "日本" and widget.composition == ""


def test_ctrl_backspace_and_ctrl_delete_remove_whole_words(field):
    widget, ui = field
    send(widget, ui, *(Text(ch) for ch in "warm cup of tea"))
    send(widget, ui, Edit("backspace", word=True))
    assert widget.value == "warm cup of "
    send(widget, ui, Edit("home"), Edit("delete", word=True))
    assert widget.value == " cup of "


def test_cursor_keys_home_end_and_shift_selection(field):
    widget, ui = field
    send(widget, ui, *(Text(ch) for ch in "hello world"))
    send(widget, ui, Edit("home"), Edit("right", word=True, select=True))
    assert widget.selection() == (0, 5)
    send(widget, ui, Text("howdy"))
    assert widget.value == "howdy world"
    send(widget, ui, Edit("end"), Edit("left"), Edit("backspace"))
    assert widget.value == "howdy word"


def test_copy_cut_and_paste_go_through_the_clipboard(field):
    widget, ui = field
    send(widget, ui, *(Text(ch) for ch in "oat latte"))
    send(widget, ui, Edit("select_all"), Edit("cut"))
    assert widget.value == ""
    send(widget, ui, Edit("paste"), Edit("paste"))
    assert widget.value == "oat latteoat latte"


def test_a_ten_thousand_character_paste_is_kept_whole(field):
    widget, ui = field
    long = ("Ünïcødé ✨ " * 1000)[:10_000]
    ui.clipboard_put(long)
    send(widget, ui, Edit("paste"))
    assert widget.value == long


def test_a_single_line_field_turns_pasted_lines_into_spaces(field):
    _, ui = field
    widget = TextField("Name", max_chars=40)
    widget.rect = pygame.Rect(0, 0, 300, 50)
    ui.clipboard_put("Nguyễn\nThị Ánh")
    send(widget, ui, Edit("paste"))
    assert widget.value == "Nguyễn Thị Ánh"


def test_the_length_limit_holds(field):
    _, ui = field
    widget = TextField("Name", max_chars=5)
    widget.rect = pygame.Rect(0, 0, 300, 50)
    send(widget, ui, *(Text(ch) for ch in "Alexandra"))
    assert widget.value == "Alexa"
