"""After a dialog opened from the top bar is declined, the keyboard's focus goes back to where it was before the couple
moved to the top bar, on Play, Quiz me, date night and a card being written; after a click, it stays where it was put."""

from __future__ import annotations

import pygame

from game.core.cards import AnswerType, Kind
from game.core.session import Phase
from game.ui.modals import QuestionScene

from .date_night_tour import pledge, set_up
from .test_flows import deal, play_until, quiz_me_after_a_round
from .test_studio import add_card, new_deck

SHIFT = pygame.KMOD_SHIFT
#: The top bars, as drawn: on Play, Quiz me and date night, and on a card being written.
PLAY_BAR = {"Pass", "Undo", "Star", "Unstar", "End session", "Move on"}
CARD_FORM_BAR = {"Save card", "Cancel", "Undo"}


def _esc(p) -> None:
    p.press(pygame.K_ESCAPE)


def _safe_answer(p) -> None:
    p.press(pygame.K_RETURN)  # the dialog's focus starts on its safe answer


def _tab_to(p, label: str, bar: set[str], backwards: bool = False) -> str | None:
    """Tab (or Shift+Tab) until `label` has the focus; returns the label focused just before the top bar was reached
    (None when nothing was)."""
    left = None
    for _ in range(40):
        focused = p.scene.focused()
        if focused is not None and focused.label == label:
            return left
        if focused is None or focused.label not in bar:
            left = focused.label if focused is not None else None
        p.press(pygame.K_TAB, mod=SHIFT if backwards else 0)
    raise AssertionError(f"Tab never reached {label!r}")


def _decline_from_the_bar(p, button: str, decline, backwards: bool = True, bar: set[str] = PLAY_BAR) -> str | None:
    """Tab up to `button` in the top bar, press Enter, decline the dialog it opens; the label focused before the bar."""
    scene = p.scene
    left = _tab_to(p, button, bar, backwards)
    p.press(pygame.K_RETURN)
    assert isinstance(p.scene, QuestionScene), p.scene_name
    decline(p)
    assert p.scene is scene
    return left


def _on_a_typed_card(p):
    def typed(q) -> bool:
        card = q.scene.card()
        phase = q.scene.session.phase
        return phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered and card.answer_type is AnswerType.TEXT

    deal(p)
    play_until(p, typed)
    assert p.scene.focused() is p.scene.input.field
    return p.scene.input.field


def test_play_esc_on_end_session_gives_the_focus_back_to_the_answer_and_typing_goes_on_there(pilots):
    p = pilots(at_home=True)
    _on_a_typed_card(p)
    p.type("Toast")
    turn = p.scene.session.current
    assert _decline_from_the_bar(p, "End session", _esc) == "Answer"
    assert p.scene.focused() is p.scene.input.field
    p.type(" and tea")
    assert p.scene.input.field.value == "Toast and tea"
    p.press(pygame.K_RETURN)  # the answer is saved, and no dialog asks again
    assert not isinstance(p.scene, QuestionScene)
    assert (p.scene.session.current, p.scene.session.phase) != (turn, Phase.ANSWER)


def test_play_the_safe_answer_gives_the_focus_back_too_from_wherever_the_keyboard_left(pilots):
    p = pilots(at_home=True)
    _on_a_typed_card(p)
    p.press(pygame.K_TAB)  # to Save, then on past "Just between us" and "We talked, no note" to the top bar
    assert p.scene.focused().label.startswith("Save")
    left = _decline_from_the_bar(p, "End session", _safe_answer, backwards=False)
    assert left == "We talked, no note"
    assert p.scene.focused().label == left


def test_play_after_a_click_on_end_session_the_focus_stays_where_the_mouse_put_it(pilots):
    p = pilots(at_home=True)
    _on_a_typed_card(p)
    p.press(pygame.K_TAB, mod=SHIFT)  # the keyboard reached the bar first; then the mouse chose
    p.click("End session")
    _esc(p)
    assert p.scene.focused().label == "End session"


def test_quiz_me_declining_end_session_gives_the_focus_back_to_the_guess(pilots):
    p = pilots(at_home=True)
    quiz_me_after_a_round(p)
    play_until(p, lambda q: q.scene.session.phase is Phase.GUESS and q.scene.input.field is not None)
    field = p.scene.input.field
    assert p.scene.focused() is field
    assert _decline_from_the_bar(p, "End session", _esc) == field.label
    assert p.scene.focused() is p.scene.input.field
    p.type("7")
    assert p.scene.input.field.value.endswith("7")


def test_date_night_staying_in_a_part_gives_the_focus_back_from_move_on(pilots):
    p = pilots(at_home=True)
    set_up(p, minutes=90)
    pledge(p)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "DateNightPlayScene"
    first = p.scene.focused()
    assert first is not None and first.label not in PLAY_BAR
    assert _decline_from_the_bar(p, "Move on", _safe_answer) == first.label
    assert p.scene.focused().label == first.label


def test_a_card_being_written_keep_editing_gives_the_focus_back_to_the_form(pilots):
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "What's the best thing you ate this week?")
    assert p.scene.focused().label == "Card text"
    left = _decline_from_the_bar(p, "Cancel", _esc, bar=CARD_FORM_BAR)
    assert p.scene_name == "CardFormScene" and left == "Kind"
    assert p.scene.focused().label == "Kind"


def test_play_when_the_place_left_is_gone_the_focus_goes_to_the_answer(pilots):
    p = pilots(at_home=True)
    _on_a_typed_card(p)
    p.press(pygame.K_TAB)
    _tab_to(p, "End session", PLAY_BAR)
    p.shell.focus_before_bar.left = "A control no longer on the screen"
    p.press(pygame.K_RETURN)
    _esc(p)
    assert p.scene.focused() is p.scene.input.field  # the screen's main control


def test_quiz_me_a_judge_with_no_verdict_chosen_is_left_with_none_chosen(pilots):
    p = pilots(at_home=True)
    quiz_me_after_a_round(p)
    play_until(p, lambda q: q.scene.session.phase is Phase.JUDGE)
    assert p.scene.focused() is None
    # Shift+Tab with nothing chosen goes straight to the last control, End session (it went to the one before it).
    assert _decline_from_the_bar(p, "End session", _esc) is None
    assert p.scene.focused() is None  # no verdict chosen for the judge: Tab or a key chooses
    p.key("2")
    assert p.scene.session.phase is not Phase.JUDGE
