"""Quoted words nest their marks: “ ” outside, ‘ ’ for any quote inside, and the words otherwise as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from game.core.direction import FSI, PDI
from game.core.quote_marks import in_quotes

DOUBLE = '"“”'
#: Text rich in quote marks of every kind, spaces, brackets and right-to-left letters.
TEXTS = st.text(alphabet=st.sampled_from("\"“”‘’' ()—aZ1éש٣\n") | st.characters(), max_size=40)


def inside(text: str, given: str) -> str:
    """What sits between the outer marks, without the isolation a right-to-left `given` text is drawn with."""
    assert text.startswith("“") and text.endswith("”")
    middle = text[1:-1]
    if len(middle) == len(given) + 2:
        assert middle.startswith(FSI) and middle.endswith(PDI)
        return middle[1:-1]
    return middle


@given(TEXTS)
def test_quoted_words_keep_their_outer_marks_and_draw_any_inner_quote_as_single_marks(text: str) -> None:
    inner = inside(in_quotes(text), text)
    assert len(inner) == len(text)
    assert not set(inner) & set(DOUBLE), "no double mark inside the outer pair"
    for given_char, drawn in zip(text, inner, strict=True):
        assert drawn in "‘’" if given_char in DOUBLE else drawn == given_char, (given_char, drawn)


def test_a_quote_inside_opens_and_closes_the_way_print_does() -> None:
    assert in_quotes('She said "yes", then left') == "“She said ‘yes’, then left”"
    assert in_quotes("“Dancing Queen”, obviously") == "“‘Dancing Queen’, obviously”"
    assert in_quotes('("quiet")') == "“(‘quiet’)”"
    assert in_quotes("it's mine") == "“it's mine”", "an apostrophe is the couple's own"
