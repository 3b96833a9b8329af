"""More of a part that went quickly, on screen: offered in plain words, taken or not, and kept through a closed window.

A couple who answer briskly used to reach the closing of a 30-minute evening after a dozen minutes. Now a part
that dealt all its cards in half its time or less offers a few more of its own (game/core/date_night_more.py).
"""

from __future__ import annotations

import pygame
import pytest

from game.core.date_night_state import Segment, Status

from .date_night_tour import play_turn, pledge, set_up
from .drawn import frame
from .pilot import Pilot


def warm_up_played(p: Pilot, minutes_per_turn: float, seen: list[str] | None = None) -> None:
    """From Home: a 30-minute evening's warm-up played through, each card taking `minutes_per_turn` before its
    last step (the time is spent talking, before "Next card"); `seen` gathers the buttons shown at each step."""
    set_up(p, minutes=30)
    pledge(p)
    part_played(p, minutes_per_turn, seen)


def part_played(p: Pilot, minutes_per_turn: float, seen: list[str] | None = None) -> None:
    """The part at its opening dealt (Enter) and played through, each turn taking `minutes_per_turn`."""
    p.press(pygame.K_RETURN)
    timed = None
    for _ in range(120):
        if p.scene_name != "DateNightPlayScene":
            return
        turn = p.scene.session.current  # type: ignore[attr-defined]
        if turn is not None and turn.number != timed:
            p.later(minutes=minutes_per_turn)
            timed = turn.number
        if seen is not None:
            seen.extend(p.labels())
        play_turn(p)
    raise AssertionError("the part never ended")


def on_screen(p: Pilot) -> str:
    """The evening's words, without the minutes left (they move on while it waits)."""
    return " ".join(d.text for d in frame(p) if "min left" not in d.text)


def test_a_quick_warm_up_offers_more_which_waits_through_a_closed_window_and_deals_just_those(pilots) -> None:
    p = pilots(at_home=True)
    warm_up_played(p, minutes_per_turn=0.5)
    assert p.scene_name == "DateNightScene"
    step = p.scene.evening.step  # type: ignore[attr-defined]
    assert step.segment is Segment.WARM_UP and step.status is Status.OFFERED and step.offer
    p.advance(2.0)  # the words fade in
    offer, labels, words = list(step.offer), p.labels(), on_screen(p)
    assert "That went quickly. We've time for" in words and "Warm-up" in words
    assert labels[:2] == [f"Yes, {['one', 'two', 'three'][len(offer) - 1]} more", "No, on to the next part"]
    p.close()  # the window closes with the offer on the table

    again = pilots()
    again.press(pygame.K_RETURN)  # continue the evening
    assert again.scene_name == "DateNightScene"
    again.advance(2.0)
    assert again.labels() == labels and on_screen(again) == words
    assert again.scene.evening.step.offer == offer  # type: ignore[attr-defined]
    again.click(labels[0])
    assert again.scene_name == "DateNightPlayScene"
    config = again.scene.session.config  # type: ignore[attr-defined]
    assert config.cards[: len(offer)] == tuple(offer) and config.length == len(offer)  # the rest stand in for passes


@pytest.mark.parametrize(("minutes_per_turn", "last"), [(0.5, "Finish this part"), (4.0, "Next: Going deeper")])
def test_the_last_card_of_a_part_says_whether_more_may_come(pilots, minutes_per_turn, last) -> None:
    """A quick part's last card leads to the offer, not to the next part it would have named."""
    p = pilots(at_home=True)
    seen: list[str] = []
    warm_up_played(p, minutes_per_turn, seen)
    ends = [label for label in seen if label == "Finish this part" or label.startswith("Next: ")]
    assert ends and set(ends) == {last}, ends


def test_declining_more_goes_straight_on_to_the_next_part(pilots) -> None:
    p = pilots(at_home=True)
    warm_up_played(p, minutes_per_turn=0.5)
    evening = p.scene.evening  # type: ignore[attr-defined]
    offer = list(evening.step.offer)
    p.click("No, on to the next part")
    assert p.scene_name == "DateNightScene"
    assert evening.step.segment is not Segment.WARM_UP and evening.step.status is Status.PENDING
    assert "Deal the cards" in p.labels()
    assert not set(offer) & set(evening.state.tally.played)


@pytest.mark.parametrize("minutes_per_turn", [4.0, 9.0])  # on time, and running over
def test_a_warm_up_played_on_time_or_late_offers_nothing_more(pilots, minutes_per_turn) -> None:
    p = pilots(at_home=True)
    warm_up_played(p, minutes_per_turn)
    assert p.scene_name == "DateNightScene"
    step = p.scene.evening.step  # type: ignore[attr-defined]
    assert step.segment is not Segment.WARM_UP and step.status is Status.PENDING
    assert not any(label.startswith("Yes,") for label in p.labels())
