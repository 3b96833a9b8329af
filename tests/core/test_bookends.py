"""A round of set length starts on an opener and ends on a closer: "Slow-dance to end the night" never comes seventh."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from game.core.card_shapes import CLOSER, OPENER
from game.core.cards import Deck, deck_from_data
from game.core.dealing import ENDLESS_RUN, DealFilters, deal
from game.core.partner_quiz import QuizBook
from game.core.session import Session, SessionConfig
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

T0 = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)


def evening(name: str, plain: int = 6) -> Deck:
    cards = [
        {"id": "toast", "kind": "action", "text": "Raise a glass to tonight.", "tags": ["play", OPENER], "level": 2},
        {"id": "dance", "kind": "action", "text": "Slow-dance to end the night.", "tags": ["romance", CLOSER]},
        {"id": "toast2", "kind": "action", "text": "Say what you want from tonight.", "tags": ["play", OPENER], "level": 3},
        {"id": "dance2", "kind": "action", "text": "Kiss me goodnight.", "tags": ["romance", CLOSER], "level": 3},
        *({"id": f"q{i}", "text": f"Question {i}?", "level": 1 + i % 3} for i in range(plain)),
    ]
    return deck_from_data({"id": name, "name": name.title(), "cards": cards})


def test_a_round_starts_on_its_opener_and_ends_on_its_closer_whatever_their_levels() -> None:
    for seed in range(60):
        order = deal([evening("ours")], DealFilters(), seed, round_length=10, bookends=True)
        assert order[0].card_id.startswith("toast") and order[-1].card_id.startswith("dance"), [key.card_id for key in order]


def test_an_endless_round_climbs_in_waves_without_bookends() -> None:
    """An open-ended round has no end to close on: its waves climb as they did, a closer wherever its level falls."""
    decks = [evening("ours", plain=20)]
    mid_wave = 0
    for seed in range(20):
        session = Session(SessionConfig(deck_ids=("ours",), length=None, seed=seed), {"ours": decks[0]}, {}, QuizBook())
        session.begin(T0)
        dealt = [key.card_id for key in session.state.deal]
        assert dealt == [key.card_id for key in deal(decks, DealFilters(), seed, round_length=ENDLESS_RUN)]
        mid_wave += dealt.index("dance") % ENDLESS_RUN != ENDLESS_RUN - 1
    assert mid_wave > 10, "a closer in an endless round falls where its level puts it"


def play(session: Session, passes: set[int]) -> list[str]:
    played: list[str] = []
    now = T0
    for offered in range(60):
        if session.ended:
            break
        now += timedelta(minutes=1)
        current = session.state.current
        assert current is not None
        if offered in passes and not current.card.card_id.startswith("dance"):
            session.pass_card(now)
        else:
            played.append(current.card.card_id)
            session.complete(now)
    return played


@pytest.mark.parametrize("seed", range(30))
def test_a_played_round_ends_on_its_closer_even_after_passes(seed: int) -> None:
    yours = deck_from_data({"id": "yours", "name": "Yours", "cards": [{"id": f"y{i}", "text": f"Y {i}?"} for i in range(10)]})
    decks = [evening("ours", plain=10), yours]
    book = QuizBook()
    config = SessionConfig(deck_ids=("ours", "yours"), length=8, seed=seed)
    session = Session(config, {d.id: d for d in decks}, {}, book)
    session.begin(T0)
    passes = set(random.Random(seed).sample(range(8), 3))
    played = play(session, passes)
    assert len(played) == 8
    assert played[0].startswith("toast") or 0 in passes, played
    assert played[-1].startswith("dance"), played
    ends = [card for card in played if card.startswith(("toast", "dance"))]
    assert len(ends) <= 2 and len(set(ends)) == len(ends), f"one opener and one closer a round: {played}"


def test_a_first_round_of_the_built_in_decks_starts_on_an_opener_and_every_closer_ends_its_round() -> None:
    decks = load_decks(deck_paths(builtin_decks_dir())).decks
    tags = {card.key: card.tags for deck in decks for card in deck.cards}
    for seed in range(60):
        order = deal(decks, DealFilters(spicy=seed % 2 == 0), seed, round_length=20, bookends=True)
        first = order[:20]
        assert OPENER in tags[first[0]] and CLOSER in tags[first[-1]], f"seed {seed}: the first round is not bookended"
        for start in range(0, 100, 20):
            closers = [i for i, key in enumerate(order[start : start + 20]) if CLOSER in tags[key]]
            assert closers in ([], [19]), f"seed {seed}, round {start // 20 + 1}: closers at {closers}"
