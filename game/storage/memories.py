"""Memories in the store: each partner's answers with their history, the quiz schedules, and the reviews.

A session's command writes here through `write`, `add_review` and `remove_review`, inside the
transaction that saves the command (see game.storage.sessions); reading gives the core's own values.
Outside a session, Our story marks a memory just between us (`set_private`), puts a mistaken answer
right (`correct`) and forgets one for good (`forget`), each in its own transaction.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from .columns import dump_json, from_iso, iso
from .database import Database

# The core (memories, quizzes, fsrs) is imported by the methods that use it: the first frame needs none of it.
if TYPE_CHECKING:
    from game.core.answers import Verdict
    from game.core.memories import Memory, MemoryKey
    from game.core.partner_quiz import QuizBook, Review


class Memories:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading ------------------------------------------------------------------------

    def all(self, couple_id: int) -> dict[MemoryKey, Memory]:
        from game.core.memories import Memory, MemoryKey, MemoryVersion

        opened = self.db.keyring.open
        versions: dict[int, list[MemoryVersion]] = {}
        for memory_id, answer, at in self.db.conn.execute(
            "SELECT v.memory_id, v.answer, v.at FROM memory_versions v JOIN memories m ON m.id = v.memory_id "
            "WHERE m.couple_id = ? ORDER BY v.memory_id, v.seq",
            (couple_id,),
        ):
            versions.setdefault(memory_id, []).append(MemoryVersion(json.loads(opened(couple_id, answer)), from_iso(at)))
        out: dict[MemoryKey, Memory] = {}
        for memory_id, owner, deck_id, card_id, private in self.db.conn.execute(
            "SELECT id, owner, deck_id, card_id, private FROM memories WHERE couple_id = ?", (couple_id,)
        ):
            history = versions.get(memory_id)
            if history:
                key = MemoryKey(owner, opened(couple_id, deck_id), opened(couple_id, card_id))
                out[key] = Memory(key, tuple(history), self.db.keyring.marked(couple_id, private))
        return out

    def quizbook(self, couple_id: int) -> QuizBook:
        import fsrs

        from game.core.memories import MemoryKey
        from game.core.partner_quiz import QuizBook

        opened = self.db.keyring.open
        book = QuizBook()
        for owner, deck_id, card_id, guesser, card in self.db.conn.execute(
            "SELECT m.owner, m.deck_id, m.card_id, s.guesser, s.card FROM schedules s "
            "JOIN memories m ON m.id = s.memory_id WHERE m.couple_id = ?",
            (couple_id,),
        ):
            key = MemoryKey(owner, opened(couple_id, deck_id), opened(couple_id, card_id))
            book.put(key, guesser, fsrs.Card.from_dict(json.loads(card)))
        return book

    def any(self, couple_id: int) -> bool:
        """Whether the couple has saved any answer to quiz on (a memory with a schedule)."""
        found = self.db.conn.execute(
            "SELECT 1 FROM schedules s JOIN memories m ON m.id = s.memory_id WHERE m.couple_id = ? LIMIT 1", (couple_id,)
        ).fetchone()
        return found is not None

    def due(self, couple_id: int, now: datetime) -> tuple[dict[MemoryKey, Memory], QuizBook]:
        """The memories due for a quiz at `now`, each with its latest answer only, and their schedules: all that the
        count of a quiz round's questions reads of them (game.core.turn_order.questions_due), without reading every
        answer ever given. Home counts this just after its first frame, after years of play."""
        return self._latest(couple_id, now)

    def latest(self, couple_id: int) -> tuple[dict[MemoryKey, Memory], QuizBook]:
        """Every memory with its latest answer only, and every schedule: what says when a quiz round will first have
        something to ask (game.core.turn_order.first_asked_at)."""
        return self._latest(couple_id, None)

    def _latest(self, couple_id: int, due_by: datetime | None) -> tuple[dict[MemoryKey, Memory], QuizBook]:
        import fsrs

        from game.core.memories import Memory, MemoryKey, MemoryVersion
        from game.core.partner_quiz import QuizBook

        opened = self.db.keyring.open
        memories: dict[MemoryKey, Memory] = {}
        book = QuizBook()
        due = "" if due_by is None else "AND s.due <= ? "  # (written out, so a due count keeps the index on due)
        for owner, deck_id, card_id, private, guesser, card, answer, at in self.db.conn.execute(
            "SELECT m.owner, m.deck_id, m.card_id, m.private, s.guesser, s.card, v.answer, v.at "
            "FROM schedules s JOIN memories m ON m.id = s.memory_id JOIN memory_versions v ON v.memory_id = s.memory_id "
            f"WHERE m.couple_id = ? {due}"
            "AND v.seq = (SELECT MAX(seq) FROM memory_versions WHERE memory_id = s.memory_id)",
            (couple_id,) if due_by is None else (couple_id, iso(due_by)),
        ):
            key = MemoryKey(owner, opened(couple_id, deck_id), opened(couple_id, card_id))
            latest = MemoryVersion(json.loads(opened(couple_id, answer)), from_iso(at))
            memories[key] = Memory(key, (latest,), self.db.keyring.marked(couple_id, private))
            book.put(key, guesser, fsrs.Card.from_dict(json.loads(card)))
        return memories, book

    def reviews(self, couple_id: int) -> list[Review]:
        from game.core.answers import Verdict
        from game.core.memories import MemoryKey
        from game.core.partner_quiz import Review

        opened = self.db.keyring.open
        return [
            Review(
                MemoryKey(owner, opened(couple_id, deck_id), opened(couple_id, card_id)),
                guesser,
                json.loads(opened(couple_id, guess)),
                Verdict(opened(couple_id, verdict)),
                from_iso(at),
            )
            for owner, deck_id, card_id, guesser, guess, verdict, at in self.db.conn.execute(
                "SELECT m.owner, m.deck_id, m.card_id, r.guesser, r.guess, r.verdict, r.at FROM reviews r "
                "JOIN memories m ON m.id = r.memory_id WHERE m.couple_id = ? ORDER BY r.at, r.id",
                (couple_id,),
            )
        ]

    def set_private(self, couple_id: int, key: MemoryKey, private: bool) -> None:
        keyring = self.db.keyring
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE memories SET private = ? WHERE couple_id = ? AND owner = ? AND deck_id = ? AND card_id = ?",
                (
                    keyring.mark(couple_id, private),
                    couple_id,
                    key.owner,
                    keyring.seal_fixed(couple_id, key.deck_id),
                    keyring.seal_fixed(couple_id, key.card_id),
                ),
            )

    def correct(self, couple_id: int, memory: Memory) -> None:
        """Store a memory whose answers were put right (`Memory.corrected`): its versions' answers, sealed like
        any other, with their time stamps; the quiz schedule is left as it is."""
        keyring = self.db.keyring
        with self.db.transaction() as conn:
            memory_id = self.memory_id(conn, couple_id, memory.key)
            if memory_id is None:
                raise KeyError(f"no memory {memory.key} to correct")
            stored = conn.execute("SELECT COUNT(*) FROM memory_versions WHERE memory_id = ?", (memory_id,)).fetchone()[0]
            if stored != len(memory.history):
                raise ValueError(f"memory {memory.key} has {stored} versions stored, not {len(memory.history)}")
            conn.executemany(
                "UPDATE memory_versions SET answer = ?, at = ? WHERE memory_id = ? AND seq = ?",
                [
                    (keyring.seal(couple_id, dump_json(version.answer)), iso(version.at), memory_id, seq)
                    for seq, version in enumerate(memory.history)
                ],
            )

    def forget(self, couple_id: int, key: MemoryKey) -> bool:
        """Forget one answer for good, in one transaction: the memory with every version of it, its quiz schedule and
        every quiz on it; each turn that held it (a quiz on it, or the turn it was said in; from a card both answered,
        only its owner's half, since the partner's answer is theirs); a playbook line hidden for it, and the word kept
        on each small thing it promised. False when there was no such memory."""
        keyring = self.db.keyring
        with self.db.transaction() as conn:
            memory_id = self.memory_id(conn, couple_id, key)
            if memory_id is None:
                return False
            made = [at for (at,) in conn.execute("SELECT at FROM memory_versions WHERE memory_id = ?", (memory_id,))]
            conn.execute("DELETE FROM memories WHERE id = ?", (memory_id,))  # its versions, schedules and reviews go with it
            turns = conn.execute(
                "SELECT t.session_id, t.number, t.seat, t.kind, t.outcome FROM turns t "
                "JOIN sessions s ON s.id = t.session_id WHERE s.couple_id = ? AND t.deck_id = ? AND t.card_id = ?",
                (couple_id, keyring.seal_fixed(couple_id, key.deck_id), keyring.seal_fixed(couple_id, key.card_id)),
            ).fetchall()
            for session_id, number, seat, kind, sealed in turns:
                outcome = json.loads(keyring.open(couple_id, sealed))
                answers = outcome.get("answers") if isinstance(outcome, dict) else None
                if kind in ("both", "scenario") and isinstance(answers, dict):
                    answers.pop(str(key.owner), None)
                    conn.execute(
                        "UPDATE turns SET outcome = ? WHERE session_id = ? AND number = ?",
                        (keyring.seal(couple_id, dump_json(outcome)), session_id, number),
                    )
                elif (1 - seat if kind == "quiz" else seat) == key.owner:  # a quiz asks the partner; else the owner says it
                    conn.execute("DELETE FROM turns WHERE session_id = ? AND number = ?", (session_id, number))
            conn.execute(
                "DELETE FROM playbook_hidden WHERE couple_id = ? AND line = ?", (couple_id, keyring.seal_fixed(couple_id, str(key)))
            )
            conn.executemany(
                "DELETE FROM promise_outcomes WHERE couple_id = ? AND owner = ? AND made_at = ?",
                [(couple_id, key.owner, at) for at in made],
            )
        return True

    # ---- writing, inside a session's transaction ------------------------------------------

    def memory_id(self, conn: sqlite3.Connection, couple_id: int, key: MemoryKey) -> int | None:
        keyring = self.db.keyring
        row = conn.execute(
            "SELECT id FROM memories WHERE couple_id = ? AND owner = ? AND deck_id = ? AND card_id = ?",
            (couple_id, key.owner, keyring.seal_fixed(couple_id, key.deck_id), keyring.seal_fixed(couple_id, key.card_id)),
        ).fetchone()
        return None if row is None else int(row[0])

    def write(self, conn: sqlite3.Connection, couple_id: int, key: MemoryKey, memory: Memory | None, book: QuizBook) -> None:
        """Write one memory and its schedule as the session holds them (None: the memory is gone)."""
        from game.core.players import other

        keyring = self.db.keyring
        memory_id = self.memory_id(conn, couple_id, key)
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
                    keyring.seal_fixed(couple_id, key.deck_id),
                    keyring.seal_fixed(couple_id, key.card_id),
                    keyring.mark(couple_id, memory.private),
                ),
            )
            memory_id = cursor.lastrowid
        elif memory.private:  # marked with its answer, in the same transaction; a save never unmarks
            conn.execute("UPDATE memories SET private = ? WHERE id = ?", (keyring.mark(couple_id, True), memory_id))
        stored = conn.execute("SELECT COUNT(*) FROM memory_versions WHERE memory_id = ?", (memory_id,)).fetchone()[0]
        if stored > len(memory.history):
            conn.execute("DELETE FROM memory_versions WHERE memory_id = ? AND seq >= ?", (memory_id, len(memory.history)))
        conn.executemany(
            "INSERT OR REPLACE INTO memory_versions (memory_id, seq, answer, at) VALUES (?, ?, ?, ?)",
            [
                (memory_id, seq, keyring.seal(couple_id, dump_json(v.answer)), iso(v.at))
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

    def add_review(self, conn: sqlite3.Connection, couple_id: int, review: Review) -> None:
        keyring = self.db.keyring
        conn.execute(
            "INSERT INTO reviews (memory_id, guesser, guess, verdict, at) VALUES (?, ?, ?, ?, ?)",
            (
                self.memory_id(conn, couple_id, review.memory),
                review.guesser,
                keyring.seal(couple_id, dump_json(review.guess)),
                keyring.seal(couple_id, review.verdict.value),
                iso(review.at),
            ),
        )

    def remove_review(self, conn: sqlite3.Connection, couple_id: int, review: Review) -> None:
        conn.execute(
            "DELETE FROM reviews WHERE memory_id = ? AND guesser = ? AND at = ?",
            (self.memory_id(conn, couple_id, review.memory), review.guesser, iso(review.at)),
        )

    def rejudge_review(self, conn: sqlite3.Connection, couple_id: int, key: MemoryKey, guesser: int, verdict: Verdict) -> None:
        """The latest review of `key` by `guesser` now reads `verdict` (judged again after "That's changed")."""
        conn.execute(
            "UPDATE reviews SET verdict = ? WHERE id = (SELECT id FROM reviews WHERE memory_id = ? AND guesser = ? "
            "ORDER BY at DESC, id DESC LIMIT 1)",
            (self.db.keyring.seal(couple_id, verdict.value), self.memory_id(conn, couple_id, key), guesser),
        )
