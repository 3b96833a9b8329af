"""A round left with "Go home" is kept as such in its saved state, until the round goes on."""

from __future__ import annotations

from game.core import session_state
from game.core.session_commands import Complete, GoHome, KeepWithin
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
