"""Playing a session: the card on the table, whose turn it is, and what to do next.

The scene never decides rules: it sends commands to the session (through the
handle that saves them) and redraws from the session's state and events.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.core.answers import AnswerError, AnswerValue, Verdict
from game.core.cards import Card, Kind
from game.core.direction import quoted
from game.core.events import Event, Revealed, SessionEnded, TurnStarted
from game.core.players import other
from game.core.session import Phase, SessionError
from game.core.session_commands import (
    Answer,
    AnswerPrivately,
    ChangedSince,
    Complete,
    End,
    Guess,
    Judge,
    PassCard,
    SessionCommand,
    Star,
    StillTrue,
    Talked,
    Undo,
    UpdateMemory,
)

from ..answer_input import AnswerInput, build_answer_input
from ..card_view import body_fits, table_card_rect
from ..modals import ConfirmScene, CurtainScene
from ..private_answer import AnswerAloneScene, PrivateAnswer, PrivateAnswerScene
from ..routes import Summary
from ..scene import TYPING_CHORD, UI, Scene
from ..scroll import ScrollArea
from ..services import SessionHandle
from ..widgets import Button, Toggle, Widget
from .play_view import draw_play, side_text

if TYPE_CHECKING:
    from ..intents import Intent

DEAL_SECONDS = 0.45
FLIP_SECONDS = 0.5
#: An answer-aloud card can be done with no note: talking was the point.
TALKED = "We talked, no note"


class PlayScene(Scene):
    def __init__(self, ui: UI, handle: SessionHandle, resumed: bool = False) -> None:
        super().__init__(ui)
        self.stored = handle
        self.session = handle.session
        self.couple = handle.couple
        self.deal = 0.0 if not ui.reduced_motion else 1.0
        self.flip = 1.0
        self.timer_left: float | None = None
        self.timer_running = False
        self.input: AnswerInput | None = None
        self.card_rect = pygame.Rect(0, 0, 0, 0)
        self.side = pygame.Rect(0, 0, 0, 0)
        self.resumed = resumed
        self._private: dict[str, bool] = {}  # "just between us", per answer step (see draft_key)
        self.private_toggle: Toggle | None = None
        # The buttons the layout places by what they do (their words may change: "End session" is "Move on" on date night).
        self.verdicts: list[Button] = []
        self.changed_button: Button | None = None
        self.talked_button: Button | None = None
        self.end_button: Button | None = None
        self.scroller = ScrollArea()  # the side, when it is taller than its room
        self.foot = 0
        self.header: list[Widget] = []
        self._before: tuple[str, str] | None = None
        self._sent: dict[str, str] = {}

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        typing = self.typing()
        phase = self.session.phase
        hints: list[tuple[str, str]] = [("Tab", "move"), ("Enter", "save" if typing else "choose")]
        if phase is Phase.JUDGE and self.focused() is None:
            hints[1] = ("1 2 3", "judge")  # nothing is chosen for the judge, so Enter has nothing to press
        if typing and self.input and self.input.field and self.input.field.multiline:
            hints.append(("Shift+Enter", "new line"))
        chord = TYPING_CHORD if typing else ""  # while typing, a letter alone goes into the field
        if phase in (Phase.ANSWER, Phase.PRIVATE, Phase.GUESS, Phase.CHECK):
            hints.append((f"{chord}X", "pass"))
        hints += [(f"{chord}U", "undo"), (f"{chord}S", "star")]
        if isinstance(self.focused(), Toggle):
            hints[1] = ("Enter", "switch on or off")  # the footer says what Enter does to the focused thing
        hints.append(("Esc", "take a break"))
        return hints

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
            else:
                self.ui.toast(str(error))
            self.ui.sound.play("soft")
            return []
        self.react(events)
        return events

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
                self.deal = 0.0 if not self.ui.reduced_motion else 1.0
                self.timer_left, self.timer_running = None, False
                self.ui.sound.play("deal")
            if isinstance(event, Revealed):
                self.flip = 0.0 if not self.ui.reduced_motion else 1.0
                self.ui.sound.play("flip")
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
        self.run(PassCard())

    def undo(self) -> None:
        if self.session.can_undo():
            self.run(Undo())
            self.ui.toast("Taken back.")
            field = self.input.field if self.input is not None else None
            typed = self._sent.get(self.draft_key(), "")
            if field is not None and not field.value and typed:
                field.value, field.cursor = typed, len(typed)  # the answer comes back as it was typed, ready to fix
                self.focus_on(field)

    def star(self) -> None:
        events = self.run(Star())
        starred = any(getattr(e, "starred", False) for e in events)
        self.ui.toast("Starred — it will be in your summary." if starred else "Star removed.")

    def leave(self) -> None:
        detail = "Everything is saved; Continue picks up right here."
        self.ui.push(ConfirmScene(self.ui, "Take a break?", "Go home", "Keep playing", detail), self.leave_answered)

    def leave_answered(self, yes: bool) -> None:
        if yes:
            self.go_home()

    def go_home(self) -> None:
        """The couple chose a break: the round is kept, and the screen below is shown."""
        self.ui.pop()

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
        scene = PrivateAnswerScene(self.ui, card, self.name(seat), self.name(other(seat)), color, text)
        self.ui.push(scene, partial(self.private_answered, seat))

    def private_answered(self, seat: int, value: PrivateAnswer | None) -> None:
        if value is not None:
            self.run(AnswerPrivately(seat, value))

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
            self.run(UpdateMemory(turn.memory, value))
            self.ui.toast("Updated. The old answer stays in your story.")

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
        card = self.card()
        if card is None:
            return
        phase = self.session.phase
        turn = self.session.current
        assert turn is not None
        draft = self.ui.services.take_draft(self.couple, self.draft_key()) if self.resumed else ""
        self.resumed = False
        if phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered:
            label = f"Save {self.name(self.seat)}'s answer"
            self.input = build_answer_input(self, card, self.save_answer, label, draft=draft, on_empty=self.talked)
            self.private_toggle = Toggle("Just between us", self.keep_private, self.set_keep_private)
            self.add(self.private_toggle)
            self.talked_button = Button(TALKED, self.talked)
            self.add(self.talked_button)
        elif phase is Phase.ANSWER and card.kind is Kind.ASK:
            self.add(Button("Next card", self.act(Complete()), kind="primary"))
        elif phase is Phase.ANSWER:
            if card.seconds and self.timer_left is None:
                self.add(Button(f"Start the {card.seconds}-second timer", self.start_timer, hotkey="t"))
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
        elif phase is Phase.CHECK:
            self.add(Button("Still true", self.act(StillTrue()), kind="primary", hotkey="1"))
            self.changed_button = Button("That's changed", self.changed, hotkey="c")
            self.add(self.changed_button)
        elif phase is Phase.REVEAL:
            self.add(Button("Next card", self.act(Complete()), kind="primary"))
        if phase in (Phase.ANSWER, Phase.PRIVATE, Phase.GUESS, Phase.CHECK):
            self.add(Button("Pass", self.pass_card, kind="quiet", hotkey="x"))
        self.add(Button("Undo", self.undo, kind="quiet", hotkey="u")).enabled = self.session.can_undo()
        starred = turn.card in self.session.state.starred
        self.add(Button("Unstar" if starred else "Star", self.star, kind="quiet", hotkey="s"))
        self.end_button = Button("End session", self.end_now, kind="quiet", hotkey="e")
        self.add(self.end_button)

    def talked(self) -> None:
        """Said aloud and that's enough: the turn is done, nothing is kept to quiz later (and the screen says so)."""
        if self.run(Talked()):
            self.ui.toast("Saved as talked about. With no note there's nothing to quiz later, and that's fine.")

    def guess(self, value: AnswerValue) -> None:
        self.run(Guess(value))

    @property
    def keep_private(self) -> bool:
        """ "Just between us" belongs to one answer: the next card, the other player, starts with it off.

        Undo back to an answer gives its switch back as it was, with the words typed.
        """
        return self._private.get(self.draft_key(), False)

    def set_keep_private(self, value: bool) -> None:
        self._private[self.draft_key()] = value

    def save_answer(self, value: AnswerValue) -> None:
        """Save the active player's answer, marked just between us if they asked: one command, saved at once."""
        self.run(Answer(value, private=self.keep_private))

    def draft_key(self) -> str:
        turn = self.session.current
        return f"{self.stored.session_id}:{turn.number if turn else -1}:{self.session.phase.value}"

    def closing(self) -> None:
        if self.input and self.input.field and self.input.field.value.strip():
            self.ui.services.save_draft(self.couple, self.draft_key(), self.input.field.value)

    def changed(self) -> None:
        card = self.card()
        turn = self.session.current
        if card is None or turn is None or turn.memory is None:
            return
        owner = turn.memory.owner
        scene = ChangedAnswerScene(self.ui, card, self.name(owner), self.name(other(owner)), self.couple.player(owner).color)
        self.ui.push(scene, self.changed_to)

    def layout(self) -> None:
        t = self.ui.theme
        width, _height = t.size
        top = t.px(96)
        self.card_rect = table_card_rect(t)
        self.foot = self.ui.hints_top(self.hints) - t.px(12)
        card = self.card()
        for share in (0.46, 0.52):  # long words at a large text size: a wider card (before the small buttons are placed)
            if card is None or body_fits(self.ui, self.card_rect.size, self.card_text(card)):
                break
            self.card_rect.width = int(width * share)
            self.card_rect.height = min(int(self.card_rect.width * 1.25), t.size[1] - self.card_rect.top - t.px(70))
        self.side = pygame.Rect(
            self.card_rect.right + t.px(48), top, width - self.card_rect.right - t.px(104), max(0, self.foot - top)
        )
        # The side scrolls when its words and controls are taller than the room down to the key hints
        # (larger text, a small window): the focus ring just outside a control stays inside it too.
        offset = self.scroller.offset
        small: list[Widget] = [
            w for w in self.widgets if isinstance(w, Button) and w.kind == "quiet" and w is not self.changed_button
        ]
        self.header = small
        # With a text field on screen the chips may read "Alt+X": room for the longer one, so focus moving never overlaps them.
        chord = TYPING_CHORD if self.input is not None and self.input.field is not None else ""
        wides = []
        for widget in small:
            text_w = self.ui.text.measure(widget.label, t.style("button")) + t.px(40)
            if isinstance(widget, Button) and widget.hotkey:
                text_w += self.ui.text.measure(f"{chord}{widget.hotkey.upper()}", t.style("hint")) + t.px(16)
            wides.append(text_w)
        from .play_view import turn_words

        turn_right = t.px(86) + self.ui.text.measure(turn_words(self), t.style("body_bold")) + t.px(18)
        button_h = max(t.px(44), self.ui.text.line_height(t.style("button")) + t.px(10))
        # The small buttons sit right of whose turn it is; when a long name or larger text leaves no room,
        # they take rows of their own under it, and the card and the side move down to make room.
        row_top = t.px(24)
        if width - t.px(24) - sum(wides) - t.px(8) * (len(wides) - 1) < turn_right:
            row_top = t.px(46) + self.ui.text.line_height(t.style("body_bold")) // 2 + self.ui.text.line_height(t.style("small"))
            row_top += t.px(6)
        x = width - t.px(24)
        for widget, text_w in zip(reversed(small), reversed(wides), strict=True):
            if x - text_w < t.px(24) and x < width - t.px(24):
                x, row_top = width - t.px(24), row_top + button_h + t.px(6)
            widget.rect = pygame.Rect(x - text_w, row_top, text_w, button_h)
            x -= text_w + t.px(8)
        lowest = max((w.rect.bottom for w in small), default=0) if row_top > t.px(24) else 0
        first_row = [w.rect.left for w in small if w.rect.top == t.px(24)]
        from .play_view import progress_words

        room = (min(first_row) if first_row else width) - t.px(12) - turn_right
        under = self.ui.text.measure(progress_words(self.session), t.style("small")) > room  # drawn under the turn
        if under:
            lowest = max(lowest, t.px(46) + text_h(self, "body_bold") // 2 + text_h(self, "small"))
        shift = max(0, lowest + t.px(12) - top)
        if shift:
            top += shift
            if under or any(w.rect.left < self.card_rect.right + t.px(12) for w in small):  # something above the card
                self.card_rect.top += shift
                self.card_rect.height -= shift
            self.side.top = top
            self.side.height = max(0, self.foot - top)
        viewport = pygame.Rect(self.side.left, top - t.px(8), self.side.width, max(0, self.foot - top + t.px(8)))
        body = pygame.Rect(self.side.left + t.px(28), self.side.top - offset, self.side.width - t.px(56), 0)
        body.top += self._side_text_height() + t.px(40)
        if self.session.phase is Phase.REVEAL and self.session.current is not None and not self.session.current.is_quiz:
            from .play_view import reveal_height

            body.top += reveal_height(self) + t.px(30)
        words_bottom = body.top - t.px(40)
        body.height = max(0, self.foot - (body.top + offset))  # the room down to the key hints, before any scrolling
        self._layout_side(body, small)
        placed = [w.rect.bottom for w in self.widgets if w.visible and w not in small]
        content = max([words_bottom, *placed]) + offset + t.px(18) - viewport.top
        if self.scroller.fit(viewport, content, [w for w in self.widgets if w not in small]):
            self.layout()  # scrolled further than there is now (a shorter step, a larger window)

    @property
    def viewport(self) -> pygame.Rect:
        """The part of the side that shows: its words and controls scroll inside it."""
        return self.scroller.viewport

    def _layout_side(self, body: pygame.Rect, small: list[Widget]) -> None:
        """The controls under the words beside the card, from `body.top` down."""
        t = self.ui.theme
        if self.input is not None:
            used = self.input.layout(self, body)
            if self.private_toggle is not None and self.private_toggle in self.widgets:
                # A text answer's height ends with room for its error; options and a slider end just past their last row.
                below = body.top + used + (-t.px(12) if self.input.field is not None else t.px(4))
                words = self.ui.text.measure(self.private_toggle.label, t.style("body")) + t.px(150)  # its switch and "Off"
                self.private_toggle.rect = pygame.Rect(body.left, below, min(body.width, max(t.px(340), words)), t.px(44))
                self.private_toggle.rect.height = self.private_toggle.fit_height(self.ui, 44)
                talked = self.talked_button
                if talked is not None:
                    width = min(body.width, self.ui.text.measure(talked.label, t.style("button")) + t.px(56))
                    submit = self.input.submit
                    toggle = self.private_toggle.rect
                    taken = [w.rect for w in self.input.widgets if w is not submit]
                    beside = pygame.Rect(body.left, submit.rect.top, width, submit.rect.height) if submit is not None else None
                    if (
                        submit is not None
                        and beside is not None
                        and submit.rect.left - body.left >= width + t.px(14)
                        and beside.collidelist(taken) < 0  # a slider on Save's row leaves no room beside it
                    ):
                        talked.rect = beside  # beside Save
                    elif body.right - toggle.right >= width + t.px(14):
                        talked.rect = pygame.Rect(body.right - width, toggle.top, width, toggle.height)  # beside the switch
                    else:
                        talked.rect = pygame.Rect(body.left, self.private_toggle.rect.bottom + t.px(14), width, t.px(48))
            return
        main = [w for w in self.widgets if w not in small]
        y = body.top
        judge = self.session.phase is Phase.JUDGE
        for widget in main:
            index = next((i for i, verdict in enumerate(self.verdicts) if verdict is widget), None)
            if index is not None:
                w = (body.width - 2 * t.px(12)) // 3
                widget.rect = pygame.Rect(body.left + index * (w + t.px(12)), y, w, t.px(54))
                continue
            if judge:
                y += t.px(70)
            wide = self.ui.text.measure(widget.label, t.style("button")) + t.px(60)
            widget.rect = pygame.Rect(body.left, y, min(body.width, max(t.px(440), wide)), t.px(54))
            widget.rect.height = widget.fit_height(self.ui, 54)  # a long name wraps and the button grows
            y += widget.rect.height + t.px(14)

    # ---- scrolling the side ----------------------------------------------------------

    def scroll_by(self, delta: int) -> None:
        if self.scroller.by(delta):
            self.layout()
            self.ui.dirty = True

    def reveal_focus(self) -> None:
        """Scroll the side so the focused control shows whole (Tab to a switch below the fold, and there it is)."""
        widget = self.focused()
        if widget is None or widget in self.header:
            return
        self.scroll_by(self.scroller.reveal(widget.rect, self.ui.theme.px(12)))

    def handle(self, intent: Intent) -> None:
        from ..intents import Edit, Point, Text, Wheel

        if isinstance(intent, Wheel):
            self.scroll_by(-intent.dy * self.ui.theme.px(60))
            return
        if isinstance(intent, Point) and intent.down:
            side = [w for w in self.widgets if w not in self.header]
            if self.scroller.hidden_at(intent.pos, side, self.header):
                return  # the hidden part of a control scrolled out of the side is not there to click
        before = self.focused()
        super().handle(intent)
        focused = self.focused()
        # The focus (Tab) or typing brings its control into sight.
        moved = focused is not before or (focused is not None and focused.typing and isinstance(intent, (Text, Edit)))
        if moved:
            self.reveal_focus()

    # ---- time ------------------------------------------------------------------------

    def update(self, dt: float) -> bool:
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
                self.ui.dirty = True
            elif int(self.timer_left) != before:
                self.ui.dirty = True
            return moving or self.timer_running
        return moving

    # ---- drawing ---------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        draw_play(self, surface)

    def _side_text_height(self) -> int:
        t = self.ui.theme
        total = 0
        for text, style, _ in side_text(self):
            total += self.ui.text.block(text, t.style(style), (0, 0, 0), max(10, self.side.width - t.px(56))).get_height() + t.px(
                10
            )
        return total


def text_h(scene: Scene, style: str) -> int:
    return scene.ui.text.line_height(scene.ui.theme.style(style))


class ChangedAnswerScene(AnswerAloneScene[AnswerValue | None]):
    """'That's changed': the owner types the new answer; the old one stays in the history."""

    hints = [("Enter", "save"), ("Esc", "cancel")]

    def build(self) -> None:
        self.input = build_answer_input(self, self.card, self.dismiss, submit_label="Save the new answer")

    def question(self) -> str:
        return f"{self.name}, what's true now? The old answer is kept in your story."

    def back(self) -> None:
        self.dismiss(None)
