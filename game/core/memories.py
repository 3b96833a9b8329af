"""Memories: remembered answers, keyed by whose answer it is and deck id + card id.

A memory keeps its history: "that's changed" adds a version, it never overwrites. A mistake is not a
change: "Correct it" in Our story puts the current answer right where it stands (`Memory.corrected`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from .answers import AnswerValue
from .cards import CardKey


@dataclass(frozen=True, slots=True, order=True)
class MemoryKey:
    owner: int
    deck_id: str
    card_id: str

    @property
    def card_key(self) -> CardKey:
        return CardKey(self.deck_id, self.card_id)

    def __str__(self) -> str:
        return f"{self.owner}:{self.deck_id}/{self.card_id}"


@dataclass(frozen=True, slots=True)
class MemoryVersion:
    answer: AnswerValue
    at: datetime


@dataclass(frozen=True, slots=True)
class Memory:
    key: MemoryKey
    history: tuple[MemoryVersion, ...]
    private: bool = False

    @property
    def answer(self) -> AnswerValue:
        return self.history[-1].answer

    @property
    def created_at(self) -> datetime:
        return self.history[0].at

    @property
    def updated_at(self) -> datetime:
        return self.history[-1].at

    def with_answer(self, answer: AnswerValue, at: datetime) -> Memory:
        """This memory with a new current answer; an unchanged answer adds no version."""
        return self if answer == self.answer else self.renewed(answer, at)

    def renewed(self, answer: AnswerValue, at: datetime) -> Memory:
        """This memory answered again at `at`: a new version even in the same words (a promise made again)."""
        return replace(self, history=(*self.history, MemoryVersion(answer, at)))

    def confirmed(self, at: datetime) -> Memory:
        """Still true, checked at `at`: a version with the same answer, so the history shows when it was last true."""
        return self.renewed(self.answer, at)

    def corrected(self, answer: AnswerValue) -> Memory:
        """This memory with its current answer put right: a mistake, not a change, so no version is added.

        The latest version takes `answer`, keeping its time stamp, and so do the versions just before it that
        hold the same answer (checks that it was still true, a promise made again in the same words): they
        were the same mistake, and the story shows no change for it. The drift never grows; it shrinks by
        one when the corrected answer is the one the answer before the mistake was. The same answer: this
        memory as it is.
        """
        if answer == self.answer:
            return self
        start = len(self.history) - 1
        while start > 0 and self.history[start - 1].answer == self.answer:
            start -= 1
        kept = self.history[:start]
        return replace(self, history=(*kept, *(replace(version, answer=answer) for version in self.history[start:])))

    def drift(self) -> tuple[MemoryVersion, ...]:
        """The versions where the answer changed (a check that it was still true adds none)."""
        out: list[MemoryVersion] = []
        for version in self.history:
            if not out or out[-1].answer != version.answer:
                out.append(version)
        return tuple(out)

    @classmethod
    def first(cls, key: MemoryKey, answer: AnswerValue, at: datetime, private: bool = False) -> Memory:
        return cls(key, (MemoryVersion(answer, at),), private)
