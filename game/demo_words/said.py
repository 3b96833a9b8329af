"""One card's words from the sample couple: what each says, and the guesses that come close or miss.

An answer is written "what they said ~ a guess that comes close", the close guess as the partner would
type it in a quiz (so "my" is the guesser's). A card whose answer changes over the year lists its
answers in the order they change; a card that is only revealed, never quizzed, needs no guesses.
"""

from __future__ import annotations

from dataclasses import dataclass

NEAR = " ~ "


@dataclass(frozen=True, slots=True)
class Said:
    """Amara's answers (seat 0), Kofi's (seat 1), and guesses about either of them that miss."""

    amara: tuple[str, ...]
    kofi: tuple[str, ...]
    misses: tuple[str, ...] = ()

    def lines(self, seat: int) -> tuple[tuple[str, str | None], ...]:
        """`seat`'s answers in order, each with the guess that comes close to it (None where none is written)."""
        out: list[tuple[str, str | None]] = []
        for line in (self.amara, self.kofi)[seat]:
            answer, _, near = line.partition(NEAR)
            out.append((answer, near or None))
        return tuple(out)

    def answers(self, seat: int) -> tuple[str, ...]:
        return tuple(answer for answer, _ in self.lines(seat))

    def after(self, seat: int, said: object) -> str:
        """What `seat` says next: their first answer, or the one after `said` (the first again after the last)."""
        answers = self.answers(seat)
        if said not in answers:
            return answers[0]
        return answers[(answers.index(str(said)) + 1) % len(answers)]

    def near(self, seat: int, said: object) -> str:
        """The partner's guess that comes close to `seat`'s answer `said` (the answer itself if none is written)."""
        return next((near for answer, near in self.lines(seat) if answer == said and near), str(said))

    def earlier(self, seat: int, said: object) -> tuple[str, ...]:
        """What `seat` said before `said` on a card whose answer changes: a partner who missed the change guesses these."""
        answers = self.answers(seat)
        return answers[: answers.index(str(said))] if said in answers else ()
