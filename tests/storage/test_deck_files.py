"""Reading good decks: the built-in ones, round trips through YAML, YAML's surprises, and the two validators."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any

import fastjsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.cards import AnswerType, Card, Deck, Kind, deck_to_data
from game.storage.deck_files import (
    DeckError,
    deck_paths,
    load_deck_bytes,
    load_deck_file,
    load_decks,
)
from game.storage.deck_schema import fast_validator, thorough_validator
from game.storage.deck_writer import deck_yaml, schema_line
from game.storage.paths import builtin_decks_dir

BUILTIN = sorted(builtin_decks_dir().glob("*.yaml"))


def load_text(text: str, tmp_path: Path, name: str = "deck.yaml") -> Deck:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_deck_file(path).deck


def problems_of(text: str) -> list[tuple[int, int, str]]:
    with pytest.raises(DeckError) as raised:
        load_deck_bytes(text.encode("utf-8"), "deck.yaml")
    return [(p.line, p.column, p.message) for p in raised.value.problems]


def without_source(deck: Deck) -> Deck:
    return dataclasses.replace(deck, source="")


# --- the decks that ship ---


def test_there_are_built_in_decks() -> None:
    assert len(BUILTIN) >= 2


@pytest.mark.parametrize("path", BUILTIN, ids=[path.name for path in BUILTIN])
def test_built_in_deck_loads(path: Path) -> None:
    loaded = load_deck_file(path)
    deck = loaded.deck
    assert deck.id == path.stem
    assert deck.cards
    assert len({card.id for card in deck.cards}) == len(deck.cards)
    assert all(card.deck_id == deck.id for card in deck.cards)
    assert set(loaded.card_lines) == {card.id for card in deck.cards}


def test_built_in_decks_load_together_without_problems() -> None:
    found = load_decks(deck_paths(builtin_decks_dir()))
    assert found.problems == []
    assert len(found.decks) == len(BUILTIN)


def test_built_in_decks_use_every_card_kind_and_answer_type() -> None:
    cards = [card for path in BUILTIN for card in load_deck_file(path).deck.cards]
    assert {card.kind for card in cards} == set(Kind)
    assert {card.answer_type for card in cards} == set(AnswerType)


#: The themes every collection of built-in decks must cover well (docs/DECKS.md, "Tags").
THEMES = ("repair", "trust", "first-to-know", "rituals", "first-impressions", "who-is-more-likely", "values", "romance",
          "turning-points", "plans")  # fmt: skip


def test_the_built_in_collection_holds_what_it_promises() -> None:
    """At least 800 cards and 60 scenarios; every deck with cards at each level; each theme on at least 15 cards."""
    decks = [load_deck_file(path).deck for path in BUILTIN]
    cards = [card for deck in decks for card in deck.cards]
    assert len(cards) >= 800
    assert sum(card.kind is Kind.SCENARIO for card in cards) >= 60
    thin = [(deck.id, level) for deck in decks for level in (1, 2, 3) if sum(card.level == level for card in deck.cards) < 5]
    assert thin == [], "each deck needs at least five cards at each level"
    rare = {theme: count for theme in THEMES if (count := sum(theme in card.tags for card in cards)) < 15}
    assert rare == {}, "each theme needs at least fifteen cards"


# --- round trips: deck -> deck_yaml -> load -> the same deck ---

UNICODE_DECK = Deck(
    id="zoe-and-anh",
    name="Zoë & Nguyễn Thị Ánh 💞",
    description="Questions in many scripts: עברית, العربية, 日本語, Ελληνικά — and emoji 🌶️🏳️‍🌈.",
    author="Zoë",
    color="#D9825B",
    language="vi",
    tags=("unicode", "test-deck"),
    cards=(
        Card("zoe-and-anh", "coffee", "How does Zoë take her coffee? ☕", level=1, quiz="How does {name} take their coffee?"),
        Card(
            "zoe-and-anh",
            "rtl",
            "מה הדבר הראשון שאתה עושה בבוקר؟ ما هو أول شيء تفعله في الصباح؟",
            kind=Kind.BOTH,
            level=2,
            quiz="{partner}, what does {name} do first in the morning?",
            changes=True,
            followups=("Và sau đó?", "¿Y después?"),
            note="Right-to-left text stays in order,\x85even\u2028here.",
        ),
        Card(
            "zoe-and-anh",
            "rainy",
            "A rainy evening — what would you want from {partner}?",
            kind=Kind.SCENARIO,
            level=3,
            spicy=True,
            tags=("comfort",),
            options=("Yes", "No", "null", "2024-02-29", "# not a comment", "key: value"),
        ),
        Card(
            "zoe-and-anh",
            "wake-up",
            "When would you wake up on a perfect Sunday?",
            answer=AnswerType.CHOICE,
            options=("6:30", "7:00", "=", "~", "'quoted'", '"double"', "- dash", "@at", "*star", "&amp", "!bang", "%pct"),
            quiz="When does {name} want to wake up on a Sunday?",
        ),
        Card("zoe-and-anh", "birthday", "When is your birthday? 🎂", answer=AnswerType.DATE, quiz="When is {name}'s birthday?"),
        Card("zoe-and-anh", "siblings", "How many siblings do you have?", answer=AnswerType.NUMBER, level=1),
        Card("zoe-and-anh", "stress", "How stressed are you this week?", answer=AnswerType.SCALE, changes=True),
        Card("zoe-and-anh", "hug", "Hug for twenty seconds.", kind=Kind.ACTION, seconds=20, note="  spaces kept  "),
        Card("zoe-and-anh", "long", "x" * 2000, note="line one\nline two\n\ttabbed", followups=("a" * 2000,)),
    ),
)


def test_a_unicode_deck_with_every_field_round_trips(tmp_path: Path) -> None:
    text = deck_yaml(UNICODE_DECK)
    loaded = load_text(text, tmp_path)
    assert without_source(loaded) == UNICODE_DECK
    assert loaded.cards == UNICODE_DECK.cards  # Deck equality covers the cards; say it outright


def test_deck_yaml_starts_with_the_schema_line_and_keeps_unicode_readable() -> None:
    text = deck_yaml(UNICODE_DECK)
    assert text.splitlines()[0] == schema_line()
    assert schema_line() == "# yaml-language-server: $schema=deck.schema.json"  # never a path of this machine
    assert "Nguyễn Thị Ánh" in text and "💞" in text  # written as is, not as \u escapes


_SAFE_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="{}\0")  # a deck never holds a NUL
_line = st.text(_SAFE_CHARS, min_size=1, max_size=60)
_plain_line = st.text("abc XYZ,.?!'\"#:-é💞", min_size=1, max_size=20)
_ident = st.tuples(st.sampled_from("az09"), st.text("az09-", max_size=15)).map("".join)
_tags = st.lists(st.tuples(st.sampled_from("az09"), st.text("az09-", max_size=10)).map("".join), max_size=4, unique=True).map(tuple)


@st.composite
def _cards(draw: st.DrawFn, deck_id: str, card_id: str, line: st.SearchStrategy[str] = _line) -> Card:
    kind = draw(st.sampled_from(Kind))
    text = draw(line) + draw(st.sampled_from(["", " {name}", " {partner}?"]))
    common: dict[str, Any] = {
        "level": draw(st.integers(1, 3)),
        "spicy": draw(st.booleans()),
        "tags": draw(_tags),
        "followups": tuple(draw(st.lists(line, max_size=3))),
        "note": draw(st.just("") | line),
    }
    options = tuple(draw(st.lists(line, min_size=2, max_size=6, unique=True)))
    if kind is Kind.ACTION:
        return Card(deck_id, card_id, text, kind=kind, seconds=draw(st.none() | st.integers(5, 3600)), **common)
    if kind is Kind.SCENARIO:
        return Card(deck_id, card_id, text, kind=kind, options=options, **common)
    answer = draw(st.sampled_from([a for a in AnswerType if a is not AnswerType.WHO or kind is Kind.BOTH]))
    quiz = None if answer is AnswerType.WHO else draw(st.none() | line.map(lambda quiz: quiz + " {name}"))
    return Card(
        deck_id,
        card_id,
        text,
        kind=kind,
        answer=answer,
        options=options if answer is AnswerType.CHOICE else (),
        quiz=quiz,
        changes=quiz is not None and draw(st.booleans()),
        **common,
    )


@st.composite
def _decks(draw: st.DrawFn, line: st.SearchStrategy[str] = _line) -> Deck:
    deck_id = draw(_ident)
    card_ids = draw(st.lists(_ident, min_size=1, max_size=4, unique=True))
    return Deck(
        id=deck_id,
        name=draw(line),
        description=draw(st.just("") | line),
        author=draw(st.just("") | line),
        color=draw(st.tuples(st.just("#"), st.text("0123456789abcdefABCDEF", min_size=6, max_size=6)).map("".join)),
        language=draw(st.sampled_from(["en", "pt-BR", "vi", "he", "ar", "zh-Hant-TW"])),
        tags=draw(_tags),
        cards=tuple(draw(_cards(deck_id, card_id, line)) for card_id in card_ids),
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deck=_decks())
def test_any_valid_deck_round_trips_through_yaml(deck: Deck) -> None:
    loaded = load_deck_bytes(deck_yaml(deck).encode("utf-8"), "generated.yaml").deck
    assert without_source(loaded) == deck


# --- YAML's surprises: what a couple types stays text ---

HEAD = "format: 1\nid: surprises\nname: Surprises\ncards:\n"


def test_yes_and_no_options_stay_the_words_typed(tmp_path: Path) -> None:
    deck = load_text(
        HEAD
        + "  - id: agree\n    text: Do you agree?\n    answer: choice\n"
        + "    options: [Yes, No, yes, no, On, Off, y, n, NO, Maybe]\n",
        tmp_path,
    )
    assert deck.cards[0].options == ("Yes", "No", "yes", "no", "On", "Off", "y", "n", "NO", "Maybe")


def test_only_true_and_false_are_booleans(tmp_path: Path) -> None:
    deck = load_text(HEAD + "  - id: spicy\n    text: Spicy?\n    spicy: true\n", tmp_path)
    assert deck.cards[0].spicy is True
    assert problems_of(HEAD + "  - id: spicy\n    text: Spicy?\n    spicy: yes\n") == [
        (7, 12, "spicy must be true or false, not the text 'yes'")
    ]


def test_dates_and_times_stay_text(tmp_path: Path) -> None:
    deck = load_text(
        HEAD
        + "  - id: anniversary\n    text: 2019-06-14\n    note: 2026-11-25 19:30:00\n"
        + "    answer: choice\n    options: [6:30, 7:00, 1:30:15, 2024-02-29]\n"
        + "  - id: equals\n    text: =\n",
        tmp_path,
    )
    anniversary, equals = deck.cards
    assert anniversary.text == "2019-06-14"
    assert anniversary.note == "2026-11-25 19:30:00"
    assert anniversary.options == ("6:30", "7:00", "1:30:15", "2024-02-29")
    assert equals.text == "="


def test_a_yaml_language_server_line_and_other_comments_are_fine(tmp_path: Path) -> None:
    deck = load_text(
        "# yaml-language-server: $schema=../decks/deck.schema.json\n"
        "# A deck for us.\n" + HEAD + "  # a comment between cards\n  - id: a  # and after a value\n    text: Hi there\n",
        tmp_path,
    )
    assert [card.id for card in deck.cards] == ["a"]
    assert deck.cards[0].text == "Hi there"


def test_a_byte_order_mark_and_windows_line_endings_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "windows.yaml"
    text = HEAD + "  - id: a\n    text: Hi\n  - id: b\n    text: Ho {nmae}\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    with pytest.raises(DeckError) as raised:
        load_deck_file(path)
    [problem] = raised.value.problems
    assert (problem.line, problem.column) == (8, 11)  # the BOM takes no column, \r\n is one line break


def test_card_lines_and_text_positions_point_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(HEAD + "  - id: a\n    text: Hi\n\n  - id: b\n    level: 2\n    text: Ho\n", encoding="utf-8")
    loaded = load_deck_file(path)
    assert loaded.card_lines == {"a": 5, "b": 8}
    assert loaded.line_of("b") == 8
    assert loaded.line_of("missing") == 1
    assert [(loaded.text_positions[card].line, loaded.text_positions[card].column) for card in ("a", "b")] == [(6, 11), (10, 11)]


# --- fastjsonschema decides, jsonschema explains: they must agree ---

# Edits that move a valid card to just inside or just outside the schema's edges.
_EDGES: dict[str, st.SearchStrategy[Any]] = {
    "id": st.sampled_from(["a", "a\n", "A", "-a", "a_b", "a" * 64, "a" * 65, "", " a", "a "]),
    "kind": st.sampled_from(["ask", "both", "scenario", "action", "Ask", "ask\n", ""]),
    "text": st.sampled_from(["x", "", "x" * 2000, "x" * 2001, "\n"]),
    "level": st.sampled_from([0, 1, 3, 4, -1, 1.0, 2.5, 3.0, True, "2", None]),
    "spicy": st.sampled_from([True, False, 0, 1, "true", None]),
    "tags": st.sampled_from([[], ["ok"], ["ok\n"], ["Ok"], ["a" * 32], ["a" * 33], ["ok"] * 20, ["ok"] * 21, "ok", [1]]),
    "answer": st.sampled_from(["text", "choice", "date", "number", "scale", "colour", "text\n"]),
    "options": st.sampled_from([["a"], ["a", "b"], ["a"] * 12, ["a"] * 13, ["", "b"], ["a" * 200, "b"], ["a" * 201, "b"], [1, 2]]),
    "quiz": st.sampled_from(["q", "", "q" * 300, "q" * 301, 7]),
    "changes": st.sampled_from([True, False, "yes"]),
    "followups": st.sampled_from([[], ["f"], ["f"] * 10, ["f"] * 11, [""], ["f" * 2001], "f"]),
    "note": st.sampled_from(["", "n" * 300, "n" * 301, None]),
    "seconds": st.sampled_from([4, 5, 3600, 3601, 5.0, 5.5, "5", None]),
}
_json_scalars = st.none() | st.booleans() | st.integers(-10, 5000) | st.floats(allow_nan=True) | st.text(max_size=5)
_json = st.recursive(
    _json_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6
)


def _edit(draw: st.DrawFn, mapping: dict[str, Any], edges: dict[str, st.SearchStrategy[Any]]) -> None:
    """One edit: a value at the schema's edge, a final newline, any JSON value, a missing field or an unknown one."""
    change = draw(st.sampled_from(["edge", "edge", "newline", "json", "drop", "extra"]))
    if change == "newline":  # Python's `$` matches before a final newline; the schema's must not
        texts = sorted(key for key, value in mapping.items() if isinstance(value, str) or (value and isinstance(value, list)))
        if texts:
            key = draw(st.sampled_from(texts))
            value = mapping[key]
            mapping[key] = value + "\n" if isinstance(value, str) else [f"{value[0]}\n", *value[1:]]
        return
    key = draw(st.sampled_from(sorted(edges)))
    if change == "edge":
        mapping[key] = draw(edges[key])
    elif change == "json":
        mapping[key] = draw(_json)
    elif change == "drop":
        mapping.pop(key, None)
    else:
        mapping[draw(st.text(max_size=8).filter(lambda extra: extra not in edges))] = draw(_json)


