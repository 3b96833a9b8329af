"""Quiz me's round: a length the couple chooses, its total on screen, and the rest left due for next time."""

from __future__ import annotations

import pygame

from game.core.session import Mode
from game.ui.scenes.round_progress import progress_words
from game.ui.session_choices import quiz_consent, ready_when

from .tour import evenings_then_days_off, play_turn


def _many_due(p) -> int:  # type: ignore[no-untyped-def]
    """Four rounds played by the rules and three days on: more memories due than one quiz round asks."""
    evenings_then_days_off(p)
    due = due_now(p)
    assert due > 12
    return due


def due_now(p) -> int:  # type: ignore[no-untyped-def]
    """The questions Home's Quiz me button counts."""
    return sum(p.scene.due.values())


def test_quiz_me_with_many_due_asks_twelve_says_so_and_leaves_the_rest_for_next_time(pilots):
    p = pilots(at_home=True)
    due = _many_due(p)
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    assert p.scene.quiz_lines()[1] == "This round asks 12 of them; the rest wait for next time."
    assert p.scene.focused().label == "Start the quiz" and ("Enter", "start the quiz") in p.scene.hints
    p.press(pygame.K_RETURN)
    assert p.scene_name == "PlayScene" and p.scene.session.config.length == 12
    assert progress_words(p.scene.session) == "Question 1 of 12"
    asked = []
    for _ in range(100):
        if p.scene_name != "PlayScene":
            break
        asked.append(progress_words(p.scene.session))
        play_turn(p)
    assert asked[-1] == "Question 12 of 12" and all(words.endswith(" of 12") for words in asked)
    assert p.scene_name == "SummaryScene"
    p.press(pygame.K_RETURN)  # back at Home from the summary
    assert p.scene_name == "HomeScene" and due_now(p) == due - 12, "the rest are still due, for next time"


def test_quiz_me_s_length_is_chosen_like_play_s_and_all_that_are_due_asks_every_one(pilots):
    p = pilots(at_home=True)
    due = _many_due(p)
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.press(pygame.K_TAB)
    assert p.scene.focused().label == "Questions per quiz: 12" and ("Enter", "change the length") in p.scene.hints
    p.press(pygame.K_RETURN)
    assert p.widget("Questions per quiz: 20") and p.scene.quiz_lines()[1] == (
        "This round asks 20 of them; the rest wait for next time." if due > 20 else f"This round asks all {due}."
    )
    p.click("Questions per quiz: 20")
    assert p.widget("Questions per quiz: all that are due") and p.scene.quiz_lines()[1] == f"This round asks all {due}."
    p.click("Start the quiz")
    session = p.scene.session
    assert session.config.mode is Mode.QUIZ and session.config.length is None
    assert session.state.questions == due and progress_words(session) == f"Question 1 of {due}"


def test_quiz_me_right_after_a_first_round_says_the_answers_are_saved_and_when_they_can_be_quizzed(pilots):
    from datetime import timedelta

    from .test_flows import deal, play_until

    p = pilots(at_home=True)
    p.click("Quiz me")
    assert p.scene.quiz_lines()[1].startswith("Play a round and save a few answers"), "nothing saved yet: play first"
    p.press(pygame.K_ESCAPE)
    deal(p)
    play_until(p, lambda q: q.scene_name != "PlayScene")
    p.press(pygame.K_RETURN)
    p.later(hours=2)
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    couple = p.services.couples()[0]
    ready = p.services.next_quiz_at(couple, quiz_consent(p.services.settings(), p.services.limits(couple)))
    assert p.now < ready <= p.now + timedelta(days=1), "the last answer rests a day; the first rested sooner"
    lines = p.scene.quiz_lines()
    assert lines[0].startswith("Nothing is ready to quiz yet") and p.labels() == ["Back home"], "no greyed Start"
    assert lines[1] == f"Your answers are saved; the first can be quizzed {ready_when(ready, p.now)}."


def test_when_an_answer_can_be_quizzed_is_said_as_a_day():
    from datetime import UTC, datetime

    now = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)  # a Wednesday evening
    assert ready_when(datetime(2026, 11, 25, 23, 0, tzinfo=UTC), now, UTC) == "later today"
    assert ready_when(datetime(2026, 11, 26, 19, 30, tzinfo=UTC), now, UTC) == "tomorrow"
    assert ready_when(datetime(2026, 11, 27, 8, 0, tzinfo=UTC), now, UTC) == "on Friday"
    assert ready_when(datetime(2026, 12, 15, 8, 0, tzinfo=UTC), now, UTC) == "on 15 December"
    assert ready_when(datetime(2027, 11, 1, 8, 0, tzinfo=UTC), now, UTC) == "on 1 November 2027"


