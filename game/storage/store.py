"""The SQLite store: couples, settings, sessions, turns, memories, quiz schedules and reviews.

One file in the data folder, in WAL mode: every command is one transaction, so an
answer that was submitted survives the game crashing or being killed. A file SQLite
calls corrupt, and whose integrity check agrees, is set aside (kept, renamed with a
timestamp) and a fresh one starts; the `notice` says so in plain words until it has
been read. A busy, full or read-only file is never set aside (see store_trouble).
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .columns import dump_json, from_iso, iso
from .crypto import CURRENT, KeyRecipe, Keyring, Sealer, derive_key, new_salt
from .file_lock import FileLock, LockHeld
from .kindred_files import LOCK_NAME, broken_copies, owner_only, prepare_data_folder, remove_stale_temporary_files
from .migrations import LATEST, MIGRATIONS
from .paths import DB_NAME
from .store_trouble import BUSY_SECONDS, SQLITE_HEADER, Trouble, confirmed_corrupt, plain_words, trouble_of
from .store_trouble import StoreBusy as StoreBusy
from .store_trouble import StoreError as StoreError

# The core (players, sessions, events, memories, quizzes: frozen dataclasses, fsrs, rapidfuzz) is imported by the
# methods that use it, not here: opening the store and reading the settings is all the first frame needs.
if TYPE_CHECKING:
    from game.core.cards import CardKey, Deck
    from game.core.events import Event
    from game.core.memories import Memory, MemoryKey
    from game.core.partner_quiz import QuizBook, Review
    from game.core.players import Couple
    from game.core.session import Session, SessionConfig, SessionState

SAFETY_CHECKPOINT_PAGES = 20_000
#: How much of a locked couple's rows is sealed (see migrations.V5).
SEALING = 2


#: Seconds to wait after the nth wrong passphrase in a row: 1, 2, 4, 8 … up to a minute.
MAX_UNLOCK_WAIT = 60.0


def unlock_wait(misses: int) -> float:
    return min(MAX_UNLOCK_WAIT, 2.0 ** (misses - 1)) if misses > 0 else 0.0


class UnlockWait(StoreError):
    """A passphrase was tried before the wait after the last wrong one was over; it was not looked at."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"Wait {int(seconds + 0.999)} s before trying the passphrase again.")
        self.seconds = seconds


@dataclass(frozen=True, slots=True)
class OpenSession:
    id: int
    config: SessionConfig
    state: SessionState


_PURGE_PENDING = "INSERT OR REPLACE INTO housekeeping (name, value) VALUES ('purge_pending', 'true')"


