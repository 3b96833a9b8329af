"""`deck import` and `deck export` from the command line: a quick file becomes a deck, and a deck becomes a file."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from game.app import main
from game.storage.deck_files import load_deck_file
from game.storage.importing import deck_id

REPO = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_text_file_becomes_a_deck_file(tmp_path, capsys):
    source = tmp_path / "rainy-sundays.txt"
    source.write_text("What does a perfect rainy day look like?\n\n   Blanket fort or a walk in the rain?  \n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    code, printed, _ = run(capsys, "deck", "import", str(source), "-o", str(out))
    assert code == 0
    assert "2 cards" in printed
    deck = load_deck_file(out).deck
    assert deck.name == "Rainy sundays"
    assert [card.text for card in deck.cards] == ["What does a perfect rainy day look like?", "Blanket fort or a walk in the rain?"]
    assert out.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


def test_a_csv_with_a_bad_row_is_refused_with_line_and_column(tmp_path, capsys):
    source = tmp_path / "ours.csv"
    source.write_text("text,kind,level\nTea or coffee?,ask,1\nHug it out,hug,2\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    code, _, errors = run(capsys, "deck", "import", str(source), "-o", str(out))
    assert code == 1
    assert errors.strip() == f"{source}:3:12: kind must be one of ask, both, scenario, action, not 'hug'"
    assert not out.exists()


def test_import_without_output_adds_the_deck_to_the_couples_folder_once(tmp_path, capsys):
    root = tmp_path / "data"
    source = tmp_path / "Weekend plans.csv"
    source.write_text("text,kind,options\nBrunch or lie-in?,ask,Brunch|Lie-in\n", encoding="utf-8")
    code, printed, _ = run(capsys, "--data-dir", str(root), "deck", "import", str(source))
    assert code == 0, printed
    written = root / "decks" / "weekend-plans.yaml"
    assert load_deck_file(written).deck.cards[0].options == ("Brunch", "Lie-in")
    code, _, errors = run(capsys, "--data-dir", str(root), "deck", "import", str(source))
    assert code == 1
    assert "--replace" in errors
    code, _, _ = run(capsys, "--data-dir", str(root), "deck", "import", str(source), "--replace")
    assert code == 0


def test_a_deck_exported_and_imported_again_is_the_same_deck(tmp_path, capsys):
    root = tmp_path / "data"
    exported = tmp_path / "signals.yaml"
    code, _, _ = run(capsys, "--data-dir", str(root), "deck", "export", "signals", "-o", str(exported))
    assert code == 0
    again = tmp_path / "again.yaml"
    code, _, _ = run(capsys, "deck", "import", str(exported), "-o", str(again))
    assert code == 0
    original = load_deck_file(REPO / "decks" / "signals.yaml").deck
    assert load_deck_file(again).deck.cards == original.cards


def test_an_unknown_file_type_is_refused(tmp_path, capsys):
    source = tmp_path / "cards.docx"
    source.write_bytes(b"PK\x03\x04")
    code, _, errors = run(capsys, "deck", "import", str(source), "-o", "-")
    assert code == 1
    assert "imports .yaml, .yml, .txt, .md, .csv, .tsv and .json" in errors


def test_the_real_command_line_prints_the_deck(tmp_path):
    source = tmp_path / "two.txt"
    source.write_text("Où aimerais-tu dîner ce soir ?\n¿Qué te hizo sonreír hoy? 😊\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "main.py", "deck", "import", str(source), "-o", "-"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "Où aimerais-tu dîner ce soir ?" in result.stdout
    assert "😊" in result.stdout


def test_dry_run_prints_the_preview_and_writes_nothing(tmp_path, capsys):
    root = tmp_path / "data"
    source = REPO / "tests" / "import_samples" / "three-sets.txt"
    code, printed, _ = run(capsys, "--data-dir", str(root), "deck", "import", str(source), "--dry-run")
    assert code == 0
    lines = printed.splitlines()
    assert lines[0] == "“Thirty-six questions for a long evening”: 36 cards, read as a list with marks"
    assert lines[1] == "Levels: 1 (12), 2 (12), 3 (12)"
    assert "Tags: set-i (12), set-ii (12), set-iii (12)" in lines
    assert "line 3: skipped: “Take turns. There is no hurry.” is not one of the list's items" in lines
    assert not (root / "decks").exists()


def test_a_hebrew_list_is_previewed_on_a_terminal_as_it_was_typed(tmp_path, capsys):
    """The notes isolate a quoted right-to-left line for the window (direction.quoted); a terminal gets the words
    as typed, neither the invisible isolates nor a '?' in their place."""
    source = tmp_path / "ours.txt"
    source.write_text("שאלות לערב\n\n1. מה?\n2. איפה?\n\nסוף\n", encoding="utf-8")
    code, printed, _ = run(capsys, "deck", "import", str(source), "--dry-run")
    assert code == 0
    assert "line 1: guessed: “שאלות לערב” is taken as the deck's name" in printed.splitlines()
    assert "line 6: skipped: “סוף” is not one of the list's items" in printed.splitlines()
    table = tmp_path / "levels.csv"
    table.write_text("Question,Depth\nHi?,עמוק 2\n", encoding="utf-8")
    code, _, errors = run(capsys, "deck", "import", str(table), "--dry-run")
    assert code == 1
    assert errors.strip() == f"{table}:2:5: level must be 1, 2 or 3 (or light, personal, deep), not 'עמוק 2'"


def test_importing_a_list_into_the_folder_keeps_a_schema_copy_and_a_relative_schema_line(tmp_path, capsys):
    root = tmp_path / "data"
    code, _, _ = run(capsys, "--data-dir", str(root), "deck", "import", str(REPO / "tests" / "import_samples" / "our-list.md"))
    assert code == 0
    written = root / "decks" / "questions-for-the-porch-swing.yaml"
    assert written.read_text(encoding="utf-8").splitlines()[0] == "# yaml-language-server: $schema=deck.schema.json"
    assert (root / "decks" / "deck.schema.json").read_bytes() == (REPO / "decks" / "deck.schema.json").read_bytes()
    assert load_deck_file(written).deck.levels() == {1, 2}
    (root / "decks" / "deck.schema.json").write_text("{}", encoding="utf-8")  # an old copy is refreshed
    run(capsys, "--data-dir", str(root), "deck", "import", str(REPO / "tests" / "import_samples" / "spreadsheet.csv"))
    assert (root / "decks" / "deck.schema.json").read_bytes() == (REPO / "decks" / "deck.schema.json").read_bytes()


def test_lists_named_in_hebrew_and_persian_become_two_decks_from_the_command_line(tmp_path, capsys):
    root = tmp_path / "data"
    hebrew, persian = tmp_path / "hebrew.md", tmp_path / "persian.md"
    hebrew.write_text("# שאלות שלנו\n\n- מה הצחיק אותך היום?\n", encoding="utf-8")
    persian.write_text("# پرسش‌های عمیق\n\n- امروز چه چیزی تو را خنداند؟\n", encoding="utf-8")
    for source in (hebrew, persian):
        code, printed, errors = run(capsys, "--data-dir", str(root), "deck", "import", str(source))
        assert code == 0, errors
        assert "(1 card)" in printed
    names = {load_deck_file(path).deck.name for path in (root / "decks").glob("*.yaml")}
    assert names == {"שאלות שלנו", "پرسش‌های عمیق"}
    code, _, errors = run(capsys, "--data-dir", str(root), "deck", "import", str(hebrew))
    assert code == 1
    assert "You already have a deck called “שאלות שלנו”; add --replace to replace it." in errors


def test_deck_new_with_names_in_any_script_never_shares_an_id(tmp_path, capsys):
    root = tmp_path / "data"
    for name in ("שירים שלנו", "پرسش‌های عمیق", "เพลงของเรา"):
        code, _, errors = run(capsys, "--data-dir", str(root), "deck", "new", name)
        assert code == 0, errors
    decks = [load_deck_file(path).deck for path in sorted((root / "decks").glob("*.yaml"))]
    # Each id made from its name's words, as a card's is: a code, the same for the same words.
    assert sorted(deck.id for deck in decks) == sorted(deck_id(name) for name in ("שירים שלנו", "پرسش‌های عمیق", "เพลงของเรา"))
    assert all(re.fullmatch("deck-[0-9a-f]{8}", deck.id) for deck in decks)
    assert {deck.name for deck in decks} == {"שירים שלנו", "پرسش‌های عمیق", "เพลงของเรา"}
    code, _, errors = run(capsys, "--data-dir", str(root), "deck", "new", "שירים שלנו")
    assert code == 1
    assert "A deck called “שירים שלנו” already exists" in errors
    assert len(list((root / "decks").glob("*.yaml"))) == 3


def test_a_deck_of_one_card_is_one_card_in_every_sentence(tmp_path, capsys):
    root = tmp_path / "data"
    source = tmp_path / "one.txt"
    source.write_text("What made you smile today?\n", encoding="utf-8")
    code, printed, _ = run(capsys, "--data-dir", str(root), "deck", "import", str(source))
    assert code == 0 and "(1 card)" in printed
    code, printed, _ = run(capsys, "--data-dir", str(root), "deck", "list")
    assert code == 0
    assert "  one                              1 card   One" in printed.splitlines()
    assert "signals" in printed and " cards  Signals" in printed
    code, printed, _ = run(capsys, "deck", "validate", str(root / "decks" / "one.yaml"))
    assert printed.strip() == "1 deck valid, 1 card."
    code, printed, _ = run(capsys, "deck", "import", str(source), "-o", str(tmp_path / "out.yaml"))
    assert "“One”, 1 card (deck id one)" in printed


def test_a_dry_run_lists_the_title_it_took_as_the_name_and_every_line_the_import_counts(tmp_path, capsys):
    source = tmp_path / "porch.md"
    source.write_text(
        "# Porch questions\n\nSome words first\n\n## Light\n- What smell takes you back?\n- What smell takes you back?\n",
        encoding="utf-8",
    )
    code, printed, _ = run(capsys, "deck", "import", str(source), "--dry-run")
    assert code == 0
    notes = [line for line in printed.splitlines() if line.startswith("line ")]
    assert notes == [
        "line 1: guessed: “Porch questions” is taken as the deck's name",
        "line 3: skipped: “Some words first” is not one of the list's items",
        "line 7: repeated: the same question as line 6",
    ]
    code, _, errors = run(capsys, "--data-dir", str(tmp_path / "data"), "deck", "import", str(source), "-o", "-")
    assert code == 0 and f"{len(notes)} lines skipped, guessed or repeated: see them with --dry-run." in errors


def test_deck_import_names_a_broken_file_as_it_was_typed(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "ours.yaml").write_text(
        'format: 1\nid: ours\nname: Ours\ncards:\n  - id: a\n    text: "Open\n', encoding="utf-8"
    )
    code, _, errors = run(capsys, "--data-dir", str(tmp_path / "data"), "deck", "import", "bad/ours.yaml")
    assert code == 1
    assert (
        errors.splitlines()[0] == 'bad/ours.yaml:6:11: a quote opened on line 6 is never closed: end the text with " on that line'
    )


def test_the_replace_option_speaks_of_the_deck_of_the_same_name(capsys):
    with pytest.raises(SystemExit):
        main(["deck", "import", "--help"])
    assert "replace your deck with the same name" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("command", [["deck", "export", "romance", "-o"], ["deck", "import", "LIST", "-o"], ["export"]])
def test_writing_into_a_folder_that_is_not_there_names_the_folder_not_a_temporary_file(tmp_path, capsys, command):
    listed = tmp_path / "list.txt"
    listed.write_text("What made you smile?\n", encoding="utf-8")
    target = tmp_path / "nowhere" / "out.yaml"
    argv = [str(listed) if word == "LIST" else word for word in command]
    code, _, errors = run(capsys, "--data-dir", str(tmp_path / "data"), *argv, str(target))
    assert code == 1 and f"{target}: its folder isn't there. Check the folder exists" in errors
    assert ".tmp" not in errors and not target.parent.exists()


@pytest.mark.parametrize("name", ["", "   "])
def test_deck_new_without_a_name_is_refused(tmp_path, capsys, name):
    code, printed, errors = run(capsys, "--data-dir", str(tmp_path / "data"), "deck", "new", name)
    assert code == 1 and printed == ""
    assert errors == 'A deck needs a name: deck new "Rainy Sundays", say.\n'
    assert not (tmp_path / "data" / "decks").exists() or not list((tmp_path / "data" / "decks").glob("*.yaml"))


@pytest.mark.parametrize("name", ["ליל ספה", "پرسش‌های عمیق", "🌧️☕"])
def test_a_deck_named_in_another_script_or_emoji_gets_a_code_from_its_words(tmp_path, capsys, name):
    code, _, _ = run(capsys, "--data-dir", str(tmp_path / "data"), "deck", "new", name)
    assert code == 0
    [made] = list((tmp_path / "data" / "decks").glob("*.yaml"))
    deck = load_deck_file(made).deck
    assert deck.name == name and deck.id == deck_id(name) and re.fullmatch("deck-[0-9a-f]{8}", deck.id)
    assert made.name == f"{deck.id}.yaml"


def test_kindreds_own_export_brought_to_deck_import_is_named_for_what_it_is(tmp_path, capsys):
    """A tester tried to bring a couple to a second laptop with `deck import` and was told only that "the JSON object
    holds no list of cards". An export is for reading and sharing: the importer says so, and how to move Kindred."""
    data = tmp_path / "data"
    exported = tmp_path / "us.json"
    code, _, _ = run(capsys, "--data-dir", str(data), "demo")
    assert code == 0
    code, _, _ = run(capsys, "--data-dir", str(data), "export", str(exported))
    assert code == 0 and exported.exists()
    out = tmp_path / "out.yaml"
    code, _, errors = run(capsys, "--data-dir", str(tmp_path / "second"), "deck", "import", str(exported), "-o", str(out))
    assert code == 1 and not out.exists()
    assert "this is Kindred's export of a couple's answers, not a deck" in errors
    assert "copy its data folder there with the game closed" in errors
    assert errors.startswith(f"{exported}:1:1: ")
