"""Sessions in the store: each game's settings and state, its turns, and the cards each couple has seen.

Every command of a session is saved in one transaction with everything it did (`record`): turns,
memories, schedules and reviews are written from the command's events, and the session's state
after it. A date night's segments are sessions too, tagged with their evening's id.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .columns import dump_json, from_iso, iso
from .database import Database
from .memories import Memories

# The core is imported by the methods that use it: the first frame needs none of it.
if TYPE_CHECKING:
    from game.core.cards import CardKey
    from game.core.events import Event
    from game.core.memories import MemoryKey
    from game.core.session import Session
    from game.core.session_state import SessionConfig, SessionState


@dataclass(frozen=True, slots=True)
class OpenSession:
    id: int
    config: SessionConfig
    state: SessionState
    #: Its last undo steps, kept with its state (see game.core.undo_kept); None when none were kept.
    undo: dict[str, Any] | None = None


class Sessions:
    def __init__(self, db: Database, memories: Memories) -> None:
        self.db = db
        self.memories = memories

    def start(
        self, couple_id: int, session: Session, now: datetime, events: Iterable[Event] = (), date_night_id: int | None = None
    ) -> int:
        """Save a new session (and what its first command produced) in one transaction.

        A date night's segments are sessions too; `date_night_id` says which evening one belongs to.
        """
        from game.core.session_state import config_to_json

        keyring = self.db.keyring
        with self.db.transaction() as conn:
            session_id = conn.execute(
                "INSERT INTO sessions (couple_id, mode, config, state, started_at, updated_at, date_night_id, deal) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    couple_id,
                    session.config.mode.value,
                    keyring.seal(couple_id, dump_json(config_to_json(session.config))),
                    self._state_text(couple_id, session),
                    iso(now),
                    iso(now),
                    date_night_id,
                    keyring.seal(couple_id, dump_json(session.to_json()["deal"])),
                ),
            ).lastrowid
            assert session_id is not None
            self._apply(conn, couple_id, session_id, session, list(events), now)
        return session_id

    def record(self, couple_id: int, session_id: int, session: Session, events: Sequence[Event], now: datetime) -> None:
        """Persist one command: its effects and the session's new state, all or nothing."""
        with self.db.transaction() as conn:
            self._apply(conn, couple_id, session_id, session, events, now)

    def unfinished(self, couple_id: int) -> OpenSession | None:
        """The couple's unfinished session, if there is one (a date night's segments are resumed with their evening)."""
        row = self.db.conn.execute(
            "SELECT id, config, state, deal FROM sessions WHERE couple_id = ? AND ended_at IS NULL AND date_night_id IS NULL "
            "ORDER BY id DESC LIMIT 1",
            (couple_id,),
        ).fetchone()
        return None if row is None else self.read_open(couple_id, row)

    def read_open(self, couple_id: int, row: tuple[int, str, str, str | None]) -> OpenSession:
        """A saved session from its (id, config, state, deal) columns, with the undo steps kept beside its state."""
        from game.core.session_state import state_from_json

        session_id, config, state, deal = row
        data = json.loads(self.db.keyring.open(couple_id, state))
        if deal is not None:
            data["deal"] = json.loads(self.db.keyring.open(couple_id, deal))
        return OpenSession(session_id, self.read_config(couple_id, config), state_from_json(data), data.get("undo"))

    def any_begun(self, couple_id: int) -> bool:
        """Whether the couple has begun any session, finished or not (a round, Quiz me, a date night's part)."""
        return self.db.conn.execute("SELECT 1 FROM sessions WHERE couple_id = ? LIMIT 1", (couple_id,)).fetchone() is not None

    def played_since(self, couple_id: int, session_id: int) -> bool:
        """Whether the couple played on in another session (a round, a date night's part) after this one's last step."""
        row = self.db.conn.execute(
            "SELECT 1 FROM sessions WHERE couple_id = ? AND id != ? AND updated_at > "
            "(SELECT updated_at FROM sessions WHERE id = ?) LIMIT 1",
            (couple_id, session_id, session_id),
        ).fetchone()
        return row is not None

    def read_config(self, couple_id: int, config: str) -> SessionConfig:
        """A saved session's settings, from its `config` column."""
        from game.core.session_state import config_from_json

        return config_from_json(json.loads(self.db.keyring.open(couple_id, config)))

    def read_starred(self, couple_id: int, state: str) -> list[CardKey]:
        """The cards starred in a saved session, as `read_open` gives them, without rebuilding the rest (nor its deal)."""
        from game.core.session_state import starred_from_json

        return starred_from_json(json.loads(self.db.keyring.open(couple_id, state)))

    def _state_text(self, couple_id: int, session: Session) -> str:
        """The session state as saved after each command, its last undo steps with it: everything but the deal."""
        data = session.to_json()
        data.pop("deal", None)
        return self.db.keyring.seal(couple_id, dump_json(data))

    def abandon(self, session_id: int, now: datetime) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", (iso(now), session_id))

    def turns(self, couple_id: int, kinds: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        """Every turn the couple played, oldest first (`kinds`: only the turns of those kinds, e.g. ("scenario",))."""
        opened = self.db.keyring.open
        rows = self.db.conn.execute(
            "SELECT t.session_id, t.number, t.seat, t.kind, t.deck_id, t.card_id, t.outcome, t.at FROM turns t "
            f"JOIN sessions s ON s.id = t.session_id WHERE s.couple_id = ?"
            f"{' AND t.kind IN (' + ', '.join('?' * len(kinds)) + ')' if kinds else ''} "
            "ORDER BY t.at, t.session_id, t.number",
            (couple_id, *kinds),
        )
        names = ("session", "number", "seat", "kind", "deck_id", "card_id", "outcome", "at")
        return [
            {
                **dict(zip(names, row, strict=True)),
                "deck_id": opened(couple_id, row[4]),
                "card_id": opened(couple_id, row[5]),
                "outcome": json.loads(opened(couple_id, row[6])),
            }
            for row in rows
        ]

    def recently_seen(self, couple_id: int) -> dict[CardKey, datetime]:
        """When each card was last dealt to the couple (played or passed, in any session)."""
        from game.core.cards import CardKey

        opened = self.db.keyring.open
        rows = self.db.conn.execute("SELECT deck_id, card_id, last_seen FROM cards_seen WHERE couple_id = ?", (couple_id,))
        return {CardKey(opened(couple_id, deck_id), opened(couple_id, card_id)): from_iso(at) for deck_id, card_id, at in rows}

    # ---- applying events -----------------------------------------------------

    def _apply(
        self,
        conn: sqlite3.Connection,
        couple_id: int,
        session_id: int,
        session: Session,
        events: Sequence[Event],
        now: datetime,
    ) -> None:
        from game.core.events import (
            AnswerSaved,
            CardPassed,
            MemoryRestored,
            MemoryUpdated,
            QuizJudged,
            ReviewRemoved,
            ScheduleRestored,
            TurnCompleted,
            TurnRecordRemoved,
            VerdictChanged,
        )
        from game.core.session import Phase

        keyring = self.db.keyring
        touched: dict[MemoryKey, None] = {}
        for event in events:
            match event:
                case AnswerSaved(memory=memory) | MemoryUpdated(memory=memory):
                    touched[memory.key] = None
                case MemoryRestored(key=key) | ScheduleRestored(key=key):
                    touched[key] = None
                case QuizJudged(review=review):
                    touched[review.memory] = None
                case VerdictChanged(memory=key):
                    touched[key] = None
                case TurnCompleted(record=record):
                    conn.execute(
                        "INSERT OR REPLACE INTO turns "
                        "(session_id, number, seat, kind, deck_id, card_id, memory_owner, outcome, at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            session_id,
                            record.number,
                            record.seat,
                            record.kind,
                            keyring.seal_fixed(couple_id, record.card.deck_id),
                            keyring.seal_fixed(couple_id, record.card.card_id),
                            record.memory.owner if record.memory else None,
                            keyring.seal(couple_id, dump_json(record.outcome)),
                            iso(record.at),
                        ),
                    )
                    if record.memory is None:
                        self._seen(conn, couple_id, record.card, record.at)
                case CardPassed(card=card):
                    self._seen(conn, couple_id, card, now)
                case TurnRecordRemoved(number=number):
                    conn.execute("DELETE FROM turns WHERE session_id = ? AND number = ?", (session_id, number))
        # Memories and schedules are written as the session now holds them, so undo needs no special case.
        for key in touched:
            self.memories.write(conn, couple_id, key, session.memories.get(key), session.quizbook)
        for event in events:
            match event:
                case QuizJudged(review=review):
                    self.memories.add_review(conn, couple_id, review)
                case ReviewRemoved(review=review):
                    self.memories.remove_review(conn, couple_id, review)
                case VerdictChanged(memory=key, guesser=guesser, verdict=verdict):
                    self.memories.rejudge_review(conn, couple_id, key, guesser, verdict)
        ended = iso(now) if session.state.phase is Phase.ENDED else None
        conn.execute(
            "UPDATE sessions SET state = ?, updated_at = ?, ended_at = ? WHERE id = ?",
            (self._state_text(couple_id, session), iso(now), ended, session_id),
        )

    def _seen(self, conn: sqlite3.Connection, couple_id: int, card: CardKey, at: datetime) -> None:
        keyring = self.db.keyring
        conn.execute(
            "INSERT INTO cards_seen (couple_id, deck_id, card_id, last_seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (couple_id, deck_id, card_id) DO UPDATE SET last_seen = excluded.last_seen, times = times + 1",
            (couple_id, keyring.seal_fixed(couple_id, card.deck_id), keyring.seal_fixed(couple_id, card.card_id), iso(at)),
        )
