"""What Our story does to the memory chosen in its list: marks it just between us (P), or forgets it for good (F),
asked twice in words that say nothing brings it back. (Putting it right is a screen of its own: CorrectAnswer.)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from game.core.answers import describe
from game.core.direction import quoted

from ..between_us import NO_LONGER, STAYS
from ..made_before import still_holding
from ..modals import ConfirmScene

if TYPE_CHECKING:
    from game.core.memories import Memory
    from game.core.players import Couple

    from ..list_view import ListView
    from ..scene import UI

#: What forgetting takes, said the first time it is asked.
FORGET_WORDS = "{answer}, every earlier answer to it, its quizzes and the turns that held it go from Kindred for good."
#: Said the second time.
LAST_CHANCE = "Last chance: once it is forgotten, nothing can bring it back."
FORGOTTEN = "Forgotten. It is gone from Kindred for good."
#: Why nothing is forgotten while a round or a date night waits: its saved place (and its undo) may hold the answer.
WAIT_FOR_THE_ROUND = (
    "A round is still open, and its saved place may hold this answer. Finish it, or let it go from Home, then forget this."
)


class Marking(Protocol):
    """What these need of Our story."""

    ui: UI
    couple: Couple
    listing: ListView | None
    shown: list[Memory]

    def reread(self, place: tuple[int, int], again: bool = True) -> None: ...


class MemoryMarks:
    """Our story's acts on the chosen memory, for StoryScene to inherit."""

    def mark_chosen(self: Marking) -> None:
        """The memory chosen in the list, marked just between us (or unmarked)."""
        if self.listing is not None and self.shown:
            MemoryMarks.toggle_private(self, self.listing.selected)

    def how_to_mark(self: Marking, index: int) -> None:
        """A click or Enter on a memory: say which key marks it (a click once did, and a couple may expect it to)."""
        if self.shown[index].private:
            self.ui.toast(f"{STAYS}: P, or the button under the list.")
        else:
            self.ui.toast(
                "P marks it just between us (or the button under the list): from then on it stays out of keepsakes and exports."
            )

    def toggle_private(self: Marking, index: int) -> None:
        memory = self.shown[index]
        self.ui.services.set_private(self.couple, memory.key, not memory.private)
        if memory.private:
            self.ui.toast(f"{NO_LONGER} P marks it again.")
        else:
            held = still_holding(*self.ui.services.made_before_holding(self.couple, memory.key))
            said = "Marked just between us: from now on it stays out of keepsakes and exports."
            self.ui.toast(f"{said}{held} P undoes it.", 10.0 if held else 3.5)
        self.reread((index, self.listing.offset if self.listing is not None else 0))

    def forget_chosen(self: Marking) -> None:
        """The memory chosen in the list, forgotten for good once asked twice; Esc or "Keep it" either time keeps it."""
        if self.listing is None or not self.shown:
            return
        services = self.ui.services
        if services.has_open_session(self.couple) or services.paused_evening(self.couple) is not None:
            self.ui.toast(WAIT_FOR_THE_ROUND, 8.0)
            return
        index, offset = self.listing.selected, self.listing.offset
        memory = self.shown[index]
        cards = {deck.id: deck for deck in self.ui.services.memory_decks(self.couple)}
        deck = cards.get(memory.key.deck_id)
        card = deck.card(memory.key.card_id) if deck is not None else None
        said = describe(card, memory.history[-1].answer) if card is not None else str(memory.history[-1].answer)
        whose = f"{quoted(self.couple.name(memory.key.owner))}'s answer, {quoted(said)}"
        question = self.couple.quiz_text(card, memory.key.owner) if card is not None else ""
        detail = "\n".join(filter(None, [question, FORGET_WORDS.format(answer=whose)]))
        held = still_holding(*self.ui.services.made_before_holding(self.couple, memory.key))

        def forget(yes: bool) -> None:
            if yes and self.ui.services.forget_memory(self.couple, memory.key):
                self.ui.toast(FORGOTTEN)
                self.reread((max(0, min(index, len(self.shown) - 2)), offset))

        def again(yes: bool) -> None:
            if yes:
                last = ConfirmScene(self.ui, "Forget it for good?", "Forget it for good", "Keep it", LAST_CHANCE + held)
                self.ui.push(last, forget)

        self.ui.push(ConfirmScene(self.ui, "Forget this answer?", "Forget it", "Keep it", detail), again)
