"""The marks around words the game quotes: a card, an answer, a deck's name, a promise. The outer marks are
always “ ”; a quote inside what is quoted (straight "…" or curly “…”) is drawn with ‘ ’, so the marks nest the
way British print has them and never mix plain and typographic. Only what is drawn changes: stored text is kept
exactly as the couple wrote it.
"""

from __future__ import annotations

from .direction import quoted

#: Where a straight double quote opens a quote rather than closes one: at the start, or after these.
_OPENS_AFTER = frozenset(" \t\n([{—–-/\u2068\u2066\u2067")


def inner_quotes(text: str) -> str:
    """`text` with each double quote in it (straight or curly) as a single curly one, opening or closing by its place."""
    out = []
    for index, char in enumerate(text):
        if char == "“":
            out.append("‘")
        elif char == "”":
            out.append("’")
        elif char == '"':
            out.append("‘" if index == 0 or text[index - 1] in _OPENS_AFTER else "’")
        else:
            out.append(char)
    return "".join(out)


def in_quotes(text: str) -> str:
    """“`text`”, any quote inside it drawn with ‘ ’, and the words isolated when they run right to left (`quoted`)."""
    return f"“{quoted(inner_quotes(text))}”"


#: Marks that end a sentence: a quote ending in one ends the sentence it closes too.
_SENTENCE_ENDS = frozenset(".?!…‽。？！؟۔")


def quote_ends_sentence(text: str, stop: str = ".") -> str:
    """“`text`” closing a sentence: with `stop` after it, unless the quote ends in its own full stop, question mark or
    exclamation (You picked “Order pudding.”, not “Order pudding.”.)."""
    words = text.rstrip()
    ends = words.rstrip("\"'”’)»\u2069")  # a quote or bracket of its own may close after the mark
    return in_quotes(words) + ("" if ends and ends[-1] in _SENTENCE_ENDS else stop)
