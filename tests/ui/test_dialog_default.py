"""Every question with two answers: the button Enter presses is the one drawn filled, and it is the safe answer.

Enter pressed the outlined "Keep going" while "Go home" was filled ("Pause the evening?", "Move on from…",
"End this session now?"). Now the answer with the focus (the safe one when the question opens) is the filled one,
and the fill follows the focus when Tab moves it. Every dialog the game builds is found in its code and shown here
with its own words; the three the tester met are reached the way a couple reaches them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pygame
import pytest

from game.ui.modals import ConfirmScene, QuestionScene
from game.ui.round_guard import RoundInProgressScene
from game.ui.widgets import Button

from .date_night_tour import pledge, set_up
from .pilot import Pilot

GAME = Path(__file__).resolve().parents[2] / "game"
#: What the words of a dialog are, where its code builds them from names or f-strings.
SOME_WORDS, A_NAME = "Some words about what happens next.", "Noa"


def words(node: ast.expr | None, default: str = "") -> str:
    if node is None:
        return default
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else A_NAME for part in node.values)
    if isinstance(node, ast.IfExp):
        return words(node.body, default)
    return SOME_WORDS


def label(node: ast.expr) -> str:
    """A QuestionScene answer is (label, value): its label."""
    return words(node.elts[0]) if isinstance(node, ast.Tuple) else SOME_WORDS


def dialogs_in_the_game() -> list[tuple[str, str, str, str, str]]:
    """(where, question, yes, no, detail) for every ConfirmScene and QuestionScene the game's code builds; `where`
    names the class too."""
    found = []
    for path in sorted(GAME.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args, kw = node.args, {k.arg: k.value for k in node.keywords}
            where = f"{node.func.id} at {path.relative_to(GAME.parent)}:{node.lineno}"
            if node.func.id == "ConfirmScene":
                no = words(args[3] if len(args) > 3 else kw.get("no"), "Cancel")
                detail = words(args[4] if len(args) > 4 else kw.get("detail"))
                found.append((where, words(args[1]), words(args[2]), no, detail))
            elif node.func.id == "QuestionScene":
                detail = words(args[5] if len(args) > 5 else kw.get("detail"))
                found.append((where, words(args[1]), label(args[2]), label(args[3]), detail))
    return found


DIALOGS = dialogs_in_the_game()


def filled(p: Pilot, button: Button) -> bool:
    """Whether the button is drawn in the accent fill, read from the window's pixels just inside its left edge."""
    t = p.shell.ui.theme
    p.shell.ui.dirty = True
    p.step()
    at = (button.rect.left + t.px(5), button.rect.centery)
    return tuple(p.shell.window.get_at(at))[:3] == tuple(t.color("accent"))[:3]


def check_default(p: Pilot, safe: str) -> None:
    """The dialog on top: Enter's answer is `safe`, drawn filled and named by the key hints; Tab moves both."""
    scene = p.scene
    assert isinstance(scene, QuestionScene), p.scene_name
    buttons = [widget for widget in scene.widgets if isinstance(widget, Button)]
    assert len(buttons) == 2
    for _ in range(2):  # as it opens, and once Tab has gone round both answers
        focused = scene.focused()
        assert focused is not None and focused.label == safe
        assert dict(scene.hints)["Enter"] == safe
        assert [filled(p, button) for button in buttons] == [button is focused for button in buttons]
        p.press(pygame.K_TAB)
        other = scene.focused()
        assert other is not focused and dict(scene.hints)["Enter"] == other.label  # type: ignore[union-attr]
        assert [filled(p, button) for button in buttons] == [button is other for button in buttons]
        p.press(pygame.K_TAB)


def test_every_dialog_in_the_game_is_found() -> None:
    """The walk below covers them all (a new dialog joins it on its own); these are some the tester met."""
    questions = {question for _, question, *_ in DIALOGS}
    assert {"Pause the evening?", "End this session now?", "Take a break?", "Skip to the closing?"} <= questions
    assert len(DIALOGS) >= 20


@pytest.mark.parametrize(("where", "question", "yes", "no", "detail"), DIALOGS, ids=[d[0] for d in DIALOGS])
def test_enter_presses_the_answer_drawn_filled(pilots, where, question, yes, no, detail) -> None:
    p = pilots(at_home=True)
    chosen: list[object] = []
    dialog = (
        ConfirmScene(p.shell.ui, question, yes, no, detail)
        if where.startswith("ConfirmScene")
        else QuestionScene(p.shell.ui, question, (yes, True), (no, False), None, detail)
    )
    p.shell.ui.push(dialog, chosen.append)
    p.step()
    check_default(p, no)
    p.press(pygame.K_RETURN)
    assert chosen == [False], f"{where}: Enter chose {chosen}, not {no!r}"


def test_a_round_left_open_asks_with_continue_filled(pilots) -> None:
    p = pilots(at_home=True)
    chosen: list[object] = []
    p.shell.ui.push(RoundInProgressScene(p.shell.ui, 3), chosen.append)
    p.step()
    check_default(p, "Continue it")
    p.press(pygame.K_RETURN)
    assert [getattr(choice, "value", choice) for choice in chosen] == ["continue"]


def test_the_dialogs_the_tester_met_keep_the_safe_answer_on_enter_and_draw_it_filled(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=30)
    pledge(p)
    p.press(pygame.K_ESCAPE)  # "Pause the evening?"
    assert p.scene.question == "Pause the evening?"  # type: ignore[attr-defined]
    check_default(p, "Keep going")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "DateNightScene"
    p.press(pygame.K_RETURN)  # deal the warm-up
    p.click("Move on")
    assert p.scene.question == "Move on from “Warm-up”?"  # type: ignore[attr-defined]
    check_default(p, "Stay here")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "DateNightPlayScene"


def test_ending_a_round_of_play_keeps_playing_on_enter_drawn_filled(pilots) -> None:
    p = pilots(at_home=True)
    p.click("Play")
    p.click("Deal the cards")
    p.advance(0.6)
    p.click("End session")
    assert p.scene.question == "End this session now?"  # type: ignore[attr-defined]
    check_default(p, "Keep playing")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "PlayScene"
