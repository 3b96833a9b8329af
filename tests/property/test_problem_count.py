"""A deck refused with more problems than are listed: the list is the start of the whole list, and the count is exact.

Hypothesis writes decks full of mistakes (unknown keys, bad values, ids used twice, placeholders,
NULs, lists far too long) and a small limit; the same deck checked with no limit at all gives
every problem, located and worded. The problems listed must be its first ones, word for word and
place for place, and the "…and N more" line must name its next place and count the rest exactly.
"""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from game.storage import yaml_nodes
from game.storage.deck_check import DataLocator
from game.storage.deck_files import NodeLocator
from game.storage.deck_rules import Found, check_deck_value
from game.storage.deck_schema import schema

CARD_KEYS = ["id", "kind", "text", "level", "spicy", "tags", "answer", "options", "quiz", "changes", "followups", "note", "seconds"]
KEYS = st.one_of(st.sampled_from(CARD_KEYS), st.text(alphabet="qiuzx1", min_size=1, max_size=3), st.integers(0, 2))
LEAVES = st.one_of(
    st.integers(-1, 8),
    st.booleans(),
    st.none(),
    st.sampled_from(["ask", "both", "scenario", "action", "who", "choice", "Hi {nmae}", "{", "ok", "", "x\0y", "same"]),
)
VALUES = st.one_of(
    LEAVES,
    st.lists(st.one_of(LEAVES, st.dictionaries(st.sampled_from("ab"), LEAVES, max_size=2)), max_size=25),
)
CARDS = st.one_of(st.dictionaries(KEYS, VALUES, max_size=20), LEAVES)


@st.composite
def mistaken_decks(draw: st.DrawFn) -> dict[Any, Any]:
    deck: dict[Any, Any] = {"format": draw(st.sampled_from([1, 2, "1"])), "id": draw(st.sampled_from(["d", "Bad Id"])), "name": "x"}
    deck.update(draw(st.dictionaries(st.text(alphabet="nmaex1", min_size=1, max_size=3), VALUES, max_size=15)))
    deck["cards"] = draw(st.lists(CARDS, max_size=25))
    return deck


def problems(found: list[Found[Any]]) -> list[tuple[Any, str]]:
    return [(problem.place, problem.message) for problem in found]


def listed_and_everything(deck: dict[Any, Any], limit: int, file: bool) -> tuple[list[tuple[Any, str]], list[tuple[Any, str]]]:
    if not file:
        return (
            problems(check_deck_value(deck, DataLocator(deck), limit)),
            problems(check_deck_value(deck, DataLocator(deck), 10**9)),
        )
    text = yaml.safe_dump(deck, allow_unicode=True, sort_keys=False)
    root = yaml_nodes.compose(text)
    value = yaml_nodes.construct(root)
    return problems(check_deck_value(value, NodeLocator(root), limit)), problems(check_deck_value(value, NodeLocator(root), 10**9))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mistaken_decks(), st.integers(0, 12), st.booleans())
def test_the_problems_listed_start_the_whole_list_and_the_rest_are_counted_exactly(
    deck: dict[Any, Any], limit: int, file: bool
) -> None:
    listed, everything = listed_and_everything(deck, limit, file)
    assume(everything)

    if len(everything) <= limit:
        assert listed == everything
        return
    assert listed[:limit] == everything[:limit]
    assert len(listed) == limit + 1
    place, more = listed[-1]
    rest = len(everything) - limit
    assert more == f"…and {rest:,} more problem{'s' if rest != 1 else ''} from here on; fix these and check again"
    assert place == everything[limit][0]


def test_a_card_is_checked_by_the_only_keywords_its_fields_can_be_weighed_one_by_one_with() -> None:
    # The cards after a full list are counted field by field (deck_rules._schema_spots): a keyword that ties
    # fields together (if/then, dependentRequired...) would need the whole card weighed again.
    card = schema()["$defs"]["card"]
    assert set(card) <= {"type", "additionalProperties", "required", "properties", "description"}
    assert card["type"] == "object" and card["additionalProperties"] is False
