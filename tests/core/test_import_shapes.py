"""Recognising the shapes of a list, as plain string work: marks, headings, levels, columns."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from game.core.direction import FSI, PDI, has_rtl_letters
from game.core.import_draft import Choices, Draft, ImportProblem, card_data, repeats
from game.core.import_json import read_json
from game.core.import_lines import read_lines
from game.core.import_tables import read_anki, read_table


def made(text: str) -> list[tuple[str, int, tuple[str, ...]]]:
    draft = read_lines(text)
    return [(data["text"], data["level"], tuple(data.get("tags", ()))) for _, data in card_data(draft, Choices())]


def test_headings_in_capitals_or_bold_start_sections_that_become_tags():
    text = "FOOD\n- Favourite breakfast?\n- Worst meal ever?\n\n**Travel**\n- Where next?\n"
    assert made(text) == [
        ("Favourite breakfast?", 1, ("food",)),
        ("Worst meal ever?", 1, ("food",)),
        ("Where next?", 1, ("travel",)),
    ]


def test_level_headings_climb_and_more_than_three_parts_spread_over_three_depths():
    assert [level for _, level, _ in made("Level 1\n1. A?\n2. B?\nLevel 2\n3. C?\nLevel 3\n4. D?\n")] == [1, 1, 2, 3]
    parts = "".join(f"Part {n}\n- Q{n}?\n" for n in range(1, 7))
    assert [level for _, level, _ in made(parts)] == [1, 1, 2, 2, 3, 3]


def test_light_deeper_deep_read_as_one_two_three():
    text = "## Light\n- A?\n## Deeper\n- B?\n## Deep\n- C?\n"
    assert [level for _, level, _ in made(text)] == [1, 2, 3]


def test_headings_out_of_order_are_only_tags():
    assert [level for _, level, _ in made("Set II\n1. A?\nSet I\n2. B?\n")] == [1, 1]


def test_comments_rules_and_blank_lines_are_skipped_and_said():
    draft = read_lines("// from my notes\n<!-- hidden -->\nWhat now?\n---\n\nWhat next?\n")
    assert [card.text for card in draft.cards] == ["What now?", "What next?"]
    assert [(note.line, note.kind) for note in draft.notes] == [(1, "skipped"), (2, "skipped")]


def test_a_plain_list_without_marks_keeps_every_line_and_joins_only_a_lower_case_carry_on():
    draft = read_lines("Favourite film\nFavourite song\nWhat would you do if\nyou won the lottery?\n")
    assert [card.text for card in draft.cards] == [
        "Favourite film",
        "Favourite song",
        "What would you do if you won the lottery?",
    ]


def test_nothing_but_headings_is_a_located_problem():
    with pytest.raises(ImportProblem) as error:
        read_lines("\n## Light\n")
    assert error.value.problems == [(1, 1, "the file has no questions: write one question on each line")]


def test_columns_are_read_by_meaning_and_an_unknown_one_is_a_note():
    draft = read_table("PROMPT;Tier;Topic;Comment;Colour\nHow was today?;II;Daily;Short;red\n", ";")
    assert draft.cards[0].fields == {"text": "How was today?", "level": 2, "tags": ["daily"], "note": "Short"}
    assert [note.message for note in draft.notes][-1] == "the column 'Colour' is not used"


def test_anki_honours_another_separator_and_text_without_html():
    draft = read_anki("#separator:semicolon\n#html:false\nA <b>bold</b> question?;Back\n")
    assert draft.cards[0].fields == {"text": "A <b>bold</b> question?", "note": "Back"}


_ISOLATED = re.compile(f"{FSI}[^{FSI}{PDI}]*{PDI}")


def _said(read: Callable[[], Draft]) -> list[str]:
    """Every note and problem a source gives, as the couple reads them."""
    try:
        draft = read()
    except ImportProblem as error:
        return [message for _, _, message in error.problems]
    return [note.message for note in draft.notes] + [note.message for note in repeats(draft, [("שירים שלנו", "מה?")])]


RIGHT_TO_LEFT_SOURCES: dict[str, Callable[[], Draft]] = {
    "a title, a stray line, a comment and a repeat": lambda: read_lines(
        "שאלות לערב שלנו\n\n1. מה?\n2. איפה?\n3. מתי?\n\nסוף הרשימה\n// הערה 2\n"
    ),
    "headers no one reads, a tag with no letters a tag keeps": lambda: read_table("پرسش text;دسته;Tags\nمه?;x;عمیق\n", ";"),
    "a column twice": lambda: read_table("Question;پرسش question\nA?;B?\n", ";"),
    "a level and a number of seconds that do not read": lambda: read_table("Question;Depth;Seconds\nA?;سطح ۲;ده\n", ";"),
    "a JSON key no one reads": lambda: read_json('[{"text": "مه?", "כלום": 1}]'),
    "a JSON key holding an object": lambda: read_json('[{"text": "مه?", "שאלה note": {}}]'),
}


@pytest.mark.parametrize("read", RIGHT_TO_LEFT_SOURCES.values(), ids=RIGHT_TO_LEFT_SOURCES.keys())
def test_what_is_quoted_from_a_right_to_left_source_is_isolated_so_the_sentence_keeps_its_order(
    read: Callable[[], Draft],
) -> None:
    """Kindred's last round: "“שאלות לערב שלנו” is taken as the deck's name" was drawn from the right with its
    quotes turned round. Each line, header, key, value or deck name a note quotes is isolated (direction.quoted)."""
    said = _said(read)
    assert any(has_rtl_letters(message) for message in said)
    for message in said:
        assert not has_rtl_letters(_ISOLATED.sub("", message)), message
