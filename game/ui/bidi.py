"""A small, simplified bidirectional text pass: which parts of a line run right to left, and in which order to draw them.

Hebrew, Arabic and Persian are written right to left; a name or an answer may mix them with Latin
words, numbers and emoji. This module is pure (no pygame): the text renderer asks it for a line's
runs in display order, then shapes each right-to-left run as one piece with HarfBuzz.

It follows the Unicode bidirectional algorithm (UAX #9) in a reduced form:

- Each character is strong left-to-right (L: letters of other scripts, and U+200E), strong right-to-left
  (R: the Hebrew and Arabic blocks listed in `_RTL_RANGES`, U+200F and U+061C), a number (EN: any
  decimal digit), or neutral (N: spaces, punctuation, symbols, emoji, other format marks). A
  combining mark takes the type of the character it sits on (rule W1).
- Isolates: text between U+2066, U+2067 or U+2068 (LRI, RLI, FSI) and its U+2069 (PDI) is laid out
  on its own, one level up, and counts as a neutral for the text around it (rules X5a–X6a, BD13),
  like HTML's <bdi>. The interface puts every name and answer it quotes inside one (`isolate`),
  so "سارا & Zoë" or "سارا loved: خنده‌ات" keep the sentence's left-to-right order.
- The paragraph's direction comes from its first strong character outside isolates; with none it
  is left to right (rules P2, P3). A user's answer that starts with a Persian word reads from the
  right, one that starts with an English word from the left, however many letters of each it has.
- A number after left-to-right text (or at the start of a left-to-right sequence) is left to right
  (rule W7); otherwise it is a number run that stays left to right inside right-to-left text.
- Paired brackets take the direction of what they enclose when it agrees with the sequence's own,
  else that of the text before them (rules BD16, N0), so "(چای)" keeps its brackets together.
- Other neutrals take the direction of the text on both sides when they agree, numbers counting as
  right to left, and the sequence's direction when they do not (rules N1, N2).
- Levels: right-to-left text at an even level goes up one, numbers up two; left-to-right text and
  numbers at an odd level go up one (rules I1, I2).
- Lines: levels are resolved for the whole paragraph, before it is wrapped; each line then takes its
  share of them (`line_runs`), so the comma in "…بی‌ادبی کند، دوست…" stays right to left when a
  line breaks after it. At a line's end, spaces and isolate marks go back to the paragraph's level
  (rule L1). The line's runs are then reversed from the highest level down to the lowest odd one
  (rule L2, applied to whole runs: the inside of an odd run is reversed by shaping, which also
  mirrors its brackets).

Left out: explicit embeddings and overrides (U+202A–U+202E are treated as neutral marks), Arabic
numbers' separate type, and rule L1 for tabs and for spaces before them. Format characters are never
drawn (`CONTROLS`).
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from game.core.direction import FSI, MARKS, PDI

_RTL_RANGES = (
    (0x0590, 0x05FF),  # Hebrew
    (0x0600, 0x06FF),  # Arabic (Persian and Urdu letters too)
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
)

L, R, EN, N = "L", "R", "EN", "N"
LRI, RLI = "\u2066", "\u2067"  # FSI and PDI come with `quoted`, which the scenes use
_INITIATORS = (LRI, RLI, FSI)
_ISOLATE_MARKS = frozenset((LRI, RLI, FSI, PDI))
_RAISERS = frozenset(("\u200f", *_INITIATORS))  # an RLM or an isolate lifts what follows off level 0
#: Marks that steer the order but draw nothing: the renderer leaves them out.
CONTROLS = frozenset(MARKS)
#: Bidi paired brackets (BidiBrackets.txt), opening to closing; a right-to-left run draws them mirrored.
_PAIRS = dict(zip("([{⁅⁽₍⌈⌊〈❨❪❬❮❰❲❴⟅⟦⟨⟪〈《「『【〔（［｛", ")]}⁆⁾₎⌉⌋〉❩❫❭❯❱❳❵⟆⟧⟩⟫〉》」』】〕）］｝", strict=True))
_CLOSERS = frozenset(_PAIRS.values())
_MAX_BRACKET_DEPTH = 63  # BD16's stack size


def is_rtl_char(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _RTL_RANGES)


def char_type(char: str) -> str:
    """The simplified bidi type of one character: L, R, EN or N (a combining mark answers N here; see `types`)."""
    if char.isdecimal():
        return EN
    if char == "\u200e":
        return L
    if char in ("\u200f", "\u061c"):
        return R
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


def isolate(text: str) -> str:
    """`text` as a first-strong isolate (FSI … PDI): inside a sentence it keeps its own direction and moves nothing around it."""
    return FSI + text + PDI


def _matching(text: str) -> dict[int, int]:
    """Each isolate initiator's matching PDI (the paragraph's end when it has none), rule BD9."""
    stack: list[int] = []
    out: dict[int, int] = {}
    for i, char in enumerate(text):
        if char in _INITIATORS:
            stack.append(i)
        elif char == PDI and stack:
            out[stack.pop()] = i
    for i in stack:
        out[i] = len(text)
    return out


def _first_strong(text: str, kinds: list[str], matches: dict[int, int], start: int, end: int) -> str | None:
    i = start
    while i < end:
        if text[i] in _INITIATORS:
            i = matches[i] + 1  # an isolate's inside does not decide the paragraph around it (P2)
            continue
        if kinds[i] in (L, R):
            return "rtl" if kinds[i] == R else "ltr"
        i += 1
    return None


def base_direction(text: str) -> str:
    """The direction of a paragraph: that of its first strong character outside isolates, else left to right (P2, P3)."""
    if text.isascii():  # no right-to-left letter, mark or isolate is ASCII: most of what the game draws
        return "ltr"
    return _first_strong(text, types(text), _matching(text), 0, len(text)) or "ltr"


def plain(text: str, direction: str | None = None) -> bool:
    """Whether `text` is drawn as one left-to-right run at level 0, as most of what the game draws is: a
    left-to-right paragraph with no right-to-left letter or mark and no isolate."""
    if direction == "rtl":
        return False
    return text.isascii() or not any(is_rtl_char(char) or char in _RAISERS for char in text)


def levels(text: str, direction: str | None = None) -> list[int]:
    """The embedding level of each character; `direction` ("ltr"/"rtl") overrides the paragraph's own."""
    base = 1 if (direction or base_direction(text)) == "rtl" else 0
    out = [base] * len(text)
    _resolve(text, types(text), _matching(text), 0, len(text), base, out)
    return out


