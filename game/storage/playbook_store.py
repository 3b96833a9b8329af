"""The playbook's and the promises' own rows: hidden lines, the just-between-us choice, the word on each promise.

The playbook itself is never stored: it is built from the memories each time (game.core.playbook), so
it always says what the partner answered last. What is kept (migrations.V8) is what the couple chose
about it: which lines either of them hid, and, per promised small thing, whether it happened. Each
partner's own choice to let just-between-us answers into the playbook is a couple setting; they come
in only when both said yes. A locked couple's hidden lines and words are sealed like the rest.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from game.core.cards import Card, CardKey, Deck
from game.core.date_night_plan import SMALL_THING_CARDS
from game.core.memories import Memory, MemoryKey, MemoryVersion
from game.core.playbook import Playbook, build_playbook, playbook_to_json
from game.core.players import Couple
from game.core.promises import Outcome, Promise, promises_made

from .columns import from_iso as _time
from .columns import iso as _iso
from .store import Store
from .store_export import couple_consent

#: The couple setting holding each partner's own yes or no to just-between-us answers in the playbook.
PRIVATE_CHOICE = "playbook_private"


def _key_of(line: str) -> MemoryKey | None:
    owner, _, rest = line.partition(":")
    deck_id, _, card_id = rest.partition("/")
    if owner not in ("0", "1") or not deck_id or not card_id:
        return None
    return MemoryKey(int(owner), deck_id, card_id)


def hidden_lines(store: Store, couple_id: int) -> set[MemoryKey]:
    rows = store.conn.execute("SELECT line FROM playbook_hidden WHERE couple_id = ?", (couple_id,))
    keys = (_key_of(store.db.keyring.open(couple_id, line)) for (line,) in rows)
    return {key for key in keys if key is not None}


def set_line_hidden(store: Store, couple_id: int, key: MemoryKey, hidden: bool, now: datetime) -> None:
    line = store.db.keyring.seal_fixed(couple_id, str(key))
    with store.db.transaction() as conn:
        if hidden:
            conn.execute(
                "INSERT OR IGNORE INTO playbook_hidden (couple_id, line, hidden_at) VALUES (?, ?, ?)", (couple_id, line, _iso(now))
            )
        else:
            conn.execute("DELETE FROM playbook_hidden WHERE couple_id = ? AND line = ?", (couple_id, line))


def private_choices(store: Store, couple_id: int) -> dict[int, bool]:
    """Each partner's own choice about just-between-us answers in the playbook (no by default)."""
    stored = store.settings.read(couple_id).get(PRIVATE_CHOICE) or {}
    return {seat: bool(stored.get(str(seat), False)) for seat in (0, 1)}


def set_private_choice(store: Store, couple_id: int, seat: int, include: bool) -> None:
    choices = private_choices(store, couple_id)
    choices[seat] = include
    store.settings.save(PRIVATE_CHOICE, {str(s): yes for s, yes in choices.items()}, couple_id=couple_id)


def both_include_private(store: Store, couple_id: int) -> bool:
    return all(private_choices(store, couple_id).values())


def outcomes(store: Store, couple_id: int) -> dict[tuple[int, datetime], tuple[Outcome, datetime]]:
    rows = store.conn.execute(
        "SELECT owner, made_at, outcome, answered_at FROM promise_outcomes WHERE couple_id = ?", (couple_id,)
    ).fetchall()
    found: dict[tuple[int, datetime], tuple[Outcome, datetime]] = {}
    for owner, made_at, outcome, answered_at in rows:
        word = store.db.keyring.open(couple_id, outcome)
        if word in Outcome.__members__.values():
            found[(int(owner), _time(made_at))] = (Outcome(word), _time(answered_at))
    return found


def answer_promise(store: Store, couple_id: int, promise: Promise, outcome: Outcome, now: datetime) -> None:
    with store.db.transaction() as conn:
        conn.execute(
            "INSERT INTO promise_outcomes (couple_id, owner, made_at, outcome, answered_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (couple_id, owner, made_at) DO UPDATE SET outcome = excluded.outcome, answered_at = excluded.answered_at",
            (couple_id, promise.owner, _iso(promise.made_at), store.db.keyring.seal(couple_id, outcome.value), _iso(now)),
        )


def small_things(store: Store, couple_id: int) -> dict[MemoryKey, Memory]:
    """Only the memories of the small-thing cards: Home asks about promises without reading years of answers."""
    found: dict[MemoryKey, Memory] = {}
    for card in SMALL_THING_CARDS:
        rows = store.conn.execute(
            "SELECT id, owner, private FROM memories WHERE couple_id = ? AND deck_id = ? AND card_id = ?",
            (couple_id, store.db.keyring.seal_fixed(couple_id, card.deck_id), store.db.keyring.seal_fixed(couple_id, card.card_id)),
        ).fetchall()
        for memory_id, owner, private in rows:
            versions = store.conn.execute("SELECT answer, at FROM memory_versions WHERE memory_id = ? ORDER BY seq", (memory_id,))
            keyring = store.db.keyring
            history = tuple(MemoryVersion(json.loads(keyring.open(couple_id, answer)), _time(at)) for answer, at in versions)
            if history:
                key = MemoryKey(int(owner), card.deck_id, card.card_id)
                found[key] = Memory(key, history, store.db.keyring.marked(couple_id, private))
    return found


