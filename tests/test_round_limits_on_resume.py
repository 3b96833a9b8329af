"""An open Play round picked up after a limit was lowered keeps within the limits as they are now.

A date night did this already; a Play round kept the filters it was dealt with, so "Continue where you stopped"
after a partner lowered their limit could still deal (or leave on the table) a spicy or deep card.
"""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.autoplay import next_command
from game.core.cards import Card
from game.core.dealing import DealFilters
from game.core.limits import Limit
from game.core.session import Mode, SessionConfig
from game.services import GameServices
from game.storage.store import Store


def opened(root: Path, now: datetime) -> GameServices:
    store = Store.open(root, now)
    return GameServices(store, root, seed=5, clock=lambda: now)


def pick(services: GameServices, rule) -> Card:  # type: ignore[no-untyped-def]
    return next(card for deck in services.decks() for card in deck.cards if rule(card))


def test_the_spicy_card_on_the_table_goes_and_none_comes_after_a_partner_declines(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "data"
    services = opened(root, now)
    services.save_setting("spicy", True)
    couple = services.create_couple([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")])
    for seat in (0, 1):
        services.save_limit(couple, seat, Limit(3, True))
    spicy = pick(services, lambda card: card.spicy and card.kind.value == "ask")
    deep = pick(services, lambda card: not card.spicy and card.level == 3 and card.kind.value == "ask")
    mild = pick(services, lambda card: not card.spicy and card.level == 1 and card.kind.value == "ask")
    cards = (spicy.key, deep.key, mild.key)
    decks = tuple(sorted({key.deck_id for key in cards}))
    handle = services.start(
        couple, SessionConfig(mode=Mode.PLAY, deck_ids=decks, cards=cards, length=3, filters=DealFilters(1, 3, True))
    )
    assert handle.session.state.current.card == spicy.key
    services.store.close()

    later = opened(root, now)  # the window closed; Łukasz lowers his limit: personal, no spicy cards
    later.save_limit(couple, 1, Limit(2, False))
    resumed = later.resume(couple)
    assert resumed is not None
    shown = []
    while not resumed.session.ended:
        turn = resumed.session.state.current
        shown.append(turn.card)
        resumed.run(next_command(resumed.session, random.Random(1)))
    assert shown == [mild.key], "the spicy card went unplayed, the deep one never came"
    assert spicy.key not in later.store.sessions.recently_seen(couple.id)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cap=st.integers(1, 3), spicy=st.booleans(), seed=st.integers(0, 10_000), played=st.integers(0, 5))
def test_whatever_is_lowered_no_card_beyond_it_is_shown_after_the_round_resumes(
    tmp_path_factory, now: datetime, cap: int, spicy: bool, seed: int, played: int
) -> None:
    root = tmp_path_factory.mktemp("round") / "data"
    services = opened(root, now)
    services.save_setting("spicy", True)
    couple = services.create_couple([("Ama", "#e07a5f"), ("Bo", "#3d9a8b")])
    for seat in (0, 1):
        services.save_limit(couple, seat, Limit(3, True))
    deck_ids = tuple(deck.id for deck in services.decks() if not deck.opt_in)
    handle = services.start(couple, SessionConfig(mode=Mode.PLAY, deck_ids=deck_ids, length=12, filters=DealFilters(1, 3, True)))
    rng = random.Random(seed)
    for _ in range(played):
        if not handle.session.ended:
            handle.run(next_command(handle.session, rng))
    services.store.close()

    later = opened(root, now)
    later.save_limit(couple, seed % 2, Limit(cap, spicy))
    resumed = later.resume(couple)
    assert resumed is not None
    cards = {card.key: card for deck in later.decks() for card in deck.cards}
    while not resumed.session.ended:
        turn = resumed.session.state.current
        card = cards[turn.card]
        assert card.level <= cap and (spicy or not card.spicy), f"{turn.card} shown beyond a limit of {cap}, spicy {spicy}"
        resumed.run(next_command(resumed.session, rng))
    later.store.close()


def test_a_round_dealt_deeper_than_the_settings_depth_keeps_its_depth_when_nothing_was_lowered(
    tmp_path: Path, now: datetime
) -> None:
    """The round's slider may go past Settings' depth, up to the limits: continuing it narrows by the limits alone."""
    root = tmp_path / "data"
    services = opened(root, now)
    services.save_setting("max_level", 2)
    couple = services.create_couple([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")])
    deep = pick(services, lambda card: not card.spicy and card.level == 3 and card.kind.value == "ask")
    config = SessionConfig(mode=Mode.PLAY, deck_ids=(deep.key.deck_id,), cards=(deep.key,), length=1, filters=DealFilters(1, 3))
    services.start(couple, config)
    services.store.close()
    later = opened(root, now)
    resumed = later.resume(couple)
    assert resumed is not None and resumed.session.state.current.card == deep.key