_DECK_EDGES: dict[str, st.SearchStrategy[Any]] = {
    "format": st.sampled_from([1, 2, 0, 1.0, 1.5, "1", True]),
    "id": st.sampled_from(["d", "d\n", "D", ""]),
    "name": st.sampled_from(["", "n" * 80, "n" * 81, 5]),
    "description": st.sampled_from(["", "d" * 500, "d" * 501]),
    "author": st.sampled_from(["", "a" * 120, "a" * 121]),
    "color": st.sampled_from(["#aabbcc", "#AABBCC", "#aabbcc\n", "#abc", "aabbcc", "#aabbccdd"]),
    "language": st.sampled_from(["en", "pt-BR", "en\n", "english", "e", "", "zh-Hant-TW"]),
    "tags": st.sampled_from([["ok"], ["Not-ok"], ["x\n"], ["-x"], ["a" * 33]]),
    "cards": st.sampled_from([[], None, "cards", [{}], [[]]]),
}


@st.composite
def _nearly_valid_deck(draw: st.DrawFn) -> dict[str, Any]:
    """A valid deck of 1 to 3 cards with up to three small edits, which may or may not make it invalid."""
    deck = deck_to_data(draw(_decks(_plain_line)))
    for _ in range(draw(st.integers(0, 3))):
        cards = [card for card in deck["cards"] if isinstance(card, dict)] if isinstance(deck.get("cards"), list) else []
        if cards and draw(st.booleans()):
            _edit(draw, draw(st.sampled_from(cards)), _EDGES)
        else:
            _edit(draw, deck, _DECK_EDGES)
    return deck


