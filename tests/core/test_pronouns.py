"""Pronouns: each partner is referred to the way they chose, in every placeholder a card may write."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.core.cards import fill
from game.core.pronouns import Pronouns, is_placeholder, pronouns_from

QUIZ = "How does {name} take {their} coffee when {they} {feel|feels} low?"


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (Pronouns.THEY, "How does Sam take their coffee when they feel low?"),
        (Pronouns.SHE, "How does Sam take her coffee when she feels low?"),
        (Pronouns.HE, "How does Sam take his coffee when he feels low?"),
        (Pronouns.NAME, "How does Sam take Sam's coffee when Sam feels low?"),
    ],
)
def test_pronouns_follow_the_partners_choice(choice, expected):
    assert fill(QUIZ, name="Sam", partner="Alex", pronouns=choice) == expected


def test_capitalised_placeholders_start_a_sentence_and_the_partner_has_their_own():
    text = "{They} called. Did {partner} hear from {partner_them}?"
    assert fill(text, name="Noa", partner="Kofi", pronouns=Pronouns.SHE, partner_pronouns=Pronouns.HE) == (
        "She called. Did Kofi hear from him?"
    )
    assert fill("{Their} turn", name="Zoë", partner="Kofi", pronouns=Pronouns.NAME) == "Zoë's turn"


def test_by_default_everyone_is_they_and_old_cards_read_as_before():
    assert fill("How does {name} take their coffee, {partner}?", name="Sam", partner="Alex") == (
        "How does Sam take their coffee, Alex?"
    )


def test_text_that_is_not_a_placeholder_is_left_as_written():
    assert fill("{unknown} {Name} {THEY} {} {", name="A", partner="B") == "{unknown} {Name} {THEY} {} {"


def test_the_deck_check_knows_every_placeholder_and_nothing_else():
    for good in ("name", "partner", "they", "Them", "partner_their", "partner_Themself", "feel|feels", "are|is"):
        assert is_placeholder(good), good
    for bad in ("nme", "THEY", "partner_", "partner_name", "Feel|feels", "feel|", "x y"):
        assert not is_placeholder(bad), bad


def test_a_stored_choice_reads_back_and_anything_unknown_is_they():
    assert pronouns_from("she") is Pronouns.SHE
    assert pronouns_from(None) is Pronouns.THEY
    assert pronouns_from("xe") is Pronouns.THEY


@given(st.text(), st.text(min_size=1), st.text(min_size=1), st.sampled_from(list(Pronouns)))
def test_names_are_put_in_exactly_and_nothing_is_filled_twice(template, name, partner, choice):
    filled = fill("{name}|" + template.replace("{", "(") + "|{partner}", name=name, partner=partner, pronouns=choice)
    assert filled == name + "|" + template.replace("{", "(") + "|" + partner


def test_a_card_speaks_as_i_only_outside_the_words_it_quotes() -> None:
    from game.core.pronouns import speaks_as_i

    assert speaks_as_i("Which of my faults are you allowed to moan about?")
    assert speaks_as_i("I'm cold. 'Is it the heating?' you ask.")
    assert not speaks_as_i("Who's more likely to say 'my feet are cold'?")
    assert not speaks_as_i("Who says 'I'm easy, you pick', then turns down three ideas?")
    assert not speaks_as_i("“My turn,” says who?")
    assert speaks_as_i("What did I say: 'that was funny, wasn't it?'")