class Store:
    def __init__(self, conn: sqlite3.Connection, root: Path, lock: FileLock, notice: str | None) -> None:
        self.conn = conn
        self.root = root
        self._lock = lock
        self.notice = notice
        self.keyring = Keyring(self._has_lock)

    # ---- opening -----------------------------------------------------------

    @classmethod
    def open(cls, root: Path, now: datetime) -> Store:
        """Open (or create) the store in `root`.

        A file is set aside only when SQLite says it is corrupt and its integrity check agrees; a busy one is
        waited for a few seconds; busy, full, read-only or foreign files are left as they were, and StoreError
        says plainly what is wrong.
        """
        path = root / DB_NAME
        try:
            prepare_data_folder(root)
            lock = FileLock(root / LOCK_NAME)
            lock.acquire()
        except LockHeld:
            raise StoreBusy(f"Kindred is already open with the data folder {root}. Close the other window first.") from None
        except OSError as error:
            raise StoreError(plain_words(trouble_of(error), error, path)) from None
        try:
            conn, aside = _open_file(path, now)
            store = cls(conn, root, lock, None)
            store.notice = store._set_aside_notice(*aside) if aside else store._set_aside_notice(None, "")
            remove_stale_temporary_files(root)
            if store._housekeeping("purge_pending") is not None:
                store._purge()  # a passphrase was set or removed, then the game stopped before tidying up
            else:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # nothing an interrupted run wrote stays in the log
            return store
        except BaseException:
            lock.release()
            raise

    # ---- the store's notes to itself -------------------------------------------------------

    def _housekeeping(self, name: str) -> Any:
        row = self.conn.execute("SELECT value FROM housekeeping WHERE name = ?", (name,)).fetchone()
        return None if row is None else json.loads(row[0])

    def _set_aside_notice(self, aside: Path | None, reason: str) -> str | None:
        """What to tell the couple about copies set aside, at every start until they have read it (see dismiss_notice)."""
        seen = set(self._housekeeping("set_aside_seen") or [])
        unseen = [copy for copy in broken_copies(self.root) if copy.name not in seen]
        if aside is not None:
            return (
                f"Kindred couldn't read its saved data ({reason}), so the file was set aside as {aside} "
                "and a fresh start was made. Nothing was deleted."
            )
        if not unseen:
            return None
        if len(unseen) == 1:
            return (
                f"At an earlier start Kindred couldn't read its saved data, so the file was set aside as {unseen[0]} "
                "and a fresh start was made. Nothing was deleted."
            )
        names = ", ".join(copy.name for copy in unseen)
        return (
            f"At earlier starts Kindred couldn't read its saved data, so {len(unseen)} files were set aside in "
            f"{self.root}: {names}. Fresh starts were made. Nothing was deleted."
        )

    def dismiss_notice(self) -> None:
        """The couple has read the notice: copies set aside so far are not mentioned again."""
        names = sorted(copy.name for copy in broken_copies(self.root))
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO housekeeping (name, value) VALUES ('set_aside_seen', ?)", (dump_json(names),))
        self.notice = None

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the data file; cheap when there is little to do. Call when idle."""
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            self._lock.release()

    def close_lock(self, delete: bool) -> None:
        """Let go of the data folder (after an erase, deleting the lock file while still holding it)."""
        if delete:
            self._lock.delete_and_release()
        else:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")  # inside: a COMMIT that fails (a full disk) is rolled back too
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # ---- couples and settings ------------------------------------------------

    def create_couple(self, players: Sequence[tuple[str, ...]], now: datetime) -> Couple:
        """Players as (name, colour) or (name, colour, pronouns)."""
        from game.core.answers import clean_text

        if len(players) != 2:
            raise StoreError("A couple is two players.")
        with self.transaction() as conn:
            couple_id = conn.execute("INSERT INTO couples (created_at) VALUES (?)", (iso(now),)).lastrowid
            assert couple_id is not None
            conn.executemany(
                "INSERT INTO players (couple_id, seat, name, color, pronouns) VALUES (?, ?, ?, ?, ?)",
                [
                    (couple_id, seat, clean_text(player[0]), player[1], player[2] if len(player) > 2 else "they")
                    for seat, player in enumerate(players)
                ],
            )
        return self.couple(couple_id)

    def couple(self, couple_id: int) -> Couple:
        from game.core.players import Couple, Player
        from game.core.pronouns import pronouns_from

        rows = self.conn.execute(
            "SELECT seat, name, color, pronouns FROM players WHERE couple_id = ? ORDER BY seat", (couple_id,)
        ).fetchall()
        if len(rows) != 2:
            raise StoreError(f"There is no couple number {couple_id}.")
        first, second = (Player(seat, name, color, pronouns_from(pronouns)) for seat, name, color, pronouns in rows)
        return Couple(couple_id, (first, second))

    def set_pronouns(self, couple_id: int, seat: int, pronouns: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE players SET pronouns = ? WHERE couple_id = ? AND seat = ?", (pronouns, couple_id, seat))

    def couples(self) -> list[Couple]:
        ids = [row[0] for row in self.conn.execute("SELECT id FROM couples ORDER BY id")]
        return [self.couple(couple_id) for couple_id in ids]

    def rename_player(self, couple_id: int, seat: int, name: str, color: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE players SET name = ?, color = ? WHERE couple_id = ? AND seat = ?", (name, color, couple_id, seat))

    def delete_couple(self, couple_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM settings WHERE couple_id = ?", (couple_id,))
            conn.execute("DELETE FROM couples WHERE id = ?", (couple_id,))

    def settings(self, couple_id: int = 0) -> dict[str, Any]:
        rows = self.conn.execute("SELECT key, value FROM settings WHERE couple_id = ?", (couple_id,))
        return {key: json.loads(self.keyring.open(couple_id, value)) for key, value in rows}

    def save_setting(self, key: str, value: Any, couple_id: int = 0) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (couple_id, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (couple_id, key) DO UPDATE SET value = excluded.value",
                (couple_id, key, self.keyring.seal(couple_id, dump_json(value)) if couple_id else dump_json(value)),
            )

    # ---- the passphrase lock ----------------------------------------------------

    def _has_lock(self, couple_id: int) -> bool:
        return self.conn.execute("SELECT 1 FROM locks WHERE couple_id = ?", (couple_id,)).fetchone() is not None

    def is_locked(self, couple_id: int) -> bool:
        return self.keyring.is_locked(couple_id)

    def is_open(self, couple_id: int) -> bool:
        """Readable now: not locked, or unlocked with its passphrase in this run."""
        return self.keyring.is_open(couple_id)

    def unlock(self, couple_id: int, passphrase: str, now: datetime | None = None) -> bool:
        """Open a locked profile for this run. A wrong passphrase makes the next try wait (kept in the file,
        so going back or restarting does not shorten it); a try during the wait raises UnlockWait unread."""
        now = now or datetime.now(UTC)
        row = self.conn.execute("SELECT salt, check_token, recipe, misses FROM locks WHERE couple_id = ?", (couple_id,)).fetchone()
        if row is None:
            return True
        salt, token, recipe_text, misses = bytes(row[0]), row[1], row[2], int(row[3])
        left = self.unlock_wait(couple_id, now)
        if left > 0:
            raise UnlockWait(left)
        recipe = KeyRecipe.from_text(recipe_text)
        for spelled in recipe.forms(passphrase):
            sealer = Sealer(derive_key(spelled, salt, recipe))
            if sealer.verifies(token):
                break
        else:
            misses += 1
            next_try = iso(now + timedelta(seconds=unlock_wait(misses)))
            self._note_tries("UPDATE locks SET misses = ?, next_try_at = ? WHERE couple_id = ?", (misses, next_try, couple_id))
            return False
        self.keyring.hold(couple_id, sealer)
        if misses:
            self._note_tries("UPDATE locks SET misses = 0, next_try_at = NULL WHERE couple_id = ?", (couple_id,))
        if recipe != CURRENT:
            # Made before passphrases were normalised or before today's cost: sealed again under both. On a full
            # disk it stays as it was (it still opens) and is tried again at the next unlock.
            with suppress(sqlite3.OperationalError):
                self.set_passphrase(couple_id, spelled, now)
        else:
            self._seal_the_rest(couple_id)
        return True

    def _note_tries(self, sql: str, values: tuple[object, ...]) -> None:
        """Keep the count of wrong passphrases; a full disk must not turn a wrong guess into a crash."""
        with suppress(sqlite3.OperationalError), self.transaction() as conn:
            conn.execute(sql, values)

    def unlock_wait(self, couple_id: int, now: datetime) -> float:
        """Seconds before the next passphrase is heard (0 when it may be tried now)."""
        row = self.conn.execute("SELECT misses, next_try_at FROM locks WHERE couple_id = ?", (couple_id,)).fetchone()
        if row is None or row[1] is None:
            return 0.0
        left = (from_iso(row[1]) - now).total_seconds()
        return max(0.0, min(left, unlock_wait(int(row[0]))))  # a clock set back never makes it longer

    def _seal_the_rest(self, couple_id: int) -> None:
        """A lock made before ids, verdicts and marks were sealed: seal them now that the key is here."""
        row = self.conn.execute("SELECT sealing FROM locks WHERE couple_id = ?", (couple_id,)).fetchone()
        if row is None or int(row[0]) >= SEALING:
            return
        with self.transaction() as conn:
            self._reseal(conn, couple_id, self.keyring.sealer(couple_id))
            conn.execute("UPDATE locks SET sealing = ? WHERE couple_id = ?", (SEALING, couple_id))
        self._purge()

    def set_passphrase(self, couple_id: int, passphrase: str, now: datetime) -> None:
        """Lock (or re-lock with a new passphrase): every answer text of the couple is sealed again."""
        if not self.is_open(couple_id):
            raise StoreError("Unlock the profile first.")
        if not passphrase:
            raise StoreError("A passphrase cannot be empty.")
        salt = new_salt()
        new = Sealer.from_passphrase(passphrase, salt, CURRENT)
        with self.transaction() as conn:
            self._reseal(conn, couple_id, new)
            conn.execute(_PURGE_PENDING)
            conn.execute(
                "INSERT OR REPLACE INTO locks (couple_id, salt, check_token, set_at, sealing, recipe) VALUES (?, ?, ?, ?, ?, ?)",
                (couple_id, salt, new.check_token(), iso(now), SEALING, CURRENT.to_text()),
            )
        self.keyring.hold(couple_id, new)
        self._purge()

    def remove_passphrase(self, couple_id: int) -> None:
        """Unlock for good: answer texts are stored plainly again (the profile must be open)."""
        if not self.is_open(couple_id):
            raise StoreError("Unlock the profile first.")
        with self.transaction() as conn:
            self._reseal(conn, couple_id, None)
            conn.execute(_PURGE_PENDING)
            conn.execute("DELETE FROM locks WHERE couple_id = ?", (couple_id,))
        self.keyring.drop(couple_id)
        self._purge()

    _SEALED_COLUMNS = (
        ("memory_versions", "answer", "memory_id IN (SELECT id FROM memories WHERE couple_id = ?)"),
        ("reviews", "guess", "memory_id IN (SELECT id FROM memories WHERE couple_id = ?)"),
        ("reviews", "verdict", "memory_id IN (SELECT id FROM memories WHERE couple_id = ?)"),
        ("turns", "outcome", "session_id IN (SELECT id FROM sessions WHERE couple_id = ?)"),
        ("sessions", "state", "couple_id = ?"),
        ("sessions", "config", "couple_id = ?"),
        ("sessions", "deal", "couple_id = ? AND deal IS NOT NULL"),
        ("settings", "value", "couple_id = ?"),
        ("date_nights", "note", "couple_id = ? AND note IS NOT NULL"),
        ("date_nights", "state", "couple_id = ?"),
    )
    # Looked up by value: sealed with `seal_fixed`, so that equal ids stay equal.
    _FIXED_COLUMNS = (
        ("memories", "deck_id", "couple_id = ?"),
        ("memories", "card_id", "couple_id = ?"),
        ("turns", "deck_id", "session_id IN (SELECT id FROM sessions WHERE couple_id = ?)"),
        ("turns", "card_id", "session_id IN (SELECT id FROM sessions WHERE couple_id = ?)"),
        ("cards_seen", "deck_id", "couple_id = ?"),
        ("cards_seen", "card_id", "couple_id = ?"),
    )

    def _reseal(self, conn: sqlite3.Connection, couple_id: int, sealer: Sealer | None) -> None:
        """Seal every sealable value of the couple with `sealer` (None: store them plainly)."""
        plain: Callable[[str], str] = lambda text: text  # noqa: E731
        for columns, seal in (
            (self._SEALED_COLUMNS, sealer.seal if sealer else plain),
            (self._FIXED_COLUMNS, sealer.seal_fixed if sealer else plain),
        ):
            for table, column, where in columns:
                rows = conn.execute(f"SELECT rowid, {column} FROM {table} WHERE {where}", (couple_id,)).fetchall()
                conn.executemany(
                    f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                    [(seal(self.keyring.open(couple_id, value)), rowid) for rowid, value in rows],
                )
        rows = conn.execute("SELECT id, private FROM memories WHERE couple_id = ?", (couple_id,)).fetchall()
        conn.executemany(
            "UPDATE memories SET private = ? WHERE id = ?",
            [
                (
                    sealer.seal(str(int(self.keyring.marked(couple_id, mark))))
                    if sealer
                    else int(self.keyring.marked(couple_id, mark)),
                    row,
                )
                for row, mark in rows
            ],
        )

    def _purge(self) -> None:
        """Leave no old, readable copy in the write-ahead log or free pages.

        Re-sealing marks the store `purge_pending` in its own transaction; a game stopped before this finished
        does it at its next start (see `open`).
        """
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.execute("VACUUM")
        self.conn.execute("DELETE FROM housekeeping WHERE name = 'purge_pending'")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # ---- memories and quizzes ------------------------------------------------

    def memories(self, couple_id: int) -> dict[MemoryKey, Memory]:
        from game.core.memories import Memory, MemoryKey, MemoryVersion

        versions: dict[int, list[MemoryVersion]] = {}
        for memory_id, answer, at in self.conn.execute(
            "SELECT v.memory_id, v.answer, v.at FROM memory_versions v JOIN memories m ON m.id = v.memory_id "
            "WHERE m.couple_id = ? ORDER BY v.memory_id, v.seq",
            (couple_id,),
        ):
            versions.setdefault(memory_id, []).append(MemoryVersion(json.loads(self.keyring.open(couple_id, answer)), from_iso(at)))
        out: dict[MemoryKey, Memory] = {}
        for memory_id, owner, deck_id, card_id, private in self.conn.execute(
            "SELECT id, owner, deck_id, card_id, private FROM memories WHERE couple_id = ?", (couple_id,)
        ):
            history = versions.get(memory_id)
            if history:
                key = MemoryKey(owner, self.keyring.open(couple_id, deck_id), self.keyring.open(couple_id, card_id))
                out[key] = Memory(key, tuple(history), self.keyring.marked(couple_id, private))
        return out

    def quizbook(self, couple_id: int) -> QuizBook:
        import fsrs

        from game.core.memories import MemoryKey
        from game.core.partner_quiz import QuizBook

        book = QuizBook()
        for owner, deck_id, card_id, guesser, card in self.conn.execute(
            "SELECT m.owner, m.deck_id, m.card_id, s.guesser, s.card FROM schedules s "
            "JOIN memories m ON m.id = s.memory_id WHERE m.couple_id = ?",
            (couple_id,),
        ):
            key = MemoryKey(owner, self.keyring.open(couple_id, deck_id), self.keyring.open(couple_id, card_id))
            book.put(key, guesser, fsrs.Card.from_dict(json.loads(card)))
        return book

    def due_counts(self, couple_id: int, now: datetime, rested_by: datetime | None = None) -> dict[int, int]:
        """How many memories each partner is due to be quizzed on, counted in SQL (no schedule is parsed).

        With `rested_by`, only memories last given or changed by then count (a fresh answer rests first).
        """
        counts = {0: 0, 1: 0}
        rested = " AND (SELECT MAX(v.at) FROM memory_versions v WHERE v.memory_id = m.id) <= ?" if rested_by else ""
        for guesser, count in self.conn.execute(
            "SELECT s.guesser, COUNT(*) FROM schedules s JOIN memories m ON m.id = s.memory_id "
            f"WHERE m.couple_id = ? AND s.due <= ?{rested} GROUP BY s.guesser",
            (couple_id, iso(now), *((iso(rested_by),) if rested_by else ())),
        ):
            counts[int(guesser)] = int(count)
        return counts

    def reviews(self, couple_id: int) -> list[Review]:
        from game.core.answers import Verdict
        from game.core.memories import MemoryKey
        from game.core.partner_quiz import Review

        return [
            Review(
                MemoryKey(owner, self.keyring.open(couple_id, deck_id), self.keyring.open(couple_id, card_id)),
                guesser,
                json.loads(self.keyring.open(couple_id, guess)),
                Verdict(self.keyring.open(couple_id, verdict)),
                from_iso(at),
            )
            for owner, deck_id, card_id, guesser, guess, verdict, at in self.conn.execute(
                "SELECT m.owner, m.deck_id, m.card_id, r.guesser, r.guess, r.verdict, r.at FROM reviews r "
                "JOIN memories m ON m.id = r.memory_id WHERE m.couple_id = ? ORDER BY r.at, r.id",
                (couple_id,),
            )
        ]

    def recently_seen(self, couple_id: int) -> dict[CardKey, datetime]:
        from game.core.cards import CardKey

        rows = self.conn.execute("SELECT deck_id, card_id, last_seen FROM cards_seen WHERE couple_id = ?", (couple_id,))
        return {
            CardKey(self.keyring.open(couple_id, deck_id), self.keyring.open(couple_id, card_id)): from_iso(at)
            for deck_id, card_id, at in rows
        }

    def set_memory_private(self, couple_id: int, key: MemoryKey, private: bool) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE memories SET private = ? WHERE couple_id = ? AND owner = ? AND deck_id = ? AND card_id = ?",
                (
                    self.keyring.mark(couple_id, private),
                    couple_id,
                    key.owner,
                    self.keyring.seal_fixed(couple_id, key.deck_id),
                    self.keyring.seal_fixed(couple_id, key.card_id),
                ),
            )

    # ---- sessions --------------------------------------------------------------

    def start_session(
        self, couple_id: int, session: Session, now: datetime, events: Iterable[Event] = (), date_night_id: int | None = None
    ) -> int:
        """Save a new session (and what its first command produced) in one transaction.

        A date night's segments are sessions too; `date_night_id` says which evening one belongs to.
        """
        from game.core.session_state import config_to_json

        with self.transaction() as conn:
            session_id = conn.execute(
                "INSERT INTO sessions (couple_id, mode, config, state, started_at, updated_at, date_night_id, deal) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    couple_id,
                    session.config.mode.value,
                    self.keyring.seal(couple_id, dump_json(config_to_json(session.config))),
                    self._state_text(couple_id, session),
                    iso(now),
                    iso(now),
                    date_night_id,
                    self.keyring.seal(couple_id, dump_json(session.to_json()["deal"])),
                ),
            ).lastrowid
            assert session_id is not None
            self._apply(conn, couple_id, session_id, session, list(events), now)
        return session_id

    def record(self, couple_id: int, session_id: int, session: Session, events: Sequence[Event], now: datetime) -> None:
        """Persist one command: its effects and the session's new state, all or nothing."""
        with self.transaction() as conn:
            self._apply(conn, couple_id, session_id, session, events, now)

    def open_session(self, couple_id: int) -> OpenSession | None:
        """The couple's unfinished session, if there is one (a date night's segments are resumed with their evening)."""
        row = self.conn.execute(
            "SELECT id, config, state, deal FROM sessions WHERE couple_id = ? AND ended_at IS NULL AND date_night_id IS NULL "
            "ORDER BY id DESC LIMIT 1",
            (couple_id,),
        ).fetchone()
        if row is None:
            return None
        session_id, config, state, deal = row
        return OpenSession(session_id, self.session_config(couple_id, config), self.session_state(couple_id, state, deal))

    def session_config(self, couple_id: int, config: str) -> SessionConfig:
        from game.core.session_state import config_from_json

        return config_from_json(json.loads(self.keyring.open(couple_id, config)))

    def session_state(self, couple_id: int, state: str, deal: str | None) -> SessionState:
        """A saved session's state, its deal (kept apart, written once) put back in."""
        from game.core.session_state import state_from_json

        data = json.loads(self.keyring.open(couple_id, state))
        if deal is not None:
            data["deal"] = json.loads(self.keyring.open(couple_id, deal))
        return state_from_json(data)

    def _state_text(self, couple_id: int, session: Session) -> str:
        """The session state as saved after each command: everything but the deal."""
        data = session.to_json()
        data.pop("deal", None)
        return self.keyring.seal(couple_id, dump_json(data))

    def abandon_session(self, session_id: int, now: datetime) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", (iso(now), session_id))

    def turns(self, couple_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT t.session_id, t.number, t.seat, t.kind, t.deck_id, t.card_id, t.outcome, t.at FROM turns t "
            "JOIN sessions s ON s.id = t.session_id WHERE s.couple_id = ? ORDER BY t.at, t.session_id, t.number",
            (couple_id,),
        )
        names = ("session", "number", "seat", "kind", "deck_id", "card_id", "outcome", "at")
        return [
            {
                **dict(zip(names, row, strict=True)),
                "deck_id": self.keyring.open(couple_id, row[4]),
                "card_id": self.keyring.open(couple_id, row[5]),
                "outcome": json.loads(self.keyring.open(couple_id, row[6])),
            }
            for row in rows
        ]

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
        )
        from game.core.session import Phase

        touched: dict[MemoryKey, None] = {}
        for event in events:
            match event:
                case AnswerSaved(memory=memory) | MemoryUpdated(memory=memory):
                    touched[memory.key] = None
                case MemoryRestored(key=key) | ScheduleRestored(key=key):
                    touched[key] = None
                case QuizJudged(review=review):
                    touched[review.memory] = None
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
                            self.keyring.seal_fixed(couple_id, record.card.deck_id),
                            self.keyring.seal_fixed(couple_id, record.card.card_id),
                            record.memory.owner if record.memory else None,
                            self.keyring.seal(couple_id, dump_json(record.outcome)),
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
            self._write_memory(conn, couple_id, key, session.memories.get(key), session.quizbook)
        for event in events:
            match event:
                case QuizJudged(review=review):
                    self._insert_review(conn, couple_id, review)
                case ReviewRemoved(review=review):
                    conn.execute(
                        "DELETE FROM reviews WHERE memory_id = ? AND guesser = ? AND at = ?",
                        (self._memory_id(conn, couple_id, review.memory), review.guesser, iso(review.at)),
                    )
        ended = iso(now) if session.state.phase is Phase.ENDED else None
        conn.execute(
            "UPDATE sessions SET state = ?, updated_at = ?, ended_at = ? WHERE id = ?",
            (self._state_text(couple_id, session), iso(now), ended, session_id),
        )

    def _seen(self, conn: sqlite3.Connection, couple_id: int, card: CardKey, at: datetime) -> None:
        conn.execute(
            "INSERT INTO cards_seen (couple_id, deck_id, card_id, last_seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (couple_id, deck_id, card_id) DO UPDATE SET last_seen = excluded.last_seen, times = times + 1",
            (
                couple_id,
                self.keyring.seal_fixed(couple_id, card.deck_id),
                self.keyring.seal_fixed(couple_id, card.card_id),
                iso(at),
            ),
        )

    def _memory_id(self, conn: sqlite3.Connection, couple_id: int, key: MemoryKey) -> int | None:
        row = conn.execute(
            "SELECT id FROM memories WHERE couple_id = ? AND owner = ? AND deck_id = ? AND card_id = ?",
            (
                couple_id,
                key.owner,
                self.keyring.seal_fixed(couple_id, key.deck_id),
                self.keyring.seal_fixed(couple_id, key.card_id),
            ),
        ).fetchone()
        return None if row is None else int(row[0])

    def _write_memory(
        self, conn: sqlite3.Connection, couple_id: int, key: MemoryKey, memory: Memory | None, book: QuizBook
    ) -> None:
        from game.core.players import other

        memory_id = self._memory_id(conn, couple_id, key)
        if memory is None:
            if memory_id is not None:
                conn.execute("DELETE FROM memories WHERE id = ?", (memory_id,))
            return
        if memory_id is None:
            cursor = conn.execute(
                "INSERT INTO memories (couple_id, owner, deck_id, card_id, private) VALUES (?, ?, ?, ?, ?)",
                (
                    couple_id,
                    key.owner,
                    self.keyring.seal_fixed(couple_id, key.deck_id),
                    self.keyring.seal_fixed(couple_id, key.card_id),
                    self.keyring.mark(couple_id, memory.private),
                ),
            )
            memory_id = cursor.lastrowid
        elif memory.private:  # marked with its answer, in the same transaction; a save never unmarks
            conn.execute("UPDATE memories SET private = ? WHERE id = ?", (self.keyring.mark(couple_id, True), memory_id))
        stored = conn.execute("SELECT COUNT(*) FROM memory_versions WHERE memory_id = ?", (memory_id,)).fetchone()[0]
        if stored > len(memory.history):
            conn.execute("DELETE FROM memory_versions WHERE memory_id = ? AND seq >= ?", (memory_id, len(memory.history)))
        conn.executemany(
            "INSERT OR REPLACE INTO memory_versions (memory_id, seq, answer, at) VALUES (?, ?, ?, ?)",
            [
                (memory_id, seq, self.keyring.seal(couple_id, dump_json(v.answer)), iso(v.at))
                for seq, v in enumerate(memory.history)
                if seq >= stored - 1
            ],
        )
        guesser = other(key.owner)
        card = book.get(key, guesser)
        if card is None:
            conn.execute("DELETE FROM schedules WHERE memory_id = ? AND guesser = ?", (memory_id, guesser))
        else:
            conn.execute(
                "INSERT OR REPLACE INTO schedules (memory_id, guesser, card, due) VALUES (?, ?, ?, ?)",
                (memory_id, guesser, dump_json(card.to_dict()), iso(card.due)),
            )

    def _insert_review(self, conn: sqlite3.Connection, couple_id: int, review: Review) -> None:
        conn.execute(
            "INSERT INTO reviews (memory_id, guesser, guess, verdict, at) VALUES (?, ?, ?, ?, ?)",
            (
                self._memory_id(conn, couple_id, review.memory),
                review.guesser,
                self.keyring.seal(couple_id, dump_json(review.guess)),
                self.keyring.seal(couple_id, review.verdict.value),
                iso(review.at),
            ),
        )

    # ---- everything at once ----------------------------------------------------

    def export_all(self, include_private: bool = False, decks: Iterable[Deck] = ()) -> dict[str, Any]:
        """Everything in the store as JSON-friendly data (see game.storage.store_export)."""
        from .store_export import export_all

        return export_all(self, include_private, decks)

    def erase_all(self) -> None:
        """Delete every couple, answer and setting, and rewrite the file so nothing lingers on disk."""
        with self.transaction() as conn:
            for table in ("reviews", "schedules", "memory_versions", "memories", "turns", "sessions", "cards_seen"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM players")
            conn.execute("DELETE FROM couples")
            conn.execute("DELETE FROM settings")
            conn.execute("DELETE FROM housekeeping")
        self.keyring.forget_all()
        self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _connect(path: Path) -> sqlite3.Connection:
    """Open and check the store file, migrating it to the latest schema."""
    if path.exists():
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
        if head and head != SQLITE_HEADER:
            raise sqlite3.DatabaseError("file is not a database")
        for needed in (path, path.parent):  # before SQLite makes a -wal and -shm it could not tidy away
            if not _may_write(needed):
                raise PermissionError(errno.EACCES, "read-only", str(needed))
    else:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    if os.name == "posix":
        owner_only(path)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=1.0)
    try:
        version = _known_version(conn)  # before anything writes, so that a newer store is left as it was
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: a committed transaction survives the game being killed at any moment (kill -9 included);
        # only an operating-system crash or power cut could lose the last moments. FULL would add an fsync per
        # answer (milliseconds on ordinary disks) for that rare case.
        conn.execute("PRAGMA synchronous = NORMAL")
        # The write-ahead log is folded into the file when the game is idle (see `checkpoint`), not in the
        # middle of saving an answer; the limit below is only a safety net for a game that is never idle.
        conn.execute(f"PRAGMA wal_autocheckpoint = {SAFETY_CHECKPOINT_PAGES}")
        conn.execute("PRAGMA secure_delete = ON")  # deleted or replaced text is overwritten, not left in free pages
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 2000")
        _try_writing(conn, version)
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {check}")
        _migrate(conn, version)
    except BaseException:
        conn.close()
        raise
    return conn


