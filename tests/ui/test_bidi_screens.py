"""Mixed right-to-left and left-to-right text on screen (tester's evening, item 6): the answer field,
the couple button and the date night's closing lines, with real fonts and the real scenes."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.core.direction import quoted
from game.ui.bidi import visual_order
from game.ui.intents import Text
from game.ui.text_field import TextField

from .date_night_tour import closing_lines
from .test_date_night import sample_keepsake

PERSIAN = "چای عصر با مادرم"  # "afternoon tea with my mother"
FLOWERS = "Fresh flowers 🌷 گل\u200cهای تازه ☕ שלום"
SHOTS = Path(__file__).parent / "shots"


@pytest.fixture
def field(pilots):
    p = pilots()
    widget = TextField("Answer", multiline=True)
    widget.rect = pygame.Rect(40, 40, 600, 120)
    surface = pygame.Surface((700, 220))
    return widget, p.shell.ui, surface


def typed(field, text: str) -> tuple[TextField, pygame.Surface]:
    widget, ui, surface = field
    for char in text:
        widget.handle(Text(char), ui)
    surface.fill((255, 255, 255))
    widget.draw(surface, ui, True, False)
    return widget, surface


def caret_columns(ui, surface: pygame.Surface, row_y: int, inner: pygame.Rect) -> list[int]:
    """Columns of the caret's colour inside the field (its border has the same colour when focused)."""
    focus = ui.theme.color("focus")
    return [x for x in range(inner.left - 4, inner.right + 4) if surface.get_at((x, row_y))[:3] == focus]


def ink_columns(ui, surface: pygame.Surface, top: int, bottom: int, left: int, right: int) -> list[int]:
    ink = ui.theme.color("text")
    return [x for x in range(left, right) if any(surface.get_at((x, y))[:3] == ink for y in range(top, bottom))]


def test_a_persian_answer_is_right_aligned_with_the_caret_at_its_left_end(field):
    widget, surface = typed(field, PERSIAN)
    _, ui, _ = field
    pad = ui.theme.px(12)
    inner = widget.rect.inflate(-2 * pad, -2 * pad)
    style = ui.theme.style("body")
    height = ui.text.line_height(style)
    ink = ink_columns(ui, surface, inner.top, inner.top + height, widget.rect.left + 3, widget.rect.right - 3)
    width = ui.text.measure(PERSIAN, style)
    assert ink and ink[-1] >= inner.right - 4, "the paragraph ends at the field's right edge"
    assert ink[0] >= inner.right - width - 4, "nothing is drawn at the left"
    caret = caret_columns(ui, surface, inner.top + height // 2, inner)
    assert caret, "the caret is drawn"
    # typed last, the final letter is the leftmost: the caret stands just left of it, not on it
    assert abs(caret[0] - (inner.right - width)) <= 2
    assert max(caret) <= ink[0] + 1


def test_the_caret_after_hebrew_typed_into_an_english_line_stands_at_the_hebrews_left(field):
    line = "I said שלום"
    widget, surface = typed(field, line)
    _, ui, _ = field
    pad = ui.theme.px(12)
    inner = widget.rect.inflate(-2 * pad, -2 * pad)
    style = ui.theme.style("body")
    caret = caret_columns(ui, surface, inner.top + ui.text.line_height(style) // 2, inner)
    expected = inner.left + ui.text.measure("I said ", style)  # where the Hebrew word begins on screen: its last letter
    assert caret and abs(caret[0] - expected) <= 2
    assert ui.text.caret_x(line, len(line), style) == ui.text.measure("I said ", style)
    assert ui.text.caret_x(line, 7, style) == ui.text.measure("I said ", style)  # before the Hebrew: the same place
    # after its first letter (the rightmost), the caret stands left of that letter
    after_first = ui.text.measure("I said ", style) + ui.text.measure("שלום", style) - ui.text.measure("ש", style)
    assert ui.text.caret_x(line, 8, style) == after_first


def test_an_answer_that_starts_in_english_stays_left_aligned(field):
    widget, surface = typed(field, FLOWERS)
    _, ui, _ = field
    pad = ui.theme.px(12)
    inner = widget.rect.inflate(-2 * pad, -2 * pad)
    height = ui.text.line_height(ui.theme.style("body"))
    ink = ink_columns(ui, surface, inner.top, inner.top + height, widget.rect.left + 3, widget.rect.right - 3)
    assert ink[0] <= inner.left + 4
    assert visual_order(FLOWERS) == "Fresh flowers 🌷 םולש ☕ هزات یاه\u200cلگ"


def test_the_couple_button_keeps_the_names_in_the_interfaces_order(pilots, tmp_path):
    p = pilots(at_home=True, names=("سارا", "Zoë"))
    p.click("Switch couple")
    assert p.scene_name == "CouplesScene", p.scene_name
    label = quoted("سارا") + " & Zoë"
    assert label in p.labels()
    assert visual_order(label) == "اراس & Zoë"
    p.screenshot(tmp_path / "couple.png")


def test_the_date_nights_closing_lines_keep_names_and_answers_in_place(pilots, tmp_path):
    from game.core.keepsake import LearnedThing

    p = pilots()
    loved = (LearnedThing(0, "", "The way you laughed at the umbrella story"), LearnedThing(1, "", "خنده\u200cات"))
    lines = closing_lines(p, sample_keepsake(names=("Zoë", "سارا"), appreciations=loved, knowledge=(None, None)), tmp_path)
    loved = "♥  " + quoted("سارا") + " loved: " + quoted("خنده\u200cات")
    assert loved in lines
    assert visual_order(loved) == "♥  اراس loved: تا\u200cهدنخ"
    knows = next(line for line in lines if line.startswith(quoted("سارا") + " knows"))
    assert visual_order(knows) == "اراس knows Zoë: still to be found out (tonight 1 of 2)"
    p.screenshot(tmp_path / "closing.png")


def test_a_deck_named_in_two_scripts_keeps_its_brackets_on_the_set_up_screen(pilots, tmp_path):
    from dataclasses import replace

    p = pilots(at_home=True, names=("سارا", "Zoë"))
    built_in = next(deck for deck in p.services.decks() if not deck.opt_in)
    name = "Soirée tea (چای)"
    mine = replace(built_in, id=p.services.new_deck_id("Soirée tea"), name=name, cards=built_in.cards[:2], source="")
    p.services.save_deck(mine)
    p.click("Play")
    label = quoted(name) + " (2)"
    assert label in p.labels()
    assert visual_order(label) == "Soirée tea (یاچ) (2)"
    p.screenshot(tmp_path / "setup.png")


@pytest.mark.parametrize("answer", [FLOWERS, PERSIAN], ids=["english-first", "persian"])
def test_the_answer_field_on_the_play_screen_draws_mixed_text(pilots, tmp_path, answer):
    p = pilots(at_home=True, names=("سارا", "Zoë"))
    p.click("Play")
    p.click("Deal the cards")
    p.advance(1.0)
    for _ in range(20):
        if any(isinstance(w, TextField) and w.visible for w in p.scene.widgets):
            break
        p.click("Pass")  # until a card asks for words
    field = next(w for w in p.scene.widgets if isinstance(w, TextField) and w.visible)
    p.type(answer)
    assert field.value == answer
    p.screenshot(tmp_path / "answer.png")
    shown = pygame.display.get_surface().subsurface(field.rect).copy()
    assert any(shown.get_at((x, y))[:3] == p.shell.ui.theme.color("text") for x in range(shown.get_width()) for y in range(0, 40))
