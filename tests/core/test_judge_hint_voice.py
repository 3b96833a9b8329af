"""The judge's hint hears the guess in the guesser's voice (playtest J, Quiz me).

The guesser speaks of the partner ("her mum", "Noa's mum"); the answer was said in the first person ("my
mum"). The hint reads the one as the other, as the who's-more-likely reveal reads one partner's "Me" as the
other's "You", says so when it did, and otherwise never claims a word is in the answer when it is not.
"""

from __future__ import annotations

from game.core.judge_hints import similarity_words

MUM = "My mum, every single time… and my boss"


def test_her_mum_is_heard_as_my_mum_and_the_hint_says_so() -> None:
    assert similarity_words(MUM, "Her mum") == "Every word of the guess is in the answer, with “her” for your “my”."


def test_the_partner_s_name_is_heard_as_i_and_my() -> None:
    assert similarity_words(MUM, "Noa's mum", about="Noa") == (
        "Every word of the guess is in the answer, with “Noa’s” for your “my”."
    )
    assert similarity_words("I would cry", "Noa would cry", about="Noa") == (
        "The same words, give or take the spelling, with “Noa” for your “i”."
    )


def test_the_guesser_s_own_my_is_the_answer_s_your() -> None:
    assert similarity_words("Your terrible singing", "my singing") == (
        "Every word of the guess is in the answer, with “my” for your “your”."
    )


def test_a_word_of_the_guess_missing_from_the_answer_is_never_said_to_be_in_it() -> None:
    words = similarity_words("Mum, every single time", "Her mum")  # the answer has no "my" for "her" to stand for
    assert words is not None and not words.startswith("Every word"), words
    assert words == "The guess's main words are all in the answer."
    assert similarity_words("the beach at dawn", "a beach") == "The guess's main words are all in the answer."
    assert similarity_words("the beach", "beach at dawn") == "The answer's main words are all in the guess."


def test_words_said_alike_keep_the_plain_hint() -> None:
    assert similarity_words("Grandma Rose", "rose") == "Every word of the guess is in the answer."
    assert similarity_words("my mum and my boss", "her mum") == (
        "Every word of the guess is in the answer, with “her” for your “my”."
    )
    assert similarity_words("walking the dog by the river", "a dog and a cat") == "1 of the answer's 4 words is in the guess."
