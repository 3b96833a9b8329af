"""Quoting a name or an answer inside a sentence so that its writing direction moves nothing around it.

A Persian name at the start of "سارا's turn" would otherwise make the whole sentence read from the
right. Wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode's <bdi>), the name keeps
its own direction and counts as one neutral mark for the sentence around it.
"""

from __future__ import annotations

import unicodedata

FSI, PDI = "\u2068", "\u2069"


def has_rtl_letters(text: str) -> bool:
    """Whether `text` holds a Hebrew, Arabic, Persian or other right-to-left letter."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def quoted(text: str) -> str:
    """`text` isolated when it holds right-to-left letters; left-to-right text in a left-to-right sentence needs nothing.

    Quoting what is quoted already changes nothing, so a screen may quote the names it is given."""
    if (text.startswith(FSI) and text.endswith(PDI)) or not has_rtl_letters(text):
        return text
    return FSI + text + PDI
