"""A round's summary counts what it says it counts (playtest E, finding 13).

A quiz round with four questions and one "still true?" check-in said "5 questions about each other"; a
first evening of 14 answers said "12 answers remembered" (an answer is kept only the first time, each
partner's on a card you both answered; a pass, a thing done together or a talk with no note is not).
"""

from __future__ import annotations

from game.core.events import SessionSummary
from game.ui.scenes.summary import SummaryScene


def summary(**fields: object) -> SessionSummary:
    base: dict[str, object] = dict(
        turns=0, cards_played=0, passed=0, new_memories=0, quiz_results={0: {}, 1: {}}, in_sync=(0, 0), starred=()
    )
    return SessionSummary(**{**base, **fields})  # type: ignore[arg-type]


def test_a_check_in_is_not_counted_among_the_questions(pilots):
    p = pilots(at_home=True)
    couple = p.scene.couple
    quiz = summary(turns=5, quiz_results={0: {"not_quite": 2}, 1: {"got_it": 1, "not_quite": 1}})
    lines = SummaryScene(p.shell.ui, couple, quiz).lines()
    assert lines[0] == "4 questions about each other."
    assert lines[1] == "1 answer checked: still true, or changed."
    only_checks = summary(turns=2, quiz_results={0: {}, 1: {}})
    assert SummaryScene(p.shell.ui, couple, only_checks).lines() == ["2 answers checked: still true, or changed."]


def test_the_answers_kept_say_which_answers(pilots):
    p = pilots(at_home=True)
    evening = summary(turns=16, cards_played=16, passed=1, new_memories=12)
    lines = SummaryScene(p.shell.ui, p.scene.couple, evening).lines()
    assert lines[:2] == ["16 cards played, 1 passed.", "12 new answers kept for Quiz me to ask about another day."]


def test_a_round_of_passes_says_so_and_not_that_you_stopped_before_the_first_card(pilots):
    p = pilots(at_home=True)
    scene = SummaryScene(p.shell.ui, p.scene.couple, summary(passed=2, cut_short=True))
    assert scene.title() == "Not tonight's cards, and that's fine."
    assert scene.lines() == ["2 cards passed. The rest will be here next time."]


def test_the_in_sync_line_names_only_the_kinds_of_card_played(pilots):
    """Two scenarios and no "who's more likely" card: the summary said "…scenario predictions and 'who's more
    likely' cards" all the same (playtest J)."""
    p = pilots(at_home=True)
    round_ = summary(turns=12, cards_played=12, in_sync=(3, 4), sync_kinds=("scenario",))
    lines = SummaryScene(p.shell.ui, p.scene.couple, round_).lines()
    assert lines[-1] == "In sync on 3 of 4 (75%): scenario predictions."
