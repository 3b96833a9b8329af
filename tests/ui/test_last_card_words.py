"""The last card of a round says what comes next, never "Next card": a Play round's summary, and on date night
the part, the break, the note or the closing screen that the evening actually goes on to."""

from __future__ import annotations

import pygame
import pytest

from game.core.date_night_more import OFFERED_PARTS
from game.core.date_night_state import SEGMENT_NAMES, StepKind

from . import date_night_tour
from .date_night_tour import remember_before, run_evening, set_up
from .test_date_night import EARLIER
from .test_flows import deal
from .tour import play_turn

FINISHING = ("Next card", "See how we did", "Finish this part")


def finishing(p) -> str | None:  # type: ignore[no-untyped-def]
    """The words of the button that finishes the turn on the table, when it has one."""
    return next((label for label in p.labels() if label in FINISHING or label.startswith("Next: ")), None)


@pytest.mark.parametrize("length", ["6", "12"])
def test_a_play_round_s_last_card_leads_to_the_summary_and_every_other_to_the_next_card(pilots, length):
    p = pilots(at_home=True)
    p.click("Play")
    while f"Cards per round: {length}" not in p.labels():
        p.click(next(label for label in p.labels() if label.startswith("Cards per round")))
    others = [label.split(" (")[0] for label in p.labels() if " (" in label and not label.startswith("Who's More Likely")]
    p.press(pygame.K_ESCAPE)
    deal(p, **dict.fromkeys(others, False))  # every card ends at a reveal, with a button to go on from it
    said: list[tuple[str, bool]] = []
    for _ in range(400):
        if p.scene_name != "PlayScene":
            break
        words = finishing(p)
        play_turn(p)
        if words is not None:
            said.append((words, p.scene_name != "PlayScene"))
    assert p.scene_name == "SummaryScene"
    assert said and said[-1] == ("See how we did", True), "the last card leads to the summary"
    assert all(words == "Next card" for words, ended in said[:-1]) and not any(ended for _, ended in said[:-1])


def test_every_date_night_part_s_last_card_says_where_the_evening_goes(pilots, monkeypatch):
    p = pilots(at_home=True)
    remember_before(p, EARLIER, days_ago=9)  # memories to quiz in the quiz part
    set_up(p, minutes=60)
    said: list[tuple[str, str, str | None]] = []  # (part, the button's words, where pressing it went)
    original = date_night_tour.play_turn

    def watched(q, private=None):  # type: ignore[no-untyped-def]
        scene = q.scene
        part = scene.evening.evening.step.segment.value
        words = finishing(q)
        original(q, private)
        if words is None:
            return
        if q.scene is scene:
            said.append((part, words, None))  # still in the part
            return
        evening = scene.evening.evening
        step = evening.step
        went = "summary" if q.scene_name == "DateNightSummaryScene" else step.kind.value
        if step is not None and step.kind is StepKind.CARDS:
            went = step.segment.value
        said.append((part, words, went))

    monkeypatch.setattr(date_night_tour, "play_turn", watched)
    run_evening(p, note=None)
    expected = {
        **{segment.value: f"Next: {name}" for segment, name in SEGMENT_NAMES.items()},
        "seal_note": "Next: a note for next time",
        "break": "Next: a short break",
        "summary": "See how we did",
    }
    lasts = [(part, words, went) for part, words, went in said if went is not None]
    # A part whose last card is answered with a note ends on "Save …'s answer" (saving moves on), not on a button that
    # finishes the turn: the parts that end on one are checked, and this evening (the deal's luck) holds three or more.
    assert len({part for part, _, _ in lasts} & {"quiz", "deeper", "back", "closing"}) >= 3, said
    for part, words, went in lasts:
        # A part going quickly may be offered more of its cards first (see date_night_more): its last card says only
        # "Finish this part", true whether the offer comes (it leads there) or the talk ran on past it.
        quick = part in {segment.value for segment in OFFERED_PARTS} and words == "Finish this part"
        assert quick or words == expected[went], (part, words, went)
    assert all(words == "Next card" for _, words, went in said if went is None), said
