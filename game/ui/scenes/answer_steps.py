"""The play scene's part in an answer said on a card: saved (just between us when asked), a guess locked in, or a
talk with no note, which keeps nothing to quiz later and says so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.core.answers import AnswerValue
from game.core.cards import AnswerType
from game.core.events import Event
from game.core.memories import MemoryKey
from game.core.players import Couple
from game.core.session import Session
from game.core.session_commands import Answer, Guess, SessionCommand, Talked

from ..between_us import unmark_saved
from ..scene import UI
from .play_view import answers_a_private_memory


class AnswerSteps:
    """What the play scene does with an answer once it is given; the scene builds the controls that give it."""

    ui: UI
    session: Session
    couple: Couple
    _private: dict[str, bool]  # "just between us", per answer step (see draft_key)
    talked_told: bool  # why a talk is not quizzed is said the first time in a round, then only that it is saved

    if TYPE_CHECKING:

        def run(self, command: SessionCommand) -> list[Event]: ...

        def draft_key(self) -> str: ...

    def talked(self) -> None:
        """Said aloud and that's enough: the turn is done, nothing is kept to quiz later (and the screen says so)."""
        kept = "no note" if self.session.current_card().answer_type is AnswerType.TEXT else "no answer saved"
        if self.run(Talked()):
            why = "" if self.talked_told else f" With {kept} there's nothing to quiz later, and that's fine."
            self.ui.toast("Saved as talked about." + why)
            self.talked_told = True

    def guess(self, value: AnswerValue) -> None:
        self.run(Guess(value))

    @property
    def keep_private(self) -> bool:
        """ "Just between us" belongs to one answer (the next starts off; Undo gives it back as it was). A memory
        already just between us shows On: saving keeps the mark, or, switched off, unmarks it (between_us)."""
        return self._private.get(self.draft_key(), answers_a_private_memory(self.session))

    def set_keep_private(self, value: bool) -> None:
        self._private[self.draft_key()] = value

    def save_answer(self, value: AnswerValue) -> None:
        """Save the active player's answer, marked just between us if they asked (or unmarked): saved at once."""
        turn, card = self.session.current, self.session.current_card()
        unmark = turn is not None and not self.keep_private and answers_a_private_memory(self.session)
        if self.run(Answer(value, private=self.keep_private)) and unmark and turn is not None:
            unmark_saved(self.ui, self.couple, self.session, MemoryKey(turn.seat, card.deck_id, card.id))
