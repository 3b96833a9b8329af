"""Fonts: which font in a role's chain draws each character."""

from __future__ import annotations

import unicodedata

import pytest

from game.ui import fonts


@pytest.mark.parametrize("role", sorted(fonts.ROLES))
def test_a_roles_own_font_has_every_printable_ascii_character(role):
    # runs() relies on this to skip probing ASCII text, most of what the first frame draws
    primary = fonts.ROLES[role]
    assert [char for char in map(chr, range(0x21, 0x7F)) if not fonts.has_glyph(primary, char)] == []


@pytest.mark.parametrize("role", sorted(fonts.ROLES))
def test_text_falls_back_to_the_first_font_that_has_the_character(role):
    assert fonts.runs("Kindred, 2 of us!", role) == ((0, "Kindred, 2 of us!"),)
    chain = fonts.chain(role)
    emoji = chain.index(fonts.FALLBACKS[1])
    hebrew = next(i for i, path in enumerate(chain) if "Hebrew" in path.name)
    assert fonts.runs("Hi 🌙 שלום", role) == ((0, "Hi "), (emoji, "🌙"), (0, " "), (hebrew, "שלום"))


#: Names a couple might type, one per script the chain draws (the placeholder says "A name, any script").
NAMES_IN_SCRIPTS = (
    "小明",  # Chinese
    "さくら",  # Japanese kana
    "민준",  # Korean Hangul
    "Ｔａｒｏ",  # full-width Latin, as a Japanese keyboard types it
    "Անի",  # Armenian
    "ნინო",  # Georgian
    "அன்பு",  # Tamil
    "অনু",  # Bengali
    "ສົມ",  # Lao
    "አበበ",  # Ethiopic
    "ශානි",  # Sinhala
    "ಅನು",  # Kannada
)


@pytest.mark.parametrize("role", sorted(fonts.ROLES))
@pytest.mark.parametrize("name", NAMES_IN_SCRIPTS)
def test_a_name_in_any_of_these_scripts_is_drawn_by_a_font_that_has_its_letters(role, name):
    """Before, Chinese, Japanese, Korean and full-width names fell back to the interface font: empty boxes."""
    chain = fonts.chain(role)
    for index, run in fonts.runs(name, role):
        missing = [char for char in run if not fonts.has_glyph(chain[index], char) and unicodedata.category(char)[0] != "M"]
        assert missing == [], f"{name!r}: {missing} drawn with {chain[index].name}, which has no such letters"
