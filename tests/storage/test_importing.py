"""The one importer, with files shaped like the ones couples bring (written for these tests, in tests/import_samples)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from game.core.cards import Kind
from game.core.import_draft import Choices, toggled_skip, with_section_level
from game.storage.deck_files import DeckError, load_deck_file
from game.storage.deck_import import read_import
from game.storage.importing import deck_of, preview_file, preview_text

SAMPLES = Path(__file__).resolve().parents[1] / "import_samples"


def problems(error: pytest.ExceptionInfo[DeckError]) -> list[str]:
    return [str(problem) for problem in error.value.problems]


def notes(preview) -> list[tuple[int, str, str]]:
    return [(note.line, note.kind, note.message) for note in preview.draft.notes]


def test_a_numbered_list_in_three_sets_gives_its_36_questions_without_numbers_at_three_levels():
    preview = preview_file(SAMPLES / "three-sets.txt", "three-sets.txt")
    deck = deck_of(preview)
    assert len(deck.cards) == 36
    assert not any(card.text[:1].isdigit() for card in deck.cards)
    assert not any(card.text.startswith("Set ") for card in deck.cards)
    assert [sum(card.level == level for card in deck.cards) for level in (1, 2, 3)] == [12, 12, 12]
    assert deck.cards[0].tags == ("set-i",) and deck.cards[-1].tags == ("set-iii",)
    assert deck.cards[3].text == "What would a perfect ordinary Tuesday look like for you?"  # wrapped over two lines
    assert deck.cards[29].text == "When did you last cry in front of someone? And by yourself?"
    assert deck.name == "Thirty-six questions for a long evening"
    assert (3, "skipped", "“Take turns. There is no hurry.” is not one of the list's items") in notes(preview)
    assert (11, "guessed", "joined to the question on line 10") in notes(preview)
    assert "numbered headings (Set I, Set II, Set III)" in preview.draft.levels_from


def test_a_markdown_list_with_two_headings_gives_its_items_at_two_levels():
    deck = deck_of(preview_file(SAMPLES / "our-list.md", "our-list.md"))
    assert deck.name == "Questions for the porch swing"
    assert [card.level for card in deck.cards] == [1, 1, 1, 1, 2, 2, 2]
    assert deck.cards[1].text == "Which song would you put on right now if I handed you the speaker?"  # bold gone
    assert deck.cards[3].text == "Where would you go for a weekend away with no plans at all?"  # the link keeps its words
    assert deck.cards[5].text == "When do you feel most like yourself when we are together?"
    assert {card.tags for card in deck.cards} == {("light",), ("deeper",)}


def test_a_spreadsheet_with_question_depth_category_notes_gives_levels_tags_and_notes():
    preview = preview_file(SAMPLES / "spreadsheet.csv", "spreadsheet.csv")
    deck = deck_of(preview)
    assert [(card.level, card.tags, card.note) for card in deck.cards] == [
        (1, ("childhood",), ""),
        (1, ("everyday",), "Ask it over breakfast, not before"),
        (3, ("fears", "trust"), "Only when you both want to"),
        (2, ("us",), ""),
    ]
    assert deck.cards[1].text == "Tea, coffee, or neither — and why?"
    assert (1, "column", "the column 'Source' is not used") in notes(preview)


def test_an_anki_export_loses_its_html_decodes_entities_and_keeps_tags_and_the_back_as_a_note():
    deck = deck_of(preview_file(SAMPLES / "anki-export.txt", "anki-export.txt"))
    assert [card.text for card in deck.cards] == [
        "What's a small thing I do that makes your day better?",
        "What do you need from me after a hard day?\nBe specific.",
        "Which of your friends would you call at 3 a.m., and why them?",
    ]
    assert [card.tags for card in deck.cards] == [("us", "daily"), ("care",), ("friends",)]
    assert [card.note for card in deck.cards] == ["From our first trip & since", "", "A question from Sam"]


def test_a_json_list_of_strings_and_objects():
    deck = deck_of(preview_file(SAMPLES / "questions.json", "questions.json"))
    first, second, third = deck.cards
    assert first.text == "What did you want to be when you were seven?"
    assert (second.level, second.tags, second.note) == (2, ("us",), "Plan one for this week")
    assert (third.kind, third.seconds) == (Kind.ACTION, 30)


def test_the_couples_choices_rename_relevel_and_skip():
    preview = preview_file(SAMPLES / "our-list.md", "our-list.md")
    choices = with_section_level(toggled_skip(Choices(name="Porch"), 0), 1, 3)
    deck = deck_of(preview, choices)
    assert deck.name == "Porch" and deck.id == "porch"
    assert len(deck.cards) == 6
    assert [card.level for card in deck.cards] == [1, 1, 1, 3, 3, 3]


def test_repeats_in_the_file_and_in_the_couples_decks_are_reported_not_dropped():
    mine = deck_of(preview_text("- What's the best thing you ate this month?\n- Anything else?\n"))
    preview = preview_text("1. Tea or coffee?\n2. What's the best thing you ate this month?\n3. tea or coffee\n", [mine])
    assert len(deck_of(preview).cards) == 3
    assert [(line, kind, message) for line, kind, message in notes(preview) if kind == "repeated"] == [
        (2, "repeated", f"already in your deck “{mine.name}”"),
        (3, "repeated", "the same question as line 1"),
    ]


def test_a_pasted_web_list_with_bullets_and_q_marks():
    pasted = "Getting to know you\n\u2022 Q1: What's your comfort film?\n\u2022 Q2: Who taught you to cook?\n"
    deck = deck_of(preview_text(pasted))
    assert [card.text for card in deck.cards] == ["What's your comfort film?", "Who taught you to cook?"]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "levels.csv",
            "text,level\nHi?,²\nYo?,①\n",
            [
                "levels.csv:2:5: level must be 1, 2 or 3 (or light, personal, deep), not '²'",
                "levels.csv:3:5: level must be 1, 2 or 3 (or light, personal, deep), not '①'",
            ],
        ),
        (
            "long.csv",
            "text,level\nHi?," + "7" * 5000 + "\n",
            [f"long.csv:2:5: level must be 1, 2 or 3 (or light, personal, deep), not '{'7' * 20}…'"],
        ),
        (
            "quote.csv",
            'text\nFine?\n"Never closed,\nA?\nB?\n',
            ["quote.csv:3:1: a quote opens a cell here and never closes, so every row after it would vanish into it"],
        ),
        (
            "mid.csv",
            'text\n"Fine" or not?\n',
            ['mid.csv:2:1: a quote closes in the middle of a cell; inside a quoted cell, write a quote twice ("")'],
        ),
        ("bad.json", '["One?", 2]', ["bad.json:1:10: each item must be a question (text in quotes) or an object with a 'text'"]),
        ("broken.json", '["One?",\n "Two?"\n "Three?"]', ["broken.json:3:2: a comma or the closing ] is missing here"]),
    ],
)
def test_broken_sources_say_where(tmp_path, name, data, expected):
    (tmp_path / name).write_text(data, encoding="utf-8")
    with pytest.raises(DeckError) as error:
        read_import(tmp_path / name, shown_as=name)
    assert problems(error) == expected


def test_old_mac_line_endings_split_lines(tmp_path):
    (tmp_path / "mac.txt").write_bytes(b"One?\rTwo?\rThree?")
    assert [card.text for card in read_import(tmp_path / "mac.txt").cards] == ["One?", "Two?", "Three?"]
    (tmp_path / "mac.csv").write_bytes(b"text,level\rOne?,1\rTwo?,2\r")
    assert [card.level for card in read_import(tmp_path / "mac.csv").cards] == [1, 2]


def test_seconds_written_as_a_decimal_read_as_whole_seconds(tmp_path):
    (tmp_path / "hug.yaml").write_text(
        "format: 1\nid: hug\nname: Hug\ncards:\n  - id: a\n    kind: action\n    text: Hug\n    seconds: 30.0\n", encoding="utf-8"
    )
    seconds = load_deck_file(tmp_path / "hug.yaml").deck.cards[0].seconds
    assert seconds == 30 and isinstance(seconds, int)
    (tmp_path / "hug.csv").write_text("text,kind,seconds\nHug,action,30.0\n", encoding="utf-8")
    assert read_import(tmp_path / "hug.csv").cards[0].seconds == 30


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_or_a_device_is_refused_at_once_never_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(DeckError) as error:
        read_import(tmp_path / "pipe.txt", shown_as="pipe.txt")
    assert problems(error) == ["pipe.txt:1:1: this is a named pipe (FIFO), not a file: only ordinary files are read"]
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    with pytest.raises(DeckError):
        read_import(tmp_path / "zero.txt")


def test_the_loaders_limits_apply_with_the_line_of_the_card(tmp_path):
    (tmp_path / "long.md").write_text("- Fine?\n- " + "word " * 500 + "\n", encoding="utf-8")
    with pytest.raises(DeckError) as error:
        read_import(tmp_path / "long.md", shown_as="long.md")
    assert problems(error) == ["long.md:2:3: text is 2,499 characters; the limit is 2,000"]
    (tmp_path / "many.txt").write_text("Why?\n" * 20_001, encoding="utf-8")
    with pytest.raises(DeckError) as error:
        read_import(tmp_path / "many.txt", shown_as="many.txt")
    assert problems(error) == ["many.txt:20001:1: more than 20,000 questions; a deck may hold at most 20,000"]


def test_a_direction_mark_beside_a_space_at_the_ends_of_a_line_or_a_name_keeps_no_space():
    rlm = "\u200f"
    pasted = f"# {rlm} שאלות שלנו {rlm}\n\n- {rlm} מה הצחיק אותך היום? \n- What made you smile? {rlm} \n"
    preview = preview_text(pasted)
    assert preview.name == f"{rlm}שאלות שלנו{rlm}"
    deck = deck_of(preview)
    assert [card.text for card in deck.cards] == [f"{rlm}מה הצחיק אותך היום?", f"What made you smile?{rlm}"]
    typed = deck_of(preview, Choices(name=f" {rlm} Ours  "))
    assert typed.name == f"{rlm}Ours"
    table = preview_text(f"text\tnote\n{rlm} Tea or coffee? \t  {rlm} for mornings {rlm}\nWalk or bus?\t\n")
    assert deck_of(table).cards[0].text == f"{rlm}Tea or coffee?"
    assert deck_of(table).cards[0].note == f"{rlm}for mornings{rlm}"


def test_a_paste_over_the_size_of_a_deck_is_too_much_to_paste():
    with pytest.raises(DeckError) as error:
        preview_text("What made you smile today?\n" * (5 * 1024 * 1024 // 27 + 1))
    assert problems(error) == ["the pasted list:1:1: that is too much to paste at once: a deck may be at most 5 MB"]