def _open_file(path: Path, now: datetime) -> tuple[sqlite3.Connection, tuple[Path, str] | None]:
    """Connect, waiting a little while another program holds the file; set it aside only when truly corrupt."""
    import time

    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            return _connect(path), None
        except StoreError:
            raise
        except (sqlite3.Error, OSError) as error:
            trouble = trouble_of(error)
            if trouble is Trouble.BUSY and time.monotonic() < deadline:
                time.sleep(0.2)
                continue
            if trouble is Trouble.CORRUPT and confirmed_corrupt(path):
                aside = _set_aside(path, now)
                return _connect(path), (aside, str(error))
            raise StoreError(plain_words(trouble, error, path)) from None


def _may_write(path: Path) -> bool:
    if os.access in os.supports_effective_ids:
        return os.access(path, os.W_OK, effective_ids=True)
    return os.access(path, os.W_OK)


def _try_writing(conn: sqlite3.Connection, version: int) -> None:
    """A file SQLite could open only for reading says so now, not when the first answer is saved."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.execute("ROLLBACK")


def _known_version(conn: sqlite3.Connection) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > LATEST:
        raise StoreError(
            f"This data was saved by a newer Kindred (store version {version}; this one knows {LATEST}). "
            "Update the game to open it; nothing was changed."
        )
    return version


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    for step in range(version, LATEST):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _set_aside(path: Path, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside
