"""Judging guesses honestly: a word-based hint, numbers as numbers, small counts one off are close."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.core.answers import EXACT_TAG, Verdict, auto_verdict
from game.core.cards import deck_from_data
from game.core.judge_hints import similarity, similarity_words
from game.core.memories import MemoryKey
from game.core.session import Phase
from tests.core.test_session import at, quiz_session


def _number_card(*tags: str):  # type: ignore[no-untyped-def]
    card = {"id": "n", "text": "How many?", "answer": "number", "quiz": "q", "tags": list(tags)}
    return deck_from_data({"id": "d", "name": "D", "cards": [card]}).cards[0]


def test_judging_tea_does_not_look_like_an_oat_milk_latte() -> None:
    assert similarity("oat milk latte", "tea") == 0
    assert similarity_words("oat milk latte", "tea") == "No words in common."


def test_judging_a_correct_name_never_reads_as_different() -> None:
    for truth, guess in [("Grandma Rose", "Rose"), ("Dr. Anna Berg", "Anna Berg"), ("Łukasz", "Lukasz")]:
        words = similarity_words(truth, guess)
        assert words is not None and "No words" not in words, (truth, guess)
    assert similarity_words("Grandma Rose", "rose") == "Every word of the guess is in the answer."


def test_judging_very_short_answers_get_no_percentage() -> None:
    assert similarity("tea", "coffee") is None
    assert similarity_words("tea", "coffee") is None
    assert similarity_words("Pizza", "pizza") == "The same word, give or take the spelling."


def test_judging_the_count_of_words_in_the_guess_agrees_with_its_verb() -> None:
    """Playtest C, finding 12: "1 of the answer's 4 words are in the guess." """
    assert similarity_words("walking the dog by the river", "a dog and a cat") == "1 of the answer's 4 words is in the guess."
    assert similarity_words("walking the dog by the river", "walking dog, cat") == "2 of the answer's 4 words are in the guess."
    assert similarity_words("dog river", "dog dog dog cat") == "1 of the answer's 2 words is in the guess."  # never "3 of 2"


WORDS = st.lists(st.sampled_from(["toast", "honey", "jam", "tea", "coffee", "walking", "river", "oat", "milk"]), max_size=6)


@given(WORDS, WORDS)
def test_judging_says_how_many_of_the_answer_s_words_are_in_the_guess_truly_and_in_agreement(truth, guess) -> None:
    words = similarity_words(" ".join(truth), " ".join(guess))
    counted = re.fullmatch(r"(\d+) of the answer's (\d+) words (is|are) in the guess\.", words or "")
    if counted is None:
        return
    found, of, verb = int(counted[1]), int(counted[2]), counted[3]
    assert verb == ("is" if found == 1 else "are")
    assert 1 <= found < of == len(truth)
    assert found == sum(1 for word in truth if word in guess)


def test_judging_numbers_in_words_are_compared_as_numbers() -> None:
    assert similarity_words("7 cups", "seven cups, about 7") == "The numbers match."
    assert similarity_words("about 12 times", "21 times") == "The numbers are different."


@pytest.mark.parametrize(
    ("truth", "guess", "verdict"),
    [
        (3, 4, Verdict.CLOSE),
        (3, 5, Verdict.NOT_QUITE),
        (20, 19, Verdict.CLOSE),
        (12, 14, Verdict.NOT_QUITE),
        (200, 190, Verdict.CLOSE),
    ],
)
def test_judging_small_counts_are_close_when_one_off(truth: int, guess: int, verdict: Verdict) -> None:
    assert auto_verdict(_number_card(), truth, guess) is verdict


@pytest.mark.parametrize(("truth", "guess"), [(7, 8), (1994, 1995), (42, 41)])
def test_judging_exact_numbers_are_exact(truth: int, guess: int) -> None:
    card = _number_card(EXACT_TAG)
    assert auto_verdict(card, truth, guess) is Verdict.NOT_QUITE
    assert auto_verdict(card, truth, truth) is Verdict.GOT_IT


def test_judging_the_hint_follows_a_changed_answer() -> None:
    session, key, _ = quiz_session("r-text", "A cabin in the Alps")
    session.guess("a beach house in Spain", at(1))
    assert session.phase is Phase.JUDGE and session.state.hint == 0
    session.update_memory(key, "A beach house in Spain", at(2))
    assert session.state.hint == 100
    assert isinstance(key, MemoryKey)
