"""Any own set of pronouns, put through every card and quiz line of every built-in deck: no field is left,
nothing raises, and the partner who wrote them is referred to by their own words and no others.

The expected sentence is built here from the template, field by field, independently of the game's `fill`.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.cards import Card
from game.core.direction import quoted
from game.core.players import Couple, Player
from game.core.pronouns import CASES, MAX_FORM, OwnPronouns, PronounChoice, Pronouns, own_pronouns, pronoun
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir

FIELD = re.compile(r"\{([^{}]*)\}")
NAMES = ("Robin", "Alex")


def _cards() -> list[Card]:
    found = load_decks(deck_paths(builtin_decks_dir()))
    assert not found.problems, found.problems
    cards = [card for deck in found.decks for card in deck.cards]
    assert len(cards) > 500
    return cards


CARDS = _cards()
#: Each card's words and quiz line, split once into literal text and field names: (literal, field, literal, …).
DEFAULT_QUIZ = "What did {name} answer to: "  # what a card without its own quiz line is asked as
PIECES = {
    (card.key, which): FIELD.split(text)
    for card in CARDS
    for which, text in (("text", card.text), ("quiz", card.quiz or DEFAULT_QUIZ + card.text))
}

LETTER = st.characters(categories=("Lu", "Ll", "Lt", "Lo"))
INSIDE = st.one_of(LETTER, st.characters(categories=("Mn", "Mc")), st.sampled_from("'-’"))
FORM = st.builds(lambda first, rest: first + "".join(rest), LETTER, st.lists(INSIDE, max_size=MAX_FORM - 6))
OWN = st.builds(lambda forms, plural: own_pronouns(forms, plural), st.lists(FORM, min_size=5, max_size=5), st.booleans())


def _capital_ok(word: str, form: str) -> bool:
    """`word` is `form` with at most its first letter changed to that letter's capital (left alone when the capital is
    two letters or the script has none); a plain Latin first letter must be made a capital."""
    first = next((i for i, ch in enumerate(form) if ch.isalpha()), 0)
    if form[first].isascii() and form[first].islower():
        return word == form[:first] + form[first].upper() + form[first + 1 :]
    return word == form or word == form[:first] + form[first].title() + form[first + 1 :]


def _check(pieces: list[str], filled: str, subject: int, choices: tuple[PronounChoice, PronounChoice]) -> None:
    """`filled` is the template with {name}/{partner} as the two names and every other field as `choices` say."""
    expected: list[str] = []
    at = 0
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            assert filled.startswith(piece, at), (pieces, filled)
            at += len(piece)
            continue
        person = 1 - subject if piece == "partner" or piece.startswith("partner_") else subject
        choice = choices[person]
        case = piece.removeprefix("partner_")
        if piece in ("name", "partner"):
            expected.append(NAMES[person])
        elif "|" in piece:
            plural, singular = piece.split("|")
            own = choices[subject]
            expected.append(plural if (own.plural if isinstance(own, OwnPronouns) else own is Pronouns.THEY) else singular)
        elif isinstance(choice, OwnPronouns):
            form = quoted(choice.forms[CASES.index(case.lower())])  # isolated when in right-to-left letters, as a name
            word = filled[at : at + len(form)]  # a capital is one letter, or the letter is left as it was
            if case[0].isupper():
                assert _capital_ok(word, form), (piece, word, form, filled)
            else:
                assert word == form, (piece, word, form, filled)
            at += len(word)
            continue
        else:
            word = pronoun(choice, case.lower(), NAMES[person])
            expected.append(word[:1].upper() + word[1:] if case[0].isupper() and choice is not Pronouns.NAME else word)
        assert filled.startswith(expected[-1], at), (piece, expected[-1], filled)
        at += len(expected[-1])
    assert at == len(filled), (pieces, filled)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OWN, st.one_of(OWN, st.sampled_from(list(Pronouns))))
def test_any_own_set_reads_right_in_every_card_and_quiz_of_every_built_in_deck(own, partners):
    couple = Couple(1, (Player(0, NAMES[0], "#e07a5f", own), Player(1, NAMES[1], "#3d9a8b", partners)))
    choices = (couple.pronouns(0), couple.pronouns(1))
    for card in CARDS:
        for seat in (0, 1):
            text = couple.fill(card.text, seat)
            assert "{" not in text and "}" not in text, text
            _check(PIECES[(card.key, "text")], text, seat, choices)
            quiz = couple.quiz_text(card, seat)
            assert "{" not in quiz and "}" not in quiz, quiz
            _check(PIECES[(card.key, "quiz")], quiz, seat, choices)


EVERY_FIELD = (
    " ".join(f"{{{prefix}{case}}} {{{prefix}{case.capitalize()}}}," for prefix in ("", "partner_") for case in CASES)
    + " {name} {partner} {are|is} {feel|feels}."
)


@settings(max_examples=200, deadline=None)
@given(OWN, st.one_of(OWN, st.sampled_from(list(Pronouns))))
def test_any_own_set_fills_every_placeholder_a_card_may_write_capitals_too(own, partners):
    """The decks use only some placeholders today ({They} at a sentence start is not among them): every one, here."""
    couple = Couple(1, (Player(0, NAMES[0], "#e07a5f", own), Player(1, NAMES[1], "#3d9a8b", partners)))
    for seat in (0, 1):
        filled = couple.fill(EVERY_FIELD, seat)
        assert "{" not in filled
        _check(FIELD.split(EVERY_FIELD), filled, seat, (own, partners))


def test_the_decks_do_use_the_placeholders_this_property_is_about():
    fields = {piece for pieces in PIECES.values() for piece in pieces[1::2]}
    assert {"they", "them", "their", "partner"} <= fields and any("|" in field for field in fields)
