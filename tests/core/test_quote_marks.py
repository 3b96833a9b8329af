"""Quoted words nest their marks: “ ” outside, ‘ ’ for any quote inside, and the words otherwise as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from game.core.direction import FSI, PDI
from game.core.quote_marks import in_quotes, quote_ends_sentence

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


@given(TEXTS, st.sampled_from(".?!…؟"), st.sampled_from(["", '"', "”", "’", ")"]))
def test_a_quote_ending_a_sentence_ends_with_one_mark_never_two(words: str, mark: str, closing: str) -> None:
    said = quote_ends_sentence(words + mark + closing)
    assert said.endswith("”"), f"the quote's own {mark!r} ends the sentence: nothing after it in {said!r}"
    assert quote_ends_sentence(words + "a").endswith("”."), "a quote with no mark of its own gets the full stop"


def test_you_picked_a_sentence_says_it_with_one_full_stop() -> None:
    assert quote_ends_sentence("Order pudding. We're not leaving on their account.") == (
        "“Order pudding. We're not leaving on their account.”"
    )
    assert quote_ends_sentence("Stay in?") == "“Stay in?”"
    assert quote_ends_sentence("Go home") == "“Go home”."
    assert quote_ends_sentence('She said "no!"') == "“She said ‘no!’”"
