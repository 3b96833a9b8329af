"""More of the quiz part, on screen: a quick "How well do you know me?" with more answers due offers more questions
in the same plain words as a quick part's more cards, and saying yes asks just that many."""

from __future__ import annotations

from game.core.date_night_state import Segment, Status

from .date_night_tour import pledge, set_up
from .pilot import Pilot
from .test_date_night_more import on_screen, part_played
from .test_quiz_round import _many_due


def quiz_offered(p: Pilot) -> None:
    """From Home, with many answers due: a 60-minute evening, its warm-up on time, its quiz part quick."""
    _many_due(p)
    set_up(p, minutes=60)
    pledge(p)
    part_played(p, minutes_per_turn=4.0)  # the warm-up, on time: no offer
    assert p.scene.evening.step.segment is Segment.QUIZ  # type: ignore[attr-defined]
    part_played(p, minutes_per_turn=0.2)
    assert p.scene_name == "DateNightScene"


def test_a_quick_quiz_part_offers_more_questions_and_yes_asks_just_those(pilots, tmp_path) -> None:
    p = pilots(at_home=True)
    quiz_offered(p)
    step = p.scene.evening.step  # type: ignore[attr-defined]
    assert step.segment is Segment.QUIZ and step.status is Status.OFFERED and 1 <= len(step.offer) <= 3
    p.advance(2.0)  # the words fade in
    number = ["one", "two", "three"][len(step.offer) - 1]
    noun = "question" if len(step.offer) == 1 else "questions"
    assert f"That went quickly. We've time for {number} more {noun}" in on_screen(p)
    assert p.labels()[:2] == [f"Yes, {number} more", "No, on to the next part"]
    p.screenshot(tmp_path / "quiz-more.png")
    offered = len(step.offer)
    p.click(f"Yes, {number} more")
    assert p.scene_name == "DateNightPlayScene"
    session = p.scene.session  # type: ignore[attr-defined]
    assert session.config.length == offered and session.current.memory is not None


def test_saying_no_to_more_questions_goes_on_to_the_next_part(pilots) -> None:
    p = pilots(at_home=True)
    quiz_offered(p)
    p.click("No, on to the next part")
    assert p.scene_name == "DateNightScene"
    step = p.scene.evening.step  # type: ignore[attr-defined]
    assert step.segment is not Segment.QUIZ and step.status is Status.PENDING
