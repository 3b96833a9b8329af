"""A year box and a number answer refuse, as they are typed, what can never be right there, and say why; a paste keeps
what can still be right and names the rest; Enter still says what is wrong as a whole."""

from __future__ import annotations

import pygame

from game.core.cards import AnswerType, Card
from game.ui.answer_input import NOT_A_NUMBER, NOT_A_YEAR, build_answer_input
from game.ui.scene import Scene

from .drawn import frame
from .test_play_loop import _on_a_date_card, _saved_answer

CTRL = pygame.KMOD_CTRL


def _hint_drawn_clear_of_the_controls(p, words: str) -> None:
    hint = [d.ink for d in frame(p) if d.text == words]
    assert hint, f"{words!r} is not drawn"
    for widget in (w for w in p.scene.widgets if w.visible):
        assert not hint[0].colliderect(widget.rect), f"the hint sits behind {widget.label!r}"


def test_the_year_box_refuses_a_letter_as_it_is_typed_and_says_why(pilots):
    p = pilots(at_home=True)
    turn = _on_a_date_card(p)
    day, year = p.widget("Day"), p.widget("Year")
    p.type("12")
    p.press(pygame.K_TAB)
    p.press(pygame.K_RIGHT, times=5)  # June
    p.press(pygame.K_TAB)
    assert p.scene.focused() is year
    p.type("19x")
    assert year.value == "19"
    assert day.error == NOT_A_YEAR.format(what="“x”")  # said under the whole date, where Enter says its reasons
    _hint_drawn_clear_of_the_controls(p, day.error)
    p.type("94")
    assert year.value == "1994" and not day.error  # digits that fit are taken, and the hint goes
    p.type("5")
    assert year.value == "1994" and day.error == NOT_A_YEAR.format(what="“5”")  # a fifth digit is said, not lost
    p.press(pygame.K_RETURN)
    assert _saved_answer(p, turn) == "1994-06-12"


def test_a_paste_in_the_year_box_keeps_the_year_and_names_the_rest(pilots):
    p = pilots(at_home=True)
    turn = _on_a_date_card(p)
    day, year = p.widget("Day"), p.widget("Year")
    p.type("3")
    p.click("Year")
    p.shell.ui.clipboard_put("2001 or so")
    p.press(pygame.K_v, mod=CTRL)
    assert year.value == "2001 "  # the space after a whole year is let be: Enter takes it off
    assert day.error == NOT_A_YEAR.format(what="“or so”")
    p.press(pygame.K_a, mod=CTRL)
    p.shell.ui.clipboard_put("’94")
    p.press(pygame.K_v, mod=CTRL)
    assert year.value == "" and day.error == NOT_A_YEAR.format(what="“’94”")  # the selected year was replaced by nothing
    p.type("94")
    p.press(pygame.K_RETURN)
    assert p.scene.session.current == turn
    assert day.error == "The year is four digits, like 1994, or leave it empty."  # what is wrong as a whole: Enter's


class _NumberScene(Scene):
    """A number answer alone on a screen, as Play, Quiz and date night build it."""

    def __init__(self, ui, card: Card) -> None:
        super().__init__(ui)
        self.card, self.saved = card, []

    def build(self) -> None:
        self.input = build_answer_input(self, self.card, self.saved.append)

    def layout(self) -> None:
        self.input.layout(self, pygame.Rect(80, 120, 700, 400))


def _number_screen(p) -> _NumberScene:
    scene = _NumberScene(p.shell.ui, Card("d", "c", "How many photos of me are on your phone?", answer=AnswerType.NUMBER))
    p.shell.ui.push(scene)
    p.step()
    assert p.scene is scene and p.scene.focused().label == "Answer"
    return scene


def test_a_number_answer_refuses_letters_as_they_are_typed_and_enter_reads_what_is_kept(pilots):
    p = pilots(at_home=True)
    scene = _number_screen(p)
    field = p.widget("Answer")
    p.type("1,2x")
    assert field.value == "1,2" and field.error == NOT_A_NUMBER.format(what="“x”")
    _hint_drawn_clear_of_the_controls(p, field.error)
    p.type("00")
    assert field.value == "1,200" and not field.error
    p.type(".5.")
    assert field.value == "1,200.5" and field.error == NOT_A_NUMBER.format(what="“.”")  # a second point
    p.press(pygame.K_RETURN)
    assert scene.saved == [1200.5]


def test_a_paste_in_a_number_answer_keeps_the_number_and_names_the_rest(pilots):
    p = pilots(at_home=True)
    scene = _number_screen(p)
    field = p.widget("Answer")
    p.shell.ui.clipboard_put("About 40 photos")
    p.press(pygame.K_v, mod=CTRL)
    assert field.value == "" and field.error == NOT_A_NUMBER.format(what="“About 40 photos”")
    p.shell.ui.clipboard_put("40 photos")
    p.press(pygame.K_v, mod=CTRL)
    assert field.value == "40 " and field.error == NOT_A_NUMBER.format(what="“photos”")
    p.press(pygame.K_RETURN)
    assert scene.saved == [40]
