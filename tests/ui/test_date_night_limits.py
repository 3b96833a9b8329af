"""A paused date night picks up within the limits as they are now (playtest A, findings 1, 10 and 12).

The tester's path, through the real scenes: a date night, paused with Esc → Go home; one partner
lowers their limits in Play's "Our private limits…"; Date night again. Nothing beyond the new limits
is dealt or left on the table after that, and the keepsake shows nothing from beyond them. Home says
a date night is waiting, and the date-night curtain promises only the choices its screen offers.
"""

from __future__ import annotations

from datetime import datetime

import pygame

from game.core.cards import Card, CardKey
from game.core.date_night_state import Segment, StepKind
from game.ui.scenes.date_night import LIMITS_CHANGED
from game.ui.scenes.date_night_setup import CURTAIN_WORDS, CURTAIN_WORDS_SPICY_OFF

from .date_night_tour import play_turn, pledge, run_evening, set_up
from .pilot import Pilot


def set_limits_in_play(p: Pilot, limits: dict[int, tuple[int, bool]]) -> None:
    """From Home: Play → Our private limits…, each partner behind the curtain (depth, and spicy when asked); Home again."""
    p.click("Play")
    p.click("Our private limits…")
    for seat in (0, 1):
        assert p.scene_name == "CurtainScene"
        p.press(pygame.K_RETURN)
        assert p.scene_name == "LimitsScene"
        cap, spicy = limits[seat]
        p.scene.focus_on(p.widget("How deep I'm happy to go"))
        p.press(pygame.K_RIGHT, times=2)
        p.press(pygame.K_LEFT, times=3 - cap)
        if "I'm up for spicy cards" in p.labels() and p.widget("I'm up for spicy cards").value != spicy:  # type: ignore[attr-defined]
            p.click("I'm up for spicy cards")
        p.click("Save my limits")
    assert "Both limits are set" in p.shell.ui.toast_text
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "HomeScene"


def go_home(p: Pilot) -> None:
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    assert p.scene_name == "HomeScene"


def date_night_button(p: Pilot) -> str:
    """Home's Date night button, or the button that carries on the evening waiting."""
    return next(label for label in p.labels() if label.startswith(("Date night", "Carry on your date night")))


def cards_played_since(p: Pilot, since: datetime) -> list[Card]:
    """Every card played (or quizzed on) from `since`, as the store keeps the turns."""
    couple = p.services.couples()[0]
    cards = {card.key: card for deck in p.services.decks() for card in deck.cards}
    turns = p.services.store.sessions.turns(couple.id)
    return [cards[CardKey(t["deck_id"], t["card_id"])] for t in turns if datetime.fromisoformat(t["at"]) >= since]


def within(card: Card, cap: int, spicy: bool) -> bool:
    return card.level <= cap and (spicy or not card.spicy)


def test_a_partner_lowering_their_depth_in_play_while_the_evening_is_paused_is_kept_to_when_it_picks_up(pilots, tmp_path) -> None:
    p = pilots(at_home=True)
    assert p.shell.ui.settings["spicy"] is False
    set_up(p, minutes=60, caps=(3, 3))
    pledge(p)
    evening = p.scene.evening  # type: ignore[attr-defined]
    deeper = [evening.card(key) for step in evening.state.steps if step.segment is Segment.DEEPER for key in step.cards]
    assert sum(card.level == 3 for card in deeper) >= 3  # planned deep, as both allowed then
    go_home(p)
    set_limits_in_play(p, {0: (3, False), 1: (2, False)})  # Sam: "up to personal"
    p.later(minutes=20)
    resumed_at = p.now
    p.click(date_night_button(p))
    assert p.scene_name == "DateNightScene"
    assert p.shell.ui.toast_text == LIMITS_CHANGED
    p.advance(1.5)  # the opening fades in, the word stays a little longer
    p.screenshot(tmp_path / "resumed.png")
    run_evening(p)
    played = cards_played_since(p, resumed_at)
    assert played and all(within(card, 2, False) for card in played), [str(card.key) for card in played]
    night = p.scene.night.evening  # type: ignore[attr-defined]
    assert night.state.max_level == 2
    in_deeper = {key for step in night.state.steps if step.segment is Segment.DEEPER for key in step.cards}
    assert in_deeper and all(night.card(key).level == 2 for key in in_deeper)  # going deeper still, as far as personal


