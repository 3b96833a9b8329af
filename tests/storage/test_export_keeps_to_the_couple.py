"""A couple's own export (Settings → Export a copy…) is theirs: it carries nothing of the laptop's own settings
(text size, window size, theme, sound, who played last…) and nothing of any other couple on it, while it keeps what
is the couple's: their names, pronouns, the depth and "Offer spicy cards" they chose, the decks they chose. The
command line's export, made for the whole laptop, keeps the laptop's settings, as its help says."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.pronouns import Pronouns
from game.core.settings import COUPLE_CHOICES, LAPTOP_SETTINGS, SETTINGS
from game.storage.exporting import export_data
from game.storage.store import Store

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)


def setting_value(key: str) -> st.SearchStrategy[Any]:
    """Any value the setting accepts."""
    setting = SETTINGS[key]
    if setting.choices is not None:
        return st.sampled_from(setting.choices)
    if isinstance(setting.default, bool):
        return st.booleans()
    if isinstance(setting.default, float):
        return st.floats(setting.low or 0.0, setting.high or 1.0, allow_nan=False)
    return st.integers(int(setting.low or 0), int(setting.high or 10_000))


laptop_settings = st.fixed_dictionaries({}, optional={key: setting_value(key) for key in SETTINGS})
couples = st.lists(
    st.tuples(st.sampled_from([p.value for p in Pronouns]), st.sampled_from([p.value for p in Pronouns]), st.booleans()),
    min_size=1,
    max_size=4,
)


def keys_in(data: Any) -> set[str]:
    """Every key of every mapping anywhere in the data."""
    if isinstance(data, dict):
        return set(data) | {key for value in data.values() for key in keys_in(value)}
    if isinstance(data, list):
        return {key for value in data for key in keys_in(value)}
    return set()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stored=laptop_settings, made=couples, pick=st.integers(0, 3))
def test_a_couples_export_holds_no_laptop_setting_and_nothing_of_another_couple(
    stored: dict[str, Any], made: list[tuple[str, str, bool]], pick: int
) -> None:
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "data", NOW) as store:
        ids = []
        for n, (first, second, chose) in enumerate(made):
            couple = store.couples.create([(f"Ana{n}q", "#c8784f", first), (f"Bo{n}q", "#4f8cc8", second)], NOW)
            ids.append(couple.id)
            if chose:
                store.settings.save("chosen_decks", [f"decks-of-{n}-q"], couple_id=couple.id)
        for key, value in stored.items():
            store.settings.save(key, value)
        n = pick % len(made)
        ours = ids[n]

        data = export_data(store, [], NOW, include_private=False, only=ours)
        text = json.dumps(data, ensure_ascii=False)

        assert set(data["settings"]) <= set(COUPLE_CHOICES), "of the game's settings, only the couple's own choices"
        assert data["settings"] == {key: value for key, value in stored.items() if key in COUPLE_CHOICES}
        assert not keys_in(data) & set(LAPTOP_SETTINGS), "no setting of the laptop's, anywhere in the file"
        (entry,) = data["couples"]
        assert entry["id"] == ours
        assert [(p["name"], p["pronouns"]) for p in entry["players"]] == [(f"Ana{n}q", made[n][0]), (f"Bo{n}q", made[n][1])]
        assert entry["settings"].get("chosen_decks") == ([f"decks-of-{n}-q"] if made[n][2] else None)
        for other in range(len(made)):
            if other != n:
                assert f"Ana{other}q" not in text and f"Bo{other}q" not in text and f"decks-of-{other}-q" not in text

        whole = export_data(store, [], NOW, include_private=False)  # the command line's: the whole laptop
        assert whole["settings"] == stored and len(whole["couples"]) == len(made)
