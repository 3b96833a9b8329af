"""Words read the same anywhere, and no shared home assumed: the strict lint flags each, and only each."""

from __future__ import annotations

import dataclasses

import pytest

from game.core.cards import Card, Deck, Kind
from game.core.deck_lint import lint
from game.core.plain_words import LIVES_TOGETHER, plain_findings

BRITISH = "is British idiom"
HOME = "assumes you share a home"


def card(card_id: str, text: str, **fields: object) -> Card:
    fields.setdefault("tags", ("favourites",))
    return Card("ours", card_id, text, level=1, **fields)  # type: ignore[arg-type]


def findings(*cards: Card, vocabulary: bool = True) -> list[tuple[str | None, str]]:
    fillers = (
        card("filler-1", "What made you smile on the way here?"),
        dataclasses.replace(card("filler-2", "Which small habit of yours are you proudest of?"), level=2),
        dataclasses.replace(card("filler-3", "What do you wish people understood about your childhood?"), level=3),
    )
    return [(found.card_id, found.message) for found in lint([Deck("ours", "Ours", (*fillers, *cards))], vocabulary)]


@pytest.mark.parametrize(
    ("text", "word", "instead"),
    [
        ("What do you watch on the telly when I'm out?", "telly", "'TV'"),
        ("Where would you go for a fortnight with no phone?", "fortnight", "'two weeks'"),
        ("What's the first thing you do in a queue?", "queue", "'line'"),
        ("Which mate of yours would you call first?", "mate", "'friend'"),
        ("What would you bin from my wardrobe?", "bin", "'trash'"),
        ("Who in your street still gets the post by hand?", "the post", "'the mail'"),
        ("Where was your first flat?", "first flat", "'apartment'"),
        ("Where was your best holiday as a child?", "holiday", "'trip'"),
    ],
)
def test_a_british_word_in_a_card_s_text_is_flagged_with_what_to_write_instead(text: str, word: str, instead: str) -> None:
    [(card_id, message)] = findings(card("idiom", text))
    assert card_id == "idiom"
    assert f"'{word}' {BRITISH}" in message and instead in message


def test_a_british_word_anywhere_a_player_reads_it_is_flagged() -> None:
    """The quiz, the note, an option and a follow-up are read as much as the text is."""
    lines = {
        "note": {"note": "A tea towel, say."},
        "quiz": {"quiz": "Which crisps does {name} hide?", "kind": Kind.ASK},
        "option": {"options": ("Tea", "A biscuit", "Cake", "Fruit"), "quiz": "What does {name} want?"},
        "followup": {"followups": ("And who does the washing-up?",)},
    }
    for where, fields in lines.items():
        found = findings(card(where, "What would make a slow evening perfect?", **fields))
        assert [(card_id, BRITISH in message) for card_id, message in found] == [(where, True)], where


@pytest.mark.parametrize(
    "text",
    [
        "Which show would you binge with me on a wet Sunday?",  # binge is not bin
        "What are you posting about this week that you'd never say aloud?",  # posting is not the post
        "Which cabinet in your kitchen would you never let me open?",
        "What's your favourite way to flatter a stranger?",
        "What do you do on a bank holiday when nobody has plans?",  # a day's name, not a trip
        "What do the holidays mean in your family?",  # the festive season, read the same anywhere
        "What's the first thing you'd buy at the post office?",
        "Who is your soulmate among the fictional couples?",
        "Which brand of potato chips would you defend to the end?",
        "What falls flat every time you tell it?",
        "What did you lift this week that was heavier than it looked?",
    ],
)
def test_a_word_inside_another_or_in_another_sense_is_not_flagged(text: str) -> None:
    assert findings(card("plain", text)) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("What should never happen in our bed?", "our bed"),
        ("What did you learn about me when we moved in?", "when we moved in"),
        ("What still makes you laugh about me after all these years?", "all these years"),
        ("Which corner of our kitchen is most yours?", "our kitchen"),
    ],
)
def test_a_shared_home_or_long_history_taken_for_granted_is_flagged(text: str, phrase: str) -> None:
    [(card_id, message)] = findings(card("home", text))
    assert card_id == "home" and f"'{phrase}' {HOME}" in message and LIVES_TOGETHER in message


def test_your_house_is_not_our_house() -> None:
    assert findings(card("yours", "What was the loudest room in your house growing up?")) == []


def test_a_card_tagged_lives_together_keeps_its_shared_home_but_not_its_british_words() -> None:
    """The tag says the card is honestly about living together; it is no licence for idiom."""
    together = ("plans", LIVES_TOGETHER)
    assert findings(card("kept", "If you live together, which room of our home is most yours?", tags=together)) == []
    [(_, message)] = findings(card("idiom", "If you live together, who does the hoovering in our flat?", tags=together))
    assert f"'hoovering' {BRITISH}" in message


def test_a_couple_s_own_deck_may_write_as_they_speak() -> None:
    """The rule is the built-in decks' house style: a couple's own cards are theirs to word."""
    assert findings(card("own", "Whose turn is the washing-up in our flat?"), vocabulary=False) == []


def test_one_finding_of_each_kind_names_the_first_word() -> None:
    found = plain_findings(["Who hoovers our flat while the other has a moan?"], ())
    assert len(found) == 2
    assert found[0].startswith("'hoovers' ") and found[1].startswith("'our flat' ")


def test_no_built_in_card_uses_british_idiom_or_assumes_a_shared_home() -> None:
    from game.storage.deck_files import deck_paths, load_decks
    from game.storage.paths import builtin_decks_dir

    decks = load_decks(deck_paths(builtin_decks_dir())).decks
    flagged = [
        f"{each.deck_id}/{each.id}: {message}"
        for one in decks
        for each in one.cards
        for message in plain_findings((each.text, each.quiz or "", each.note, *each.options, *each.followups), each.tags)
    ]
    assert flagged == []
