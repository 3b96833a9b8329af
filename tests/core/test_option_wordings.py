"""An option reworded keeps the picks made under its earlier words: the deck says what each wording became
(`options_were`), and the pick is still judged and quizzed as the same pick, and shown as it was said."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.core.answers import Verdict, answer_fits, auto_verdict, current_option, describe
from game.core.cards import Card, deck_from_data
from game.core.option_wordings import carried
from game.core.session import Phase
from game.storage.deck_files import load_deck_file
from game.storage.deck_writer import deck_yaml
from game.storage.paths import builtin_decks_dir
from tests.core.test_answer_fits import _round_over
from tests.storage.test_deck_files import problems_of

OPTIONS = ["TV on, feet up", "A long bath", "A walk round the block"]


def card(options: list[str] = OPTIONS, were: dict[str, str] | None = None) -> Card:
    more = {"options_were": were} if were is not None else {}
    data = {
        "id": "d",
        "name": "D",
        "cards": [{"id": "c", "text": "T?", "quiz": "q", "answer": "choice", "options": options, **more}],
    }
    return deck_from_data(data).cards[0]


def test_a_pick_under_an_earlier_wording_is_the_same_pick() -> None:
    reworded = card(were={"Telly on, feet up": "TV on, feet up"})
    assert current_option(reworded, "Telly on, feet up") == "TV on, feet up"
    assert current_option(reworded, "telly on feet up") == "TV on, feet up"  # capitals and commas, as ever
    assert answer_fits(reworded, "Telly on, feet up")
    assert auto_verdict(reworded, "Telly on, feet up", "TV on, feet up") is Verdict.GOT_IT
    assert auto_verdict(reworded, "Telly on, feet up", "A long bath") is Verdict.NOT_QUITE
    assert describe(reworded, "Telly on, feet up") == "Telly on, feet up"  # shown as it was said
    assert not answer_fits(card(), "Telly on, feet up")  # without the earlier wording it is another option


def test_a_wording_reworded_twice_follows_to_the_option_now_and_a_circle_leads_nowhere() -> None:
    twice = card(were={"Telly, feet up": "Telly on, feet up", "Telly on, feet up": "TV on, feet up"})
    assert current_option(twice, "Telly, feet up") == "TV on, feet up"
    circle = card(were={"One": "Two", "Two": "One"})
    assert current_option(circle, "One") is None and not answer_fits(circle, "Two")
    assert current_option(card(), "Something else entirely") is None


def test_a_memory_under_an_earlier_wording_is_still_quizzed() -> None:
    were = {"answer": "choice", "options": OPTIONS, "options_were": {"Telly on, feet up": "TV on, feet up"}}
    session, _ = _round_over("Telly on, feet up", were)
    assert session.phase is Phase.GUESS
    without = {"answer": "choice", "options": OPTIONS}
    session, _ = _round_over("Telly on, feet up", without)
    assert session.phase is not Phase.GUESS


@pytest.mark.parametrize(
    ("before", "after", "were", "expected"),
    [
        (["Telly", "Bath"], ["TV", "Bath"], {}, {"Telly": "TV"}),  # one row reworded
        (["Telly", "Bath"], ["telly!", "Bath"], {}, {}),  # capitals and marks only: the same option
        (["Telly", "Bath"], ["Bath", "Telly"], {}, {}),  # moved, not reworded
        (["Telly", "Bath"], ["TV", "Bath", "Walk"], {}, {}),  # a row added: no telling which became which
        (["TV", "Bath"], ["Television", "Bath"], {"Telly": "TV"}, {"Telly": "Television", "TV": "Television"}),
        (["TV", "Bath"], ["Telly", "Bath"], {"Telly": "TV"}, {"TV": "Telly"}),  # back to the old words
        (["TV", "Bath"], ["Bath"], {"Telly": "TV"}, {}),  # the option gone: its earlier wording names nothing
    ],
)
def test_editing_options_carries_their_earlier_wordings(before, after, were, expected) -> None:
    assert carried(before, after, were) == expected


def test_the_deck_file_round_trips_its_earlier_wordings(tmp_path: Path) -> None:
    deck = deck_from_data(
        {
            "id": "d",
            "name": "D",
            "cards": [
                {
                    "id": "c",
                    "text": "T?",
                    "answer": "choice",
                    "options": OPTIONS,
                    "options_were": {"Telly on, feet up": "TV on, feet up"},
                }
            ],
        }
    )
    path = tmp_path / "d.yaml"
    path.write_text(deck_yaml(deck), encoding="utf-8")
    assert load_deck_file(path).deck.cards[0].options_were == (("Telly on, feet up", "TV on, feet up"),)


HEAD = "format: 1\nid: d\nname: D\ncards:\n  - id: c\n    text: T?\n    answer: choice\n    options: [TV, Bath]\n"


@pytest.mark.parametrize(
    ("were", "said"),
    [
        ("    options_were:\n      Telly: Television\n", "'Television' is not one of the card's options"),
        ("    options_were:\n      tv: TV\n", "'tv' is one of the options now"),
    ],
)
def test_an_earlier_wording_that_names_no_option_is_a_problem_at_its_line(were: str, said: str) -> None:
    problems = problems_of(HEAD + were)
    assert next(line for line, _, message in problems if said in message) == 10, problems  # the wording's own line


def test_earlier_wordings_on_a_card_with_no_options_are_a_problem() -> None:
    text = "format: 1\nid: d\nname: D\ncards:\n  - id: c\n    text: T?\n    options_were:\n      Telly: TV\n"
    assert any("has no options" in message for _, _, message in problems_of(text))


def test_every_earlier_wording_in_the_built_in_decks_names_an_option_of_its_card() -> None:
    found = 0
    for path in sorted(builtin_decks_dir().glob("*.yaml")):
        for each in load_deck_file(path).deck.cards:
            for was, _ in each.options_were:
                found += 1
                assert current_option(each, was) in each.options, (path.name, each.id, was)
    assert found >= 30  # the options reworded for readers anywhere ("loo", "telly", "biscuit"…)


def test_deck_studio_keeps_the_earlier_wording_of_an_option_a_couple_rewords() -> None:
    from game.ui.scenes.studio_card_values import card_data, values_of

    saved = card(were={"Telly": "TV on, feet up"})
    values = values_of(saved)
    values["options"] = ["TV on, sofa, feet up", "A long bath", "A walk round the block"]
    data, _ = card_data(values, "c")
    assert data["options_were"] == {"Telly": "TV on, sofa, feet up", "TV on, feet up": "TV on, sofa, feet up"}
    untouched, _ = card_data(values_of(saved), "c")
    assert untouched["options_were"] == {"Telly": "TV on, feet up"}  # kept as it was when nothing is reworded
