"""Files made before that still hold an answer: exports in Kindred's exports folder, and keepsake pictures.

Marking a memory "just between us" keeps it out of every export and keepsake made from then on.
Files made before are the couple's and stay exactly as they were (Kindred never changes or deletes
them behind their back), so the couple is told which of them still hold the answer, and where,
to delete them if they want to.

An export holds the answer when its JSON has that memory among the couple's memories (an export
made before the couple was locked, or with everything, all the same). An “Our book” page is
judged by the JSON written beside it (the same name after `our-book-`); a page whose JSON is gone
is searched for the answer's words. A keepsake picture cannot be read back, so each finished date
night's keepsake is worked out again from what the store holds, once with the memory shareable and
once without: when the answer's words, its question or its star are there only with it shareable,
that evening's picture holds it. Exports and keepsakes saved anywhere else are the couple's own: Kindred cannot
know of them.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.core.cards import Card, CardKey, Deck
from game.core.date_night_state import EveningState, evening_from_json
from game.core.keepsake import Keepsake, build_keepsake
from game.core.memories import Memory, MemoryKey
from game.core.players import Couple

from .keepsakes import FOLDER as KEEPSAKES
from .kept_copies import with_kept
from .kindred_files import is_kindreds_keepsake, kindreds_exports

if TYPE_CHECKING:
    from .store import Store

_BOOK = re.compile(r"our-book-(.+)\.html")


def holding(store: Store, root: Path, couple: Couple, key: MemoryKey, decks: Iterable[Deck]) -> tuple[list[Path], list[Path]]:
    """The exports and the keepsake pictures in the data folder that hold the memory `key`: (exports, keepsakes)."""
    memories = store.memories.all(couple.id)
    if key not in memories:
        return [], []
    cards = {card.key: card for deck in with_kept(store, couple.id, decks) for card in deck.cards}  # as Our story reads
    return exports_holding(root, couple.id, memories[key]), keepsakes_holding(store, root, couple, key, memories, cards)


def exports_holding(root: Path, couple_id: int, memory: Memory) -> list[Path]:
    """The exports in the exports folder that hold `memory` (the JSON and its Our book alike), oldest name first."""
    found: dict[Path, bool] = {}
    for path in kindreds_exports(root):
        if path.suffix == ".json":
            found[path] = _json_holds(path, couple_id, memory.key)
    for path in kindreds_exports(root):
        book = _BOOK.fullmatch(path.name)
        if book is not None:
            twin = path.with_name(f"kindred-{book.group(1)}.json")
            found[path] = found[twin] if twin in found else _page_holds(path, memory)
    return sorted(path for path, holds in found.items() if holds)


def _json_holds(path: Path, couple_id: int, key: MemoryKey) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
        if json.dumps(key.card_id) not in text:
            return False  # most files, told at a glance: the card is not named anywhere in it
        data = json.loads(text)
    except (OSError, ValueError):
        return False
    couples = data.get("couples") if isinstance(data, dict) else None
    for couple in couples if isinstance(couples, list) else ():
        if isinstance(couple, dict) and couple.get("id") == couple_id:
            memories = couple.get("memories")
            return any(_is(entry, key) for entry in (memories if isinstance(memories, list) else ()))
    return False


def _is(entry: Any, key: MemoryKey) -> bool:
    if not isinstance(entry, dict):
        return False
    return (entry.get("owner"), entry.get("deck_id"), entry.get("card_id")) == (key.owner, key.deck_id, key.card_id)


def _page_holds(path: Path, memory: Memory) -> bool:
    """An Our book page without its JSON: whether any of the answer's words, as the page writes them, are on it."""
    try:
        page = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return False
    return any(html.escape(str(version.answer)) in page for version in memory.history if str(version.answer).strip())


def keepsakes_holding(
    store: Store, root: Path, couple: Couple, key: MemoryKey, memories: Mapping[MemoryKey, Memory], cards: Mapping[CardKey, Card]
) -> list[Path]:
    """The keepsake pictures in the keepsakes folder whose date night wrote out `key`'s answer or question (`memories`:
    all the couple's, as they are now)."""
    folder = root / KEEPSAKES
    if folder.is_symlink() or not folder.is_dir():
        return []
    memory = memories.get(key)
    if memory is None:
        return []
    shareable = {**memories, key: replace(memory, private=False)}
    secret = {**memories, key: replace(memory, private=True)}
    found: set[Path] = set()
    for state in _finished_evenings(store, couple.id):
        started = state.started_at if state.started_at.tzinfo else state.started_at.replace(tzinfo=UTC)
        day = started.astimezone().date()
        shown, hidden = (_words(build_keepsake(state, couple, held, cards, {}, day, 1)) for held in (shareable, secret))
        if shown - hidden:  # what only the shareable answer puts on the picture (hiding it may let another thing in)
            stem = f"date-night-{started.astimezone().strftime('%Y-%m-%d-%H%M')}"  # as save_keepsake names it
            found.update(path for path in folder.glob(f"{stem}*.png") if is_kindreds_keepsake(path))
    return sorted(found)


def _words(keepsake: Keepsake) -> set[object]:
    """What a keepsake writes out of the couple's answers: the things learned, what each loved, the dates to come, and
    the questions starred."""
    things = ((thing.question, thing.answer) for thing in (*keepsake.learned, *keepsake.appreciations))
    return {*things, *keepsake.upcoming, *(("starred", question) for question in keepsake.starred)}


def _finished_evenings(store: Store, couple_id: int) -> list[EveningState]:
    rows = store.conn.execute(
        "SELECT state FROM date_nights WHERE couple_id = ? AND ended_at IS NOT NULL ORDER BY id", (couple_id,)
    )
    return [evening_from_json(json.loads(store.db.keyring.open(couple_id, state))) for (state,) in rows]
