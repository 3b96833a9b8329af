"""What the playbook and promise screens may ask of the world outside the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence

    from game.core.memories import MemoryKey
    from game.core.playbook import Playbook
    from game.core.players import Couple
    from game.core.promises import Outcome, Promise


class PlaybookPort(Protocol):
    def playbooks(self, couple: Couple) -> tuple[Playbook, Playbook]:
        """Both partners' pages, hidden lines kept and marked."""
        ...

    def pages(self, couple: Couple) -> tuple[Sequence[Playbook], list[Promise]]:
        """Both playbooks by seat (as `playbooks`, each built when first asked for) and every promise, from one
        reading of the memories."""
        ...

    def hide_line(self, couple: Couple, key: MemoryKey, hidden: bool) -> None: ...

    def private_choices(self, couple: Couple) -> dict[int, bool]:
        """Each partner's own yes or no to just-between-us answers in the playbook (they come in when both say yes)."""
        ...

    def choose_private(self, couple: Couple, seat: int, include: bool) -> None: ...

    def promises(self, couple: Couple) -> list[Promise]:
        """Every promised small thing, oldest first, with the couple's word on each."""
        ...

    def waiting_promises(self, couple: Couple, date_night: bool = False) -> list[Promise]:
        """The promises to ask "Did it happen?" about now."""
        ...

    def ask_at_start(self, couple: Couple) -> list[Promise]:
        """The promises to ask about when Home first opens for this couple in this run (then not again)."""
        ...

    def answer_promise(self, couple: Couple, promise: Promise, outcome: Outcome) -> None: ...

    def remove_sample(self, couple: Couple) -> bool:
        """Remove a sample couple with everything of theirs (never a real couple); whether it was removed."""
        ...

    def is_sample(self, couple: Couple) -> bool:
        """A sample couple made by `kindred demo` (shown with a badge)."""
        ...