def test_a_partner_saying_no_to_spicy_cards_while_paused_mid_card_takes_that_card_off_the_table(pilots, tmp_path) -> None:
    p = pilots(at_home=True)
    p.shell.ui.set("spicy", True)
    set_up(p, minutes=60, caps=(3, 3), spicy=(True, True))
    pledge(p)
    for _ in range(300):  # through the warm-up (and any quiz) to the first spicy card of going deeper
        if p.scene_name == "DateNightScene":
            step = p.scene.evening.step  # type: ignore[attr-defined]
            if step.kind is StepKind.BREAK:
                p.click("Keep going")
            else:
                p.press(pygame.K_RETURN)
            continue
        assert p.scene_name == "DateNightPlayScene"
        if p.scene.evening.evening.step.segment is Segment.DEEPER and p.scene.card().spicy:  # type: ignore[attr-defined]
            break
        play_turn(p)
        p.later(minutes=3)
    else:
        raise AssertionError("no spicy card came in going deeper")
    spicy_card = p.scene.card()  # type: ignore[attr-defined]
    p.click("Star")  # a moment worth keeping, starred while both still said yes
    p.advance(4.0)
    go_home(p)
    set_limits_in_play(p, {0: (3, True), 1: (2, False)})  # Sam: no to spicy cards, and up to personal
    resumed_at = p.now
    p.click(date_night_button(p))
    assert p.shell.ui.toast_text == LIMITS_CHANGED
    assert p.scene_name == "DateNightScene"  # the card is off the table: going deeper begins again, within the limits
    assert p.scene.evening.step.segment is Segment.DEEPER  # type: ignore[attr-defined]
    p.advance(1.5)
    p.screenshot(tmp_path / "resumed-mid-part.png")
    run_evening(p, star=None)
    played = cards_played_since(p, resumed_at)
    assert spicy_card not in played
    assert all(within(card, 2, False) for card in played), [str(card.key) for card in played]
    night = p.scene.night.evening  # type: ignore[attr-defined]
    deeper = next(step for step in night.state.steps if step.segment is Segment.DEEPER)
    assert deeper.cards and all(night.card(key) in played for key in deeper.cards)  # it went on, with other cards
    keepsake = p.scene.keepsake  # type: ignore[attr-defined]
    couple = p.services.couples()[0]
    assert couple.fill(spicy_card.text, 0) not in keepsake.starred
    assert spicy_card.text not in " ".join(keepsake.texts())


def test_home_says_a_date_night_is_paused_and_how_long_is_left(pilots, tmp_path) -> None:
    p = pilots(at_home=True)
    assert "Date night" in p.labels()
    set_up(p, minutes=60)
    pledge(p)
    p.later(minutes=25)
    p.advance(0.1)
    go_home(p)
    assert date_night_button(p) == "Carry on your date night (35 min left)"
    p.screenshot(tmp_path / "home-paused.png")
    p.later(hours=3)  # time away is not counted
    p.click("Settings")
    p.press(pygame.K_ESCAPE)  # Home is built afresh
    assert date_night_button(p) == "Carry on your date night (35 min left)"
    p.click("Carry on your date night (35 min left)")
    assert p.scene_name == "DateNightScene" and p.shell.ui.toast_text != LIMITS_CHANGED
    p.click("Skip to the closing")
    p.click("Skip to the closing")
    run_evening(p, note=None)
    p.click("Back home")
    assert "Date night" in p.labels()  # nothing waits once it has ended


def test_the_date_night_curtain_promises_only_the_choices_its_limits_screen_offers(pilots) -> None:
    p = pilots(at_home=True)
    for spicy, words, asked in ((False, CURTAIN_WORDS_SPICY_OFF, False), (True, CURTAIN_WORDS, True)):
        p.shell.ui.set("spicy", spicy)
        p.click("Date night")
        p.click("Set our limits in private")
        assert p.scene_name == "CurtainScene"
        assert p.scene.purpose == words  # type: ignore[attr-defined]
        assert ("spicy" in words) is asked
        p.press(pygame.K_RETURN)
        assert ("I'm up for spicy cards" in p.labels()) is asked
        p.press(pygame.K_ESCAPE)
        p.press(pygame.K_ESCAPE)
        assert p.scene_name == "HomeScene"


def test_the_part_called_going_deeper_is_named_for_what_it_deals_once_the_limits_keep_it_light(pilots) -> None:
    """Playtest D, item 13: after a partner lowered to light only while the evening waited, part 3 was still called
    "Going deeper" while it dealt light cards."""
    from .drawn import frame
    from .test_play_fixes import _to_segment

    p = pilots(at_home=True)
    set_up(p, minutes=60, caps=(3, 3))
    pledge(p)
    go_home(p)
    set_limits_in_play(p, {0: (3, False), 1: (1, False)})  # light only
    p.click(date_night_button(p))
    _to_segment(p, Segment.DEEPER)
    p.advance(2.0)  # the opening fades in
    assert "Staying a while" in [drawn.text for drawn in frame(p)]
    assert "Going deeper" not in [drawn.text for drawn in frame(p)]
    p.press(pygame.K_RETURN)  # its first card
    assert p.scene_name == "DateNightPlayScene" and p.scene.segment_name == "Staying a while"
    assert all(p.scene.session.card(key).level == 1 for key in p.scene.session.state.deal)
    assert "Staying a while" in [drawn.text for drawn in frame(p)], "the arc at the foot names it the same way"


def test_going_deeper_keeps_its_name_when_the_evening_can_go_deeper(pilots) -> None:
    from .test_play_fixes import _to_segment

    p = pilots(at_home=True)
    set_up(p, minutes=60, caps=(3, 2))
    _to_segment(p, Segment.DEEPER)
    p.press(pygame.K_RETURN)
    assert p.scene.segment_name == "Going deeper"
