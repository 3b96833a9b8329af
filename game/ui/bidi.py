"""A small, simplified bidirectional text pass: which parts of a line run right to left, and in which order to draw them.

Hebrew, Arabic and Persian are written right to left; a name or an answer may mix them with Latin
words, numbers and emoji. This module is pure (no pygame): the text renderer asks it for a line's
runs in display order, then shapes each right-to-left run as one piece with HarfBuzz.

It follows the Unicode bidirectional algorithm (UAX #9) in a reduced form:

- Each character is strong left-to-right (L: letters of other scripts), strong right-to-left
  (R: the Hebrew and Arabic blocks listed in `_RTL_RANGES`), a number (EN: any decimal digit),
  or neutral (N: spaces, punctuation, symbols, emoji, format marks). A combining mark takes the
  type of the character it sits on (rule W1).
- The paragraph's direction comes from its first strong character; with none it is left to right
  (rules P2, P3). One change from P2: when most of the strong letters run the other way, theirs
  wins. The interface is English and puts names inside its sentences ("נועה's answers",
  "נועה guessed: Hardly any"); such a sentence still reads left to right, with the name in place.
- A number after left-to-right text (or at the start of a left-to-right paragraph) is left to right
  (rule W7); otherwise it is a number run that stays left to right inside right-to-left text.
- A stretch of neutrals takes the direction of the text on both sides when they agree, numbers
  counting as right to left, and the paragraph's direction when they do not (rules N1, N2).
- Levels: 0 or 1 for the paragraph, right-to-left text in a left-to-right paragraph goes up one,
  left-to-right text and numbers in a right-to-left paragraph go up one, numbers in a left-to-right
  paragraph go up two (rules I1, I2). Runs are then reversed from the highest level down to the
  lowest odd one (rule L2, applied to whole runs: the inside of an odd run is reversed by shaping).

Left out: explicit embeddings and isolates (U+202A–U+202E, U+2066–U+2069 are treated as neutral
marks), Arabic numbers' separate type, bracket pairs, and resetting trailing whitespace (rule L1).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_RTL_RANGES = (
    (0x0590, 0x05FF),  # Hebrew
    (0x0600, 0x06FF),  # Arabic (Persian and Urdu letters too)
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
)

L, R, EN, N = "L", "R", "EN", "N"


def is_rtl_char(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _RTL_RANGES)


def char_type(char: str) -> str:
    """The simplified bidi type of one character: L, R, EN or N (a combining mark answers N here; see `types`)."""
    if char.isdecimal():
        return EN
    if is_rtl_char(char):
        category = unicodedata.category(char)
        return R if category[0] in "LM" else N  # Arabic punctuation such as "،" or "؟" is neutral
    category = unicodedata.category(char)
    if category[0] == "L" or category == "Mc":
        return L
    return N


def types(text: str) -> list[str]:
    """Each character's type, combining marks taking the type of the character before them (rule W1)."""
    out: list[str] = []
    for char in text:
        kind = char_type(char)
        if unicodedata.category(char) in ("Mn", "Me") and not is_rtl_char(char) and out:
            kind = out[-1]
        out.append(kind)
    return out


def base_direction(text: str) -> str:
    """The direction of a paragraph: that of its first strong letter, unless most of its letters go the other way."""
    kinds = types(text)
    rtl, ltr = kinds.count(R), kinds.count(L)
    if rtl != ltr:
        return "rtl" if rtl > ltr else "ltr"
    first = next((kind for kind in kinds if kind in (L, R)), L)
    return "rtl" if first == R else "ltr"


def has_rtl(text: str) -> bool:
    return any(is_rtl_char(char) for char in text)


def levels(text: str, direction: str | None = None) -> list[int]:
    """The embedding level of each character; `direction` ("ltr"/"rtl") overrides the paragraph's own."""
    base = 1 if (direction or base_direction(text)) == "rtl" else 0
    kinds = types(text)
    strong = L if base == 0 else R
    for i, kind in enumerate(kinds):  # W7: a number after left-to-right text is left to right
        if kind in (L, R):
            strong = kind
        elif kind == EN and strong == L:
            kinds[i] = L
    edge = L if base == 0 else R
    i = 0
    while i < len(kinds):  # N1, N2: neutrals between like sides take that side, else the paragraph's
        if kinds[i] != N:
            i += 1
            continue
        end = i
        while end < len(kinds) and kinds[end] == N:
            end += 1
        before = _as_strong(kinds[i - 1]) if i > 0 else edge
        after = _as_strong(kinds[end]) if end < len(kinds) else edge
        resolved = before if before == after else edge
        for j in range(i, end):
            kinds[j] = resolved
        i = end
    out: list[int] = []
    for kind in kinds:  # I1, I2
        if base == 0:
            out.append({L: 0, R: 1, EN: 2}[kind])
        else:
            out.append({R: 1, L: 2, EN: 2}[kind])
    return out


def _as_strong(kind: str) -> str:
    return R if kind in (R, EN) else L


@dataclass(frozen=True, slots=True)
class Run:
    text: str  # in logical (typed) order
    level: int

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


def visual_runs(text: str, direction: str | None = None) -> list[Run]:
    """`text` cut into runs of one level, in the order they are drawn from left to right.

    Each run's own text stays in logical order: an odd (right-to-left) run is drawn reversed by
    shaping it with a right-to-left font, which also joins Arabic letters and mirrors brackets.
    """
    if not text:
        return []
    if not has_rtl(text) and direction != "rtl":
        return [Run(text, 0)]  # the common case: nothing to reorder
    found = levels(text, direction)
    logical: list[Run] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or found[i] != found[start]:
            logical.append(Run(text[start:i], found[start]))
            start = i
    return reorder(logical)


def reorder(logical: list[Run]) -> list[Run]:
    """Rule L2 on whole runs: from the highest level down to the lowest odd one, reverse each stretch at or above it."""
    out = list(logical)
    if not out:
        return out
    highest = max(run.level for run in out)
    lowest_odd = min((run.level for run in out if run.level % 2 == 1), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(out):
            if out[i].level < level:
                i += 1
                continue
            end = i
            while end < len(out) and out[end].level >= level:
                end += 1
            out[i:end] = reversed(out[i:end])
            i = end
    return out
