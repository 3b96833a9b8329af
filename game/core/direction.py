"""Quoting a name or an answer inside a sentence so that its writing direction moves nothing around it,
and trimming text whose ends hold direction marks.

A Persian name at the start of "سارا's turn" would otherwise make the whole sentence read from the
right. Wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode's <bdi>), the name keeps
its own direction and counts as one neutral mark for the sentence around it.
"""

from __future__ import annotations

import re
import unicodedata

FSI, PDI = "\u2068", "\u2069"
#: Marks that steer the order of letters but draw nothing: LRM, RLM, ALM, the embeddings and the isolates.
MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_LEAD = re.compile(f"^[\\s{MARKS}]+")
_TAIL = re.compile(f"[\\s{MARKS}]+$")


def has_rtl_letters(text: str) -> bool:
    """Whether `text` holds a Hebrew, Arabic, Persian or other right-to-left letter."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def quoted(text: str) -> str:
    """`text` isolated when it holds right-to-left letters; left-to-right text in a left-to-right sentence needs nothing.

    Quoting what is quoted already changes nothing, so a screen may quote the names it is given."""
    if (text.startswith(FSI) and text.endswith(PDI)) or not has_rtl_letters(text):
        return text
    return FSI + text + PDI


def trimmed(text: str) -> str:
    """`text` without the spaces at its ends, also those between a direction mark there and the words.

    The marks stay (one may be what makes a line start from the right); only marks and spaces give ''."""
    lead, tail = _LEAD.search(text), _TAIL.search(text)
    start, end = (lead.end() if lead else 0), (tail.start() if tail else len(text))
    if start >= end:
        return ""
    keep = f"[^{MARKS}]"
    return re.sub(keep, "", text[:start]) + text[start:end] + re.sub(keep, "", text[end:])
