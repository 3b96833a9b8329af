""" "We talked" says what it saves, and says why only once (playtest I, confusions 8 and 11): a pick or a scale has
no note to leave, yet its button said "We talked, no note"; and the long toast came again after every talk."""

from __future__ import annotations

from game.core.cards import AnswerType, Kind
from game.core.session import Phase
from game.ui.scenes.play import JUST_TALKED, TALKED

from .test_flows import deal
from .test_play_loop import _cards_after_this_one, _play_rounds_until
from .tour import play_turn

SHORT = "Saved as talked about."


def _on(p, typed: bool):  # type: ignore[no-untyped-def]
    def wanted(scene) -> bool:  # type: ignore[no-untyped-def]
        card = scene.card()
        return (
            scene.session.phase is Phase.ANSWER
            and card.kind is Kind.ASK
            and card.remembered
            and (card.answer_type is AnswerType.TEXT) is typed
            and _cards_after_this_one(scene.session) > 0
        )

    return _play_rounds_until(p, deal, wanted, 6, "no such card came")


def test_a_card_with_no_note_to_leave_says_we_just_talked_and_its_toast_says_no_answer_was_saved(pilots) -> None:
    p = pilots(at_home=True)
    _on(p, typed=False)
    assert JUST_TALKED in p.labels() and TALKED not in p.labels()
    p.click(JUST_TALKED)
    assert p.shell.ui.toast_text == f"{SHORT} With no answer saved there's nothing to quiz later, and that's fine."


def test_the_long_toast_comes_once_a_round_then_only_that_the_talk_is_saved(pilots) -> None:
    p = pilots(at_home=True)
    scene = _on(p, typed=True)
    assert TALKED in p.labels()
    p.click(TALKED)
    assert p.shell.ui.toast_text == f"{SHORT} With no note there's nothing to quiz later, and that's fine."
    while p.scene is scene:
        if _cards_after_this_one(scene.session) > 0 and scene.talked_button is not None:
            p.click(scene.talked_button.label)
            assert p.shell.ui.toast_text == SHORT
            return
        play_turn(p)
    raise AssertionError("the round dealt no second card to talk about")
