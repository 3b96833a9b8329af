"""Home for a couple back again: no first-time help but what waits for them, under a heading for the moment they came
home (welcomed back as the game opens, told the round is done as they come from its summary); and Quiz me's button
saying what a press asks, at every quiz length."""

from __future__ import annotations

import pygame

from game.core.direction import quoted
from game.ui.homecoming import BREAK, EVENING_DONE, QUIZ_DONE, ROUND_DONE, WELCOME_BACK, WHERE_NEXT
from game.ui.scenes.round_progress import progress_words
from game.ui.session_choices import LENGTHS

from .date_night_tour import run_evening, set_up
from .drawn import frame
from .test_date_night_go_home import evening_paused_at_home, reopened
from .test_flows import deal, play_until, quiz_me_after_a_round
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


def finish_a_round(p) -> None:  # type: ignore[no-untyped-def]
    deal(p)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)  # the summary, then Home
    assert p.scene_name == "HomeScene"


def take_a_break(p) -> None:  # type: ignore[no-untyped-def]
    """A round dealt, then Esc and "Go home": it waits, just where they stopped."""
    deal(p)
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    assert p.scene_name == "HomeScene"


def test_a_couple_home_from_a_round_just_played_reads_it_is_done_and_a_month_on_is_welcomed_back(pilots):
    p = pilots(at_home=True)
    finish_a_round(p)
    words = panel(p)
    assert words.startswith(f"{ROUND_DONE} ") and WELCOME_BACK not in words, "not greeted as if they had been away"
    assert quiz_button(p) == "Quiz me (ready tomorrow)", "when the first can be asked, not a button that waits"
    p.later(days=30)  # a month later, the same couple
    p.scene.refresh()
    words = panel(p)
    due = due_now(p)
    assert due > 1 and words == f"Welcome back {due} memories are ready to quiz.", "what waits, and only that"


def test_a_home_left_sitting_an_hour_after_a_round_greets_the_couple_as_back(pilots):
    p = pilots(at_home=True)
    finish_a_round(p)
    p.later(minutes=59)
    assert panel(p).startswith(ROUND_DONE), "a break for a cup of tea is not a time away"
    p.later(minutes=1)
    assert panel(p).startswith(f"{WELCOME_BACK} "), "nothing pressed: Home sees the hour by itself"


def test_a_couple_home_from_a_quiz_just_played_reads_it_is_done(pilots):
    p = pilots(at_home=True)
    quiz_me_after_a_round(p)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene"
    assert panel(p).startswith(f"{QUIZ_DONE} ")


def test_a_couple_home_from_a_date_night_just_had_reads_it_is_done(pilots):
    p = pilots(at_home=True)
    set_up(p, minutes=30, caps=(1, 1))
    run_evening(p, note=None)
    p.click("Back home")
    assert p.scene_name == "HomeScene"
    assert panel(p).startswith(f"{EVENING_DONE} ")


def test_a_date_night_paused_reads_as_a_break_until_it_is_let_go(pilots):
    p = pilots(at_home=True)
    finish_a_round(p)  # played before: the panel says what waits
    evening_paused_at_home(p)
    assert panel(p).startswith(f"{BREAK} Your date night is paused at part ")
    p.click("Let this date night go")
    p.click("Keep it")
    assert panel(p).startswith(f"{BREAK} "), "a question asked on Home is not a time away"
    p.click("Let this date night go")
    p.click("Let it go")
    assert panel(p) == f"{WHERE_NEXT} Nothing is waiting on you: start whatever you like."


def test_a_couple_back_from_a_look_elsewhere_read_where_to_next(pilots):
    p = pilots(at_home=True)
    take_a_break(p)
    for place in ("Settings", "Our story", "Deck studio", "Names and pronouns", "Play"):
        p.click(place)
        assert p.scene_name != "HomeScene"
        p.press(pygame.K_ESCAPE)
        assert p.scene_name == "HomeScene", place
        assert panel(p) == f"{WHERE_NEXT} A round is waiting, just where you stopped.", place


def test_a_couple_opening_the_game_or_switching_to_their_couple_is_welcomed_back(pilots):
    p = pilots(at_home=True)
    finish_a_round(p)
    p.click("Switch couple")
    p.click(" & ".join(map(quoted, ("Zoë", "Łukasz"))))
    assert p.scene_name == "HomeScene"
    assert panel(p).startswith(f"{WELCOME_BACK} ")
    again = reopened(pilots)
    assert again.scene_name == "HomeScene"
    assert panel(again).startswith(f"{WELCOME_BACK} ")


def test_a_couple_who_left_a_round_half_played_is_told_it_waits_and_nothing_else(pilots):
    p = pilots(at_home=True)
    take_a_break(p)
    assert panel(p) == f"{BREAK} A round is waiting, just where you stopped."


def test_a_couple_who_played_with_nothing_waiting_hears_just_that(pilots):
    p = pilots(at_home=True)
    take_a_break(p)
    p.click("Continue where you stopped")
    p.click("End session")
    p.click("End and see summary")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "HomeScene"
    words = panel(p)
    assert words == f"{WHERE_NEXT} Nothing is waiting on you: start whatever you like.", "nothing played, nothing rests"


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
