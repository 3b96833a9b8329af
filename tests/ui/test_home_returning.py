"""Home for a couple back again: no first-time help but what waits for them; and Quiz me's button saying what a press
asks, at every quiz length."""

from __future__ import annotations

import pygame

from game.ui.scenes.play_view import progress_words
from game.ui.session_choices import LENGTHS

from .drawn import frame
from .test_flows import deal, play_until
from .test_quiz_round import _many_due, due_now


def panel(p) -> str:  # type: ignore[no-untyped-def]
    """Everything Home drew beside its buttons, as one line of words."""
    p.step()
    p.step()  # Quiz me's count comes a frame after the first
    return " ".join(d.text for d in frame(p) if d.by == "HomeScene" and d.ink.left >= p.scene.help.left)


def test_a_new_couple_reads_how_it_works(pilots):
    p = pilots(at_home=True)
    words = panel(p)
    assert words.startswith("How it works") and "Take turns drawing cards" in words and "Welcome back" not in words


def test_a_couple_back_after_a_finished_round_is_welcomed_back_without_the_first_time_help(pilots):
    p = pilots(at_home=True)
    deal(p)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)  # the summary, then Home
    assert p.scene_name == "HomeScene"
    panel(p)
    assert quiz_button(p) == "Quiz me (ready tomorrow)", "when the first can be asked, not a button that waits"
    p.later(days=30)  # a month later, the same couple
    p.scene.refresh()
    words = panel(p)
    due = due_now(p)
    assert due > 1 and words == f"Welcome back {due} memories are ready to quiz.", "what waits, and only that"


def test_a_couple_who_left_a_round_half_played_is_told_it_waits_and_nothing_else(pilots):
    p = pilots(at_home=True)
    deal(p)
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    assert p.scene_name == "HomeScene"
    assert panel(p) == "Welcome back A round is waiting, just where you stopped."


def test_a_couple_who_played_with_nothing_waiting_hears_just_that(pilots):
    p = pilots(at_home=True)
    deal(p)
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    p.click("Continue where you stopped")
    p.click("End session")
    p.click("End and see summary")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene"
    assert panel(p) == "Welcome back Nothing is waiting on you: start whatever you like.", "today's answers still rest"


def quiz_button(p) -> str:  # type: ignore[no-untyped-def]
    return next(label for label in p.labels() if label.startswith("Quiz me"))


def test_quiz_me_s_button_counts_the_questions_its_round_asks_at_every_length(pilots):
    p = pilots(at_home=True)
    due = _many_due(p)
    for length in LENGTHS:
        p.click(quiz_button(p))
        for _ in LENGTHS:  # the length kept from last time, stepped on to this one
            if p.scene.quiz_length == length:
                break
            p.click(next(label for label in p.labels() if label.startswith("Questions per quiz")))
        p.press(pygame.K_ESCAPE)
        assert p.scene_name == "HomeScene"
        p.scene.refresh()
        label = quiz_button(p)
        shown = int(label.split("(")[1].split()[0])
        asks = min(due, length) if length else due
        assert shown == asks, label
        assert label == (f"Quiz me ({asks} questions, {due} ready)" if asks < due else f"Quiz me ({asks} questions)")
        p.click(label)
        p.click("Start the quiz")
        session = p.scene.session
        assert session.state.questions == shown and progress_words(session) == f"Question 1 of {shown}"
        p.press(pygame.K_ESCAPE)
        p.click("Go home")
        p.click("Continue where you stopped")
        p.click("End session")
        p.click(next(label for label in p.labels() if label.startswith("End")))
        p.press(pygame.K_RETURN)
        assert p.scene_name == "HomeScene"
        due = due_now(p)
