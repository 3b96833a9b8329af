"""What the window asks about the playbook and the promises, answered from the store (see playbook_store)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, overload

from game.core.memories import MemoryKey
from game.core.playbook import Playbook
from game.core.players import Couple
from game.core.promises import Outcome, Promise, waiting
from game.storage import playbook_store
from game.stored_session import SessionKeeper

if TYPE_CHECKING:
    from game.core.cards import Deck


class PlaybookKeeper(SessionKeeper, Protocol):
    """What the playbook needs from the services that hold it (the services themselves, in the game)."""

    def decks(self) -> list[Deck]: ...


class Pages(Sequence[Playbook]):
    """The two partners' playbooks by seat, each built the first time it is asked for."""

    def __init__(self, build: Callable[[int], Playbook]) -> None:
        self._build = build
        self._built: dict[int, Playbook] = {}

    @overload
    def __getitem__(self, seat: int) -> Playbook: ...

    @overload
    def __getitem__(self, seat: slice) -> Sequence[Playbook]: ...

    def __getitem__(self, seat: int | slice) -> Playbook | Sequence[Playbook]:
        if isinstance(seat, slice):
            return [self[index] for index in range(2)[seat]]
        seat = range(2)[seat]  # an IndexError past the two
        if seat not in self._built:
            self._built[seat] = self._build(seat)
        return self._built[seat]

    def __len__(self) -> int:
        return 2


class PlaybookServices:
    def __init__(self, services: PlaybookKeeper) -> None:
        self.services = services
        self.store = services.store
        self._asked_at_start: set[int] = set()

    def playbooks(self, couple: Couple) -> tuple[Playbook, Playbook]:
        """Both pages as the window shows them: hidden lines kept, marked, so they can be shown again."""
        return playbook_store.playbooks(self.store, couple, self.services.decks(), self.services.now(), keep_hidden=True)

    def pages(self, couple: Couple) -> tuple[Pages, list[Promise]]:
        """Both playbooks (as `playbooks`) and every promise, from one reading of the memories. The window shows
        one page at a time: each playbook is built when it is first shown."""
        memories = self.store.memories.all(couple.id)
        build = playbook_store.playbook_builder(
            self.store, couple, self.services.decks(), self.services.now(), keep_hidden=True, memories=memories
        )
        return Pages(build), playbook_store.promises(self.store, couple.id, memories)

    def hide_line(self, couple: Couple, key: MemoryKey, hidden: bool) -> None:
        now = self.services.now()
        self.services.saves.save(lambda: playbook_store.set_line_hidden(self.store, couple.id, key, hidden, now))

    def private_choices(self, couple: Couple) -> dict[int, bool]:
        return playbook_store.private_choices(self.store, couple.id)

    def choose_private(self, couple: Couple, seat: int, include: bool) -> None:
        playbook_store.set_private_choice(self.store, couple.id, seat, include)

    def promises(self, couple: Couple) -> list[Promise]:
        return playbook_store.promises(self.store, couple.id)

    def waiting_promises(self, couple: Couple, date_night: bool = False) -> list[Promise]:
        return waiting(playbook_store.newest_promises(self.store, couple.id), self.services.now(), date_night=date_night)

    def forget(self, couple_id: int) -> None:
        """An erased couple's number may be a new couple's: they are asked at their start too."""
        self._asked_at_start.discard(couple_id)

    def ask_at_start(self, couple: Couple) -> list[Promise]:
        """The promises to ask about when Home first opens for this couple in this run (then not again)."""
        if couple.id in self._asked_at_start:
            return []
        self._asked_at_start.add(couple.id)
        return self.waiting_promises(couple)

    def answer_promise(self, couple: Couple, promise: Promise, outcome: Outcome) -> None:
        now = self.services.now()
        self.services.saves.save(lambda: playbook_store.answer_promise(self.store, couple.id, promise, outcome, now))

    def remove_sample(self, couple: Couple) -> bool:
        """Remove a sample couple made by `kindred demo`, with everything of theirs; a real couple is never removed here."""
        if not self.is_sample(couple):
            return False
        self.store.couples.delete(couple.id)
        return True

    def is_sample(self, couple: Couple) -> bool:
        from game.sample_couples import is_sample

        return is_sample(self.store, couple)
