"""Players and the couple that holds them."""

from __future__ import annotations

from dataclasses import dataclass

SEATS = (0, 1)


def other(seat: int) -> int:
    """The partner's seat."""
    return 1 - seat


@dataclass(frozen=True, slots=True)
class Player:
    seat: int
    name: str
    color: str


@dataclass(frozen=True, slots=True)
class Couple:
    id: int
    players: tuple[Player, Player]

    def player(self, seat: int) -> Player:
        return self.players[seat]

    def partner_of(self, seat: int) -> Player:
        return self.players[other(seat)]

    def name(self, seat: int) -> str:
        return self.players[seat].name
