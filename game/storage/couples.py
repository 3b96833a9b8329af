"""Couples and their settings in the store: the two players of each couple, and the game's and each couple's settings.

A couple's settings are sealed at rest when the couple has a passphrase; the game's own (couple 0) never are.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .columns import dump_json, iso
from .database import Database
from .store_trouble import StoreError

# The core is imported by the methods that use it: reading the settings is all the first frame needs.
if TYPE_CHECKING:
    from game.core.players import Couple


class Couples:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, players: Sequence[tuple[str, ...]], now: datetime) -> Couple:
        """Players as (name, colour) or (name, colour, pronouns)."""
        if len(players) != 2:
            raise StoreError("A couple is two players.")
        names = _names(players[0][0], players[1][0])
        with self.db.transaction() as conn:
            couple_id = conn.execute("INSERT INTO couples (created_at) VALUES (?)", (iso(now),)).lastrowid
            assert couple_id is not None
            conn.executemany(
                "INSERT INTO players (couple_id, seat, name, color, pronouns) VALUES (?, ?, ?, ?, ?)",
                [
                    (couple_id, seat, names[seat], player[1], _pronouns(player[2]) if len(player) > 2 else "they")
                    for seat, player in enumerate(players)
                ],
            )
        return self.get(couple_id)

    def get(self, couple_id: int) -> Couple:
        from game.core.players import Couple, Player
        from game.core.pronouns import pronouns_from

        rows = self.db.conn.execute(
            "SELECT seat, name, color, pronouns FROM players WHERE couple_id = ? ORDER BY seat", (couple_id,)
        ).fetchall()
        if len(rows) != 2:
            raise StoreError(f"There is no couple number {couple_id}.")
        first, second = (Player(seat, name, color, pronouns_from(pronouns)) for seat, name, color, pronouns in rows)
        return Couple(couple_id, (first, second))

    def all(self) -> list[Couple]:
        ids = [row[0] for row in self.db.conn.execute("SELECT id FROM couples ORDER BY id")]
        return [self.get(couple_id) for couple_id in ids]

    def set_pronouns(self, couple_id: int, seat: int, pronouns: str) -> None:
        """One of the four choices ('she', 'he', 'they', 'name') or an own set ('own:is:xe/xem/xyr/xyrs/xemself')."""
        text = _pronouns(pronouns)
        with self.db.transaction() as conn:
            conn.execute("UPDATE players SET pronouns = ? WHERE couple_id = ? AND seat = ?", (text, couple_id, seat))

    def rename_player(self, couple_id: int, seat: int, name: str, color: str) -> None:
        """One player's new name and colour; the partner's stay."""
        couple = self.get(couple_id)
        players = [(couple.name(each), couple.player(each).color) for each in (0, 1)]
        players[seat] = (name, color)
        self.rename_players(couple_id, players)

    def rename_players(self, couple_id: int, players: Sequence[tuple[str, str]]) -> None:
        """Both players' names and colours (name, colour), checked together: two partners may swap names."""
        names = _names(players[0][0], players[1][0])
        with self.db.transaction() as conn:
            conn.executemany(
                "UPDATE players SET name = ?, color = ? WHERE couple_id = ? AND seat = ?",
                [(names[seat], color, couple_id, seat) for seat, (_, color) in enumerate(players)],
            )

    def delete(self, couple_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM settings WHERE couple_id = ?", (couple_id,))
            conn.execute("DELETE FROM couples WHERE id = ?", (couple_id,))


def _names(first: str, second: str) -> tuple[str, str]:
    """The two names as kept (see players.couple_names): one that shows nothing, or two that look alike, are refused."""
    from game.core.answers import clean_text
    from game.core.players import NameRefused, couple_names

    try:
        names = couple_names(clean_text(first), clean_text(second))
    except NameRefused as refused:
        said = (
            f"Two names that look the same, {first!r} and {second!r}: the game could not tell the partners apart."
            if refused.same
            else f"A name needs a letter, number or sign that shows; {(first, second)[refused.seat]!r} has none."
        )
        raise StoreError(said) from None
    return names


def _pronouns(text: str) -> str:
    """The text to keep for a pronoun choice, checked: nonsense is refused with a sentence, never stored."""
    from game.core.pronouns import PronounError, parse_pronouns

    try:
        return parse_pronouns(text).value
    except PronounError as error:
        raise StoreError(str(error)) from None


class Settings:
    """Settings by key: the game's own under couple 0, each couple's under its id (sealed when it is locked)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def read(self, couple_id: int = 0) -> dict[str, Any]:
        rows = self.db.conn.execute("SELECT key, value FROM settings WHERE couple_id = ?", (couple_id,))
        if not couple_id:  # the game's own are never sealed (see save): the first frame reads them without the keys
            return {key: json.loads(value) for key, value in rows}
        return {key: json.loads(self.db.keyring.open(couple_id, value)) for key, value in rows}

    def save(self, key: str, value: Any, couple_id: int = 0) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (couple_id, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (couple_id, key) DO UPDATE SET value = excluded.value",
                (couple_id, key, self.db.keyring.seal(couple_id, dump_json(value)) if couple_id else dump_json(value)),
            )
