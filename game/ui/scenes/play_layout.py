"""The play screen's layout: the card, the small buttons above it, and the side beside it that scrolls.

PlayScene (and date night's part, which extends it) takes its layout from PlaySide: where the card
goes and how wide, where Pass, Undo, Star and End sit when long names or large text crowd them
(and what the greyed Undo's key says), and how the words and controls beside the card scroll inside
their viewport. The side's first words (who asks, who answers) are not scrolled: they stay in sight
above the rest, however far it scrolls.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.core.cards import Card, Kind
from game.core.players import Couple
from game.core.session import Phase, Session

from ..answer_input import AnswerInput
from ..card_view import body_fits, table_card_rect
from ..intents import Composition, Edit, Intent, Point, Text, Wheel
from ..page import Page
from ..scene import TYPING_CHORD, Scene
from ..scroll import ScrollArea
from ..text_field import TextField
from ..widgets import Button, Slider, Toggle, Widget
from .play_view import (
    after_reveal_text,
    card_note,
    has_reveal,
    nothing_to_undo,
    reveal_height,
    side_text,
    turn_words,
)
from .round_progress import progress_words


class PlaySide(Scene):
    """The layout half of the play screen; PlayScene fills in the session, the card and the controls."""

    session: Session
    couple: Couple
    deal: float
    flip: float
    timer_left: float | None
    input: AnswerInput | None
    card_rect: pygame.Rect
    side: pygame.Rect
    scroller: ScrollArea
    header: list[Widget]
    foot: int
    private_toggle: Toggle | None
    verdicts: list[Button]
    changed_button: Button | None
    talked_button: Button | None
    name: Callable[[int], str]
    card: Callable[[], Card | None]
    card_text: Callable[[Card], str]
    next_words: Callable[[], str]
    #: The listener's three cues said in one line: the side is too short for them and the controls below.
    cues_short = False
    #: Still short after that: the note takes two lines rather than three, a little nearer the words above it.
    snug = False
    #: Short even so (the largest text, a small window, a card with a follow-up): the cues and the line about the note
    #: say it in fewer words, so "Just between us" is in sight with Save.
    terse = False
    #: The step (turn and phase) the side was last laid out for, and the foot of the side it was scrolled for: a new
    #: one is scrolled to show its answer, and so is the same one when the key hints under the side grow a row
    #: (focus in the note field: "Alt+X"), so "Just between us" is not left cut at a foot that rose.
    laid_out: tuple[tuple[int, Phase], int] | None = None
    #: Room kept below the answer, so the side scrolls by whole lines of the words above it (see show_answer).
    tail = 0

    def handle_key(self, char: str) -> bool:
        """U (Alt+U while typing) with nothing to take back, the Undo button greyed: say why, not nothing."""
        if char.lower() == "u" and (undo := self.widget("Undo")) is not None and not undo.enabled:
            self.ui.toast(self.nothing_to_undo())
            return True
        return super().handle_key(char)

    def nothing_to_undo(self) -> str:
        return nothing_to_undo(self.session)

    def layout(self) -> None:
        """Place everything; when the side would scroll, the listener's cues go into one line, then the note gets
        snugger, then the cues and the line about the note get shorter, so the controls under the answer ("Just
        between us", "We talked, no note") are in sight from the first frame, with the words above them."""
        step = (id(self.session.current), self.session.phase)
        if self.laid_out is None or step != self.laid_out[0]:
            self.tail = 0
        self.cues_short = self.snug = self.terse = False
        card = self.card()
        if self._place() and self.session.phase is Phase.ANSWER and card is not None and card.kind is Kind.ASK:
            self.cues_short = True
            if self._place():
                self.snug = True
                if self._place():
                    self.terse = True
                    self._place()
        shown_for = (step, self.scroller.viewport.bottom)
        if shown_for != self.laid_out:
            self.laid_out = shown_for
            self.show_answer()

    def show_answer(self) -> None:
        """A step just come, whose side scrolls with a control of its answer cut at the foot ("Just between us" read
        "Iust between us"): scrolled so the answer shows whole (the note or the options, Save, "Just between us",
        "We talked, no note"), as Tab to the last of them would; so too when "Just between us" is wholly below the
        foot. Otherwise the words come first, from the top: another control wholly below the foot is only scrolled
        to, and an answer taller than half the side is shown from its top."""
        controls = [self.private_toggle, self.talked_button, *(self.input.widgets if self.input is not None else [])]
        shown = [w.rect for w in controls if w is not None and w in self.widgets and w.visible]
        view = self.scroller.viewport
        toggle = self.private_toggle
        # "Just between us" wholly below the foot, under a Save in sight, would be missed before the answer is saved.
        unseen = toggle is not None and toggle in self.widgets and toggle.visible and toggle.rect.top >= view.bottom
        if not self.scroller.scrolls or not (unseen or any(rect.top < view.bottom < rect.bottom for rect in shown)):
            return
        margin = self.ui.theme.px(12)
        down = max(rect.bottom for rect in shown) + margin - view.bottom
        # By whole paragraphs of the words above: the first one shown starts at the top of the side (which reaches a
        # little above the words, for a focus ring), and no sentence is left cut, or begun halfway, there.
        edge = view.top - self.side.top + self.scroller.offset  # where the side shows from, down from its first words
        down = next((top - edge for top in self._paragraph_tops() if top - edge >= down), down)
        if down <= min(min(rect.top for rect in shown) - margin - view.top, view.height // 2):
            self.tail = max(0, down - self.scroller.limit)  # room below the answer to scroll that far
            self.layout()
            if self.scroller.by(down):
                self.layout()

    def _place(self) -> bool:
        """Lay out once; True when the side's words and controls are taller than its room."""
        t = self.ui.theme
        width, _height = t.size
        top = t.px(96)
        self.card_rect = table_card_rect(t)
        self.foot = self.floor() - t.px(12)
        card = self.card()
        for share in (0.46, 0.52):  # long words at a large text size: a wider card (before the small buttons are placed)
            if card is None or body_fits(self.ui, self.card_rect.size, self.card_text(card), card_note(self.session, card)):
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
        for widget in small:
            widget.top_bar = True
        # With a text field on screen the chips may read "Alt+X": room for the longer one, so focus moving never overlaps them.
        chord = TYPING_CHORD if self.input is not None and self.input.field is not None else ""
        wides = []
        for widget in small:
            # Room for the longest words it may show (Star, Unstar), so a change of words never moves the others.
            text_w = max(self.ui.text.measure(words, t.style("button")) for words in (widget.label, *widget.also)) + t.px(40)
            if isinstance(widget, Button) and widget.hotkey:
                text_w += self.ui.text.measure(f"{chord}{widget.hotkey.upper()}", t.style("hint")) + t.px(16)
            wides.append(text_w)
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
        # The first words (who asks and who answers, whose turn to judge) stay put: the rest scrolls under them.
        pinned = self._text_height(side_text(self)[:1])
        viewport = pygame.Rect(self.side.left, top + pinned - t.px(8), self.side.width, max(0, self.foot - top - pinned + t.px(8)))
        body = pygame.Rect(self.side.left + t.px(28), self.side.top - offset, self.side.width - t.px(56), 0)
        gap = t.px(24 if self.snug else 40)  # between the words and the controls under them
        body.top += self._text_height(side_text(self)) + gap
        if has_reveal(self):
            body.top += reveal_height(self) + t.px(30)
            after = after_reveal_text(self)
            if after:  # the follow-ups under the two answers (drawn 20 below them), with the words' gap before the controls
                body.top += self._text_height(after) + t.px(10)
        words_bottom = body.top - gap
        body.height = max(0, self.foot - (body.top + offset))  # the room down to the key hints, before any scrolling
        self._layout_side(body, small)
        placed = [w.rect.bottom for w in self.widgets if w.visible and w not in small]
        content = max([words_bottom, *placed]) + offset + t.px(18) + self.tail - viewport.top
        if self.scroller.fit(viewport, content, [w for w in self.widgets if w not in small]):
            return self._place()  # scrolled further than there is now (a shorter step, a larger window)
        return self.scroller.limit > 0

    def floor(self) -> int:
        """How far down the side may reach: the top of the key hints (date night's clock may sit above them), as high as
        they reach in any of the ways this step may show them (`hint_ways`), so a foot that rises when the focus moves
        into the note never leaves "Just between us" cut under it."""
        return min(self.ui.hints_top(hints) for hints in self.hint_ways())

    def hint_ways(self) -> list[list[tuple[str, str]]]:
        """The key hints as they are now, and as they may be while this step lasts."""
        return [self.hints]

    @property
    def viewport(self) -> pygame.Rect:
        """The part of the side that shows: its words and controls scroll inside it."""
        return self.scroller.viewport

    def _layout_side(self, body: pygame.Rect, small: list[Widget]) -> None:
        """The controls under the words beside the card, from `body.top` down."""
        t = self.ui.theme
        if self.input is not None:
            if self.input.field is not None and self.input.field.multiline:
                self.input.field.rows = 2 if self.snug else 3
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
        for widget in main:
            if any(widget is verdict for verdict in self.verdicts):
                if widget is self.verdicts[0]:
                    # Side by side in thirds; one under another where a third cannot hold a verdict's words and key.
                    row = Page().begin(self.ui, pygame.Rect(body.left, y, body.width, body.height))
                    row.row(self.verdicts, 54, between=12)
                    y = row.y
                continue
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
        self.scroll_by(self.scroller.reveal(widget.in_sight(self.ui), self.ui.theme.px(12)))

    def typing(self) -> bool:
        """Letters are typed while the answer box has the focus, and also while it holds words not yet saved and the
        focus is on a button or toggle beside it: a plain X then never passes a card with an answer on it (Alt+X
        does, as the chips say)."""
        if super().typing():
            return True
        field, focused = self.input.field if self.input is not None else None, self.focused()
        held = isinstance(field, TextField) and bool(field.value.strip())
        return held and not isinstance(focused, Slider)  # a date's month keeps its arrows

    def handle(self, intent: Intent) -> None:
        if isinstance(intent, Wheel):
            self.scroll_by(-intent.dy * self.ui.theme.px(60))
            return
        if isinstance(intent, Point) and intent.down:
            side = [w for w in self.widgets if w not in self.header]
            if self.scroller.hidden_at(intent.pos, side, self.header):
                return  # the hidden part of a control scrolled out of the side is not there to click
        before = self.focused()
        field = self.input.field if self.input is not None else None
        if field is not None and isinstance(intent, (Text, Composition, Edit)) and not (before and before.typing):
            self.focus_on(field)  # words typed with the focus on "Just between us" or Save go on the answer
        super().handle(intent)
        focused = self.focused()
        if isinstance(intent, Point) and field is not None and focused is self.private_toggle:
            self.focus_on(field)  # a click on the answer's own toggle: typing goes on where it was
            focused = field
        # The focus (Tab) or typing brings its control into sight.
        moved = focused is not before or (focused is not None and focused.typing and isinstance(intent, (Text, Edit)))
        if moved:
            self.reveal_focus()

    def _paragraph_tops(self) -> list[int]:
        """Where each paragraph of the words beside the card begins, down from the first (as drawn, unscrolled)."""
        t = self.ui.theme
        tops, y = [], 0
        for text, style, _ in side_text(self):
            tops.append(y)
            y += self.ui.text.block(text, t.style(style), (0, 0, 0), max(10, self.side.width - t.px(56))).get_height() + t.px(10)
        return tops

    def _text_height(self, lines: list[tuple[str, str, str]]) -> int:
        """How tall the side's `lines` are, each as a paragraph and the gap after it."""
        t = self.ui.theme
        total = 0
        for text, style, _ in lines:
            total += self.ui.text.block(text, t.style(style), (0, 0, 0), max(10, self.side.width - t.px(56))).get_height() + t.px(
                10
            )
        return total


def text_h(scene: Scene, style: str) -> int:
    return scene.ui.text.line_height(scene.ui.theme.style(style))
