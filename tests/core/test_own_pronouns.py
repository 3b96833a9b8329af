"""A partner's own pronouns: five forms of their own and how verbs agree, checked, kept as text and put in every placeholder."""

import pytest

from game.core.cards import fill
from game.core.players import Couple, Player
from game.core.pronouns import (
    MAX_FORM,
    OwnPronouns,
    PronounError,
    Pronouns,
    label,
    own_pronouns,
    parse_pronouns,
    pronouns_from,
)

XE = own_pronouns(["xe", "xem", "xyr", "xyrs", "xemself"], plural=False)
EY = own_pronouns(["e", "em", "eir", "eirs", "emself"], plural=True)
QUIZ = "{They} said {their} tea is {theirs}; when {they} {feel|feels} low, bring {them} some, or {they} {make|makes} it {themself}."


def test_own_forms_fill_every_placeholder_and_verbs_agree_as_the_partner_said():
    assert fill(QUIZ, name="Robin", partner="Alex", pronouns=XE) == (
        "Xe said xyr tea is xyrs; when xe feels low, bring xem some, or xe makes it xemself."
    )
    assert fill(QUIZ, name="Robin", partner="Alex", pronouns=EY) == (
        "E said eir tea is eirs; when e feel low, bring em some, or e make it emself."
    )


def test_the_partners_own_forms_are_theirs_alone():
    text = "{Their} turn: ask {partner_them} what {partner_they} think of {their} plan."
    assert fill(text, name="Noa", partner="Kofi", pronouns=Pronouns.SHE, partner_pronouns=XE) == (
        "Her turn: ask xem what xe think of her plan."
    )
    couple = Couple(1, (Player(0, "Robin", "#e07a5f", XE), Player(1, "Alex", "#3d9a8b", Pronouns.HE)))
    assert couple.fill("Did {partner} see {partner_them}? {They} {were|was} sure.", 1) == "Did Robin see xem? He was sure."


@pytest.mark.parametrize(
    ("forms", "start"),
    [
        (["ze", "hir", "hir", "hirs", "hirself"], "Ze"),
        (["'e", "'em", "'eir", "'eirs", "'emself"], "'E"),  # a leading apostrophe stays, the letter after it is the capital
        (["ово", "ово", "овој", "овоја", "себе"], "Ово"),  # Cyrillic has capitals
        (["او", "او", "اش", "مال\u200cاش", "خودش"], "او"),  # Persian has none: the word is left as written
        (["הן", "אותן", "שלהן", "שלהן", "עצמן"], "הן"),  # nor has Hebrew
        (["ßie", "ßie", "ßier", "ßiers", "ßelbst"], "ßie"),  # ß's capital is two letters: left alone
    ],
)
def test_a_capitalised_placeholder_capitalises_where_the_script_has_capitals(forms, start):
    own = own_pronouns(forms, plural=False)
    assert fill("{They} {partner_They}", name="A", partner="B", pronouns=own, partner_pronouns=own) == f"{start} {start}"


def test_an_own_set_is_kept_as_text_and_read_back_the_same():
    assert XE.value == "own:is:xe/xem/xyr/xyrs/xemself"
    assert EY.value == "own:are:e/em/eir/eirs/emself"
    for choice in (XE, EY, *Pronouns):
        assert parse_pronouns(choice.value) == choice
        assert pronouns_from(choice.value) == choice
    assert label(XE) == "xe / xem" and label(Pronouns.NAME) == "just my name"
    assert label(own_pronouns(["Xemselfxem", "Wwwwwwwww", "x", "x", "x"], plural=False)) == "Xemselfxem"


def test_the_four_choices_keep_their_stored_words():
    assert [choice.value for choice in Pronouns] == ["they", "she", "he", "name"]
    for word in ("they", "she", "he", "name"):
        assert parse_pronouns(word) is Pronouns(word)


def test_forms_are_trimmed_and_composed_the_same_way_however_they_were_typed():
    decomposed = own_pronouns([" xe ", "xe\u0301m", "xyr", "xyrs", "xemself"], plural=False)
    assert decomposed.forms[:2] == ("xe", "x\u00e9m")


@pytest.mark.parametrize(
    ("forms", "case", "words"),
    [
        (["", "xem", "xyr", "xyrs", "xemself"], "they", "Type the word you'd use in “they” went."),
        (["xe", "   ", "xyr", "xyrs", "xemself"], "them", "Type the word you'd use in I asked “them”."),
        (["xe", "xem", "x" * (MAX_FORM + 1), "xyrs", "xemself"], "their", f"Keep it to {MAX_FORM} letters or fewer."),
        (["xe", "xem", "xyr", "xy rs", "xemself"], "theirs", "One word, without spaces."),
        (["xe", "xem", "xyr", "xyrs", "xem/self"], "themself", "“/” can't be part of it"),
        (["xe", "xem", "x2", "xyrs", "xemself"], "their", "“2” can't be part of it"),
        (["xe", "xem", "xyr", "xyrs", "{name}"], "themself", "“{” can't be part of it"),
        (["xe", "x\u200bm", "xyr", "xyrs", "xemself"], "them", "U+200B can't be part of it"),
        (["xe", "xem", "xyr", "xyrs", "'-'"], "themself", "It needs at least one letter."),
        (["\u0301e", "xem", "xyr", "xyrs", "xemself"], "they", "can't be part of it"),  # a lone accent cannot start it
    ],
)
def test_nonsense_is_refused_naming_the_form_and_saying_why(forms, case, words):
    with pytest.raises(PronounError) as caught:
        own_pronouns(forms, plural=False)
    assert caught.value.case == case
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("stored", "words"),
    [
        ("xe", "Pronouns are 'they', 'she', 'he', 'name' or an own set"),
        ("own:was:xe/xem/xyr/xyrs/xemself", "or an own set such as"),
        ("own:is:xe/xem/xyr/xyrs", "An own set has 5 forms"),
        ("own:is:xe/xem/xyr/xyrs/xemself/x", "An own set has 5 forms"),
        ("own:is:xe/xem//xyrs/xemself", "(the “their” form): Type the word"),
        ("SHE", "not 'SHE'"),
        ("", "not ''"),
    ],
)
def test_stored_text_that_is_not_a_choice_is_refused_with_a_sentence(stored, words):
    with pytest.raises(PronounError, match=r".") as caught:
        parse_pronouns(stored)
    assert words in str(caught.value)
    assert pronouns_from(stored) is Pronouns.THEY  # reading the store never stops on it


def test_an_own_set_may_be_the_same_words_as_a_choice_and_still_reads_as_own():
    own = own_pronouns(["she", "them", "her", "theirs", "themself"], plural=False)  # "she/they", mixed as one likes
    assert parse_pronouns(own.value) == own
    assert fill("{They} {are|is} sure it's {theirs}", name="M", partner="N", pronouns=own) == "She is sure it's theirs"
    assert isinstance(parse_pronouns(own.value), OwnPronouns)
