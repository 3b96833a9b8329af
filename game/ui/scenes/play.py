"""Playing a session: the card on the table, whose turn it is, and what to do next.

The scene never decides rules: it sends commands to the session (through the
handle that saves them) and redraws from the session's state and events.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pygame

from game.core.answers import AnswerError, Verdict
from game.core.cards import AnswerType, Card, Kind
from game.core.direction import quoted
from game.core.events import ActionDone, Event, Revealed, SessionEnded, TurnStarted
from game.core.players import other
from game.core.round_end import last_turn
from game.core.session import Mode, Phase, SessionError
from game.core.session_commands import (
    AnswerPrivately,
    Complete,
    End,
    GoHome,
    Judge,
    PassCard,
    SessionCommand,
    Star,
    Undo,
)

from ..answer_input import AnswerInput, build_answer_input
from ..drafts import DraftKeeper
from ..homecoming import BREAK, go_home
from ..modals import ConfirmScene, CurtainScene
from ..private_answer import Passed, PrivateAnswer, PrivateAnswerScene
from ..routes import Summary
from ..scene import UI
from ..scroll import ScrollArea
from ..services import SessionHandle
from ..widgets import Button, Toggle, Widget
from .answer_steps import AnswerSteps
from .check_in import CheckInSteps
from .play_layout import PlaySide
from .play_view import SEE_HOW, draw_play, has_reveal, next_turn_words, play_hints
from .round_progress import round_place

DEAL_SECONDS = 0.45
FLIP_SECONDS = 0.5
#: An answer-aloud card can be done with no note: talking was the point.
TALKED = "We talked, no note"
#: The same on a card with no note to leave (a pick, a scale, a number, a day): nothing is kept but that you talked.
JUST_TALKED = "We just talked"


class PlayScene(CheckInSteps, AnswerSteps, PlaySide):
    def __init__(self, ui: UI, handle: SessionHandle, resumed: bool = False) -> None:
        super().__init__(ui)
        self.stored = handle
        self.session = handle.session
        self.couple = handle.couple
        # A card carried on from before is already on the table: its first frame is the settled card, not a deal-in.
        self.deal = 0.0 if not (ui.reduced_motion or resumed) else 1.0
        self.flip = 1.0
        self.timer_left: float | None = None
        self.timer_running = False
        self.input: AnswerInput | None = None
        self.keeper: DraftKeeper | None = None  # keeps what is typed for this step as it is typed
        self.keeper_step = ""  # the step (`draft_key`) it keeps for
        self.card_rect = pygame.Rect(0, 0, 0, 0)
        self.side = pygame.Rect(0, 0, 0, 0)
        self.resumed = resumed
        #: A toast about the card on the table (starred, star removed): it goes when the next card comes.
        self.card_toast = ""
        self._private: dict[str, bool] = {}  # "just between us", per answer step (see draft_key)
        self.private_toggle: Toggle | None = None
        # The buttons the layout places by what they do (their words may change: "End session" is "Move on" on date night).
        self.verdicts: list[Button] = []
        self.changed_button: Button | None = None
        self.talked_button: Button | None = None
        self.talked_told = False  # why a talk is not quizzed is said the first time in a round, then only that it is saved
        self.end_button: Button | None = None
        self.next_button: Button | None = None  # finishes the turn: its words say what comes next (see next_words)
        self.scroller = ScrollArea()  # the side, when it is taller than its room
        self.foot = 0
        self.header: list[Widget] = []
        self._before: tuple[str, str] | None = None
        self._sent: dict[str, str] = {}

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        turn, field = self.session.current, self.input.field if self.input else None
        starred = turn is not None and turn.card in self.session.state.starred
        hints = play_hints(self.session.phase, self.typing(), bool(field and field.multiline), starred, self.focused())
        return self.input.said(hints, self.focused()) if self.input else hints  # a date's day and month: Enter moves on

    def hint_ways(self) -> list[list[tuple[str, str]]]:
        """The key hints now, and as they read while typing in the answer's field ("Alt+X pass": longer, so the row may
        wrap): the side ends above both, from the step's first frame."""
        field = self.input.field if self.input else None
        if field is None:
            return [self.hints]
        turn = self.session.current
        starred = turn is not None and turn.card in self.session.state.starred
        typing = play_hints(self.session.phase, True, field.multiline, starred, field)
        return [self.hints, self.input.said(typing, field) if self.input else typing]

    # ---- names and the card ------------------------------------------------------------

    def name(self, seat: int) -> str:
        return quoted(self.couple.name(seat))  # isolated when it runs right to left: the sentence keeps its order

    @property
    def seat(self) -> int:
        turn = self.session.current
        return turn.seat if turn else self.session.state.active

    def card(self) -> Card | None:
        try:
            return self.session.current_card() if self.session.current else None
        except SessionError:
            return None

    def card_text(self, card: Card) -> str:
        turn = self.session.current
        if turn is not None and turn.memory is not None and self.session.phase is Phase.CHECK:
            return self.couple.fill(card.text, turn.memory.owner)  # the owner is asked their own question again
        if turn is not None and turn.memory is not None:
            return self.couple.quiz_text(card, turn.memory.owner)
        return self.couple.fill(card.text, self.seat)

    # ---- commands --------------------------------------------------------------------

    def run(self, command: SessionCommand) -> list[Event]:
        self._before = (self.draft_key(), self._typed())  # the step this command starts from
        if not isinstance(command, Undo) and self._before[1].strip():
            self._sent[self._before[0]] = self._before[1]  # what was typed for this step, for Undo to give back
        try:
            events = self.stored.run(command)
        except (AnswerError, SessionError) as error:
            if self.input and self.input.field:
                self.input.field.error = str(error)
                self.layout()  # the reason takes room under the field
                self.reveal_focus()  # and is scrolled into sight with it
            else:
                self.ui.toast(str(error))
            self.ui.sound.play("soft")
            return []
        self._drop_drafts(command, self._before[0])
        self.react(events)
        return events

    def _drop_drafts(self, command: SessionCommand, step: str) -> None:
        """A step answered, passed or ended: the draft kept for it goes (a private answer's, for that partner)."""
        if isinstance(command, AnswerPrivately):
            self.ui.services.drop_draft(self.couple, f"{step}:{command.seat}")
        elif step != self.draft_key() and self.keeper is not None and self.keeper.kept:  # only a step that kept one
            self.ui.services.drop_draft(self.couple, step)

    def act(self, command: SessionCommand) -> Callable[[], None]:
        """A button's action: run `command`; `react` shows what it did."""

        def action() -> None:
            self.run(command)

        return action

    def react(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, SessionEnded):
                self.ui.sound.play("chime")
                self.ui.replace(Summary(self.couple, event.summary))
                return
            if isinstance(event, TurnStarted):
                if self.card_toast and self.ui.toast_text == self.card_toast:
                    self.ui.toast_left = 0.0  # what it said was about the card just gone, not the one coming
                self.deal = 0.0 if not self.ui.reduced_motion else 1.0
                self.timer_left, self.timer_running = None, False
                self.ui.sound.play("deal")
            if isinstance(event, Revealed):
                self.flip = 0.0 if not self.ui.reduced_motion else 1.0
                self.ui.sound.play("flip")
            if isinstance(event, ActionDone):
                self.timer_running = False  # done before time was up: no chime over the talk that follows
        self.refresh_keeping_text(keep_focus=False)

    def _typed(self) -> str:
        return self.input.field.value if self.input is not None and self.input.field is not None else ""

    def refresh(self, keep_focus: bool = True) -> None:
        before = self.focused()
        if not keep_focus:
            self.scroller.offset = 0  # a new step starts from the top of the side, with its words
        on_a_verdict = any(before is verdict for verdict in self.verdicts)
        super().refresh(keep_focus)
        if self.session.phase is Phase.JUDGE and (not on_a_verdict or not keep_focus):
            self.focus = -1  # no verdict pre-selected: Tab or a click picks one
        self.reveal_focus()  # the focused control shows whole (scrolling the side no further than that takes)

    def refresh_keeping_text(self, keep_focus: bool = True) -> None:
        """Rebuild the screen; half-typed text survives when the same step is still on the table (a star, a break)."""
        where, typed = self._before if self._before is not None else (self.draft_key(), self._typed())
        self._before = None
        self.refresh(keep_focus=keep_focus)
        field = self.input.field if self.input is not None else None
        if typed and field is not None and not field.value and self.draft_key() == where:
            field.value, field.cursor = typed, len(typed)

    def resume(self) -> None:
        self.refresh_keeping_text()

    def pass_card(self) -> None:
        self.ui.sound.play("soft")
        counted = self.session.config.mode is Mode.PLAY and self.session.current is not None
        before, said = round_place(self.session)[1], (self.ui.toast_text, self.ui.toast_left)
        passed = bool(self.run(PassCard()))
        shorter = counted and round_place(self.session)[1] < before
        if passed and shorter and said == (self.ui.toast_text, self.ui.toast_left):  # nothing else was said of it
            self.ui.toast(self.shorter_words(self.session.ended))  # nothing took its place: the count says so, and why

    def shorter_words(self, ended: bool) -> str:
        """A card passed and no other left to take its place: the round is a card shorter (or over)."""
        if ended:
            return "Passed. There was no other card to take its place, so the round ends here."
        return "Passed. There is no other card to take its place, so the round is a card shorter."

    def undo(self) -> None:
        if self.session.can_undo():
            revealed = has_reveal(self)  # both answers on the table (an action's talk-over step has none)
            self.run(Undo())
            # After a reveal both answers go back: whoever answered second has seen the other's.
            self.ui.toast("Both answers are taken back: answer this one again, each of you." if revealed else "Taken back.")
            field = self.input.field if self.input is not None else None
            typed = self._sent.get(self.draft_key(), "")
            if field is not None and not field.value and typed:
                field.value, field.cursor = typed, len(typed)  # the answer comes back as it was typed, ready to fix
                self.focus_on(field)

    def star(self) -> None:
        events = self.run(Star())
        starred = any(getattr(e, "starred", False) for e in events)
        self.card_toast = "Starred — it will be in your summary." if starred else "Star removed."
        self.ui.toast(self.card_toast)

    def leave(self) -> None:
        detail = "Everything is saved; Continue picks up right here."
        self.ui.push(ConfirmScene(self.ui, "Take a break?", "Go home", "Keep playing", detail), self.leave_answered)

    def leave_answered(self, yes: bool) -> None:
        if yes:
            self.go_home()

    def go_home(self) -> None:
        """The couple chose a break: the round is kept, and the screen below is shown (Home says it is a break). The
        game opens on Home for it next time, as for a date night paused the same way."""
        self.run(GoHome())
        go_home(self.ui, BREAK)

    def end_now(self) -> None:
        detail = "Every answer so far is kept. The cards not yet dealt wait for another evening."
        question = ConfirmScene(self.ui, "End this session now?", "End and see summary", "Keep playing", detail)
        self.ui.push(question, self.end_answered)

    def end_answered(self, yes: bool) -> None:
        if yes:
            self.run(End())

    def back(self) -> None:
        self.leave()

    def hand_to(self, seat: int) -> None:
        purpose = "Answer privately; it stays hidden until you've both answered."
        curtain = CurtainScene(self.ui, self.name(seat), self.name(other(seat)), purpose)
        self.ui.push(curtain, partial(self.behind_curtain, seat))

    def behind_curtain(self, seat: int, ready: bool) -> None:
        """Once `seat` is at the laptop: the card as they see it, and their private answer."""
        card = self.card()
        if not ready or card is None:
            return
        text = self.couple.fill(card.text, seat)
        color = self.couple.player(seat).color
        where = f"{self.draft_key()}:{seat}"  # behind the curtain, each partner's own half-typed answer
        draft, keep = self.ui.services.take_draft(self.couple, where), partial(self.ui.services.save_draft, self.couple, where)
        scene = PrivateAnswerScene(self.ui, card, self.name(seat), self.name(other(seat)), color, text, draft, keep)
        self.ui.push(scene, partial(self.private_answered, seat))

    def private_answered(self, seat: int, value: PrivateAnswer | Passed | None) -> None:
        if value is Passed.CARD:
            for either in (seat, other(seat)):  # nothing typed for it is kept, by either of them
                self.ui.services.drop_draft(self.couple, f"{self.draft_key()}:{either}")
            self.pass_card()
        elif value is not None:
            self.run(AnswerPrivately(seat, value))

    def next_private_seat(self) -> int | None:
        answered = self.session.state.private
        for seat in (self.seat, other(self.seat)):
            if seat not in answered:
                return seat
        return None

    def start_timer(self) -> None:
        card = self.card()
        if card and card.seconds:
            self.timer_left = float(card.seconds)
            self.timer_running = True
            self.refresh()

    # ---- widgets -----------------------------------------------------------------------

    def build(self) -> None:
        self.input = None
        self.private_toggle = None
        self.verdicts, self.changed_button, self.talked_button, self.end_button = [], None, None, None
        self.next_button = None
        card = self.card()
        if card is None:
            return
        phase = self.session.phase
        turn = self.session.current
        assert turn is not None
        step = self.draft_key()
        draft = self.ui.services.take_draft(self.couple, step) if self.resumed else ""
        self.resumed = False
        if self.keeper is None or self.keeper_step != step:  # one keeper a step: a refresh keeps what it kept
            self.keeper, self.keeper_step = DraftKeeper(partial(self.ui.services.save_draft, self.couple, step), draft), step
        if phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered:
            label = f"Save {self.name(self.seat)}'s answer"
            way_on = JUST_TALKED  # Enter in an empty number box names it; a click on it is the way on without a number
            self.input = build_answer_input(
                self, card, self.save_answer, label, draft=draft, on_empty=self.talked, way_on=way_on, empty_words=TALKED.lower()
            )
            self.private_toggle = Toggle("Just between us", self.keep_private, self.set_keep_private)
            self.add(self.private_toggle)
            self.talked_button = Button(TALKED if card.answer_type is AnswerType.TEXT else JUST_TALKED, self.talked)
            self.add(self.talked_button)
        elif phase is Phase.ANSWER and card.kind is Kind.ASK:
            self.next_button = Button(self.next_words(), self.act(Complete()), kind="primary")
            self.add(self.next_button)
        elif phase is Phase.ANSWER:
            if card.seconds and self.timer_left is None:
                self.add(Button(f"Start the {card.timer_words} timer", self.start_timer, hotkey="t"))
            elif card.seconds and not self.timer_running:  # time is up: once more, for the swap or another go
                self.add(Button(f"Run the {card.timer_words} timer again", self.start_timer, hotkey="t"))
            self.add(Button("We did it", self.act(Complete()), kind="primary"))
        elif phase is Phase.PRIVATE:
            seat = self.next_private_seat()
            if seat is not None:
                self.add(Button(f"Hand the laptop to {self.name(seat)}", partial(self.hand_to, seat), kind="primary"))
        elif phase is Phase.GUESS:
            label = f"Lock in {self.name(turn.seat)}'s guess"
            guess_hint = "Your best guess" if card.answer_type.value == "text" else None
            self.input = build_answer_input(self, card, self.guess, label, draft=draft, placeholder=guess_hint)
        elif phase is Phase.JUDGE:
            # All three alike and none focused: the judge chooses, nothing is chosen for them.
            self.verdicts = [
                Button("Got it", self.act(Judge(Verdict.GOT_IT)), hotkey="1"),
                Button("So close", self.act(Judge(Verdict.CLOSE)), hotkey="2"),
                Button("Not quite", self.act(Judge(Verdict.NOT_QUITE)), hotkey="3"),
            ]
            for verdict in self.verdicts:
                self.add(verdict)
            self.changed_button = Button("That's changed", self.changed, kind="quiet", hotkey="c")
            self.add(self.changed_button)
        elif phase is Phase.CHECK:  # the old answer is shown to its owner alone: the partner is quizzed on it next
            self.add(Button(f"Hand the laptop to {self.name(turn.seat)}", self.check_in, kind="primary"))
        elif phase is Phase.REVEAL:
            self.next_button = Button(self.next_words(), self.act(Complete()), kind="primary")
            self.add(self.next_button)
            if self.session.state.changed_after_a_miss:  # a pick the game judged: no judging step to say it in
                self.changed_button = Button("That's changed", self.changed, kind="quiet", hotkey="c")
                self.add(self.changed_button)
        if phase in (Phase.ANSWER, Phase.PRIVATE, Phase.GUESS, Phase.CHECK):
            self.add(Button("Pass", self.pass_card, kind="quiet", hotkey="x"))
        self.add(Button("Undo", self.undo, kind="quiet", hotkey="u")).enabled = self.session.can_undo()
        starred = turn.card in self.session.state.starred
        star = self.add(Button("Unstar" if starred else "Star", self.star, kind="quiet", hotkey="s"))
        star.also = ("Star", "Unstar")  # the same room either way: starring never moves Pass and Undo
        self.end_button = Button("End session", self.end_now, kind="quiet", hotkey="e")
        self.add(self.end_button)

    def next_words(self) -> str:
        """The button that finishes the turn: another card, or on the last one what comes instead (the summary)."""
        return SEE_HOW if last_turn(self.session) else next_turn_words(self.session)

    def draft_key(self) -> str:
        turn = self.session.current
        return f"{self.stored.session_id}:{turn.number if turn else -1}:{self.session.phase.value}"

    def closing(self) -> None:
        if self.input and self.keeper:
            self.keeper.now(self.input.draft_text())

    # ---- time ------------------------------------------------------------------------

    def update(self, dt: float) -> bool:
        if self.input and self.keeper:
            self.keeper.tick(dt, self.input.draft_text())  # a crash or a killed session loses a few seconds at most
        moving = False
        if self.deal < 1.0:
            self.deal = min(1.0, self.deal + dt / DEAL_SECONDS)
            moving = True
        if self.flip < 1.0:
            self.flip = min(1.0, self.flip + dt / FLIP_SECONDS)
            moving = True
        if self.timer_running and self.timer_left is not None:
            before = int(self.timer_left)
            self.timer_left = max(0.0, self.timer_left - dt)
            if self.timer_left <= 0:
                self.timer_running = False
                self.ui.sound.play("chime")
                self.refresh()  # offers the timer again
                self.ui.dirty = True
            elif int(self.timer_left) != before:
                self.ui.dirty = True
            return moving or self.timer_running
        return moving

    # ---- drawing ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        draw_play(self, surface)
