"""The tools a blind read is made with (docs/READ_BRIEF.md): a first evening written out, and the grades of reads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import evening_sample  # noqa: E402
import read_grades  # noqa: E402


@pytest.fixture(scope="module")
def decks():
    return evening_sample.evening_decks(ROOT / "decks")


def test_an_evening_is_dealt_from_the_decks_a_couple_has_without_opting_in(decks):
    assert decks and not any(deck.opt_in for deck in decks)
    loaded = evening_sample.load_decks(evening_sample.deck_paths(ROOT / "decks"))
    assert any(deck.opt_in for deck in loaded.decks), "the built-in decks hold an opt-in deck for this to leave out"


def test_an_evening_is_as_long_as_the_games_setting_opening_on_an_opener_and_closing_on_a_closer(decks):
    assert evening_sample.ROUND == 12
    cards = evening_sample.first_evening(decks, 180001)
    assert len(cards) == 12 and len({card.key for card in cards}) == 12
    assert "opener" in cards[0].tags and "closer" in cards[-1].tags
    assert max(card.level for card in cards) == 3


def test_spicy_cards_come_only_when_asked_for(decks):
    plain = [card for seed in range(30) for card in evening_sample.first_evening(decks, seed)]
    assert not any(card.spicy for card in plain)
    spicy = [card for seed in range(30) for card in evening_sample.first_evening(decks, seed, 20, spicy=True)]
    assert len(spicy) == 600 and any(card.spicy for card in spicy)


def test_the_same_seed_writes_the_same_evening_and_another_seed_another(decks):
    first = evening_sample.sample_text(decks, 4242)
    assert first == evening_sample.sample_text(decks, 4242)
    assert first != evening_sample.sample_text(decks, 4243)


def test_the_sample_shows_each_card_with_whose_turn_and_its_quiz_filled_in(decks, tmp_path):
    assert evening_sample.main(["180001", "--out", str(tmp_path), "--length", "20", "--spicy"]) == 0
    text = (tmp_path / "SAMPLE-180001.md").read_text(encoding="utf-8")
    cards = evening_sample.first_evening(decks, 180001, 20, spicy=True)
    assert text.count("**Card:** ") == 20 and "Spicy cards are on" in text
    assert "### 1. " in text and "Alex's turn" in text and "### 2. " in text and "Sam's turn" in text
    assert "{name}" not in text and "{partner}" not in text
    for card in cards:
        if card.remembered:
            assert "Quiz in a later round" in text
        for option in card.options:
            assert ("{" in option) or option in text


def test_a_broken_deck_stops_the_sample_and_says_where(tmp_path):
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "broken.yaml").write_text("id: broken\nname: [unclosed\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        evening_sample.evening_decks(folder)
    assert "broken.yaml:" in str(stopped.value)


READ = """# Read of sample 1

| # | card | enjoyable | clear | natural | inclusive | judgeable | note |
|---|---|---|---|---|---|---|---|
| 1 | Out loud, pack… | 5 | 5 | 5 | 5 | – | fun |
| 2 | The line's empty… | 4 | 5 | 4 | 5 | 5 | fine |
| 3 | At the same time… | 3 | 4 | 4 | 5 | – | polite |
| 4 | Who's more likely… | 5 | 5 | 5 | 5 | 5 | yes |

## Score
Score: 8.3 / 10
"""


def test_a_read_gives_its_enjoyable_grades_in_order_and_its_score(tmp_path):
    path = tmp_path / "READ-1.md"
    path.write_text(READ, encoding="utf-8")
    read = read_grades.read_of(path)
    assert read.enjoyable == (5, 4, 3, 5) and read.score == 8.3


def test_the_summary_counts_fives_and_threes_and_averages_the_scores():
    line = read_grades.summary("all", [5, 4, 3, 5, 2, 4, 4, 5], [8.3, 8.1])
    assert line == "all: 8 cards, enjoyable 4.00, 5s 37.5%, 3 or lower 25.0%, score 8.3 8.1 (8.20)"
    assert read_grades.summary("none", [], []) == "none: no graded cards"


def test_the_command_prints_a_line_a_read_and_one_for_the_set(tmp_path):
    for name, score in (("READ-1.md", "8.3"), ("READ-2.md", "8.5")):
        (tmp_path / name).write_text(READ.replace("8.3", score), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "read_grades.py"), str(tmp_path / "READ-1.md"), str(tmp_path / "READ-2.md")],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("READ-1: 4 cards, enjoyable 4.25, 5s 50.0%")
    assert lines[2] == "all: 8 cards, enjoyable 4.25, 5s 50.0%, 3 or lower 25.0%, score 8.3 8.5 (8.40)"
