"""A round or a date night left with "Go home" is kept as such in its saved state, until it goes on: continuing
from Home spends the mark (and the state saved then says so), so a window closed straight after comes back to the
card, not to Home."""

from __future__ import annotations

from datetime import timedelta

from game.core import session_state
from game.core.date_night import DateNight
from game.core.date_night_commands import Pause, Pledge, Resume
from game.core.date_night_plan import EveningSetup, History
from game.core.date_night_state import evening_from_json, evening_to_json
from game.core.partner_quiz import QuizBook
from game.core.session_commands import Complete, GoHome, KeepWithin
from tests.core.test_date_night import NOW, builtin
from tests.core.test_session import at, make_deck, start


def test_go_home_is_saved_with_the_round_and_spent_once_it_goes_on() -> None:
    session, _ = start([make_deck("d", "act-1", "act-2", "act-3")], length=3)
    assert session.apply(GoHome(), at(1)) == []
    assert session.state.went_home
    assert session_state.state_from_json(session_state.state_to_json(session.state)).went_home
    session.apply(KeepWithin(), at(2))  # narrowed as it is picked up: it has not gone on
    assert session.state.went_home
    session.apply(GoHome(home=False), at(3))  # back from Home
    assert not session.state.went_home
    session.apply(GoHome(), at(4))
    session.apply(Complete(), at(5))
    assert not session.state.went_home


def test_continuing_a_round_from_home_spends_go_home_in_the_state_that_is_saved() -> None:
    session, _ = start([make_deck("d", "act-1", "act-2", "act-3")], length=3)
    session.apply(GoHome(), at(1))
    kept = session_state.state_to_json(session.state)
    assert session_state.state_from_json(kept).went_home, "opened again: Home first"
    session.apply(GoHome(home=False), at(2))  # Home's Continue, before anything is played
    assert not session_state.state_from_json(session_state.state_to_json(session.state)).went_home
    assert session.state.current is not None and not session.ended, "the card waits on the table"


def test_carrying_on_a_date_night_from_home_spends_go_home_in_the_state_that_is_saved() -> None:
    evening = DateNight.plan(EveningSetup(30, 1, (1, 1), (False, False), seed=2), builtin(), {}, QuizBook(), History(), NOW)
    evening.apply(Resume(), NOW)
    evening.apply(Pledge(), NOW)
    evening.apply(Pause(home=True), NOW + timedelta(minutes=5))
    assert evening_from_json(evening_to_json(evening.state)).went_home, "opened again: Home first"
    evening.apply(Pause(), NOW + timedelta(minutes=6))  # the window closed on Home: still Home next time
    assert evening.state.went_home
    evening.apply(Resume(), NOW + timedelta(hours=2))  # Home's "Carry on your date night"
    assert not evening_from_json(evening_to_json(evening.state)).went_home
    evening.apply(Pause(), NOW + timedelta(hours=2, minutes=1))  # and the window closed straight after
    assert not evening.state.went_home
