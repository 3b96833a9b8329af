"""A check-in behind the curtain: the owner of an answer that may have changed sees it alone.

A changing answer gone stale ("your go-to café order") is checked with its owner before the partner is
quizzed on it. The partner is about to be asked that very thing, so the old answer is never on the shared
screen: the play screen hands the laptop over, the partner looks away, and only here is the answer shown.
"Still true" or "That's changed" close it; "That's changed" then asks for what is true now, still alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.answers import AnswerError, AnswerValue, describe
from game.core.cards import Card
from game.core.direction import quoted
from game.core.events import VerdictChanged
from game.core.players import Couple, other
from game.core.session import Phase, Session
from game.core.session_commands import ChangedSince, SessionCommand, StillTrue, UpdateMemory

from ..answer_input import build_answer_input, refuse
from ..modals import CurtainScene
from ..private_answer import AnswerAloneScene
from ..routes import ChangedAnswer, CheckIn
from ..scene import UI
from ..widgets import Button

if TYPE_CHECKING:
    from game.core.events import Event

#: What a check-in closes with: the old answer still holds, or it has changed (None: handed back, nothing said).
STILL_TRUE, CHANGED = "still true", "changed"
#: "That's changed" saved with nothing typed: what this screen offers instead ("or pass the card" named no button).
NOTHING_TYPED = "Type what's true now, or press Esc to leave the old answer as it is."


class CheckInScene(AnswerAloneScene[str | None]):
    """The owner alone with their old answer; closes with STILL_TRUE, CHANGED, or None when handed back."""

    hints = [("Tab", "move"), ("Enter", "choose"), ("1", "still true"), ("C", "that's changed"), ("Esc", "hand back")]

    def __init__(self, ui: UI, card: Card, name: str, partner: str, color: str, text: str, said: str) -> None:
        super().__init__(ui, card, name, partner, color, text)
        self.said = said

    def question(self) -> str:
        return f"Still true? Your answer was: {quoted(self.said)}"

    def build(self) -> None:
        self.add(Button("Still true", lambda: self.dismiss(STILL_TRUE), kind="primary", hotkey="1"))
        self.add(Button("That's changed", lambda: self.dismiss(CHANGED), hotkey="c"))

    def layout(self) -> None:
        super().layout()
        t = self.ui.theme
        inner = self.box.inflate(-t.px(80), 0)
        y = self.answers_top()
        for widget in self.widgets:
            wide = self.ui.text.measure(widget.label, t.style("button")) + t.px(60)
            widget.rect = pygame.Rect(inner.left, y, min(inner.width, max(t.px(440), wide)), t.px(54))
            widget.rect.height = widget.fit_height(self.ui, 54)
            y += widget.rect.height + t.px(14)

    def back(self) -> None:
        self.dismiss(None)


class ChangedAnswerScene(AnswerAloneScene[AnswerValue | None]):
    """'That's changed': the owner types the new answer; the old one stays in the history."""

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        hints = [("Enter", "save"), ("Esc", "cancel")]
        return self.input.said(hints, self.focused()) if self.input else hints  # a date's day and month: Enter moves on

    def build(self) -> None:
        self.input = build_answer_input(
            self, self.card, self.dismiss, submit_label="Save the new answer", on_empty=self.nothing_typed
        )

    def nothing_typed(self) -> None:
        """Saved empty: say what this screen offers (there is no Pass here, only the new answer or Esc)."""
        if self.input is not None and self.input.field is not None:
            refuse(self, self.input.field, AnswerError(NOTHING_TYPED))

    def question(self) -> str:
        return f"{self.name}, what's true now? The old answer is kept in your story."

    def back(self) -> None:
        self.dismiss(None)


class CheckInSteps:
    """The play scene's part in a check-in and in "That's changed": the owner is asked alone, the answer saved."""

    ui: UI
    session: Session
    couple: Couple

    if TYPE_CHECKING:

        def name(self, seat: int) -> str: ...

        def card(self) -> Card | None: ...

        def run(self, command: SessionCommand) -> list[Event]: ...

    def changed_to(self, value: AnswerValue | None) -> None:
        """The owner typed what is true now: a stale answer checked, or a memory changed mid-quiz."""
        if value is None:
            return
        if self.session.phase is Phase.CHECK:
            if self.run(ChangedSince(value)):
                self.ui.toast("Updated. The old answer stays in your story.")
            return
        turn = self.session.current
        if turn is not None and turn.memory is not None:
            events = self.run(UpdateMemory(turn.memory, value))
            if any(isinstance(event, VerdictChanged) for event in events):  # the guess, judged against it again
                guesser = self.name(turn.seat)
                self.ui.toast(f"Updated, and {guesser}'s guess judged again. The old answer stays in your story.")
            elif events:
                self.ui.toast("Updated. The old answer stays in your story.")

    def changed(self) -> None:
        card = self.card()
        turn = self.session.current
        if card is None or turn is None or turn.memory is None:
            return
        owner = turn.memory.owner
        color, text = self.couple.player(owner).color, self.couple.fill(card.text, owner)  # in the owner's own pronouns
        self.ui.push(ChangedAnswer(card, self.name(owner), self.name(other(owner)), color, text), self.changed_to)

    def check_in(self) -> None:
        """A stale answer is checked with its owner alone: the partner looks away, as for a private answer."""
        turn = self.session.current
        if turn is None or turn.memory is None:
            return
        owner = turn.memory.owner
        purpose = "A quick check-in on one of your answers, for you alone."
        curtain = CurtainScene(self.ui, self.name(owner), self.name(other(owner)), purpose)
        self.ui.push(curtain, self.checking)

    def checking(self, ready: bool) -> None:
        """The owner is at the laptop: their old answer, for them alone."""
        card, turn = self.card(), self.session.current
        if not ready or card is None or turn is None or turn.memory is None:
            return
        memory = self.session.memories.get(turn.memory)
        if memory is None:
            return
        owner = turn.memory.owner
        color, text = self.couple.player(owner).color, self.couple.fill(card.text, owner)
        said = describe(card, memory.answer)
        self.ui.push(CheckIn(card, self.name(owner), self.name(other(owner)), color, text, said), self.checked)

    def checked(self, result: str | None) -> None:
        if result == STILL_TRUE:
            self.run(StillTrue())
        elif result == CHANGED:
            self.changed()  # what is true now is typed still alone
