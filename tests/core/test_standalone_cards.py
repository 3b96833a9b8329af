"""A card stands alone: words that reach past it to another card or the rest of the evening are flagged."""

from __future__ import annotations

import pytest

from game.core.cards import Card, Deck
from game.core.deck_lint import lint
from game.core.standalone_cards import reach_findings
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir


def card(text: str, *followups: str, note: str = "", options: tuple[str, ...] = ()) -> Card:
    return Card("ours", "c", text, tags=("play",), followups=followups, note=note, options=options)


@pytest.mark.parametrize(
    ("reach", "made"),
    [
        ("next card", card("Put my hand on you. It stays there for the whole next card, however serious.")),
        ("next question", card("Hold my hand.", "Keep holding it through the next question.")),
        ("the rest of the evening", card("Talk only in whispers for the rest of the evening.")),
        ("the rest of tonight", card("Swap seats.", note="Stay swapped for the rest of tonight.")),
        ("at the last card", card("A bet: whoever laughs first loses, and we settle it at the last card.")),
        ("till the end of the night", card("Keep a tally of my sighs till the end of the night.")),
        ("later tonight", card("Guess what I've got planned.", "I'll tell you later tonight.")),
        ("From now on, tonight", card("Call me 'Captain'.", "From now on, tonight, I answer to nothing else.")),
        ("Keep score tonight", card("Every eye-roll is a point.", note="Keep score tonight.")),
        ("Next 'What?' tonight", card("Who says 'What?' first?", "Next 'What?' tonight, the other stays silent.")),
        ("an answer tonight", card("Each pick an odd word to slip into an answer tonight.")),
        ("every answer tonight", card("Rate it.", options=("I rate every answer tonight",))),
    ],
)
def test_a_card_reaching_past_itself_is_flagged(reach: str, made: Card) -> None:
    [(flagged, message)] = reach_findings([made])
    assert flagged is made and f"'{reach}'" in message and "settle it within the card" in message


@pytest.mark.parametrize(
    "made",
    [
        card("What will you do differently next time?", "Next time, what should I say first?"),
        card("What would you eat for the rest of your life?", "Which of us does the rest of the world side with?"),
        card("Which answer tonight did you tidy up before you said it?"),
        card("Put your cold hands on me. I rule each allowed or banned, from now on."),
        card("Trace the route you'd take over me if we had all night.", note="Spell on my back what you'd like later."),
        card("What did I do tonight that you'd like a lot more of?", "Any gale warnings for tonight?"),
        card("Who's the last one out of a party?", options=("I say nothing till the end, then pounce",)),
        card("Which question are you hoping no card asks you tonight?"),
        card("Friends are coming round in an hour.", "What was the last question you searched?", note="Wait till the last minute."),
    ],
)
def test_a_card_standing_alone_is_quiet(made: Card) -> None:
    assert reach_findings([made]) == []


def test_strict_lint_flags_it_for_the_built_in_decks_only() -> None:
    reaching = card("Whisper the next card to me.")
    deck = Deck("ours", "Ours", (reaching,))
    assert any("reaches past the card" in finding.message for finding in lint([deck]))
    assert not any("reaches past the card" in finding.message for finding in lint([deck], vocabulary=False))


def test_the_built_in_cards_stand_alone() -> None:
    cards = [made for deck in load_decks(deck_paths(builtin_decks_dir())).decks for made in deck.cards]
    assert reach_findings(cards) == []