def newest_promises(store: Store, couple_id: int) -> list[Promise]:
    """The promises `waiting` asks about, read from the end of each small-thing history only (years of them stay unread).

    Every answer to a small-thing card is a promise (core promises), so a memory's newest promise is its newest
    version; the couple's word is looked up for those alone.
    """
    keyring = store.db.keyring
    found: dict[MemoryKey, Memory] = {}
    for card in SMALL_THING_CARDS:
        sealed = (keyring.seal_fixed(couple_id, card.deck_id), keyring.seal_fixed(couple_id, card.card_id))
        rows = [
            (row[0], owner, row[1])
            for owner in (0, 1)  # one look-up each in the memories' own index (couple, owner, deck, card)
            if (
                row := store.conn.execute(
                    "SELECT id, private FROM memories WHERE couple_id = ? AND owner = ? AND deck_id = ? AND card_id = ?",
                    (couple_id, owner, *sealed),
                ).fetchone()
            )
        ]
        for memory_id, owner, private in rows:
            newest = store.conn.execute(
                "SELECT answer, at FROM memory_versions WHERE memory_id = ? ORDER BY seq DESC LIMIT 1", (memory_id,)
            ).fetchone()
            if newest is not None:
                key = MemoryKey(int(owner), card.deck_id, card.card_id)
                version = MemoryVersion(json.loads(keyring.open(couple_id, newest[0])), _time(newest[1]))
                found[key] = Memory(key, (version,), keyring.marked(couple_id, private))
    return promises_made(
        found, _outcomes_of(store, couple_id, [(key.owner, memory.history[0].at) for key, memory in found.items()])
    )


def _outcomes_of(
    store: Store, couple_id: int, made: Iterable[tuple[int, datetime]]
) -> dict[tuple[int, datetime], tuple[Outcome, datetime]]:
    """The couple's word on the promises made by these (owner, moment)s only (moments are kept as UTC text, see columns.iso)."""
    found: dict[tuple[int, datetime], tuple[Outcome, datetime]] = {}
    for owner, made_at in made:
        row = store.conn.execute(
            "SELECT outcome, answered_at FROM promise_outcomes WHERE couple_id = ? AND owner = ? AND made_at = ?",
            (couple_id, owner, _iso(made_at)),
        ).fetchone()
        if row is not None and (word := store.db.keyring.open(couple_id, row[0])) in Outcome.__members__.values():
            found[(owner, made_at)] = (Outcome(word), _time(row[1]))
    return found


def promises(store: Store, couple_id: int, memories: Mapping[MemoryKey, Memory] | None = None) -> list[Promise]:
    """Every promised small thing, oldest first, with the couple's word on each (`memories`: already read)."""
    return promises_made(small_things(store, couple_id) if memories is None else memories, outcomes(store, couple_id))


def playbooks(
    store: Store,
    couple: Couple,
    decks: Iterable[Deck],
    now: datetime,
    *,
    keep_hidden: bool = False,
    shared: bool = False,
    memories: Mapping[MemoryKey, Memory] | None = None,
) -> tuple[Playbook, Playbook]:
    """Both partners' playbooks as the couple set them up. `shared`: for a file that leaves the game, where
    just-between-us answers never go (docs/PRIVACY.md), whatever the two chose for the window."""
    build = playbook_builder(store, couple, decks, now, keep_hidden=keep_hidden, shared=shared, memories=memories)
    return build(0), build(1)


def playbook_builder(
    store: Store,
    couple: Couple,
    decks: Iterable[Deck],
    now: datetime,
    *,
    keep_hidden: bool = False,
    shared: bool = False,
    memories: Mapping[MemoryKey, Memory] | None = None,
) -> Callable[[int], Playbook]:
    """What `playbooks` reads, read now; each partner's page built when asked for (by seat)."""
    cards: dict[CardKey, Card] = {card.key: card for deck in decks for card in deck.cards}
    memories = store.memories.all(couple.id) if memories is None else memories
    consent = couple_consent(store, couple.id)
    hidden = hidden_lines(store, couple.id)
    include = both_include_private(store, couple.id) and not shared

    def build(seat: int) -> Playbook:
        return build_playbook(
            seat, couple, memories, cards, consent, now, hidden=hidden, include_private=include, keep_hidden=keep_hidden
        )

    return build


def promise_export(
    store: Store, couple_id: int, include_private: bool, memories: Mapping[MemoryKey, Memory] | None = None
) -> list[dict[str, Any]]:
    return [
        {
            "owner": promise.owner,
            "text": promise.text,
            "made_at": _iso(promise.made_at),
            "outcome": promise.outcome.value if promise.outcome else None,
            "answered_at": _iso(promise.answered_at) if promise.answered_at else None,
        }
        for promise in promises(store, couple_id, memories)
        if include_private or not promise.private
    ]


def add_playbooks(
    store: Store,
    data: dict[str, Any],
    decks: Iterable[Deck],
    now: datetime,
    include_private: bool,
    read: Mapping[int, Mapping[MemoryKey, Memory]] | None = None,
) -> None:
    """Put each open couple's `playbook` and `promises` into an export's data (`read`: memories already read, by couple)."""
    decks = list(decks)
    for entry in data.get("couples", []):
        if entry.get("locked"):
            continue
        couple = store.couples.get(int(entry["id"]))
        memories = read[couple.id] if read and couple.id in read else store.memories.all(couple.id)
        pages = playbooks(store, couple, decks, now, shared=not include_private, memories=memories)
        entry["playbook"] = [playbook_to_json(page) for page in pages]
        entry["promises"] = promise_export(store, couple.id, include_private, memories)
