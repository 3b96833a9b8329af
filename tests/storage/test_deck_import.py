"""The quick path into a deck (txt, CSV), the studio's checks and saving, and the round trip deck → YAML → deck."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from game.core.cards import AnswerType, Card, Deck, Kind
from game.core.deck_editing import DeckSaveError
from game.core.import_tables import rows
from game.storage.deck_check import check_deck_mapping
from game.storage.deck_files import DeckError, load_deck_bytes, load_deck_file
from game.storage.deck_import import card_id, deck_from_csv, deck_from_txt, read_import
from game.storage.deck_library import DeckLibrary
from game.storage.deck_writer import deck_yaml
from game.storage.importing import deck_id

REPO = Path(__file__).resolve().parents[2]


def problems(error: pytest.ExceptionInfo[DeckError]) -> list[str]:
    return [str(problem) for problem in error.value.problems]


# ---- plain text ------------------------------------------------------------------------------


def test_a_text_file_is_one_ask_card_per_line_and_blank_lines_are_skipped():
    lines = "What made you laugh today?\n\n  \nZoë’s favourite café? ☕\r\nWhat made you laugh today?\n"
    deck = deck_from_txt(lines.encode(), "q.txt", "Q")
    texts = ["What made you laugh today?", "Zoë’s favourite café? ☕", "What made you laugh today?"]
    assert [card.text for card in deck.cards] == texts
    assert all(card.kind is Kind.ASK and card.level == 1 for card in deck.cards)
    assert [card.id for card in deck.cards] == ["what-made-you-laugh-today", "zoes-favourite-cafe", "what-made-you-laugh-today-2"]


def test_a_text_file_problem_names_its_line_and_column():
    text = "Fine question?\n\n    What would {nme} say?\n" + "x" * 2001 + "\n"
    with pytest.raises(DeckError) as error:
        deck_from_txt(text.encode(), "q.txt", "Q")
    assert problems(error) == [
        "q.txt:3:5: unknown placeholder {nme}: use {name}, {partner} or a pronoun like {their}",
        "q.txt:4:1: text is 2,001 characters; the limit is 2,000",
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\n \n", "q.txt:1:1: the file has no questions: write one question on each line"),
        (b"One\nTw\xe9o\n", "q.txt:2:1: the file is not UTF-8 text (save it as UTF-8)"),
        (b"One\nTwo\x00\n", "q.txt:2:1: the file holds a NUL character: is it really a text file?"),
    ],
)
def test_broken_text_files_make_no_deck(data, expected):
    with pytest.raises(DeckError) as error:
        deck_from_txt(data, "q.txt", "Q")
    assert problems(error) == [expected]


def test_card_ids_come_from_the_first_words_and_stay_valid():
    long = card_id("If you could spend one whole day anywhere in the world, with anyone at all, where would it be?")
    assert long == "if-you-could-spend-one-whole-day"
    assert len(long) <= 40
    russian = card_id("Что тебя радует?")  # no Latin letters: a digest of its words (see test_card_ids)
    assert re.fullmatch(r"card-[0-9a-f]{8}", russian)
    assert card_id("Что тебя радует?", [russian]) == f"{russian}-2"
    assert card_id("Łódź or Kraków?") == "lodz-or-krakow"
    assert card_id("How do you like your tea, {name}?") == "how-do-you-like-your-tea"
    assert re.fullmatch(r"card-[0-9a-f]{8}", card_id("{partner}?"))


# ---- CSV ---------------------------------------------------------------------------------


def test_a_csv_makes_cards_of_every_kind():
    text = (
        "\ufeffText, Kind, Level, Quiz, Options, Answer\n"
        "How do you take your coffee?,ask,1,How does {name} take their coffee?,,\n"
        '"Tea, or coffee?",both,personal,,Tea|Coffee|"Both"|,\n'
        '"Rain all weekend.\nWhat do you want from me?",scenario,deep,,Blanket | Walk | Café,\n'
        "Hug for twenty seconds,action,1,,,\n"
        "Your birthday?,ask,1,When is {name}'s birthday?,,date\n"
    )
    deck = deck_from_csv(text.encode(), "ours.csv", "Ours")
    ask, both, scenario, action, date = deck.cards
    assert ask.quiz == "How does {name} take their coffee?" and ask.remembered
    assert (both.kind, both.level, both.answer, both.options) == (Kind.BOTH, 2, AnswerType.CHOICE, ("Tea", "Coffee", '"Both"'))
    assert scenario.text == "Rain all weekend.\nWhat do you want from me?"
    assert (scenario.level, scenario.options) == (3, ("Blanket", "Walk", "Café"))
    assert action.kind is Kind.ACTION
    assert date.answer is AnswerType.DATE


def test_a_csv_from_a_spreadsheet_with_semicolons_reads_the_same():
    deck = deck_from_csv("text;kind;options\nThé ou café ?;ask;Thé|Café\n".encode(), "fr.csv", "Fr")
    assert deck.cards[0].options == ("Thé", "Café")
    assert deck.cards[0].answer is AnswerType.CHOICE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "kind,level\nask,1\n",
            ["b.csv:1:1: the first row must name the columns, and one must be the question (text, question or prompt)"],
        ),
        ("text,text\nHi,Hi\n", ["b.csv:1:6: the column 'text' appears twice"]),
        ("text,kind\nHi,ask,extra\n", ["b.csv:2:8: this row has 3 cells; the header names 2"]),
        ("text\n", ["b.csv:1:1: there are no cards below the header row"]),
        ("", ["b.csv:1:1: the file is empty: the first row names the columns, like Question,Depth,Category,Notes"]),
        ("text,level\nHi,deep-ish\n", ["b.csv:2:4: level must be a whole number, not the text 'deep-ish'"]),
        ("text,level\nHi,4\n", ["b.csv:2:4: level must be from 1 to 3, not 4"]),
        ("text,kind,options\nRain?,scenario,Blanket\n", ["b.csv:2:16: options has 1 items; it needs 2 to 12"]),
        ("text,kind\nRain?,scenario\n", ["b.csv:2:1: a scenario needs 2 to 6 options"]),
        (
            "text,kind,quiz\nHug,action,Did {name} hug?\n",
            ["b.csv:2:12: action cards are not remembered, so 'quiz' has no place here"],
        ),
        (
            "text,answer\nHow many?,count\n",
            ["b.csv:2:11: answer must be one of text, choice, date, number, scale, who, not 'count'"],
        ),
        (
            'text,quiz\n"Fine",ok\n"Odd {x}",\n',
            ["b.csv:3:1: unknown placeholder {x}: use {name}, {partner} or a pronoun like {their}"],
        ),
    ],
)
def test_a_broken_csv_makes_no_deck_and_says_where(text, expected):
    with pytest.raises(DeckError) as error:
        deck_from_csv(text.encode(), "b.csv", "B")
    assert problems(error) == expected


def test_csv_cells_know_their_line_and_column_across_quotes_and_line_breaks():
    found = list(rows('a,"b ""q"", c\nstill b",d\r\ne,f', ","))
    assert [list(row) for row in found] == [
        [("a", 1, 1), ('b "q", c\nstill b', 1, 3), ("d", 2, 10)],
        [("e", 3, 1), ("f", 3, 3)],
    ]


# ---- any file ------------------------------------------------------------------------------


def test_read_import_goes_by_the_file_ending(tmp_path):
    (tmp_path / "a.txt").write_text("One?\n", encoding="utf-8")
    (tmp_path / "b.yml").write_text((REPO / "decks" / "signals.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "c.yaml").write_text("format: 1\nid: c\nname: C\ncards:\n  - id: x\n    txt: hi\n", encoding="utf-8")
    (tmp_path / "d.pdf").write_bytes(b"%PDF")
    assert read_import(tmp_path / "a.txt").cards[0].text == "One?"
    assert read_import(tmp_path / "b.yml").id == "signals"
    with pytest.raises(DeckError) as error:
        read_import(tmp_path / "c.yaml", shown_as="c.yaml")
    assert problems(error) == ["c.yaml:5:5: a card needs 'text'", "c.yaml:6:5: unknown field 'txt' (did you mean 'text'?)"]
    with pytest.raises(DeckError) as error:
        read_import(tmp_path / "d.pdf", shown_as="d.pdf")
    assert "imports .yaml, .yml, .txt, .md, .csv, .tsv and .json" in problems(error)[0]


# ---- round trip --------------------------------------------------------------------------------


UNICODE_DECK = Deck(
    id="ours",
    name="Nguyễn & Zoë — ours ♥",
    description="שאלות שלנו · 我们的问题 · \"quoted\" and 'single'",
    author="Łukasz",
    color="#2ea3c4",
    tags=("ours", "multi-lingual"),
    cards=(
        Card("ours", "coffee", "How does {name} take it? ☕ (no: milk, yes: sugar) # really", quiz="How does {name} take it?"),
        Card("ours", "rtl", "מה הכי משמח אותך?", kind=Kind.BOTH, level=2, answer=AnswerType.NUMBER, changes=True),
        Card("ours", "yes-no", "Yes or no?", answer=AnswerType.CHOICE, options=("Yes", "No", "6:30", "null", "~", "1e3", "@home")),
        Card("ours", "rain", "  Two lines:\nrain, and more rain.  ", kind=Kind.SCENARIO, level=3, options=("A", "B"), spicy=True),
        Card(
            "ours", "hug", "Hug 🤗 for {partner}", kind=Kind.ACTION, seconds=20, followups=("Again?",), note="Nur wenn ihr wollt."
        ),
        Card("ours", "nel", "Odd\x85spaces\u2028and\ttabs", tags=("trivia",)),
    ),
)


def test_a_deck_written_as_yaml_reads_back_the_same_unicode_and_all():
    text = deck_yaml(UNICODE_DECK)
    again = load_deck_bytes(text.encode("utf-8"), "ours.yaml").deck
    assert again.cards == UNICODE_DECK.cards
    for field in ("id", "name", "description", "author", "color", "tags"):
        assert getattr(again, field) == getattr(UNICODE_DECK, field)


def test_every_built_in_deck_survives_the_round_trip():
    for path in sorted((REPO / "decks").glob("*.yaml")):
        deck = load_deck_file(path).deck
        assert load_deck_bytes(deck_yaml(deck).encode(), path.name).deck.cards == deck.cards


# ---- checking data that is not a file -----------------------------------------------------------


def test_form_data_is_checked_by_the_loaders_rules_and_problems_come_back_by_path():
    data = {
        "format": 1,
        "id": "x",
        "name": "X",
        "cards": [{"id": "a", "kind": "action", "text": "Hug {nme}", "quiz": "q", "seconds": 2, "options": ["A", ""]}],
    }
    found = dict(check_deck_mapping(data))
    assert found[("cards", 0, "seconds")] == "seconds must be from 5 to 3600, not 2"
    assert found[("cards", 0, "options", 1)] == "options is empty"
    assert found[("cards", 0, "quiz")] == "action cards are not remembered, so 'quiz' has no place here"
    assert found[("cards", 0, "text")] == "unknown placeholder {nme}: use {name}, {partner} or a pronoun like {their}"


# ---- the library: last good version, changes on disk, saving, importing, the folder ----------------


def library(tmp_path: Path) -> DeckLibrary:
    found = DeckLibrary(REPO / "decks", tmp_path / "decks")
    found.load()
    return found


def small_deck(deck_id: str = "ours", text: str = "First?") -> Deck:
    return Deck(id=deck_id, name="Ours", cards=(Card(deck_id, "first", text),))


def touch_later(path: Path) -> None:
    """Move the file's time on, so a change made within the same clock tick is still seen."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_a_broken_edit_keeps_the_last_good_version_playable(tmp_path):
    books = library(tmp_path)
    path = books.save(small_deck())
    assert books.poll() is False
    path.write_text(path.read_text(encoding="utf-8").replace("text: First?", "text: Second?"), encoding="utf-8")
    touch_later(path)
    assert books.poll() is True
    assert next(d for d in books.decks if d.id == "ours").cards[0].text == "Second?"
    path.write_text(path.read_text(encoding="utf-8").replace("text: Second?", "txt: Third?"), encoding="utf-8")
    touch_later(path)
    assert books.poll() is True
    assert next(d for d in books.decks if d.id == "ours").cards[0].text == "Second?"
    entry = books.entry("ours")
    assert entry is not None and not entry.editable
    assert any(":10:3: unknown field 'txt'" in problem for problem in entry.problems)
    path.unlink()
    assert books.poll() is True
    assert books.entry("ours") is None


