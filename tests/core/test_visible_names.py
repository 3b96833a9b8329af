"""A name needs a character that shows (playtest B, finding 8): one made only of joiners, direction marks,
zero-width spaces, fillers or spaces reads as nothing ("Welcome, Zoë and ."), so it is refused like an empty
one. Real names in any script, emoji and signs included, still pass."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.core.players import has_visible
from game.storage.store import Store, StoreError

#: Strings that draw nothing: what the tester pasted, and more of the same.
INVISIBLE = [
    "\u200f\u200d\u200b",  # right-to-left mark, zero-width joiner, zero-width space
    "\u200b",
    "\u200c\u200d",
    "\u200e\u200f\u061c",  # direction marks
    "\u202e\u202c\u2066\u2069",  # embeddings, overrides and isolates
    "\u2060\ufeff",  # word joiner, byte order mark
    "\u00ad",  # soft hyphen
    "\u180e",  # Mongolian vowel separator
    "\u3164",  # Hangul filler
    "\u115f\u1160\uffa0",  # the other Hangul fillers
    "\u2800\u2800",  # blank Braille pattern
    "\ufe0f\u034f",  # a variation selector and the grapheme joiner, with nothing to join
    "\u0301\u0308",  # accents with no letter under them
    "\U000e0041\U000e007f",  # tag characters
    "\x1b\x07",  # controls
    " \u00a0\u2003\u3000\u2028",  # spaces of every width, and a line separator
    "",
]
#: Real names that must pass, in many scripts, with the marks and joiners they are written with.
NAMES = [
    "Zoë",
    "Zoe\u0308",  # the same, with a combining diaeresis
    "Łukasz",
    "Nguyễn Thị Ánh",
    "سارا\u200cجان",  # Persian, with a zero-width non-joiner
    "\u200fשִׁירָה",  # Hebrew with niqqud, after a right-to-left mark
    "Σοφία",
    "Иван",
    "अनन्या",
    "สมชาย",
    "小明",
    "Ｔａｒｏ",
    "김민준",
    "ᏣᎳᎩ",
    "ⵜⴰⵍⵍⴰ",
    "ʻOlina",
    "O'Brien",
    "X Æ A-12",
    "7",
    "★",
    "?",
    "👩🏽\u200d❤️\u200d👨🏿",
    "\u200b🙂",
]


@pytest.mark.parametrize("name", INVISIBLE, ids=lambda name: name.encode("unicode_escape").decode() or "empty")
def test_a_name_that_draws_nothing_is_not_a_name(name: str) -> None:
    assert not has_visible(name)


@pytest.mark.parametrize("name", NAMES)
def test_real_names_in_any_script_are_names(name: str) -> None:
    assert has_visible(name)


@given(st.text(st.characters(categories=("Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me")), max_size=12))
def test_joiners_marks_controls_and_spaces_alone_never_make_a_name(name: str) -> None:
    assert not has_visible(name)


@given(st.text(), st.characters(categories=("L", "N", "S", "P")).filter(lambda char: char not in "\u115f\u1160\u3164\uffa0\u2800"))
def test_one_letter_digit_sign_or_emoji_among_anything_makes_a_name(around: str, shown: str) -> None:
    assert has_visible(around[:3] + shown + around[3:])
    assert unicodedata.category(shown)[0] in "LNSP"


def test_the_store_keeps_no_name_that_draws_nothing(tmp_path: Path) -> None:
    now = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    with Store.open(tmp_path / "kindred", now) as store:
        with pytest.raises(StoreError, match="A name needs a letter, number or sign that shows"):
            store.couples.create([("Zoë", "#e07a5f"), ("\u200f\u200d\u200b", "#3d9a8b")], now)
        assert store.couples.all() == []
        couple = store.couples.create([("Zoë", "#e07a5f"), ("سارا\u200cجان", "#3d9a8b")], now)
        with pytest.raises(StoreError):
            store.couples.rename_player(couple.id, 1, "\u3164", "#3d9a8b")
        assert store.couples.get(couple.id).name(1) == "سارا\u200cجان"
