"""A saved answer put right from Our story: stored in place, read by the card's rules, sealed under a passphrase."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from game.core.answers import AnswerError
from game.core.cards import CardKey
from game.core.memories import MemoryKey
from game.core.session import Phase, SessionConfig
from game.core.session_commands import Answer, Complete
from game.services import GameServices
from game.storage.store import Store

BIRTHDAY = CardKey("important-dates", "birthday")
COFFEE = CardKey("favourite-details", "coffee-order")
NEW_ANSWER = "Marzipan latte, under the stairs"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def answered(services: GameServices, couple, card: CardKey, answer: object) -> MemoryKey:  # type: ignore[no-untyped-def]
    """One round of one card, answered by whoever it asks; the key of the memory it made."""
    handle = services.start(couple, SessionConfig(deck_ids=(card.deck_id,), length=1, cards=(card,), quizzes=False))
    session = handle.session
    seat = session.state.active
    while not session.ended:
        if session.phase is Phase.ANSWER:
            handle.run(Answer(answer))  # type: ignore[arg-type]
        if session.phase is Phase.REVEAL:
            handle.run(Complete())
    return MemoryKey(seat, card.deck_id, card.card_id)


@pytest.fixture
def played(data_root: Path, now: datetime):  # type: ignore[no-untyped-def]
    clock = Clock(now)
    store = Store.open(data_root, now)
    services = GameServices(store, data_root, 3, clock=clock)
    couple = services.create_couple([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")])
    yield store, services, couple, clock
    store.close()


def test_a_wrong_date_is_put_right_in_place_and_the_quiz_schedule_stays(played) -> None:  # type: ignore[no-untyped-def]
    store, services, couple, clock = played
    key = answered(services, couple, BIRTHDAY, "3 December 1994")  # the month and the year came out wrong
    schedule = store.memories.quizbook(couple.id).get(key, 1 - key.owner)
    saved_at = store.memories.all(couple.id)[key].updated_at
    clock.now += timedelta(days=2)
    corrected = services.correct_answer(couple, key, "3 March 1993")
    stored = store.memories.all(couple.id)[key]
    assert corrected == stored and stored.answer == "1993-03-03"
    assert len(stored.history) == 1 and stored.updated_at == saved_at  # one answer, its time kept: no change
    assert store.memories.quizbook(couple.id).get(key, 1 - key.owner) == schedule


def test_a_correction_after_a_change_keeps_the_change(played) -> None:  # type: ignore[no-untyped-def]
    store, services, couple, clock = played
    key = answered(services, couple, COFFEE, "Tea, milk, no sugar")
    clock.now += timedelta(days=9)
    answered(services, couple, COFFEE, "Flat wite")
    services.correct_answer(couple, key, "Flat white")
    stored = store.memories.all(couple.id)[key]
    assert [v.answer for v in stored.history] == ["Tea, milk, no sugar", "Flat white"]


def test_an_answer_that_does_not_fit_the_card_is_refused_and_nothing_is_saved(played) -> None:  # type: ignore[no-untyped-def]
    store, services, couple, _clock = played
    key = answered(services, couple, BIRTHDAY, "3 December 1994")
    before = store.memories.all(couple.id)
    with pytest.raises(AnswerError):
        services.correct_answer(couple, key, "the thirty-first of Smarch")
    assert store.memories.all(couple.id) == before


def test_the_same_answer_again_writes_nothing(played, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    store, services, couple, _clock = played
    key = answered(services, couple, BIRTHDAY, "3 December 1994")
    monkeypatch.setattr(store.memories, "correct", lambda *a: pytest.fail("an unchanged answer was written"))
    assert services.correct_answer(couple, key, "1994-12-03") == store.memories.all(couple.id)[key]


def raw_bytes(root: Path) -> bytes:
    return b"".join(path.read_bytes() for path in root.iterdir() if path.name.startswith("kindred.db"))


@pytest.mark.parametrize("sealed", [False, True], ids=["open", "sealed"])
def test_a_corrected_answer_is_sealed_like_any_other(data_root: Path, now: datetime, sealed: bool) -> None:
    store = Store.open(data_root, now)
    services = GameServices(store, data_root, 3, clock=lambda: now)
    couple = services.create_couple([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")])
    key = answered(services, couple, COFFEE, "Tea, milk, no sugar")
    if sealed:
        store.locks.set_passphrase(couple.id, "a long walk by the sea", now)
    services.correct_answer(couple, key, NEW_ANSWER)
    store.close()
    # Read back from the file: open, the words are there to read (so the search finds them); sealed, they are not.
    assert (NEW_ANSWER.encode() in raw_bytes(data_root)) is not sealed
    with Store.open(data_root, now) as again:
        if sealed:
            assert again.locks.unlock(couple.id, "a long walk by the sea", now)
        assert again.memories.all(couple.id)[key].answer == NEW_ANSWER