def test_home_shows_its_first_frame_then_counts_quiz_me_s_questions_by_itself(pilots):
    from game.ui.routes import Home

    p = pilots(at_home=True)
    due = _many_due(p)
    couple = p.services.couples()[0]
    p.shell.ui.reset(Home(couple))
    p.step()
    assert "Quiz me" in p.labels(), "the first frame: the buttons, not yet the count"
    assert p.shell.animating, "and the next frame comes at once, not at the idle pace"
    p.step()
    assert f"Quiz me (12 questions, {due} ready)" in p.labels() and not p.shell.animating


def _remembered(p, cards) -> None:  # type: ignore[no-untyped-def]
    """Answers to `cards`, each by whoever's turn it was, on an evening both allowed everything."""
    from game.core.dealing import DealFilters
    from game.core.session import Session, SessionConfig

    store, couple = p.store, p.services.couples()[0]
    decks = {deck.id: deck for deck in p.services.decks()}
    keys = tuple(card.key for card in cards)
    config = SessionConfig(
        deck_ids=tuple(sorted({key.deck_id for key in keys})), filters=DealFilters(1, 3, True), length=len(keys), cards=keys
    )
    session = Session(config, decks, store.memories.all(couple.id), store.memories.quizbook(couple.id))
    session_id = store.sessions.start(couple.id, session, p.now, session.begin(p.now))
    for number in range(len(keys)):
        store.sessions.record(couple.id, session_id, session, session.answer(f"Answer {number}", p.now), p.now)
    assert session.ended


def _round_played(p) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """Quiz me's round from where it is to its summary: the questions asked of each partner, each said as 'of N'."""
    total = p.scene.session.state.questions
    asked = {0: 0, 1: 0}
    for _ in range(200):
        if p.scene_name != "PlayScene":
            break
        session = p.scene.session
        if session.phase.value == "guess":
            asked[session.current.seat] += 1
            assert progress_words(session) == f"Question {sum(asked.values())} of {total}"
        play_turn(p)
    assert p.scene_name == "SummaryScene"
    return asked


def test_quiz_me_promises_what_the_round_asks_in_the_tester_s_sequence_of_lowered_limits(pilots):
    """Playtest D, finding 3: twelve due, six of them beyond the limits, Quiz me said 12 and the round asked 6; a
    question in, a limit lowered again, it promised 6 and Start found none. Each time, the count is the round."""
    from game.core.cards import Kind
    from game.core.limits import Limit

    from .test_date_night_limits import set_limits_in_play

    p = pilots(at_home=True)
    couple = p.services.couples()[0]
    p.shell.ui.set("spicy", True)
    asks = [
        card
        for deck in p.services.decks()
        if not deck.opt_in
        for card in deck.cards
        if card.kind is Kind.ASK and card.remembered and card.answer_type.value == "text"
    ]
    groups = [[card for card in asks if card.level == level and not card.spicy][:3] for level in (1, 2, 3)]
    groups.append([card for card in asks if card.spicy][:3])
    _remembered(p, [card for four in zip(*groups, strict=True) for card in four])  # light, personal, deep, spicy
    p.services.save_limit(couple, 0, Limit(cap=3, spicy=True))
    p.services.save_limit(couple, 1, Limit(cap=2, spicy=False))  # six of the twelve are beyond this
    p.later(days=3)
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    assert p.scene.quiz_lines()[1] == "This round asks all 6."
    p.click("Start the quiz")
    assert progress_words(p.scene.session) == "Question 1 of 6"
    play_turn(p)  # a guess
    play_turn(p)  # judged
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    set_limits_in_play(p, {0: (3, True), 1: (1, False)})  # light only
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    due = dict(p.scene.due)
    assert p.scene.quiz_lines()[1] == f"This round asks all {sum(due.values())}." and sum(due.values()) > 0
    p.click("Start the quiz")
    p.click("End it and start this one")
    assert _round_played(p) == due, "each partner is asked what Quiz me promised them, no fewer"
