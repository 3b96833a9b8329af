"""Follow-ups on every kind of card (playtest C, finding 3): Deck studio offers them on every kind, the built-in
decks have them on action, both and scenario cards too, and play showed them only on ask cards. They now come at
the moment that fits: after "We did it" for an action, under the two answers once a both or scenario card is revealed."""

from __future__ import annotations

import pygame
import pytest

from game.core.cards import Kind
from game.core.session import Phase
from game.storage.paths import user_decks_dir
from game.ui.scenes.play_view import after_reveal_text, side_text

from .drawn import frame, overlapping, top_scene
from .test_play_loop import _deal_only
from .tour import play_turn

OUR_DECK = """format: 1
id: sofa-nights
name: Sofa nights
cards:
  - id: slow-dance
    kind: action
    text: Put on our song and slow-dance in the kitchen until it ends.
    seconds: 200
    followups:
      - Who led?
  - id: heating
    kind: both
    text: What should the heating be set to tonight?
    followups:
      - Who gives in first, {name}?
      - Now swap jumpers.
  - id: rude-guest
    kind: scenario
    text: If someone is rude to me at a party, what would you like from me?
    options:
      - Answer them there and then
      - Talk to me about it later
    followups:
      - When did that last happen?
"""


def _words(p) -> list[str]:  # type: ignore[no-untyped-def]
    return [text for text, _, _ in side_text(p.scene)] + [text for text, _, _ in after_reveal_text(p.scene)]


def _our_round(pilots, data_root, size=(1280, 720), text_size="medium"):  # type: ignore[no-untyped-def]
    """A round of the couple's own deck: an action, a both and a scenario card, each with follow-ups."""
    folder = user_decks_dir(data_root)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sofa-nights.yaml").write_text(OUR_DECK, encoding="utf-8")
    p = pilots(at_home=True, size=size)
    p.shell.ui.set("text_size", text_size)
    _deal_only(p, "Sofa nights")
    assert p.scene_name == "PlayScene"
    return p


def _until(p, kind: Kind, phase: Phase) -> None:  # type: ignore[no-untyped-def]
    for _ in range(20):
        if p.scene.card().kind is kind and p.scene.session.phase is phase:
            return
        play_turn(p)
        assert p.scene_name == "PlayScene", f"the round ended before a {kind.value} card's {phase.value} step"
    raise AssertionError(f"no {kind.value} card reached its {phase.value} step")


def test_an_action_card_s_follow_up_comes_once_it_is_done_before_the_next_card(pilots, data_root) -> None:
    p = _our_round(pilots, data_root)
    _until(p, Kind.ACTION, Phase.ANSWER)
    card = p.scene.card()
    assert not [line for line in _words(p) if "Who led?" in line]  # not while dancing: it is for afterwards
    p.click("Start the 200-second timer")
    p.click("We did it")
    assert p.scene.card() == card and p.scene.session.phase is Phase.REVEAL
    assert not p.scene.timer_running  # done before time was up: no chime over the talk
    assert _words(p)[:2] == ["Done! Talk it over before the next card.", "Ask next: “Who led?”"]
    assert "Pass" not in p.labels() and "We did it" not in p.labels()
    p.click("Undo")
    assert p.scene.session.phase is Phase.ANSWER and "We did it" in p.labels()  # taken back: still to do
    p.click("We did it")
    p.click("Next card")
    assert p.scene_name != "PlayScene" or p.scene.card() != card
    played = p.store.conn.execute("SELECT kind, outcome FROM turns WHERE card_id IS NOT NULL ORDER BY rowid").fetchall()
    assert any(kind == "action" for kind, _ in played)


@pytest.mark.parametrize("kind", [Kind.BOTH, Kind.SCENARIO])
def test_a_both_or_scenario_card_s_follow_ups_come_under_the_two_answers_once_revealed(pilots, data_root, kind) -> None:
    p = _our_round(pilots, data_root)
    _until(p, kind, Phase.PRIVATE)
    assert not [line for line in _words(p) if line.startswith("Ask next")]  # not before both have answered
    _until(p, kind, Phase.REVEAL)
    seat = p.scene.session.current.seat
    expected = {
        Kind.BOTH: [f"Ask next: “Who gives in first, {p.scene.name(seat)}?”", "Then: “Now swap jumpers.”"],
        Kind.SCENARIO: ["Ask next: “When did that last happen?”"],
    }[kind]
    assert [text for text, _, _ in after_reveal_text(p.scene)] == expected
    drawn = top_scene(p, frame(p))
    names = [d for d in drawn if d.text == p.scene.name(0)]  # the name at the top of each answer's box
    said = [d for d in drawn if d.text in expected]
    button = p.scene.widgets[0].rect  # the button that goes on: "Next card", or on the last card what comes next
    assert len(said) == len(expected) and names
    assert all(max(name.ink.bottom for name in names) < d.ink.top and d.ink.bottom < button.top for d in said)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
@pytest.mark.parametrize("text_size", ["medium", "largest"])
def test_follow_ups_on_every_kind_fit_beside_the_card_at_any_text_size(pilots, data_root, size, text_size) -> None:
    p = _our_round(pilots, data_root, size, text_size)
    seen = set()
    while p.scene_name == "PlayScene":
        kind, phase = p.scene.card().kind, p.scene.session.phase
        if phase is Phase.REVEAL:
            seen.add(kind)
            drawn = top_scene(p, frame(p))
            assert overlapping(drawn) == [], (kind, size, text_size)
            focused = p.scene.focused()
            assert focused is not None and focused.label in ("Next card", "See how we did")
            assert p.scene.viewport.contains(focused.rect), "the button that goes on is scrolled into sight"
        play_turn(p)
        p.advance(0.7)
    assert seen == {Kind.ACTION, Kind.BOTH, Kind.SCENARIO}


def test_a_built_in_action_card_s_follow_ups_are_shown_too(pilots) -> None:
    from .test_play_loop import _on_a_timed_card

    p = pilots(at_home=True)
    _on_a_timed_card(p)
    card = p.scene.card()
    assert card.followups, "the built-in timed card has follow-ups"
    p.press(pygame.K_TAB)
    p.click("We did it")
    assert [line for line in _words(p) if line.startswith(("Ask next", "Next:"))]
