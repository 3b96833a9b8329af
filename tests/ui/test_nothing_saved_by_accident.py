"""Nothing is saved or chosen unless the couple chose it: letters in a number box are never thrown away as "we
just talked", a pick starts with no option chosen (so a spare Enter picks nothing), a card form's answer row keeps
every button in its place as the kind changes, and "How long tonight?" starts on the length that is chosen."""

from __future__ import annotations

import pygame

from game.core.cards import AnswerType, Card, Kind
from game.core.session import Phase
from game.ui.answer_input import NOT_A_NUMBER, NUMBER_FIRST, NUMBER_FIRST_HINT
from game.ui.private_answer import PrivateAnswerScene
from game.ui.scenes.play import JUST_TALKED, TALKED

from .test_play_loop import _deal_only, _play_rounds_until, on_a_remembered_ask_card
from .test_studio import new_deck

PICK = Card(
    "d", "c", "How do you like to be cheered up?", kind=Kind.BOTH, answer=AnswerType.CHOICE, options=("Hugs", "Jokes", "Tea")
)
SCENARIO = Card("d", "s", "A free Saturday. What first?", kind=Kind.SCENARIO, answer=AnswerType.CHOICE, options=("Lie in", "Walk"))


def _on_an_ask_card(p, answer: AnswerType, deck: str = "Favourite Details"):
    """Play rounds of `deck` until a remembered ask card answered by `answer` is on the table."""
    deal = lambda p: _deal_only(p, deck)  # noqa: E731
    return on_a_remembered_ask_card(p, answer, deal, 10, f"no round dealt a remembered {answer.value} card")


def _on_a_number_card(p):
    """Trust and the First Call holds the collection's remembered number card ('Don't ask questions. Just come.':
    how many questions do you ask?)."""
    return _on_an_ask_card(p, AnswerType.NUMBER, "Trust and the First Call")


def _enter_words(p) -> str | None:
    return dict(p.scene.hints).get("Enter")


def test_letters_in_a_number_box_then_enter_say_why_and_stay(pilots):
    p = pilots(at_home=True)
    turn = _on_a_number_card(p)
    field = p.widget("Answer")
    assert p.scene.focused() is field
    p.type("two")
    p.press(pygame.K_RETURN)
    assert p.scene.session.current == turn, "Enter threw the letters away and moved on"
    assert field.error == NOT_A_NUMBER.format(what="“o”")  # the box's own reason, said again
    assert "talked about" not in p.shell.ui.toast_text


def test_enter_in_an_empty_number_box_names_we_just_talked_and_the_footer_says_so(pilots):
    p = pilots(at_home=True)
    turn = _on_a_number_card(p)
    assert _enter_words(p) == NUMBER_FIRST_HINT
    p.press(pygame.K_RETURN)
    assert p.scene.session.current == turn
    assert p.widget("Answer").error == NUMBER_FIRST.format(way=f"“{JUST_TALKED}”")
    p.type("2")
    assert _enter_words(p) == "save"
    p.press(pygame.K_BACKSPACE)
    p.click(JUST_TALKED)  # going on without a number is a choice of its own
    assert p.scene.session.current != turn
    assert "talked about" in p.shell.ui.toast_text


def test_enter_in_an_empty_note_box_says_it_goes_on_with_no_note(pilots):
    """An empty note and Enter is "we talked, no note" (nothing kept): the footer says so, and "save" once typed."""
    p = pilots(at_home=True)
    turn = _on_an_ask_card(p, AnswerType.TEXT)
    assert p.scene.focused() is p.widget("Answer")
    assert _enter_words(p) == TALKED.lower()
    p.type("Marmite")
    assert _enter_words(p) == "save"
    for _ in "Marmite":
        p.press(pygame.K_BACKSPACE)
    p.press(pygame.K_RETURN)
    assert p.scene.session.current != turn
    assert "talked about" in p.shell.ui.toast_text


