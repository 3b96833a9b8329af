"""A part of the evening being played: the ordinary play scene, at date night's slower pace and with its clock.

Turns, the curtain, private answers, quiz judging, stars, passes and undo are PlayScene's own.
What changes: after each finished or passed turn the director is asked whether this part's time
is up (never mid-answer), or whether it begins again within limits changed while it was played; when
the segment's session ends, the scene returns it to the evening instead of showing a summary;
"End session" becomes "Move on".
"""

from __future__ import annotations

import pygame

from game.core.date_night import DateNight
from game.core.date_night_commands import TurnFinished
from game.core.date_night_events import SegmentTimeUp, SegmentToBeginAgain
from game.core.date_night_state import StepKind
from game.core.direction import PDI
from game.core.events import CardPassed, Event, SessionEnded, TurnCompleted
from game.core.quote_marks import in_quotes
from game.core.round_end import after_part, last_turn, more_after_this, part_time_up
from game.core.session_commands import End

from ..date_night_view import SLOWER, DateNightLook, arc_top, draw_arc, minutes_left, segment_title
from ..modals import ConfirmScene
from ..scene import UI, ResultScene
from ..services import EveningHandle, SessionHandle
from .play import PlayScene
from .play_view import FINISH_PART, SEE_HOW, next_turn_words

#: U pressed at the first card of a part, after cards of the evening were played: Undo works within a part.
EARLIER_PARTS_KEPT = "Undo works within this part of the evening; what came before is saved."


def named(part: str) -> str:
    """A part's name inside a sentence: quoted, and as the evening names it, capital and all ("Each other's back")."""
    return in_quotes(part)


def asked(question: str) -> str:
    """A question that may end in a quoted name already asking one ("How well do you know me?"): one mark, not two."""
    return question if question.rstrip("”’" + PDI).endswith("?") else f"{question}?"


def after_part_words(evening: DateNight) -> str:
    """The last card's button: where the evening goes once this part ends (the next part, the break, the note for
    next time, or the evening's closing screen)."""
    step = after_part(evening)
    if step is None:
        return SEE_HOW
    if step.kind is StepKind.CARDS:
        return f"Next: {segment_title(step.segment, evening.state.max_level)}"
    if step.kind is StepKind.BREAK:
        return "Next: a short break"
    return "Next: a note for next time" if step.kind is StepKind.SEAL_NOTE else "Next: the rest of the evening"


class DateNightPlayScene(DateNightLook, PlayScene, ResultScene[SessionHandle | None]):
    """Closes with the segment's handle once its session ended, or None when the couple went home."""

    def __init__(self, ui: UI, handle: SessionHandle, evening: EveningHandle, resumed: bool = False) -> None:
        super().__init__(ui, handle, resumed=resumed)
        self.evening = evening
        self.clock_words = minutes_left(evening.evening, ui)
        #: The part's time was up at the last look: its last card says what comes next (see `next_words`).
        self.time_was_up = part_time_up(evening.evening, ui.services.now())
        #: This part's name, kept: once its last card is passed the evening has moved on to the next.
        self.part_name = self.segment_name

    @property
    def segment_name(self) -> str:
        step = self.evening.evening.step
        return segment_title(step.segment, self.evening.evening.state.max_level) if step else "this part"

    def react(self, events: list[Event]) -> None:
        if any(isinstance(event, SessionEnded) for event in events):
            self.ui.sound.play("chime")
            self.dismiss(self.stored)
            return
        done = any(isinstance(event, (TurnCompleted, CardPassed)) for event in events)
        finished = self.evening.run(TurnFinished()) if done else []  # between turns only, never mid-answer
        if any(isinstance(event, SegmentTimeUp) for event in finished):
            self.ui.toast(f"That was the last card of {named(self.segment_name)} — time to move on.")
            self.run(End())
            return
        if any(isinstance(event, SegmentToBeginAgain) for event in finished):
            self.evening.begin_again(self.stored)  # the limits changed while it waited: the rest is dealt within them
            self.dismiss(self.stored)
            return
        super().react(events)

    def shorter_words(self, ended: bool) -> str:
        """A card passed in a part with no other card to take its place (the closing ritual has only its own)."""
        part = named(self.part_name)
        return f"Passed. {part} has no other card to take its place, so it " + ("ends here." if ended else "is a card shorter.")

    def nothing_to_undo(self) -> str:
        """Each part of the evening is a round of its own: at a part's first card, Undo cannot reach the one before."""
        tally = self.evening.evening.state.tally
        earlier = tally.cards_played + tally.passed + sum(tally.quiz(seat)[1] for seat in (0, 1))
        if earlier and not self.session.state.completed:
            return EARLIER_PARTS_KEPT
        return super().nothing_to_undo()

    def next_words(self) -> str:
        """On this part's last card (its last dealt, or its time up) the button says where the evening goes next."""
        evening, now = self.evening.evening, self.ui.services.now()
        if part_time_up(evening, now):
            return after_part_words(evening)
        if last_turn(self.session):  # a part that went quickly offers more of its cards before the next part
            return FINISH_PART if more_after_this(evening, self.session, now) else after_part_words(evening)
        return next_turn_words(self.session)

    def build(self) -> None:
        super().build()
        if self.end_button is not None:
            self.end_button.label = "Move on"

    def end_now(self) -> None:
        detail = "The cards left in this part are set aside; the evening goes on."
        question = ConfirmScene(self.ui, asked(f"Move on from {named(self.segment_name)}"), "Move on", "Stay here", detail)
        self.ui.push(question, self.end_answered)

    def leave(self) -> None:
        self.ask_to_pause()

    def go_home(self) -> None:
        """Paused from the middle of a card: the evening hears of it (no segment) and goes home too."""
        self.dismiss(None)

    def update(self, dt: float) -> bool:
        """Deals and flips take longer on date night (unless motion is reduced); timers keep real time."""
        deal, flip = self.deal, self.flip
        moving = super().update(dt)
        if deal < 1.0:
            self.deal = min(1.0, deal + (self.deal - deal) / SLOWER)
        if flip < 1.0:
            self.flip = min(1.0, flip + (self.flip - flip) / SLOWER)
        words = minutes_left(self.evening.evening, self.ui)
        if words != self.clock_words:
            self.clock_words = words
            self.ui.dirty = True
            up = part_time_up(self.evening.evening, self.ui.services.now())
            # The time ran out with a card on the table, or the part is no longer quick enough to be offered more:
            # its button says what comes next now.
            if up != self.time_was_up or (self.next_button is not None and self.next_button.label != self.next_words()):
                self.time_was_up = up
                self.refresh_keeping_text()
        return moving or self.deal < 1.0 or self.flip < 1.0

    def floor(self) -> int:
        """When the time left has no room beside the key hints it sits above them, and the side stops above it."""
        top = arc_top(self.ui, self.evening.evening, self.hints)
        return super().floor() if top is None else min(super().floor(), top - self.ui.theme.px(4))

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        draw_arc(surface, self.ui, self.evening.evening, self.hints)
