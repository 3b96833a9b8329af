"""How a session keeps what a couple says: an answer saved as a memory (first, changed, or a promise renewed), and
each memory and quiz schedule it changes noted first, so Undo can give back what was there before."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import fsrs

from .answers import AnswerValue
from .events import AnswerSaved
from .memories import Memory, MemoryKey
from .partner_quiz import QuizBook
from .players import other
from .promises import is_promise
from .session_state import SessionState
from .session_undo import UndoHistory


class MemoryKeeping:
    """The session's part in keeping memories and quiz schedules; the session says when."""

    memories: dict[MemoryKey, Memory]
    quizbook: QuizBook
    state: SessionState
    _history: UndoHistory

    def _remember(self, key: MemoryKey, answer: AnswerValue, now: datetime, private: bool = False) -> AnswerSaved:
        existing = self.memories.get(key)
        if existing is None:
            memory = Memory.first(key, answer, now, private)
        elif is_promise(key.card_key):
            memory = existing.renewed(answer, now)  # promised again, even in the same words: a new promise
        else:
            memory = existing.with_answer(answer, now)
        if private and not memory.private:
            memory = replace(memory, private=True)
        self._put_memory(memory)
        if existing is None:
            self.state.new_memories += 1
            self._put_schedule(key, other(key.owner), fsrs.Card(card_id=0, due=now))
        self.state.made[key] = self.state.turns_started
        return AnswerSaved(memory)

    # ---- bookkeeping for undo ----------------------------------------------

    def _put_memory(self, memory: Memory) -> None:
        self._history.note_memory(memory.key, self.memories.get(memory.key))
        self.memories[memory.key] = memory

    def _note_schedule(self, key: MemoryKey, guesser: int) -> None:
        self._history.note_schedule(key, guesser, self.quizbook.get(key, guesser))

    def _put_schedule(self, key: MemoryKey, guesser: int, card: fsrs.Card) -> None:
        self._note_schedule(key, guesser)
        self.quizbook.put(key, guesser, card)
