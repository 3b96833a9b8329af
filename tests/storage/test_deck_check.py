"""Deck data from a form or a CSV row is checked by the loader's own rules, at places of its own kind.

A file's problems are at lines and columns; data that came from no file has none, so its problems
are at data paths, ranked in the order a reader meets them. Neither pretends to be the other.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.storage.deck_check import DataLocator, DataPlace, check_deck_mapping
from game.storage.deck_files import DeckError, load_deck_file
from game.storage.deck_rules import check_deck_value
from game.storage.yaml_nodes import Position

BROKEN = """\
format: 1
id: broken
name: Broken
colour: "#fff"
cards:
  - id: a
    text: Hug {nme}
    kind: action
    quiz: Why?
  - id: b
    text: Pick one
    answer: choice
    qiuz: Which?
  - id: a
    text: Again
    level: 9
"""


def test_data_places_are_data_paths_ranked_in_reading_order_with_a_key_before_its_value():
    data = {"id": "x", "cards": [{"id": "a", "text": "Hi"}]}
    where = DataLocator(data)

    whole, key, value = where.place([]), where.place([], key="cards"), where.place(["cards"])
    card_text = where.place(["cards", 0, "text"])

    assert whole == DataPlace(0, ())
    assert key.path == value.path == ("cards",)
    assert whole < key < value < card_text
    assert card_text.path == ("cards", 0, "text")


def test_a_path_that_goes_further_than_the_data_stops_at_the_deepest_value_on_the_way():
    data = {"cards": [{"id": "a"}]}
    where = DataLocator(data)

    assert where.place(["cards", 0, "text"]).path == ("cards", 0)
    assert where.place(["cards", 3]).path == ("cards",)
    assert where.place(["cards", 0], key="text").path == ("cards", 0)
    assert where.place(["cards", 0], key="id") < where.place(["cards", 0, "id"])


def test_checking_data_gives_data_places_and_loading_a_file_gives_positions(tmp_path: Path):
    data = yaml.safe_load(BROKEN)
    found = check_deck_value(data, DataLocator(data))
    assert found and all(isinstance(problem.place, DataPlace) for problem in found)

    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(DeckError) as raised:
        load_deck_file(path)
    first = raised.value.problems[0]
    assert Position(first.line, first.column) == Position(4, 1)  # the unknown field 'colour', at its key


def test_a_form_and_a_file_with_the_same_deck_list_the_same_problems_in_the_same_order(tmp_path: Path):
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(DeckError) as raised:
        load_deck_file(path)

    from_form = check_deck_mapping(yaml.safe_load(BROKEN))

    assert [message for _, message in from_form] == [problem.message for problem in raised.value.problems]
    assert [where for where, _ in from_form] == [
        ("colour",),
        ("cards", 0, "text"),
        ("cards", 0, "quiz"),
        ("cards", 1, "answer"),
        ("cards", 1, "qiuz"),
        ("cards", 2, "id"),
        ("cards", 2, "level"),
    ]
