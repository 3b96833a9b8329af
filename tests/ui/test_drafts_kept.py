"""Half-typed answers are kept as they are typed, and a draft put back stays kept until its answer is saved.

A tidy close keeps a draft; a crash, a power cut or a killed session gives no such moment. Before, a draft was
written only at a tidy close, and forgotten the moment it was shown again.
"""

from __future__ import annotations

import pygame

from game.core.session import Phase
from game.ui.drafts import EVERY_SECONDS, DraftKeeper

from .pilot import Pilot
from .test_flows import behind_the_curtain_on_a_private_text, deal, play_until


def crash(p: Pilot) -> None:
    """The game stops with no chance to tidy up: no close event, no `closing`."""
    p.closed = True
    p.store.close()
    pygame.display.quit()


def on_a_typed_answer(p: Pilot) -> None:
    deal(p)
    play_until(p, lambda q: q.scene.session.phase is Phase.ANSWER and q.scene.input is not None and q.scene.input.field is not None)


def stored_draft(p: Pilot) -> object:
    return p.store.settings.read(p.services.couples()[0].id).get("draft")


def test_the_keeper_keeps_a_changed_text_every_few_seconds_and_never_the_same_twice():
    kept: list[str] = []
    keeper = DraftKeeper(kept.append, "put back")
    keeper.tick(EVERY_SECONDS, "put back")
    assert kept == [], "the draft put back is kept already"
    keeper.now("put back")
    keeper.tick(0.5, "put back, and more")
    assert kept == [], "not at every key"
    keeper.tick(EVERY_SECONDS, "put back, and more")
    assert kept == ["put back, and more"]
    keeper.now("put back, and more")
    keeper.now("")
    assert kept == ["put back, and more", ""]


def test_an_answer_being_typed_survives_a_crash(pilots):
    p = pilots(at_home=True)
    on_a_typed_answer(p)
    p.type("Half a thought, typed before the power went")
    p.advance(EVERY_SECONDS + 0.5)
    crash(p)
    q = pilots()
    q.press(pygame.K_RETURN)
    assert q.scene_name == "PlayScene"
    assert q.scene.input.field.value == "Half a thought, typed before the power went"


def test_a_draft_put_back_survives_a_second_stop_and_goes_once_its_answer_is_saved(pilots):
    p = pilots(at_home=True)
    on_a_typed_answer(p)
    p.type("Kept once")
    p.close()
    q = pilots()
    q.press(pygame.K_RETURN)
    assert q.scene.input.field.value == "Kept once"
    crash(q)  # nothing typed since it came back: it must still be kept
    r = pilots()
    r.press(pygame.K_RETURN)
    assert r.scene.input.field.value == "Kept once"
    r.press(pygame.K_RETURN)  # saved
    field = r.scene.input.field if r.scene.input is not None else None  # the next card may be picked, not typed
    assert r.scene.session.phase is not Phase.ANSWER or field is None or field.value != "Kept once"
    assert stored_draft(r) is None, "the saved answer's draft is forgotten"


def test_a_private_answer_being_typed_survives_a_crash_behind_the_curtain(pilots):
    from .test_flows import reopened_behind_the_curtain

    p = pilots(at_home=True)
    hand = behind_the_curtain_on_a_private_text(p)
    p.type("My secret stash of Turkish delight")
    p.advance(EVERY_SECONDS + 0.5)
    crash(p)
    q = reopened_behind_the_curtain(p, pilots, hand)
    assert q.scene.input.field.value == "My secret stash of Turkish delight"
    q.press(pygame.K_RETURN)
    assert stored_draft(q) is None, "a private answer's draft goes once it is kept secret"
