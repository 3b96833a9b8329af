"""Everything a store holds, as JSON-friendly data: the body of the export and of “Our book”.

A shared export (the default, and every “Our book”) keeps to what the couple agreed to — the
consent rule of game.core.consent at the Settings' depth: no memory, quiz, turn or seen card
beyond the combined depth cap, nothing spicy unless the setting and both partners allow it, and
no memory marked "just between us", nor any trace of which question it answers (`_holds`): no
quiz on it, no turn that held it (a both card's turn goes whole when either half is private), and
no star or seen card naming its card unless a memory or turn in the file names that card for its
own reason (the partner's shareable answer to the same card, say). Asked for explicitly
(`include_private`), the export holds everything. Either way each partner's own
limits are never written, only the combined ones; a date night's sealed note shows its words
only once it has been opened together; a couple locked with a passphrase that was not given is
left out, with a note saying so.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from game.core.cards import Card, CardKey, Deck
from game.core.consent import Consent, as_json
from game.core.import_json import EXPORT_FORMAT
from game.core.left_out import LeftOut, left_out, total
from game.core.limits import Limit
from game.core.memories import Memory, MemoryKey
from game.core.players import Couple, Player, other
from game.core.session_state import starred_from_json
from game.core.settings import COUPLE_CHOICES, LAPTOP_SETTINGS, with_defaults

from .columns import iso
from .kept_copies import KEPT, WAITING, with_kept

if TYPE_CHECKING:
    from .store import Store

LOCKED_NOTE = "Locked with a passphrase that was not given, so nothing of this couple but their names was exported."


def couple_consent(store: Store, couple_id: int) -> Consent:
    """The couple's agreed limits at the Settings' depth (the couple must be open)."""
    stored = store.settings.read(couple_id).get("limits") or {}
    limits = {seat: Limit.from_json(stored.get(str(seat))) for seat in (0, 1)}
    return Consent.from_settings(with_defaults(store.settings.read(0)), limits)


def export_all(
    store: Store,
    include_private: bool = False,
    decks: Iterable[Deck] = (),
    read: dict[int, dict[MemoryKey, Memory]] | None = None,
    only: int | None = None,
) -> dict[str, Any]:
    """Everything in the store as JSON-friendly data; shared (the default) or everything (`include_private`).

    `decks` are the cards the consent rule judges by, with each couple's kept cards (kept_copies), as in Our
    story: a memory whose card is in none of them is left out of a shared export, since whether it may be shown
    cannot be told. `read`, if given, gets
    each open couple's memories as read (all of them), so the playbook's pass need not read them again.
    `only`: that couple's id, and no other couple is in it, not even by name, nor any of the laptop's own settings
    (the game's Export, made from one couple's Settings); None, every couple and the laptop's settings, a whole-laptop
    backup (the command line).
    """
    decks = list(decks)
    couples = [
        _couple(store, couple, _cards(store, couple.id, decks), include_private, read)
        if store.locks.is_open(couple.id)
        else _locked(couple)
        for couple in store.couples.all()
        if only is None or couple.id == only
    ]
    return {
        "format": EXPORT_FORMAT,
        "version": 1,
        "just_between_us_included": include_private,
        "beyond_agreed_limits_included": include_private,
        "settings": _laptop(store) if only is None else _couples_choices(_laptop(store)),
        "couples": couples,
    }


def _laptop(store: Store) -> dict[str, Any]:
    """The laptop's own settings, without the cards kept for couples locked at the time (kept_copies.WAITING): their
    words wait there, unsealed, only until those couples unlock."""
    return {key: value for key, value in store.settings.read(0).items() if key != WAITING}


def _couples_choices(stored: dict[str, Any]) -> dict[str, Any]:
    """Of the game's settings, only those that are the couple's own choice (see COUPLE_CHOICES): a couple's export
    is theirs, and carries nothing of the laptop's (text size, window size, who played last)."""
    return {key: value for key, value in stored.items() if key in COUPLE_CHOICES}


def left_out_of_shared(store: Store, decks: Iterable[Deck] = (), only: int | None = None) -> LeftOut:
    """How many answers a shared export leaves out, and why (over the couples that are open; `only`: of that couple),
    never whose."""
    decks = list(decks)
    return total(
        left_out(store.memories.all(couple.id), couple_consent(store, couple.id), _cards(store, couple.id, decks))
        for couple in store.couples.all()
        if store.locks.is_open(couple.id) and (only is None or couple.id == only)
    )


def kept_between_us(
    store: Store, couple_id: int, decks: Iterable[Deck] = (), memories: Mapping[MemoryKey, Memory] | None = None
) -> int:
    """How many of the couple's answers a shared export leaves out only for being kept just between them: Our story
    counts them (within the agreed limits), so Our book says so beside its numbers. `memories`: the couple's, if read."""
    consent, cards = couple_consent(store, couple_id), _cards(store, couple_id, decks)
    memories = store.memories.all(couple_id) if memories is None else memories
    return sum(1 for key, memory in memories.items() if memory.private and consent.allows_memory(key, cards))


def _cards(store: Store, couple_id: int, decks: Iterable[Deck]) -> dict[CardKey, Card]:
    """The cards the couple's answers are judged and shown by: the decks, and the cards kept for the couple's answers
    when they left their deck (kept_copies), as Our story reads them; a card back in its deck is the deck's."""
    return {card.key: card for deck in with_kept(store, couple_id, decks) for card in deck.cards}


def _player(player: Player) -> dict[str, Any]:
    return {"seat": player.seat, "name": player.name, "color": player.color, "pronouns": player.pronouns.value}