def _resolve(text: str, kinds: list[str], matches: dict[int, int], start: int, end: int, level: int, out: list[int]) -> None:
    """Resolve one isolating run sequence at `level`, and each isolate inside it one level up."""
    seq: list[int] = []
    i = start
    while i < end:
        seq.append(i)
        if text[i] not in _INITIATORS:
            i += 1
            continue
        close = matches[i]
        inner = {LRI: "ltr", RLI: "rtl"}.get(text[i]) or _first_strong(text, kinds, matches, i + 1, close) or "ltr"
        inner_level = level + 1 if (inner == "rtl") == (level % 2 == 0) else level + 2
        _resolve(text, kinds, matches, i + 1, min(close, end), inner_level, out)
        if close < end:
            seq.append(close)
        i = close + 1
    found = [kinds[j] for j in seq]
    edge = R if level % 2 else L
    strong = edge
    for k, kind in enumerate(found):  # W7: a number after left-to-right text is left to right
        if kind in (L, R):
            strong = kind
        elif kind == EN and strong == L:
            found[k] = L
    _pair_brackets([text[j] for j in seq], found, edge)
    k = 0
    while k < len(found):  # N1, N2: neutrals between like sides take that side, else the sequence's
        if found[k] != N:
            k += 1
            continue
        stop = k
        while stop < len(found) and found[stop] == N:
            stop += 1
        before = _as_strong(found[k - 1]) if k > 0 else edge
        after = _as_strong(found[stop]) if stop < len(found) else edge
        resolved = before if before == after else edge
        for j in range(k, stop):
            found[j] = resolved
        k = stop
    raise_by = {L: 0, R: 1, EN: 2} if level % 2 == 0 else {R: 0, L: 1, EN: 1}
    for j, kind in zip(seq, found, strict=True):  # I1, I2
        out[j] = level + raise_by[kind]


def _pair_brackets(chars: list[str], found: list[str], edge: str) -> None:
    """BD16 and N0: a bracket pair takes the sequence's direction when its inside has it, else the text before it."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for k, char in enumerate(chars):
        if found[k] != N:
            continue
        if char in _PAIRS:
            if len(stack) == _MAX_BRACKET_DEPTH:
                break
            stack.append((_PAIRS[char], k))
        elif char in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], k))
                    del stack[depth:]
                    break
    for opening, closing in sorted(pairs):
        inside = {_as_strong(kind) for kind in found[opening + 1 : closing] if kind != N}
        if not inside:
            continue
        before = next((_as_strong(kind) for kind in reversed(found[:opening]) if kind != N), edge)
        found[opening] = found[closing] = edge if edge in inside else before


def _as_strong(kind: str) -> str:
    return R if kind in (R, EN) else L


class Run(NamedTuple):  # not a dataclass: see text.TextStyle
    text: str  # in logical (typed) order
    level: int
    start: int = 0  # where `text` begins in the line

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
    if plain(text, direction):
        return [Run(text, 0)]  # the common case: nothing to reorder
    base = 1 if (direction or base_direction(text)) == "rtl" else 0
    return line_runs(text, levels(text, "rtl" if base else "ltr"), 0, len(text), base)


def line_runs(text: str, found: list[int], start: int, end: int, base: int) -> list[Run]:
    """The line `text[start:end]` of a wrapped paragraph, cut into runs in the order they are drawn.

    `found` is the whole paragraph's `levels` and `base` its own level (0 or 1): a neutral between two
    Persian words keeps its level wherever the line breaks. Spaces and isolate marks at the line's end
    take `base` (rule L1); then the line alone is reordered (rule L2). Each run's `start` is where it
    begins in the line.
    """
    stop = end
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in _ISOLATE_MARKS):
        stop -= 1
    line = found[start:stop] + [base] * (end - stop)
    logical: list[Run] = []
    first = 0
    for i in range(1, end - start + 1):
        if i == end - start or line[i] != line[first]:
            logical.append(Run(text[start + first : start + i], line[first], first))
            first = i
    return reorder(logical)


def visual_order(text: str, direction: str | None = None) -> str:
    """The characters of `text` as seen from left to right (format marks left out, brackets in right-to-left runs mirrored).

    What a reader sees, as one string: the tests state each example's expected order with it.
    """
    return seen(visual_runs(text, direction))


def seen(laid: list[Run] | tuple[Run, ...]) -> str:
    """Runs in drawn order as the characters a reader sees from left to right (see `visual_order`)."""
    out: list[str] = []
    for run in laid:
        shown = "".join(char for char in run.text if char not in CONTROLS)
        if run.rtl:
            shown = "".join((unicodedata.mirrored(char) and _MIRRORS.get(char, char)) or char for char in reversed(shown))
        out.append(shown)
    return "".join(out)


_MIRRORS = {**_PAIRS, **{closing: opening for opening, closing in _PAIRS.items()}, "<": ">", ">": "<", "«": "»", "»": "«"}


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
