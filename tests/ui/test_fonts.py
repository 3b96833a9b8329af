"""Fonts: which font in a role's chain draws each character."""

from __future__ import annotations

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