def _sessions(store: Store, couple_id: int, shown: Callable[[CardKey], bool] | None) -> list[dict[str, Any]]:
    """Every session, with the cards starred in it ("deck/card") that the export may show.

    SQLite picks the stars out of a plain saved state (years of play save hundreds, each a few kilobytes);
    a sealed one (a locked profile) is opened and read whole."""
    out = []
    for sid, mode, started, ended, stars, sealed in store.conn.execute(
        "SELECT id, mode, started_at, ended_at, CASE WHEN json_valid(state) THEN json_extract(state, '$.starred') END, "
        "CASE WHEN json_valid(state) THEN NULL ELSE state END FROM sessions WHERE couple_id = ? ORDER BY id",
        (couple_id,),
    ):
        keys = store.sessions.read_starred(couple_id, sealed) if sealed is not None else starred_from_json(_stars(stars))
        starred = [str(key) for key in keys if shown is None or shown(key)]
        out.append({"id": sid, "mode": mode, "started_at": started, "ended_at": ended, "starred": starred})
    return out


def _stars(extracted: str | None) -> dict[str, Any]:
    """A saved state's stars as `json_extract` gives them (JSON text, or NULL when it has none), as a state holds them."""
    return {"starred": json.loads(extracted)} if extracted is not None else {}


def _locked(couple: Couple) -> dict[str, Any]:
    return {
        "id": couple.id,
        "players": [_player(p) for p in couple.players],
        "locked": True,
        "note": LOCKED_NOTE,
    }


def _couple(
    store: Store, couple: Couple, cards: dict[CardKey, Card], include_private: bool, read: dict[int, dict[MemoryKey, Memory]] | None
) -> dict[str, Any]:
    consent = couple_consent(store, couple.id)
    card_shown = consent.card_rule(cards)
    memories = store.memories.all(couple.id)
    if read is not None:
        read[couple.id] = memories
    hidden = {
        key for key, memory in memories.items() if not include_private and (memory.private or not consent.allows_memory(key, cards))
    }
    memories = {key: memory for key, memory in memories.items() if key not in hidden}
    # Words half typed in play or the studio stay out, as the limits do, and the copies of cards taken out of their
    # decks that Our story shows answers under (game.kept_cards): a question beyond the limits is not to be shared.
    unsaid = ("draft", "studio_draft", "limits", KEPT)
    # Nor is any of the laptop's settings, should one ever be kept under a couple.
    settings = {
        key: value for key, value in store.settings.read(couple.id).items() if key not in unsaid and key not in LAPTOP_SETTINGS
    }
    judged: dict[tuple[str, str], bool] = {}  # years of turns play the same few hundred cards: each judged once

    def turn_shown(turn: dict[str, Any]) -> bool:
        card = (turn["deck_id"], turn["card_id"])
        shown = judged.get(card)
        if shown is None:
            shown = judged[card] = card_shown(CardKey(*card))
        return shown

    turns = [turn for turn in store.sessions.turns(couple.id) if include_private or (turn_shown(turn) and not _holds(turn, hidden))]
    named = {key.card_key for key in memories} | {CardKey(turn["deck_id"], turn["card_id"]) for turn in turns}
    secret = {key.card_key for key in hidden} - named  # cards only a left-out memory would name

    def shown(key: CardKey) -> bool:
        return card_shown(key) and key not in secret

    return {
        "id": couple.id,
        "players": [_player(p) for p in couple.players],
        "settings": settings,
        "agreed_limits": as_json(consent),
        "memories": [
            {
                "owner": key.owner,
                "deck_id": key.deck_id,
                "card_id": key.card_id,
                "just_between_us": memory.private,
                "history": [{"answer": v.answer, "at": iso(v.at)} for v in memory.history],
            }
            for key, memory in sorted(memories.items())
        ],
        "reviews": [
            {
                "memory": {"owner": r.memory.owner, "deck_id": r.memory.deck_id, "card_id": r.memory.card_id},
                "guesser": r.guesser,
                "guess": r.guess,
                "verdict": r.verdict.value,
                "at": iso(r.at),
            }
            for r in store.memories.reviews(couple.id)
            if r.memory not in hidden
        ],
        "turns": turns,
        "cards_seen": [
            {"deck_id": key.deck_id, "card_id": key.card_id, "last_seen": iso(at)}
            for key, at in sorted(store.sessions.recently_seen(couple.id).items())
            if include_private or shown(key)
        ],
        "date_nights": _date_nights(store, couple.id),
        "sessions": _sessions(store, couple.id, None if include_private else shown),
    }


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
            entry["note"] = store.db.keyring.open(couple_id, note) if opened else {"sealed_until_next_date_night": True}
            entry["note_opened_at"] = opened
        out.append(entry)
    return out


def _holds(turn: dict[str, Any], hidden: set[MemoryKey]) -> bool:
    """Whether the turn held, or asked about, a memory the export leaves out: then the whole turn stays out, since
    even a turn with the answer taken out would say which question has a secret answer, and whose it is.

    An ask card's turn (and a changing answer's "still true?") holds its player's answer; a quiz turn asks about the
    other partner's; a both card's or a scenario's turn holds both partners' answers."""
    if not hidden:
        return False
    seat, kind = turn["seat"], turn["kind"]
    owners = (other(seat),) if kind == "quiz" else (0, 1) if kind in ("both", "scenario") else (seat,)
    return any(MemoryKey(owner, turn["deck_id"], turn["card_id"]) in hidden for owner in owners)
