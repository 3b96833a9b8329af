"""Date nights in the store: the director's state, the sessions that are its segments, the sealed note.

Every director command is saved as it happens, in one transaction with what it did: a sealed
note is written (sealed at rest when the profile has a passphrase), an opened note is marked
opened, an ended evening is closed. The evening's segments are ordinary sessions tagged with
the evening's id, so their turns, memories and quizzes are stored exactly like any other game's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from game.core.cards import CardKey
from game.core.date_night import DateNight
from game.core.date_night_events import EveningEnded, NoteOpened, NoteSealed
from game.core.date_night_state import EveningState, evening_from_json, evening_to_json
from game.core.events import Event
from game.core.session import Session

from .columns import dump_json, from_iso, iso
from .database import Database
from .sessions import OpenSession, Sessions


@dataclass(frozen=True, slots=True)
class OpenEvening:
    id: int
    state: EveningState


@dataclass(frozen=True, slots=True)
class SealedNote:
    """A note written at the close of a date night, to be opened at the next one."""

    date_night_id: int
    text: str
    written_at: datetime


@dataclass(frozen=True, slots=True)
class PastEvening:
    started_at: datetime
    ended_at: datetime
    cards_played: int

    @property
    def minutes(self) -> int:
        return round((self.ended_at - self.started_at).total_seconds() / 60)


class DateNightBook:
    """The couple's date nights, kept in the store's `date_nights` table; their segments are `sessions`."""

    def __init__(self, db: Database, sessions: Sessions) -> None:
        self.db = db
        self.sessions = sessions

    def start(self, couple_id: int, evening: DateNight, now: datetime) -> int:
        with self.db.transaction() as conn:
            row_id = conn.execute(
                "INSERT INTO date_nights (couple_id, state, started_at, updated_at) VALUES (?, ?, ?, ?)",
                (couple_id, self.db.keyring.seal(couple_id, dump_json(evening_to_json(evening.state))), iso(now), iso(now)),
            ).lastrowid
        assert row_id is not None
        return row_id

    def record(self, couple_id: int, date_night_id: int, evening: DateNight, events: Sequence[Event], now: datetime) -> None:
        """Persist one director command: the evening's new state and what the command did, all or nothing."""
        keyring = self.db.keyring
        with self.db.transaction() as conn:
            for event in events:
                match event:
                    case NoteSealed(text=text):
                        conn.execute("UPDATE date_nights SET note = ? WHERE id = ?", (keyring.seal(couple_id, text), date_night_id))
                    case NoteOpened():
                        conn.execute(
                            "UPDATE date_nights SET note_opened_at = ? WHERE couple_id = ? AND id < ? "
                            "AND note IS NOT NULL AND note_opened_at IS NULL",
                            (iso(now), couple_id, date_night_id),
                        )
            ended = iso(now) if any(isinstance(event, EveningEnded) for event in events) or evening.ended else None
            conn.execute(
                "UPDATE date_nights SET state = ?, updated_at = ?, ended_at = COALESCE(ended_at, ?) WHERE id = ?",
                (keyring.seal(couple_id, dump_json(evening_to_json(evening.state))), iso(now), ended, date_night_id),
            )

    def open_evening(self, couple_id: int) -> OpenEvening | None:
        """The couple's unfinished date night, if there is one."""
        row = self.db.conn.execute(
            "SELECT id, state FROM date_nights WHERE couple_id = ? AND ended_at IS NULL ORDER BY id DESC LIMIT 1",
            (couple_id,),
        ).fetchone()
        if row is None:
            return None
        return OpenEvening(int(row[0]), evening_from_json(json.loads(self.db.keyring.open(couple_id, row[1]))))

    def abandon(self, date_night_id: int, now: datetime) -> None:
        with self.db.transaction() as conn:
            at = iso(now)
            conn.execute("UPDATE date_nights SET ended_at = ? WHERE id = ? AND ended_at IS NULL", (at, date_night_id))
            conn.execute("UPDATE sessions SET ended_at = ? WHERE date_night_id = ? AND ended_at IS NULL", (at, date_night_id))

    # ---- segments --------------------------------------------------------------

    def start_segment(self, couple_id: int, date_night_id: int, session: Session, events: Sequence[Event], now: datetime) -> int:
        return self.sessions.start(couple_id, session, now, events, date_night_id=date_night_id)

    def open_segment(self, couple_id: int, date_night_id: int) -> OpenSession | None:
        """The evening's segment being played, if one is."""
        return self.latest_segment(couple_id, date_night_id, ended=False)

    def latest_segment(self, couple_id: int, date_night_id: int, ended: bool = True) -> OpenSession | None:
        """The evening's newest segment, even one that ended (unless `ended` is False)."""
        open_only = "" if ended else " AND ended_at IS NULL"
        row = self.db.conn.execute(
            f"SELECT id, config, state, deal FROM sessions WHERE date_night_id = ?{open_only} ORDER BY id DESC LIMIT 1",
            (date_night_id,),
        ).fetchone()
        return None if row is None else self.sessions.read_open(couple_id, row)

    # ---- history ------------------------------------------------------------------

    def past(self, couple_id: int) -> list[PastEvening]:
        """Finished date nights, the latest first, with how many cards each one played."""
        rows = self.db.conn.execute(
            "SELECT d.started_at, d.ended_at, (SELECT COUNT(*) FROM turns t JOIN sessions s ON s.id = t.session_id "
            "WHERE s.date_night_id = d.id) FROM date_nights d WHERE d.couple_id = ? AND d.ended_at IS NOT NULL "
            "ORDER BY d.started_at DESC",
            (couple_id,),
        ).fetchall()
        return [PastEvening(from_iso(started), from_iso(ended), int(cards)) for started, ended, cards in rows]

    def recent_cards(self, couple_id: int, since: datetime) -> dict[CardKey, datetime]:
        """Cards played at this couple's date nights since `since`, with when they were last played."""
        rows = self.db.conn.execute(
            "SELECT t.deck_id, t.card_id, MAX(t.at) FROM turns t JOIN sessions s ON s.id = t.session_id "
            "WHERE s.couple_id = ? AND s.date_night_id IS NOT NULL AND t.kind != 'quiz' AND t.at >= ? "
            "GROUP BY t.deck_id, t.card_id",
            (couple_id, iso(since)),
        )
        opened = self.db.keyring.open
        return {CardKey(opened(couple_id, deck_id), opened(couple_id, card_id)): from_iso(at) for deck_id, card_id, at in rows}

    def waiting_note(self, couple_id: int, before: int | None = None) -> SealedNote | None:
        """The newest sealed note not yet opened, from an evening before `before` (or any)."""
        row = self.db.conn.execute(
            "SELECT id, note, updated_at FROM date_nights WHERE couple_id = ? AND note IS NOT NULL "
            "AND note_opened_at IS NULL AND ended_at IS NOT NULL AND id < ? ORDER BY id DESC LIMIT 1",
            (couple_id, before if before is not None else 2**62),
        ).fetchone()
        if row is None:
            return None
        return SealedNote(int(row[0]), self.db.keyring.open(couple_id, row[1]), from_iso(row[2]))
