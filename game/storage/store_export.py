"""Everything a store holds, as JSON-friendly data: the body of the export and of “Our book”.

Memories marked "just between us" (and the guesses and turns that would reveal them) are
left out unless asked for explicitly; a date night's sealed note shows its words only once
it has been opened together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from game.core.memories import MemoryKey
from game.core.players import other

from .store import _iso

if TYPE_CHECKING:
    from .store import Store


def export_all(store: Store, include_private: bool = False) -> dict[str, Any]:
    """Everything in the store as JSON-friendly data.

    Memories marked "just between us" (and guesses and turns that would reveal them)
    are left out unless `include_private` is asked for explicitly.
    """
    couples = []
    for couple in store.couples():
        memories = store.memories(couple.id)
        hidden = {key for key, memory in memories.items() if memory.private and not include_private}
        memories = {key: memory for key, memory in memories.items() if key not in hidden}
        settings = {key: value for key, value in store.settings(couple.id).items() if key != "draft"}
        couples.append(
            {
                "id": couple.id,
                "players": [
                    {"seat": p.seat, "name": p.name, "color": p.color, "pronouns": p.pronouns.value} for p in couple.players
                ],
                "settings": settings,
                "memories": [
                    {
                        "owner": key.owner,
                        "deck_id": key.deck_id,
                        "card_id": key.card_id,
                        "just_between_us": memory.private,
                        "history": [{"answer": v.answer, "at": _iso(v.at)} for v in memory.history],
                    }
                    for key, memory in sorted(memories.items())
                ],
                "reviews": [
                    {
                        "memory": {"owner": r.memory.owner, "deck_id": r.memory.deck_id, "card_id": r.memory.card_id},
                        "guesser": r.guesser,
                        "guess": r.guess,
                        "verdict": r.verdict.value,
                        "at": _iso(r.at),
                    }
                    for r in store.reviews(couple.id)
                    if r.memory not in hidden
                ],
                "turns": [_without(turn, hidden) for turn in store.turns(couple.id)],
                "cards_seen": [
                    {"deck_id": key.deck_id, "card_id": key.card_id, "last_seen": _iso(at)}
                    for key, at in sorted(store.recently_seen(couple.id).items())
                ],
                "date_nights": _date_nights(store, couple.id),
                "sessions": _sessions(store, couple.id),
            }
        )
    return {
        "format": "kindred-export",
        "version": 1,
        "just_between_us_included": include_private,
        "settings": store.settings(0),
        "couples": couples,
    }


def _sessions(store: Store, couple_id: int) -> list[dict[str, Any]]:
    """Every session, with the cards starred in it ("deck/card"): the moments the couple marked to keep."""
    out = []
    for sid, mode, started, ended, state, deal in store.conn.execute(
        "SELECT id, mode, started_at, ended_at, state, deal FROM sessions WHERE couple_id = ? ORDER BY id", (couple_id,)
    ):
        starred = [str(key) for key in store.session_state(couple_id, state, deal).starred]
        out.append({"id": sid, "mode": mode, "started_at": started, "ended_at": ended, "starred": starred})
    return out


def _date_nights(store: Store, couple_id: int) -> list[dict[str, Any]]:
    """Past and open date nights; a sealed note's words only once the couple has opened it together."""
    rows = store.conn.execute(
        "SELECT id, started_at, ended_at, note, note_opened_at FROM date_nights WHERE couple_id = ? ORDER BY id",
        (couple_id,),
    ).fetchall()
    out: list[dict[str, Any]] = []
    for night_id, started, ended, note, opened in rows:
        entry: dict[str, Any] = {"id": night_id, "started_at": started, "ended_at": ended}
        if note is not None:
            entry["note"] = store._open(couple_id, note) if opened else {"sealed_until_next_date_night": True}
            entry["note_opened_at"] = opened
        out.append(entry)
    return out


def _without(turn: dict[str, Any], hidden: set[MemoryKey]) -> dict[str, Any]:
    """A turn with any just-between-us answer in it replaced by a note that it was there."""
    if not hidden:
        return turn
    from game.core.memories import MemoryKey

    deck_id, card_id, seat = turn["deck_id"], turn["card_id"], turn["seat"]
    outcome = dict(turn["outcome"])
    if (turn["kind"] == "quiz" and MemoryKey(other(seat), deck_id, card_id) in hidden) or (
        MemoryKey(seat, deck_id, card_id) in hidden and "answer" in outcome
    ):
        outcome = {"just_between_us": True}
    elif "answers" in outcome:
        outcome["answers"] = {
            who: ("just between us" if MemoryKey(int(who), deck_id, card_id) in hidden else value)
            for who, value in outcome["answers"].items()
        }
    return {**turn, "outcome": outcome}
