"""Scenes that close with a result hand it, typed, to whoever opened them (as Textual's `Screen[T].dismiss` does).

A question closes with a bool, the open-round question with an OpenRound or None, the curtain with
whether the right person is ready, a private answer with the answer, the limits with a Limit, the
promise check-in with how many were answered, the studio's forms with the saved deck or card, a
deck with its path. The callback given to `ui.push` gets that value once the scene below has
resumed; nothing travels as a string tag to be parsed back.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.core.cards import AnswerType, Card, Kind
from game.core.deck_editing import SavedCard
from game.core.limits import Limit
from game.core.session import Phase
from game.ui import routes
from game.ui.modals import ConfirmScene, CurtainScene
from game.ui.private_answer import PrivateAnswerScene
from game.ui.round_guard import CONTINUE, END_AND_START, OpenRound, RoundInProgressScene
from game.ui.scene import ResultScene, Scene
from game.ui.scenes.home import HomeScene
from game.ui.scenes.play import PlayScene
from game.ui.scenes.promises import PromiseScene
from game.ui.scenes.studio import StudioScene

from .pilot import Pilot
from .test_playbook import at_home, copy, sample  # noqa: F401  (fixtures: the sample couple with promises waiting)
from .tour import SAMPLE_TEXT, answer, play_turn

GAME = Path(__file__).resolve().parents[2] / "game"

Pilots = Callable[..., Pilot]


def home(p: Pilot) -> HomeScene:
    scene = p.scene
    assert isinstance(scene, HomeScene), f"{p.scene_name} is not Home"
    return scene


def playing(p: Pilot) -> PlayScene:
    scene = p.scene
    assert isinstance(scene, PlayScene), f"{p.scene_name} is not the play screen"
    return scene


def deal(p: Pilot) -> PlayScene:
    """From Home: Play, Deal the cards, and the first card on the table."""
    p.click("Play")
    p.click("Deal the cards")
    p.advance(0.6)
    return playing(p)


def at_a_private_turn(p: Pilot) -> PlayScene:
    """Play on (the way tour.play_turn does) until a card is answered in private."""
    scene = deal(p)
    for _ in range(80):
        if scene.session.phase is Phase.PRIVATE:
            return scene
        play_turn(p)
        scene = playing(p)
    raise AssertionError("no card to answer in private came up")


def opened(p: Pilot, target: Scene | routes.Route) -> list[Any]:
    """Open `target` on top with a callback, and return the list the callback fills."""
    heard: list[Any] = []
    p.shell.ui.push(target, heard.append)  # type: ignore[call-overload]
    p.step()
    return heard


def cards_where(p: Pilot, wanted: Callable[[Card], bool]) -> Iterator[Card]:
    return (card for deck in p.services.decks() for card in deck.cards if wanted(card))


def card_where(p: Pilot, wanted: Callable[[Card], bool]) -> Card:
    return next(cards_where(p, wanted))


# ---- the dialogs ----------------------------------------------------------------------------


@pytest.mark.parametrize(("choice", "expected"), [("Yes, do", True), ("Not now", False), (None, False)])
def test_a_question_closes_with_true_or_false(pilots: Pilots, choice: str | None, expected: object) -> None:
    p = pilots(at_home=True)
    heard = opened(p, ConfirmScene(p.shell.ui, "Shall we?", "Yes, do", "Not now"))
    p.press(pygame.K_ESCAPE) if choice is None else p.click(choice)
    assert heard == [expected] and type(heard[0]) is bool
    assert p.scene_name == "HomeScene"


@pytest.mark.parametrize(
    ("choice", "expected"), [(END_AND_START, OpenRound.END_AND_START), (CONTINUE, OpenRound.CONTINUE), (None, None)]
)
def test_the_open_round_question_closes_with_a_choice_or_none(pilots: Pilots, choice: str | None, expected: object) -> None:
    p = pilots(at_home=True)
    heard = opened(p, RoundInProgressScene(p.shell.ui, 3))
    p.press(pygame.K_ESCAPE) if choice is None else p.click(choice)
    assert heard == [expected]


@pytest.mark.parametrize(("choice", "expected"), [("I'm Zoë — show me", True), (None, False)])
def test_the_curtain_closes_with_whether_the_right_person_is_ready(pilots: Pilots, choice: str | None, expected: object) -> None:
    p = pilots(at_home=True)
    heard = opened(p, CurtainScene(p.shell.ui, "Zoë", "Łukasz", "A secret answer."))
    p.press(pygame.K_ESCAPE) if choice is None else p.click(choice)
    assert heard == [expected]


def test_a_private_answer_closes_with_the_answer_or_none_when_handed_back(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    card = card_where(p, lambda c: c.kind is Kind.BOTH and c.answer_type is AnswerType.TEXT)
    heard = opened(p, PrivateAnswerScene(p.shell.ui, card, "Zoë", "Łukasz", "#e07a5f"))
    p.type("Slow mornings")
    p.press(pygame.K_RETURN)
    assert heard == ["Slow mornings"]
    heard = opened(p, PrivateAnswerScene(p.shell.ui, card, "Zoë", "Łukasz", "#e07a5f"))
    p.press(pygame.K_ESCAPE)
    assert heard == [None]


def test_a_scenario_closes_with_the_own_pick_and_the_guess_and_escape_goes_back_a_step_first(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    card = card_where(p, lambda c: c.kind is Kind.SCENARIO and len(c.options) >= 2)
    heard = opened(p, PrivateAnswerScene(p.shell.ui, card, "Zoë", "Łukasz", "#e07a5f"))
    p.key("1")
    p.press(pygame.K_ESCAPE)  # back to their own pick: nothing is handed yet
    assert heard == [] and p.scene_name == "PrivateAnswerScene"
    p.key("2")
    p.key("1")
    assert heard == [[card.options[1], card.options[0]]]


def test_the_changed_answer_closes_with_the_new_answer_or_none(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    card = card_where(p, lambda c: c.kind is Kind.ASK and c.answer_type is AnswerType.TEXT)
    heard = opened(p, routes.ChangedAnswer(card, "Zoë", "Łukasz", "#e07a5f"))
    p.type("Tea, these days")
    p.press(pygame.K_RETURN)
    assert heard == ["Tea, these days"]
    heard = opened(p, routes.ChangedAnswer(card, "Zoë", "Łukasz", "#e07a5f"))
    p.press(pygame.K_ESCAPE)
    assert heard == [None]


def test_the_limits_close_with_the_partners_limit_or_none(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    heard = opened(p, routes.Limits("Zoë", Limit(3, False)))
    p.press(pygame.K_LEFT)  # the slider has focus: 3 → 2
    p.click("Save my limits")
    assert heard == [Limit(2, False)]
    heard = opened(p, routes.Limits("Zoë", Limit(3, False)))
    p.press(pygame.K_ESCAPE)
    assert heard == [None]


def test_enter_on_the_spicy_switch_flips_it_and_the_footer_says_so_first(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    p.shell.ui.set("spicy", True)
    heard = opened(p, routes.Limits("Zoë", Limit(3, False)))
    assert dict(p.scene.hints)["Enter"] == "save my limits"  # the slider has the focus
    p.press(pygame.K_TAB)
    assert p.scene.focused().label == "I'm up for spicy cards"
    assert dict(p.scene.hints)["Enter"] == "switch on or off"
    p.press(pygame.K_RETURN)
    assert heard == [] and p.widget("I'm up for spicy cards").value is True
    p.press(pygame.K_TAB)
    assert dict(p.scene.hints)["Enter"] == "save my limits"
    p.press(pygame.K_RETURN)
    assert heard == [Limit(3, True)]


def test_with_spicy_cards_off_in_settings_the_limits_ask_only_the_depth_and_say_why(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    p.shell.ui.set("spicy", False)
    heard = opened(p, routes.Limits("Zoë", Limit(3, True)))
    assert "I'm up for spicy cards" not in p.labels()
    assert any("switched off in Settings" in words.text for words in p.scene.page.words)
    p.press(pygame.K_LEFT)
    p.click("Save my limits")
    assert heard == [Limit(2, True)], "the yes given before is kept for when spicy cards are on again"


def test_the_promise_check_in_closes_with_how_many_were_answered(copy: Path, now: datetime) -> None:  # noqa: F811
    p = at_home(copy, now)
    try:
        assert p.scene_name == "PromiseScene"  # Home asked at the start, and hears nothing back
        asking = p.scene
        assert isinstance(asking, PromiseScene)
        waiting = list(asking.promises)
        p.press(pygame.K_ESCAPE)
        assert p.scene_name == "HomeScene"
        couple = asking.couple
        heard = opened(p, routes.Promises(couple, waiting))
        p.click("It happened")
        p.press(pygame.K_ESCAPE)  # the second: ask me later
        assert heard == [1]
        heard = opened(p, routes.Promises(couple, waiting[1:]))
        p.click("Ask me later")
        assert heard == [0]
    finally:
        p.close()


# ---- the dialogs in the play they belong to ------------------------------------------------


def test_ending_a_session_asks_first_and_keep_playing_keeps_the_round(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    deal(p)
    p.click("End session")
    assert p.scene_name == "ConfirmScene"
    p.click("Keep playing")
    assert not playing(p).session.ended
    p.click("End session")
    p.click("End and see summary")
    assert p.scene_name == "SummaryScene"


def test_a_curtain_put_off_shows_no_private_answer_and_the_turn_waits(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    scene = at_a_private_turn(p)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "CurtainScene"
    p.press(pygame.K_ESCAPE)
    assert p.scene is scene
    assert scene.session.phase is Phase.PRIVATE and not scene.session.state.private


def test_a_private_answer_handed_back_saves_nothing_and_one_given_is_kept_for_that_seat(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    scene = at_a_private_turn(p)
    seat = scene.next_private_seat()
    card = scene.card()
    assert card is not None
    p.press(pygame.K_RETURN)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "PrivateAnswerScene"
    p.press(pygame.K_ESCAPE)
    assert p.scene is scene and not scene.session.state.private
    p.press(pygame.K_RETURN)
    p.press(pygame.K_RETURN)
    if card.kind is Kind.SCENARIO:
        p.key("1")
        p.key("2")
    else:
        answer(p, card.answer_type, SAMPLE_TEXT)
    assert p.scene is scene and set(scene.session.state.private) == {seat}


def test_the_open_round_question_continues_the_round_or_ends_it_and_deals_a_new_one(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    first = deal(p).session
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    p.click("Play")
    p.click("Deal the cards")
    assert p.scene_name == "RoundInProgressScene"
    p.press(pygame.K_ESCAPE)  # neither: stay on set-up
    assert p.scene_name == "SetupScene"
    p.click("Deal the cards")
    p.click(CONTINUE)
    assert playing(p).session.current == first.current
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    p.click("Play")
    p.click("Deal the cards")
    p.click(END_AND_START)
    assert playing(p).session is not first
    assert p.shell.ui.toast_text.startswith("Your earlier round is closed: none of its cards")  # it ended on card 1


# ---- the studio ----------------------------------------------------------------------------


def test_the_deck_form_closes_with_the_new_deck_or_none(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    heard = opened(p, routes.DeckForm(None))
    p.click("Cancel")
    assert heard == [None]
    heard = opened(p, routes.DeckForm(None))
    p.type("Sunday questions")
    p.click("Create deck")
    assert len(heard) == 1 and heard[0].name == "Sunday questions" and heard[0].cards == ()


def test_the_card_form_closes_with_the_saved_card_and_where_it_goes(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    deck = next(deck for deck in p.services.decks() if deck.cards)
    couple = home(p).couple
    heard = opened(p, routes.CardForm(couple, deck, None))
    p.press(pygame.K_ESCAPE)  # nothing typed: it closes with no card, without asking
    assert heard == [None]
    heard = opened(p, routes.CardForm(couple, deck, 0))
    p.press(pygame.K_ESCAPE)
    assert heard == [None]
    heard = opened(p, routes.CardForm(couple, deck, None))
    p.type("What made you laugh this week?")
    p.press(pygame.K_ESCAPE)  # typed: it asks first
    assert p.scene_name == "ConfirmScene" and heard == []
    p.click("Keep editing")
    assert p.scene_name == "CardFormScene" and heard == []
    p.click("Save card")
    assert len(heard) == 1 and isinstance(heard[0], SavedCard)
    assert heard[0].position is None and heard[0].card.text == "What made you laugh this week?"


def test_leaving_a_typed_card_without_saving_closes_with_none(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    deck = next(deck for deck in p.services.decks() if deck.cards)
    heard = opened(p, routes.CardForm(home(p).couple, deck, None))
    p.type("A card left behind")
    p.press(pygame.K_ESCAPE)
    p.click("Leave it")
    assert heard == [None] and p.scene_name == "HomeScene"


def test_a_deck_closes_with_its_path(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    p.click("Deck studio")
    studio = p.scene
    assert isinstance(studio, StudioScene)
    entry = studio.entries[-1]
    assert entry.deck is not None
    heard = opened(p, routes.StudioDeck(studio.couple, entry.deck, entry.path, read_only=True))
    p.press(pygame.K_ESCAPE)
    assert heard == [entry.path] and p.scene is studio


# ---- the plumbing ----------------------------------------------------------------------------


def test_the_result_comes_after_the_scene_below_has_resumed(pilots: Pilots, monkeypatch: pytest.MonkeyPatch) -> None:
    p = pilots(at_home=True)
    home = p.scene
    said: list[str] = []
    resume = home.resume

    def resumed() -> None:
        said.append("resumed")
        resume()

    monkeypatch.setattr(home, "resume", resumed)
    heard = opened(p, ConfirmScene(p.shell.ui, "Shall we?", "Yes, do"))
    p.shell.ui.push(ConfirmScene(p.shell.ui, "And this one?", "Sure"))  # a question nobody waits on
    p.step()
    p.click("Cancel")
    assert said == [] and heard == []  # the question below it came back, not Home
    p.click("Yes, do")
    assert said == ["resumed"] and heard == [True] and p.scene is home


def test_a_result_scene_closed_without_dismissing_hands_nothing(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    heard = opened(p, ConfirmScene(p.shell.ui, "Shall we?", "Yes, do"))
    p.shell.ui.pop()
    p.step()
    assert heard == [] and p.scene_name == "HomeScene"


def test_a_scene_that_closes_with_nothing_takes_no_callback(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    with pytest.raises(AssertionError, match="closes with no result"):
        p.shell.ui.push(routes.Settings(home(p).couple), print)  # type: ignore[call-overload]


def test_every_route_that_promises_a_result_opens_a_scene_that_gives_one() -> None:
    for route in routes.all_routes():
        gives = issubclass(routes.scene_class(route), ResultScene)
        assert gives == issubclass(route, routes.ResultRoute), f"{route.__name__} and {route.scene} disagree on a result"


# ---- no result travels as a string -------------------------------------------------------------


def string_results(source: str, name: str) -> list[str]:
    """Where `source` hands a scene's result by a string tag, or reads one back (what `ui.push` callbacks replace)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        where = f"{name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.FunctionDef) and node.name == "on_result":
            found.append(f"{where} def on_result")
        if isinstance(node, ast.Attribute) and node.attr in ("result_tag", "on_result"):
            found.append(f"{where} .{node.attr}")
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, owner = node.func.attr, ast.unparse(node.func.value)
        if method in ("push", "replace") and owner.endswith("ui"):
            if any(keyword.arg == "tag" for keyword in node.keywords):
                found.append(f"{where} {method}(tag=...)")
            if len(node.args) > 1 and isinstance(node.args[1], (ast.Constant, ast.JoinedStr, ast.BinOp)):
                found.append(f"{where} {method}(scene, {ast.unparse(node.args[1])})")
        handed = node.args or any(keyword.arg != "after" for keyword in node.keywords)
        if method == "pop" and owner.endswith("ui") and handed:
            found.append(f"{where} {ast.unparse(node)}: a result goes through dismiss")
    return found


def test_no_scene_result_travels_as_a_string_tag() -> None:
    """Results go through ResultScene.dismiss to a typed callback: no tag, no on_result, no `ui.pop(value)` in game/."""
    found = [hit for path in sorted(GAME.rglob("*.py")) for hit in string_results(path.read_text("utf-8"), path.name)]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        'self.ui.push(CurtainScene(ui, a, b, "x"), tag=f"curtain:{seat}")',
        'self.ui.push(Promises(couple, waiting), "promises")',
        "ui.replace(copy, tag=self.result_tag)",
        "self.ui.pop(True)",
        "def on_result(self, tag, value):\n    seat = int(tag.split(':')[1])",
    ],
)
def test_the_string_tag_check_catches_each_old_way(source: str) -> None:
    assert string_results(source, "old.py")
