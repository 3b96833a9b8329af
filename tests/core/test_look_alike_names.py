"""Two names that look the same are one name (Kindred's last round): "Sam" and "Sam" with a zero-width space in
it, a soft hyphen or a direction mark were taken as two partners, who then looked identical on every screen.

Names are compared as they are seen (composed, without what draws nothing) and kept as they were typed, less what
draws nothing at their ends; a joiner inside an emoji or a Persian word, and a variation selector after an emoji,
are part of the name.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.core.players import NameRefused, couple_names, draws_nothing, has_visible, kept_name, name_as_seen, shows
from game.storage.store import Store, StoreError

#: Characters that draw nothing: the ones a name can pick up when it is pasted, and more of the same.
NOTHING = [
    "\u200b",  # zero-width space
    "\u00ad",  # soft hyphen
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u061c",  # Arabic letter mark
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark
    "\u200d",  # zero-width joiner
    "\u200c",  # zero-width non-joiner
    "\u034f",  # combining grapheme joiner
    "\u180e",  # Mongolian vowel separator
    "\u2066",  # an isolate
    "\u202e",  # an override
    "\ufe0f",  # a variation selector
    "\U000e0041",  # a tag character
]
#: Names that keep every character they were typed with.
WHOLE = [
    "👩\u200d❤\ufe0f\u200d👨",  # a couple, with joiners and the heart's emoji look
    "می\u200cخواهم",  # Persian, with a zero-width non-joiner between its parts
    "Sam ❤\ufe0f",  # an emoji at the end, with its variation selector
    "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # the flag of Scotland: tag characters
    "क\u094d\u200dष",  # Devanagari with a joiner after the virama
    "Zoe\u0308",  # a combining diaeresis stays as it was typed
    "Sa\u200bm",  # inside a name, nothing is taken out: it is compared as "Sam"
]

names = st.text(st.characters(categories=("L", "N", "S", "P", "Zs", "Mn")), min_size=1, max_size=12).filter(has_visible)


def _trimmable(char: str) -> bool:
    return char.isspace() or char == "\u2800" or draws_nothing(char)


@pytest.mark.parametrize("look_alike", ["Sa\u200bm", "Sam\u00ad", "Sam\u200f", "\u200bSam ", "S\u00ada\u2060m\ufeff"])
def test_sam_and_a_sam_with_something_invisible_in_it_are_refused(look_alike: str) -> None:
    with pytest.raises(NameRefused) as refused:
        couple_names("Sam", look_alike)
    assert (refused.value.seat, refused.value.same) == (1, True)


def test_an_accent_typed_either_way_is_the_same_name() -> None:
    with pytest.raises(NameRefused):
        couple_names("Zoë", "Zoe\u0308")
    with pytest.raises(NameRefused):
        couple_names("Anna Lena", "Anna\u00a0 Lena")


@pytest.mark.parametrize("name", WHOLE)
def test_a_name_keeps_what_it_needs(name: str) -> None:
    assert kept_name(name) == name
    assert couple_names(name, "Noa") == (name, "Noa")


def test_what_draws_nothing_comes_off_the_ends_only() -> None:
    assert couple_names(" \u200f\u200bשירה \u200f", "Sa\u200bm\u00ad\u200c") == ("שירה", "Sa\u200bm")
    assert kept_name("\ufe0fSam \ufe0f") == "Sam", "a variation selector with no emoji before it is no part of the name"


def test_a_name_of_nothing_visible_is_refused_in_its_own_seat() -> None:
    with pytest.raises(NameRefused) as refused:
        couple_names("\u200f\u200d", "Sam")
    assert (refused.value.seat, refused.value.same) == (0, False)


@given(names, st.lists(st.tuples(st.integers(0, 14), st.sampled_from(NOTHING)), min_size=1, max_size=4))
def test_a_name_with_invisible_characters_anywhere_in_it_looks_like_the_name(name: str, added: list[tuple[int, str]]) -> None:
    other = name
    for at, char in added:
        other = other[:at] + char + other[at:]
    assert name_as_seen(other) == name_as_seen(name)
    with pytest.raises(NameRefused):
        couple_names(name, other)


@given(names, st.characters(categories=("L", "N", "S")).filter(lambda char: shows(char) and not draws_nothing(char)))
def test_a_name_with_one_more_character_that_shows_is_another_name(name: str, more: str) -> None:
    assert couple_names(name, name + more)[1] == kept_name(name + more)


@given(st.text(max_size=16))
def test_a_name_is_kept_as_typed_less_what_draws_nothing_at_its_ends(name: str) -> None:
    kept = kept_name(name)
    assert kept_name(kept) == kept
    assert has_visible(kept) == has_visible(name)
    assert any(
        name[at : at + len(kept)] == kept and all(map(_trimmable, name[:at])) and all(map(_trimmable, name[at + len(kept) :]))
        for at in range(len(name) - len(kept) + 1)
    ), "only the ends are trimmed, and only of what draws nothing"
    if kept:
        assert not _trimmable(kept[0])
        assert not kept[-1].isspace()
        assert not _trimmable(kept[-1]) or unicodedata.category(kept[-1]) in ("Mn", "Cf"), "a selector after what shows"


def test_the_store_keeps_no_look_alike_names_and_lets_partners_swap_theirs(tmp_path: Path) -> None:
    now = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    with Store.open(tmp_path / "kindred", now) as store:
        with pytest.raises(StoreError, match="look the same"):
            store.couples.create([("Sam", "#e07a5f"), ("Sam\u200f", "#3d9a8b")], now)
        couple = store.couples.create([("\u200bSam ", "#e07a5f"), ("Noa\u00ad", "#3d9a8b")], now)
        assert (couple.name(0), couple.name(1)) == ("Sam", "Noa")
        with pytest.raises(StoreError, match="look the same"):
            store.couples.rename_player(couple.id, 1, "S\u00adam", "#3d9a8b")
        store.couples.rename_players(couple.id, [("Noa", "#3d9a8b"), ("Sam", "#e07a5f")])
        assert [store.couples.get(couple.id).name(seat) for seat in (0, 1)] == ["Noa", "Sam"]