def _fast_accepts(value: dict[str, Any]) -> bool:
    try:
        fast_validator()(copy.deepcopy(value))
    except fastjsonschema.JsonSchemaException:
        return False
    return True


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deck=_nearly_valid_deck())
def test_fast_validator_accepts_exactly_what_the_thorough_one_does(deck: dict[str, Any]) -> None:
    assert _fast_accepts(deck) == thorough_validator().is_valid(deck)


@pytest.mark.parametrize(
    ("field", "value"),
    [("id", "coffee\n"), ("color", "#aabbcc\n"), ("language", "en\n"), ("tags", ["cosy\n"])],
)
def test_a_trailing_newline_does_not_sneak_past_either_validator(field: str, value: Any) -> None:
    deck = {"format": 1, "id": "d", "name": "D", "cards": [{"id": "a", "text": "Hi"}], field: value}
    assert not _fast_accepts(deck)
    assert not thorough_validator().is_valid(deck)


def test_a_who_card_is_a_both_card_with_its_own_four_answers(tmp_path):
    deck_file = tmp_path / "who.yaml"
    deck_file.write_text(
        "format: 1\nid: who\nname: Who\nopt_in: true\ncards:\n"
        "  - id: cry\n    kind: both\n    answer: who\n    text: Who's more likely to cry at a film trailer?\n"
        "  - id: late\n    answer: who\n    text: Who's more likely to be late?\n"
        "  - id: sing\n    kind: both\n    answer: who\n    options: [Me, You]\n"
        "    quiz: Who sings, {partner}?\n    text: Who sings?\n",
        encoding="utf-8",
    )
    with pytest.raises(DeckError) as caught:
        load_deck_file(deck_file)
    assert [str(problem).split(":", 1)[1] for problem in caught.value.problems] == [
        "11:13: answer: who (who's more likely) is for both cards: add kind: both",
        "16:14: a who's-more-likely card has its own four answers and no 'options'",
        "17:11: a who's-more-likely card has its own four answers and no 'quiz'",
    ]
    deck_file.write_text(deck_file.read_text(encoding="utf-8").split("  - id: late")[0], encoding="utf-8")
    deck = load_deck_file(deck_file).deck
    assert deck.opt_in and deck.cards[0].answer_type.value == "who"
