"""A game whose decks folder holds hostile files starts, plays on, and names the broken files on Home."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.storage.test_deck_corpus import HOSTILE

REPO = Path(__file__).resolve().parents[2]
BROKEN = REPO / "tests" / "decks" / "broken"


def test_the_game_starts_with_every_hostile_deck_in_the_folder_and_names_them(pilots, data_root: Path, tmp_path: Path) -> None:
    decks = data_root / "decks"
    decks.mkdir(parents=True)
    for name in HOSTILE:
        shutil.copy(BROKEN / name, decks / name)
    expected = set(HOSTILE)
    if os.name == "posix":
        os.mkfifo(decks / "pipe.yaml")
        (decks / "zero.yaml").symlink_to("/dev/zero")
        expected |= {"pipe.yaml", "zero.yaml"}

    p = pilots(at_home=True)
    p.advance(2.0)
    shot = p.screenshot(tmp_path / "home-with-hostile-decks.png")

    assert p.scene_name == "HomeScene"
    assert set(p.services.broken_deck_files()) == expected
    assert shot.exists()


@pytest.mark.parametrize("name", ["nul-escape-in-text.yaml", "nul-escape-in-deck-name.yaml"])
def test_a_deck_with_a_nul_is_kept_out_so_play_set_up_never_meets_it(pilots, data_root: Path, name: str) -> None:
    decks = data_root / "decks"
    decks.mkdir(parents=True)
    shutil.copy(BROKEN / name, decks / name)
    p = pilots(at_home=True)
    assert "broken" not in {deck.id for deck in p.services.decks()}
    assert p.services.broken_deck_files() == [name]