def _alone_with(p, card: Card) -> tuple[PrivateAnswerScene, list[object]]:
    got: list[object] = []
    scene = PrivateAnswerScene(p.shell.ui, card, "Sam", "Alex", "#e07a5f")
    p.shell.ui.push(scene, got.append)
    p.step()
    assert p.scene is scene
    return scene, got


def test_a_private_pick_starts_with_nothing_chosen_and_a_spare_enter_picks_nothing(pilots):
    p = pilots(at_home=True)
    scene, got = _alone_with(p, PICK)
    assert scene.focused() is None
    assert "Enter" not in dict(scene.hints) and ("1-3", "pick") in scene.hints
    p.press(pygame.K_RETURN)
    assert p.scene is scene and got == []
    p.press(pygame.K_TAB)
    assert scene.focused().label == "Hugs" and _enter_words(p) == "hide till you've both answered"
    p.press(pygame.K_RIGHT)
    p.press(pygame.K_RETURN)
    assert got == ["Jokes"]


def test_a_private_pick_by_mouse_and_by_number_still_picks(pilots):
    p = pilots(at_home=True)
    _, got = _alone_with(p, PICK)
    p.click("Tea")
    assert got == ["Tea"]
    _, got = _alone_with(p, PICK)
    p.key("2")
    assert got == ["Jokes"]


def test_a_scenario_s_own_pick_and_its_guess_each_start_with_nothing_chosen(pilots):
    p = pilots(at_home=True)
    scene, got = _alone_with(p, SCENARIO)
    assert scene.focused() is None
    p.press(pygame.K_RETURN)
    assert scene.own is None
    p.press(pygame.K_DOWN)
    assert _enter_words(p) == "pick, then guess theirs"
    p.press(pygame.K_RETURN)
    assert scene.own == "Lie in" and scene.focused() is None and got == []
    p.press(pygame.K_RETURN)
    assert got == []
    p.click("Walk")
    assert got == [["Lie in", "Walk"]]


def _on_a_pick_at_the_table(p):
    def wanted(scene) -> bool:
        card = scene.card()
        return scene.session.phase in (Phase.ANSWER, Phase.GUESS) and card.answer_type in (AnswerType.CHOICE, AnswerType.WHO)

    return _play_rounds_until(p, lambda p: _deal_only(p, "Favourite Details"), wanted, 10, "no round dealt a pick")


def test_a_pick_at_the_table_starts_with_nothing_chosen_and_says_which_keys_pick(pilots):
    p = pilots(at_home=True)
    scene = _on_a_pick_at_the_table(p)
    turn, phase = scene.session.current, scene.session.phase
    assert scene.focused() is None
    assert "Enter" not in dict(scene.hints) and dict(scene.hints).get(f"1-{len(scene.input.options())}") == "pick"
    p.press(pygame.K_RETURN)
    assert scene.session.current == turn and scene.session.phase is phase
    p.press(pygame.K_TAB)
    assert scene.focused() is scene.input.options()[0] and _enter_words(p) == "pick this one"


def _new_card_form(p):
    new_deck(p, "Ours")
    p.click("Add a card")
    assert p.scene_name == "CardFormScene"


def test_changing_the_kind_keeps_every_answer_button_where_it_was(pilots):
    p = pilots(at_home=True)
    _new_card_form(p)
    answer = p.widget("Answer")
    before = {value: answer.segment_rect(value) for value, _ in answer.options}
    p.click_at(p.widget("Kind").segment_rect("both").center)
    answer = p.widget("Answer")
    assert {value: answer.segment_rect(value) for value, _ in answer.options} == before
    p.click_at(before["scale"].center)
    assert p.scene.values["answer"] == "scale"
    p.click_at(p.widget("Kind").segment_rect("ask").center)
    p.click_at(before["who"].center)  # drawn faint on a card only one answers, and not to be chosen there
    assert p.scene.values["answer"] == "scale"


def test_how_long_tonight_starts_on_the_length_that_is_chosen(pilots):
    p = pilots(at_home=True)
    p.click("Date night")
    assert p.scene_name == "DateNightSetupScene"
    assert p.scene.focused().label == "60 minutes" and p.scene.focused().chosen
