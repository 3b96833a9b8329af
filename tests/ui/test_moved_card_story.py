"""Our story in the real game after a card of the game's own moved deck: its answer is still listed.

Two copies of a few weeks of the sample couple's play; in one, a remembered card's rows name another of the game's
decks, as a file saved before the card moved would. The game, started on each, lists the same memories, with the
moved card's own question among them.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pygame

from game.demo import make_demo
from game.storage.deck_files import deck_paths, load_decks
from game.storage.paths import builtin_decks_dir
from game.storage.store import Store
from game.ui.scenes.story import StoryScene

from .pilot import Pilot

NOW = datetime(2026, 11, 25, 19, 30).astimezone()


def listed(root: Path) -> list[str]:
    p = Pilot(root, NOW, size=(1280, 720))
    try:
        p.advance(1.0)
        p.press(pygame.K_RETURN)  # Begin: the only couple opens at Home
        p.advance(0.5)
        if p.scene_name == "PromiseScene":
            p.press(pygame.K_ESCAPE)
        p.click("Our story")
        p.advance(0.5)
        scene = p.scene
        assert isinstance(scene, StoryScene) and scene.listing is not None
        return [item.title for item in scene.listing.items]
    finally:
        p.close()


def test_a_moved_cards_answer_is_still_listed_in_our_story(tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    make_demo(kept, NOW, weeks=3, seed=1)
    moved = tmp_path / "moved"
    shutil.copytree(kept, moved, ignore=shutil.ignore_patterns("kindred.lock"))
    ours = {deck.id: deck for deck in load_decks(deck_paths(builtin_decks_dir())).decks}
    store = Store.open(moved, NOW)
    try:
        couple = store.couples.all()[0]
        memories = store.memories.all(couple.id)
        key = next(k for k, m in sorted(memories.items(), key=lambda item: str(item[0])) if not m.private)
        card = next(c for c in ours[key.deck_id].cards if c.id == key.card_id)
        elsewhere = next(deck_id for deck_id in sorted(ours) if deck_id != key.deck_id)
        for table in ("memories", "cards_seen", "turns"):
            where = (elsewhere, key.deck_id, key.card_id)
            store.conn.execute(f"UPDATE {table} SET deck_id = ? WHERE deck_id = ? AND card_id = ?", where)
    finally:
        store.close()
    before = listed(kept)
    assert card.level <= 3 and not card.spicy and before  # a card the couple's list shows
    assert listed(moved) == before
