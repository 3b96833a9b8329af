"""Guessing a passphrase: the wait after a wrong one is kept in the file, the key's cost and recipe are kept per
profile, and a passphrase opens its profile however its accents were typed (issue 11, points 4 and 5)."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from game.storage import crypto
from game.storage import locks as locks_module
from game.storage.crypto import CURRENT, LEGACY, KeyRecipe
from game.storage.locks import UnlockWait
from game.storage.store import Store

COMPOSED = unicodedata.normalize("NFC", "Crème brûlée à Noël")
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)
ANSWER = "Under the old oak, in the rain"


def locked_profile(root: Path, now: datetime, passphrase: str) -> int:
    with Store.open(root, now) as store:
        couple = store.couples.create([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")], now)
        store.settings.save("draft", {"where": "x", "text": ANSWER}, couple_id=couple.id)
        store.locks.set_passphrase(couple.id, passphrase, now)
        return couple.id


def test_the_wait_after_a_wrong_passphrase_survives_closing_the_store(data_root: Path, now: datetime) -> None:
    couple = locked_profile(data_root, now, "a long walk by the sea")
    with Store.open(data_root, now) as store:
        assert store.locks.unlock(couple, "a short walk", now) is False
        assert store.locks.unlock_wait(couple, now) == 1.0
    with Store.open(data_root, now) as store:  # a restart
        assert store.locks.unlock_wait(couple, now) == 1.0
        with pytest.raises(UnlockWait) as raised:
            store.locks.unlock(couple, "a long walk by the sea", now)
        assert raised.value.seconds == 1.0 and "Wait 1 s" in str(raised.value)
        assert not store.locks.is_open(couple)
        later = now + timedelta(seconds=1)
        assert store.locks.unlock(couple, "a long walk by the sea", later) is True
        assert store.settings.read(couple)["draft"]["text"] == ANSWER
        assert store.locks.unlock_wait(couple, later) == 0.0


def test_each_wrong_passphrase_doubles_the_wait_up_to_a_minute(data_root: Path, now: datetime) -> None:
    couple = locked_profile(data_root, now, "a long walk by the sea")
    waits = []
    with Store.open(data_root, now) as store:
        moment = now
        for _ in range(8):
            assert store.locks.unlock(couple, "not it", moment) is False
            waits.append(store.locks.unlock_wait(couple, moment))
            moment += timedelta(seconds=waits[-1])
    assert waits == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0]


def test_a_try_during_the_wait_is_refused_without_working_out_a_key(
    data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    couple = locked_profile(data_root, now, "a long walk by the sea")
    derived = []
    real = locks_module.derive_key
    monkeypatch.setattr(locks_module, "derive_key", lambda *args: derived.append(args) or real(*args))
    with Store.open(data_root, now) as store:
        store.locks.unlock(couple, "wrong", now)
        assert len(derived) == 1
        for _ in range(20):
            with pytest.raises(UnlockWait):
                store.locks.unlock(couple, "wrong", now + timedelta(seconds=0.5))
        assert len(derived) == 1


def test_a_clock_set_back_never_makes_the_wait_longer(data_root: Path, now: datetime) -> None:
    couple = locked_profile(data_root, now, "a long walk by the sea")
    with Store.open(data_root, now) as store:
        store.locks.unlock(couple, "wrong", now)
        assert store.locks.unlock_wait(couple, now - timedelta(days=400)) == 1.0


def test_a_new_lock_keeps_todays_key_recipe(data_root: Path, now: datetime) -> None:
    couple = locked_profile(data_root, now, "a long walk by the sea")
    with Store.open(data_root, now) as store:
        text = store.conn.execute("SELECT recipe FROM locks WHERE couple_id = ?", (couple,)).fetchone()[0]
    assert KeyRecipe.from_text(text) == CURRENT
    assert CURRENT.n == 2**17 and CURRENT.form == "NFC"


def test_a_passphrase_opens_its_profile_whether_its_accents_are_composed_or_not(data_root: Path, now: datetime) -> None:
    assert COMPOSED != DECOMPOSED
    couple = locked_profile(data_root, now, COMPOSED)
    with Store.open(data_root, now) as store:
        assert store.locks.unlock(couple, DECOMPOSED, now) is True
    couple_too = locked_profile(data_root / "other", now, DECOMPOSED)
    with Store.open(data_root / "other", now) as store:
        assert store.locks.unlock(couple_too, COMPOSED, now) is True


def old_style_profile(root: Path, now: datetime, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """A profile locked the way Kindred did before the recipe was kept: n = 2**15, the passphrase as typed."""
    with monkeypatch.context() as patch:
        patch.setattr(locks_module, "CURRENT", LEGACY)
        couple = locked_profile(root, now, passphrase)
    with Store.open(root, now) as store:
        store.conn.execute("UPDATE locks SET recipe = NULL")
    return couple


@pytest.mark.parametrize("typed_then, typed_now", [(DECOMPOSED, COMPOSED), (COMPOSED, DECOMPOSED), (DECOMPOSED, DECOMPOSED)])
def test_a_profile_locked_before_keeps_opening_and_is_sealed_again_under_todays_recipe(
    data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch, typed_then: str, typed_now: str
) -> None:
    couple = old_style_profile(data_root, now, typed_then, monkeypatch)
    with Store.open(data_root, now) as store:
        assert store.locks.unlock(couple, typed_now, now) is True
        assert store.settings.read(couple)["draft"]["text"] == ANSWER
        text = store.conn.execute("SELECT recipe FROM locks WHERE couple_id = ?", (couple,)).fetchone()[0]
        assert KeyRecipe.from_text(text) == CURRENT
    for spelling in (COMPOSED, DECOMPOSED):
        with Store.open(data_root, now) as store:
            assert store.locks.unlock(couple, spelling, now) is True
            assert store.settings.read(couple)["draft"]["text"] == ANSWER


def test_a_wrong_passphrase_on_an_old_profile_changes_nothing_but_the_wait(
    data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    couple = old_style_profile(data_root, now, COMPOSED, monkeypatch)
    with Store.open(data_root, now) as store:
        assert store.locks.unlock(couple, "Creme brulee a Noel", now) is False
        assert store.conn.execute("SELECT recipe FROM locks").fetchone()[0] is None
        assert store.locks.unlock(couple, COMPOSED, now + timedelta(seconds=1)) is True


def test_the_key_memory_allowance_fits_todays_recipe() -> None:
    key = crypto.derive_key("x", b"0" * 16, CURRENT)
    assert len(key) == 32
