"""Correct it: a saved answer put right from Our story. A mistake is not a change (see `Memory.corrected`).

The card's question as its owner was asked it, and the answer input for the card's type filled with the
answer saved: the words to mend, the date's day, month and year, the option chosen marked. "Save the
correction" stores it in place, so the story shows no change; Esc goes back with nothing changed.
"""

from __future__ import annotations

from game.core.answers import AnswerError, AnswerValue, answer_fits, current_option, date_parts
from game.core.cards import WHO_VALUES, AnswerType, Card
from game.core.direction import quoted
from game.core.memories import Memory
from game.core.players import Couple, other

from ..answer_input import DATE_DRAFT, build_answer_input, refuse
from ..private_answer import AnswerAloneScene
from ..scene import UI
from ..widgets import Button


def answer_draft(card: Card, answer: AnswerValue) -> str:
    """The saved answer as the card's input takes it back (`build_answer_input(draft=…)`); '' for a pick."""
    kind = card.answer_type
    if kind in (AnswerType.CHOICE, AnswerType.WHO):
        return ""  # the option saved is marked instead (`CorrectAnswerScene.build`)
    if kind is AnswerType.DATE and isinstance(answer, str) and answer_fits(card, answer):
        year, month, day = date_parts(answer)
        return DATE_DRAFT.join((str(day), str(month), str(year) if year else ""))
    return str(answer)  # a date that no longer reads as one goes whole in the day field, as it was said


class CorrectAnswerScene(AnswerAloneScene[Memory | None]):
    """One partner's saved answer, ready to be put right; closes with the memory as it is now, or None on Esc."""

    def __init__(self, ui: UI, couple: Couple, memory: Memory, card: Card) -> None:
        owner = memory.key.owner
        name, partner = quoted(couple.name(owner)), quoted(couple.name(other(owner)))
        # The card's words as the owner was asked them, in their own pronouns.
        text = couple.fill(card.text, owner)
        super().__init__(ui, card, name, partner, couple.player(owner).color, text, draft=answer_draft(card, memory.answer))
        self.couple, self.memory = couple, memory
        self._marked = False  # the option saved has had the focus once (see `refresh`)

    def esc_words(self) -> str:
        return "back, unchanged"

    def heading(self) -> str:
        return f"{self.name}'s answer"

    def question(self) -> str:
        return "Put it right below: a mistake is mended, not kept in your story as a change."

    def short_question(self) -> str:
        """Choices show the one saved marked, and need every line of room for themselves."""
        return "" if self.options() else "Put it right below."

    def layout(self) -> None:
        """Set closer, in fewer words, whenever the answer area would scroll (not only for choices): a long question
        in the largest text would otherwise push "Save the correction" below the card's foot."""
        super().layout()
        if self.scroller.scrolls and not self.tight:
            self.tight = True
            self._place()

    def build(self) -> None:
        self.input = build_answer_input(
            self, self.card, self.save, "Save the correction", draft=self.draft, partner=self.partner, on_empty=self.empty
        )
        for widget in self.options():  # one of a set: the round mark shows the one saved
            widget.chosen = widget is self.saved_option()

    def options(self) -> list[Button]:
        if self.input is None:
            return []
        return [w for w in self.input.widgets if isinstance(w, Button) and w is not self.input.submit]

    def saved_option(self) -> Button | None:
        """The option button of the answer saved (None when the card has no options, or no longer that one)."""
        kind, answer = self.card.answer_type, self.memory.answer
        values = self.card.options if kind is AnswerType.CHOICE else WHO_VALUES if kind is AnswerType.WHO else ()
        options = self.options()
        if kind is AnswerType.CHOICE and isinstance(answer, str):  # a pick made before its option was reworded too
            answer = current_option(self.card, answer) or answer
        if answer in values and len(options) == len(values):
            return options[list(values).index(answer)]
        return None

    def refresh(self, keep_focus: bool = True) -> None:
        super().refresh(keep_focus)
        saved = self.saved_option()
        if not self._marked and saved is not None:  # opened on the option saved, as a field opens on its words
            self._marked = True
            self.focus_on(saved)
            self.reveal_focus()

    def empty(self) -> None:
        """Nothing typed: there is no card to pass here, so the words say what is left to do."""
        if self.input is not None and self.input.field is not None:
            refuse(self, self.input.field, AnswerError("Type the answer as it should be, or press Esc to leave it as it was."))

    def save(self, value: AnswerValue) -> None:
        try:
            memory = self.ui.services.correct_answer(self.couple, self.memory.key, value)
        except AnswerError as error:
            if self.input is not None and self.input.field is not None:
                refuse(self, self.input.field, error)
            else:
                self.ui.toast(str(error))
            return
        self.dismiss(memory)

    def back(self) -> None:
        self.dismiss(None)  # nothing saved, nothing changed
