"""A session whose every command is saved in the store as it happens.

Below the services and the date night that make these: it needs of them only the store, the clock
and the saves that wait out a full disk (`SessionKeeper`), so it imports neither.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from game.core.events import Event
    from game.core.players import Couple
    from game.core.session import Session
    from game.core.session_commands import SessionCommand
    from game.pending_saves import PendingSaves
    from game.storage.store import Store


class SessionKeeper(Protocol):
    """What a stored session needs from the services that made it."""

    store: Store
    saves: PendingSaves

    def now(self) -> datetime: ...


class StoredSession:
    """A session whose every command is saved in the store as it happens."""

    def __init__(self, services: SessionKeeper, couple: Couple, session_id: int | None, session: Session) -> None:
        self.services = services
        self.couple = couple
        self.session_id = session_id
        self.session = session

    def run(self, command: SessionCommand) -> list[Event]:
        now = self.services.now()
        events = self.session.apply(command, now)
        # Written from the session as it is when the save goes through: on a full disk it waits in memory.
        self.services.saves.save(lambda: self._record(events, now))
        return events

    def _record(self, events: list[Event], now: datetime) -> None:
        assert self.session_id is not None, "saved after the session's start, which sets it"
        self.services.store.sessions.record(self.couple.id, self.session_id, self.session, events, now)
