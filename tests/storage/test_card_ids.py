"""Card ids for questions in any script: answers are remembered under (deck id, card id), so a card's id stays
the same while its words do, and a deck never gives a used id to a different question.

Kindred's last round: cards written only in Hebrew, Persian, Chinese or emoji were all called `card`, `card-2`,
`card-3`… by their place in the deck. A list imported again with one question more at the top moved every
answer onto the question below it, and a card written after one was deleted took the deleted card's answers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from game.core.deck_editing import DeckEntry, with_cards
from game.storage.deck_files import load_deck_file
from game.storage.deck_import import card_id
from game.storage.importing import deck_of, import_into, preview_text

IDENTIFIER = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
NO_LATIN = ["מה הצחיק אותך היום?", "امروز چه چیزی تو را خنداند؟", "今天什么让你笑了？", "😂🙈?", "Что тебя радует?"]


def test_a_question_with_no_latin_letters_gets_an_id_of_its_own_words():
    ids = [card_id(text) for text in NO_LATIN]
    assert all(IDENTIFIER.match(found) for found in ids)
    assert len(set(ids)) == len(ids), "different questions, different ids"
    assert [card_id(text) for text in NO_LATIN] == ids, "the same words, the same id, wherever the card stands"
    assert card_id(NO_LATIN[0], ids) != ids[0], "still unique among the deck's ids"


def test_the_words_that_make_a_question_the_same_give_the_same_id():
    assert card_id("מה הצחיק אותך היום?") == card_id("  מה הצחיק  אותך היום ? ")
    assert card_id("\u200fמה הצחיק אותך היום?") == card_id("מה הצחיק אותך היום?")
    assert card_id("מה הצחיק אותך היום?") != card_id("מה הצחיק אותך אתמול?")


def test_a_question_mostly_in_another_script_is_not_named_by_its_few_latin_letters():
    netflix = ("מה דעתך על Netflix?", "איזו סדרה ב-Netflix ראית לאחרונה?")
    assert card_id(netflix[0]) != card_id(netflix[1], [card_id(netflix[0])])
    assert card_id(netflix[1], [card_id(netflix[0])]) == card_id(netflix[1]), "no number by order: its own id"
    assert card_id("Was ist dein größter Wunsch?") == "was-ist-dein-groter-wunsch", "a Latin question keeps its id"


@given(st.lists(st.text(st.characters(categories=("Lo", "So", "Nd", "Zs")), min_size=1, max_size=30), max_size=8))
def test_ids_are_valid_and_never_shared_in_a_deck(texts: list[str]) -> None:
    taken: list[str] = []
    for text in texts:
        taken.append(card_id(text, taken))
    assert all(IDENTIFIER.match(found) for found in taken)
    assert len(set(taken)) == len(taken)


def test_a_hebrew_list_imported_again_with_a_question_more_keeps_each_answer_with_its_question(tmp_path: Path):
    folder = tmp_path / "decks"
    first = deck_of(preview_text("# שאלות שלנו\n\n- מה הצחיק אותך היום?\n- איפה נפגשנו?\n"))
    outcome = import_into(folder, first, "", [])
    assert outcome.imported
    again = deck_of(preview_text("# שאלות שלנו\n\n- מה חלמת בלילה?\n- מה הצחיק אותך היום?\n- איפה נפגשנו?\n"))
    ids = {card.text: card.id for card in first.cards}
    assert {card.text: card.id for card in again.cards if card.text in ids} == ids
    assert again.cards[0].id not in ids.values()


def test_a_list_imported_again_over_its_deck_keeps_the_ids_that_deck_gave_its_questions(tmp_path: Path):
    """A deck imported before ids came from a question's words holds `card`, `card-2`…: imported again over it,
    each question asked there keeps that card's id (and its answers), and no other question takes one."""
    folder = tmp_path / "decks"
    earlier = deck_of(preview_text("# שאלות שלנו\n\n- מה הצחיק אותך היום?\n- איפה נפגשנו?\n- Tea or coffee?\n"))
    old_ids = ["card", "card-2", "tea-or-coffee"]
    earlier = with_cards(earlier, [replace(card, id=found) for card, found in zip(earlier.cards, old_ids, strict=True)])
    import_into(folder, earlier, "", [])
    [entry] = [DeckEntry(str(path), False, load_deck_file(path).deck) for path in folder.glob("*.yaml")]
    again = deck_of(preview_text("# שאלות שלנו\n\n- Tea or coffee!\n- מה חלמת בלילה?\n- מה הצחיק אותך היום?\n"))
    outcome = import_into(folder, again, "", [entry], replace=True)
    assert outcome.imported
    written = load_deck_file(outcome.path).deck
    assert [(card.text, card.id) for card in written.cards if card.id in old_ids] == [
        ("Tea or coffee!", "tea-or-coffee"),
        ("מה הצחיק אותך היום?", "card"),
    ]
    assert written.cards[1].id not in old_ids