def test_a_deck_file_broken_from_the_start_is_listed_with_its_problems(tmp_path):
    books = library(tmp_path)
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "half.yaml").write_text("format: 1\nid: half\n", encoding="utf-8")
    assert books.poll() is True
    entry = next(e for e in books.entries if not e.builtin)
    assert entry.deck is None and entry.title == "half"
    assert any(problem.endswith("half.yaml:1:1: the deck needs 'name'") for problem in entry.problems)


def test_saving_refuses_an_invalid_deck_and_never_writes_it(tmp_path):
    books = library(tmp_path)
    with pytest.raises(DeckSaveError) as error:
        books.save(Deck(id="ours", name="", cards=()))
    assert "name is empty" in error.value.problems
    assert not list((tmp_path / "decks").glob("*.yaml"))


def test_a_new_deck_never_takes_a_built_in_or_existing_id(tmp_path):
    books = library(tmp_path)
    assert books.new_deck_id("Signals") == "signals-2"
    books.save(small_deck("rainy"))
    assert books.new_deck_id("Rainy") == "rainy-2"


def test_importing_checks_first_and_asks_before_replacing(tmp_path):
    books = library(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_text("Fine\nWhat about {thom}?\n", encoding="utf-8")
    outcome = books.import_file(str(bad))
    assert outcome.problems == ("bad.txt:2:1: unknown placeholder {thom}: use {name}, {partner} or a pronoun like {their}",)
    assert not (tmp_path / "decks").exists() or not list((tmp_path / "decks").iterdir())
    good = tmp_path / "bad.csv"
    good.write_text("text\nFine\n", encoding="utf-8")
    first = books.import_file(str(good))
    assert first.imported and Path(first.path).name == "bad.yaml"
    second = books.import_file(str(good))
    assert second.replaces == "Bad" and not second.imported
    assert books.import_file(str(good), replace=True).imported
    clash = tmp_path / "signals.yaml"
    clash.write_text((REPO / "decks" / "signals.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert "a built-in deck is already called “Signals”" in books.import_file(str(clash)).problems[0]


def test_two_lists_named_in_hebrew_and_persian_become_two_decks_and_only_a_same_name_asks(tmp_path):
    books = library(tmp_path)
    hebrew, persian = tmp_path / "hebrew.md", tmp_path / "persian.md"
    hebrew.write_text("# שאלות שלנו\n\n- מה הצחיק אותך היום?\n", encoding="utf-8")
    persian.write_text("# پرسش‌های عمیق\n\n- امروز چه چیزی تو را خنداند؟\n", encoding="utf-8")
    first, second = books.import_file(str(hebrew)), books.import_file(str(persian))
    assert first.imported and second.imported, (first, second)
    assert {first.deck_id, second.deck_id} == {deck_id("שאלות שלנו"), deck_id("پرسش‌های عمیق")}
    names = {entry.name for entry in books.entries if not entry.builtin}
    assert names == {"שאלות שלנו", "پرسش‌های عمیق"}
    again = books.import_file(str(hebrew))  # the same name: asked first, nothing written
    assert again.replaces == "שאלות שלנו" and not again.imported
    replaced = books.import_file(str(hebrew), replace=True)
    assert (replaced.deck_id, replaced.path) == (first.deck_id, first.path)  # the deck keeps its id and file
    assert len([entry for entry in books.entries if not entry.builtin]) == 2


def test_a_yaml_deck_whose_id_is_taken_by_another_deck_gets_a_new_id_and_keeps_its_words(tmp_path):
    books = library(tmp_path)
    ours, theirs = tmp_path / "ours.yaml", tmp_path / "theirs.yaml"
    ours.write_text("format: 1\nid: my-deck\nname: שלנו\ncards:\n  - id: a\n    text: A?\n", encoding="utf-8")
    theirs.write_text(
        "# from a friend\nformat: 1\nid: my-deck  # as they wrote it\nname: Signals of ours\ncards:\n  - id: b\n    text: B?\n",
        encoding="utf-8",
    )
    assert books.import_file(str(ours)).imported
    outcome = books.import_file(str(theirs))
    assert outcome.imported and outcome.deck_id == "my-deck-2"
    text = Path(outcome.path).read_text(encoding="utf-8")
    assert "# from a friend" in text and "id: my-deck-2  # as they wrote it" in text
    assert load_deck_file(outcome.path).deck.id == "my-deck-2"
    assert not books.problems
    assert {deck.name for deck in books.decks} >= {"שלנו", "Signals of ours"}
    assert books.import_file(str(theirs)).replaces == "Signals of ours"  # the same name: asked first
    again = books.import_file(str(theirs), replace=True)
    assert (again.deck_id, again.path) == ("my-deck-2", outcome.path)  # the deck it replaces keeps its id and file
    assert load_deck_file(again.path).deck.id == "my-deck-2" and not books.problems


def test_an_imported_yaml_file_keeps_its_comments_and_gets_a_working_schema_line(tmp_path):
    books = library(tmp_path)
    source = tmp_path / "mine.yaml"
    source.write_text(
        "# yaml-language-server: $schema=deck.schema.json\n# our notes\n"
        "format: 1\nid: mine\nname: Mine\ncards:\n  - id: a\n    text: A?\n",
        encoding="utf-8",
    )
    outcome = books.import_file(str(source))
    text = Path(outcome.path).read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=deck.schema.json"
    copy = Path(outcome.path).parent / "deck.schema.json"
    assert copy.read_bytes() == (REPO / "decks" / "deck.schema.json").read_bytes()
    assert "# our notes" in text


def test_opening_the_folder_uses_the_platform_opener_and_reports_a_failure(tmp_path):
    books = library(tmp_path)
    calls: list[list[str]] = []
    books.launcher = lambda command: calls.append(list(command)) or 0
    assert books.open_folder() is None
    assert calls and calls[0][-1] == str(tmp_path / "decks")
    books.launcher = lambda command: 3
    assert "Could not open the folder" in (books.open_folder() or "")

    def missing(command: list[str]) -> int:
        raise FileNotFoundError(2, "No such file or directory")

    books.launcher = missing
    message = books.open_folder() or ""
    assert "has no 'xdg-open'" in message or "has no 'open'" in message
    assert str(tmp_path / "decks") in message
