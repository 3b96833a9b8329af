"""Export everything: JSON for machines, “Our book” (HTML) for people. Used by the game and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from game.core.cards import Deck
from game.core.memories import Memory, MemoryKey

from .deck_writer import write_text_atomically
from .json_text import readable_json
from .kept_copies import kept_decks
from .our_book import render_book
from .playbook_store import add_playbooks
from .store import Store
from .store_export import export_all, kept_between_us

BOOK_SUFFIXES = (".html", ".htm")


def export_data(
    store: Store,
    decks: list[Deck],
    now: datetime,
    include_private: bool,
    only: int | None = None,
    read: dict[int, dict[MemoryKey, Memory]] | None = None,
) -> dict[str, Any]:
    """The export's data: every couple, or (`only`) the couple with that id and no other. `read`, if given, gets each
    open couple's memories as read, so the book need not read them again."""
    read = {} if read is None else read  # each couple's memories, read once for the data, the playbooks and the book
    data = export_all(store, include_private, decks, read, only)
    data["exported_at"] = now.astimezone(UTC).isoformat()
    add_playbooks(store, data, decks, now, include_private, read)
    return data


def export_text(store: Store, decks: list[Deck], now: datetime, include_private: bool, book: bool) -> str:
    read: dict[int, dict[MemoryKey, Memory]] = {}
    return _render(store, export_data(store, decks, now, include_private, read=read), decks, now, book, read)


def _render(
    store: Store, data: dict[str, Any], decks: list[Deck], now: datetime, book: bool, read: dict[int, dict[MemoryKey, Memory]]
) -> str:
    """The export's text: Our book's page, or the JSON. The book asks each couple's answers as Our story shows them:
    one given to a card since taken out of its deck, under the question as it was (kept_copies)."""
    if book:
        questions = {(card.deck_id, card.id): (deck.name, card.text) for deck in decks for card in deck.cards}
        dates = frozenset((card.deck_id, card.id) for deck in decks for card in deck.cards if card.answer_type.value == "date")
        open_ids = [couple["id"] for couple in data["couples"] if not couple.get("locked")]
        kept = {cid: kept_decks(store, cid) for cid in open_ids}
        shared = not data["just_between_us_included"]
        private = {cid: kept_between_us(store, cid, decks, read.get(cid)) for cid in open_ids} if shared else {}
        return render_book(data, questions, dates, decks, now.astimezone().tzinfo, kept, private)
    return readable_json(data) + "\n"


def export_to(
    store: Store, decks: list[Deck], target: Path, now: datetime, include_private: bool = False, only: int | None = None
) -> dict[str, int]:
    """Write the export to `target` (Our book when it ends in .html) of every couple, or (`only`) of one; returns what it
    holds, counted in the data it wrote (the store is read once)."""
    book = target.suffix.lower() in BOOK_SUFFIXES
    read: dict[int, dict[MemoryKey, Memory]] = {}
    data = export_data(store, decks, now, include_private, only, read)
    held = {
        "couples": len(data["couples"]),
        "memories": sum(len(couple.get("memories", ())) for couple in data["couples"]),
        "locked": sum(1 for couple in data["couples"] if couple.get("locked")),
    }
    write_text_atomically(target, _render(store, data, decks, now, book, read))
    return held
