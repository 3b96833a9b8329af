"""Fuzzing the importer: whatever the text, CSV or JSON, only the importer's own DeckError comes out."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.cards import Deck
from game.storage.deck_files import DeckError
from game.storage.deck_import import read_import
from game.storage.importing import deck_of, preview_text
from tests.property.hang_guard import no_hang

PIECES = [
    "1. ",
    "1) ",
    "- ",
    "* ",
    "• ",
    "Q1: ",
    "# ",
    "## ",
    "Set II",
    "Level 3",
    "**Deep**",
    "LIGHT",
    "Deeper:",
    "?",
    ",",
    ";",
    "\t",
    '"',
    '""',
    "\n",
    "\r",
    "\r\n",
    " ",
    "{name}",
    "{x}",
    "<b>",
    "&#x27;",
    "&amp;",
    "²",
    "①",
    "#separator:tab\n",
    "#html:true\n",
    "#tags column:3\n",
    "Question,Depth,Category,Notes\n",
    "text,level,seconds\n",
    "[",
    "]",
    "{",
    "}",
    ":",
    '"text"',
    '"level"',
    "30.0",
    "9" * 40,
    "What do you love?",
    "\x00",
    "\ufeff",
]
SUFFIXES = [".txt", ".md", ".csv", ".tsv", ".json"]
shaped = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60).map("".join)


def made_or_refused(result: Deck | DeckError) -> None:
    if isinstance(result, Deck):
        assert result.cards
        assert all(card.text.strip() for card in result.cards)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=shaped, suffix=st.sampled_from(SUFFIXES))
def test_any_file_of_any_accepted_kind_is_a_deck_or_located_problems(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    with no_hang("the importer"):
        try:
            result: Deck | DeckError = read_import(path, shown_as=path.name)
        except DeckError as error:
            assert all(problem.path == path.name and problem.line >= 1 for problem in error.problems)
            result = error
    made_or_refused(result)


@settings(max_examples=200, deadline=None)
@given(text=shaped)
def test_any_pasted_text_is_a_preview_or_located_problems(text: str) -> None:
    with no_hang("the importer"):
        try:
            preview = preview_text(text)
        except DeckError:
            return
        if not preview.problems:
            made_or_refused(deck_of(preview))
