"""One partner's private answer behind the curtain: a both card, or a scenario's pick and prediction."""

from __future__ import annotations

import json
from abc import abstractmethod
from collections.abc import Callable
from enum import Enum
from typing import TypeVar

import pygame

from game.core.answers import AnswerError, AnswerValue, describe
from game.core.cards import WHO_VALUES, AnswerType, Card, Kind, fill
from game.core.quote_marks import in_quotes, quote_ends_sentence

from .answer_input import AnswerInput, build_answer_input, refuse
from .drafts import DraftKeeper
from .drawing import panel, paragraph, text_at
from .intents import Edit, Intent, Point, Text, Wheel
from .page import hint_bar
from .scene import TYPING_CHORD, UI, ResultScene
from .scroll import ScrollArea
from .theme import hex_color
from .widgets import Button

T = TypeVar("T")

#: A private answer as the session takes it: the answer, or for a scenario [own pick, predicted partner pick].
PrivateAnswer = AnswerValue | list[AnswerValue]

#: A typed private answer's way on without one: the X-card, as the table's Pass (a pick screen is always answered by a click).
PASS_CARD = "Pass this card"
#: The save button behind the curtain: the answer is hidden from the partner until both have answered, then shown.
HIDE_TILL_BOTH = "Hide it till you've both answered"


class Passed(Enum):
    """What a private answer screen closes with when its partner passed the card instead of answering."""

    CARD = "pass"


#: Before a scenario's kept draft: its own pick is made and the prediction is next (a character no one types).
PICKED = "\x1d"


def picked_draft(own: AnswerValue) -> str:
    """A scenario's own pick, kept as a draft when the window closes before the prediction."""
    return PICKED + json.dumps(own)


def picked_from(draft: str) -> AnswerValue | None:
    """The own pick a draft from `picked_draft` holds; None for any other draft."""
    if not draft.startswith(PICKED):
        return None
    try:
        value = json.loads(draft[len(PICKED) :])
    except ValueError:
        return None
    return value if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None


class AnswerAloneScene(ResultScene[T]):
    """One partner alone with a card and an answer field; the subclass says what it closes with."""

    #: What Enter does to the answer, as the key hints say it (in step with the save button's words).
    save_words = "save"

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        kind = self.card.answer_type
        count = len(self.card.options) if kind is AnswerType.CHOICE else len(WHO_VALUES) if kind is AnswerType.WHO else 0
        picks = [(f"1-{count}", "pick")] if count else []
        # Nothing picked yet: Enter does nothing. A scenario's own pick is not hidden yet: the guess at theirs comes next.
        words = "pick, then guess theirs" if self.card.kind is Kind.SCENARIO and self.own is None else self.save_words
        enter = [("Enter", words)] if self.focused() is not None else []
        hints = [*picks, ("Tab", "move"), *enter, ("Esc", self.esc_words())]
        return self.input.said(hints, self.focused()) if self.input else hints  # a date's day and month: Enter moves on

    def esc_words(self) -> str:
        """What Esc does here, for the key hints."""
        return "change my pick" if self.predicting else "hand back"

    def __init__(
        self,
        ui: UI,
        card: Card,
        name: str,
        partner: str,
        color: str,
        text: str | None = None,
        draft: str = "",
        keep: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(ui)
        self.card, self.name, self.partner, self.color = card, name, partner, color
        #: The card's words as this partner sees them (filled with both partners' pronouns by the caller).
        self.text = text if text is not None else fill(card.text, name=name, partner=partner)
        self.own: AnswerValue | None = None
        self.input: AnswerInput | None = None
        #: Half-typed when the window last closed or the laptop was handed back, put back once; and where to keep
        #: it if that happens now.
        self.draft, self.keep = draft, keep
        #: Keeps what is typed as it is typed (the draft put back is kept already), for `closing` and `update`.
        self.keeper = DraftKeeper(keep, draft) if keep is not None else None
        self.box = pygame.Rect(0, 0, 0, 0)
        #: A quiet way on beside the main button, if the screen has one (a typed private answer's Pass).
        self.aside: Button | None = None
        #: The answer area under the card and the question: it scrolls when long options at a large text
        #: size are taller than the window, while the card's words and the question stay in sight.
        self.scroller = ScrollArea()
        #: Choices that would not all show at once are drawn closer: each row only as tall as its own words, the
        #: gaps smaller, and fewer words above them (`short_question`), so a couple sees every choice unscrolled.
        self.tight = False

    @property
    def predicting(self) -> bool:
        return self.card.kind is Kind.SCENARIO and self.own is not None

    def heading(self) -> str:
        """Above the card, beside this partner's colour: who is at the screen."""
        return f"Only {self.name} is looking"

    @abstractmethod
    def question(self) -> str:
        """What this partner is asked, under the card."""

    def short_question(self) -> str:
        """The question where room is short (`tight`): only what the choices cannot be read without."""
        return self.question()

    def asked(self) -> str:
        """The question as shown: in fewer words when the choices are drawn tight."""
        return self.short_question() if self.tight else self.question()

    def layout(self) -> None:
        self.tight = False
        self._place()
        if self.scroller.scrolls:  # choices or the answer's button below the fold: closer, and fewer words above
            self.tight = True
            self._place()

    def _place(self) -> None:
        t = self.ui.theme
        width, height = t.size
        top_margin = t.px(40) if height - t.px(120) >= t.px(600) else t.px(16)  # a short window keeps more room for options
        wide = min(width - t.px(60), t.px(1100)) if self.tight else min(width - t.px(100), t.px(900))  # tight: wider lines
        self.box = pygame.Rect(0, 0, wide, height - top_margin - hint_bar(self.ui) - t.px(4))
        self.box.midtop = (width // 2, top_margin)
        inner = self.box.inflate(-t.px(80), 0)
        top = self.answers_top()
        # The viewport reaches a little past the controls on every side, so a focus ring stays inside it.
        viewport = pygame.Rect(inner.left - t.px(16), top - t.px(8), inner.width + t.px(32), 0)
        viewport.height = max(0, self.box.bottom - t.px(8) - viewport.top)
        if not self.input:
            self.scroller.fit(viewport, 0, [])
            return
        offset = self.scroller.offset
        self.input.layout(self, pygame.Rect(inner.left, top - offset, inner.width, self.box.bottom - top))
        self._fit_options()
        self._place_aside(inner)
        field = self.input.field
        cut = field.rect.height - (viewport.height - t.px(12)) if field is not None else 0
        least = 2 * self.ui.text.line_height(t.style("body")) + 2 * t.px(12) + t.px(4)  # two lines and the padding
        if field is not None and field.multiline and cut > 0 and field.rect.height - cut >= least:
            # A three-line answer box in a short window: it fits the viewport with its ring (its text scrolls inside).
            below = field.rect.bottom
            field.rect.height -= cut
            for other in self.widgets:
                if other is not field and other.rect.top >= below:
                    other.rect.top -= cut
        bottom = max((w.rect.bottom for w in self.widgets if w.visible), default=top - offset)
        content = bottom + offset + t.px(16) - viewport.top
        if self.scroller.fit(viewport, content, self.widgets):
            self._place()  # scrolled further than there is now (fewer options, a larger window)

    def card_top(self) -> int:
        """Where the card's words start, under who is looking (closer under it when the choices are drawn tight)."""
        t = self.ui.theme
        if not self.tight:
            return self.box.top + t.px(90)
        return self.box.top + min(t.px(90), t.px(32) + self.ui.text.line_height(t.style("body_bold")) + t.px(14))

    def answers_top(self) -> int:
        """Where the answer area starts: under the card's words and the question (`box` placed already)."""
        t = self.ui.theme
        inner = self.box.inflate(-t.px(80), 0)
        text_h = self.ui.text.block(self.text, t.style("card"), (0, 0, 0), inner.width).get_height()
        asked = self.asked()
        if not asked:
            return self.card_top() + text_h + t.px(20)
        question_h = self.ui.text.block(asked, t.style("body"), (0, 0, 0), inner.width).get_height()
        if self.tight:
            return self.card_top() + text_h + t.px(12) + question_h + t.px(16)
        return self.card_top() + text_h + t.px(20) + max(t.px(26), question_h) + t.px(24)

    def refresh(self, keep_focus: bool = True) -> None:
        super().refresh(keep_focus)
        self.reveal_focus()  # the control that has the focus first shows whole, its ring too

    def scroll_by(self, delta: int) -> None:
        if self.scroller.by(delta):
            self.layout()
            self.ui.dirty = True

    def reveal_focus(self) -> None:
        """Scroll so the focused control shows whole (Tab to the save button below the fold, and there it is)."""
        widget = self.focused()
        if widget is not None:
            self.scroll_by(self.scroller.reveal(widget.in_sight(self.ui), self.ui.theme.px(12)))

    def handle(self, intent: Intent) -> None:
        if isinstance(intent, Wheel):
            self.scroll_by(-intent.dy * self.ui.theme.px(60))
            return
        if isinstance(intent, Point) and intent.down and self.scroller.hidden_at(intent.pos, self.widgets, []):
            return  # the hidden part of an option scrolled out of sight is not there to click
        before = self.focused()
        super().handle(intent)
        focused = self.focused()
        # The focus (Tab, a pick's number) or typing brings its control into sight.
        if focused is not before or (focused is not None and focused.typing and isinstance(intent, (Text, Edit))):
            self.reveal_focus()

    def _options(self) -> list[Button]:
        """The choices to pick from (none for an answer typed or set on a slider)."""
        if self.input is None:
            return []
        return [w for w in self.input.widgets if isinstance(w, Button) and w is not self.input.submit]

    def _place_aside(self, inner: pygame.Rect) -> None:
        """The quiet button beside the main one: on its row at the left when that is free, else under it."""
        aside, submit = self.aside, self.input.submit if self.input is not None else None
        if aside is None or submit is None:
            return
        t = self.ui.theme
        # Its key shows as "Alt+X" while the answer box has the focus, and as "X" after Tab: room for the longer, so
        # "Pass this card" never wraps as the focus moves (the chord is only set as the screen draws).
        chord, aside.chord = aside.chord, TYPING_CHORD
        chip, aside.chord = aside.chip_width(self.ui), chord
        width = min(inner.width, self.ui.text.measure(aside.label, t.style("button")) + chip + t.px(48))
        aside.rect = pygame.Rect(inner.left, submit.rect.top, width, submit.rect.height)
        beside = aside.rect.right + t.px(14) <= submit.rect.left
        if not beside or any(w is not aside and w.visible and w.rect.colliderect(aside.rect) for w in self.widgets):
            aside.rect = pygame.Rect(inner.right - width, submit.rect.bottom + t.px(12), width, t.px(52))
        aside.rect.height = max(aside.rect.height, aside.fit_height(self.ui, 52))

    def _fit_options(self) -> None:
        """Options whose words need more lines than the input gave them grow, and the rows below move down; drawn
        tight, each row is as tall as its own words (not the longest option's) and the rows sit closer."""
        options = self._options()
        if not options:
            return
        t = self.ui.theme
        last = max(widget.rect.bottom for widget in options)
        rows: dict[int, list[Button]] = {}
        for widget in options:
            rows.setdefault(widget.rect.top, []).append(widget)
        bottom: int | None = None  # of the row placed last
        shift = 0  # how far the row placed last moved its foot
        for top in sorted(rows):
            row = rows[top]
            was = row[0].rect.height
            if self.tight:
                height = max(widget.fit_height(self.ui, 44) for widget in row)
                at = top if bottom is None else bottom + t.px(6)
            else:
                height = max(was, *(widget.fit_height(self.ui, 0) for widget in row))
                at = top + shift
            for widget in row:
                widget.rect.top, widget.rect.height = at, height
            bottom = at + height
            shift = bottom - (top + was)
        for other in self.widgets:  # what the input placed below the options moves with them
            if other not in options and other.rect.top >= last - t.px(10):
                other.rect.top += shift

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        surface.fill(t.color("background"))
        panel(surface, self.ui, self.box)
        inner = self.box.inflate(-t.px(80), 0)
        pygame.draw.circle(surface, hex_color(self.color), (inner.left + t.px(8), self.box.top + t.px(44)), t.px(8))
        text_at(surface, self.ui, self.heading(), "body_bold", (inner.left + t.px(26), self.box.top + t.px(32)))
        y = self.card_top()
        card_text = self.text
        y += paragraph(surface, self.ui, card_text, "card", pygame.Rect(inner.left, y, inner.width, 0), "text")
        if asked := self.asked():
            gap = t.px(12) if self.tight else t.px(20)
            paragraph(surface, self.ui, asked, "body", pygame.Rect(inner.left, y + gap, inner.width, 0), "muted")
        with self.scroller.clipped(surface):
            self.draw_widgets(surface)
        self.scroller.draw_bar(surface, t)


class PrivateAnswerScene(AnswerAloneScene[PrivateAnswer | Passed | None]):
    """Closes with the PrivateAnswer, Passed.CARD when the card was passed, or None when handed back without one.

    A typed answer has a Pass of its own beside "Keep it secret": with the mouse alone there was no way on from
    it but an answer (the table's Pass is reached only by handing back first). A pick needs no such button: a
    click on an option is always a way on, and the room goes to the options.

    The save button says what happens to the answer: hidden from the partner until both have answered, then shown
    to both ("Keep it secret" read as "never show this")."""

    save_words = "hide till you've both answered"

    def build(self) -> None:
        draft, self.draft = self.draft, ""  # the first answer only: a scenario's prediction starts afresh
        if self.card.kind is Kind.SCENARIO and (own := picked_from(draft)) is not None:
            self.own, draft = own, ""  # picked before the window closed: the prediction is what is left
        self.input = build_answer_input(
            self, self.card, self.take, HIDE_TILL_BOTH, draft=draft, partner=self.partner, on_empty=self.nothing_typed
        )
        self.aside = Button(PASS_CARD, self.pass_card, kind="quiet", hotkey="x") if self.input.field is not None else None
        if self.aside is not None:
            self.add(self.aside)

    def nothing_typed(self) -> None:
        """Kept empty: say what this screen offers instead (a typed answer, or its own Pass)."""
        if self.input is not None and self.input.field is not None:
            why = f"Type your answer first, or choose {in_quotes(PASS_CARD)}."
            refuse(self, self.input.field, AnswerError(why))

    def pass_card(self) -> None:
        """The X-card, from behind the curtain: no reason asked, nothing typed here is kept."""
        self.keeper = None  # what was typed is not kept as a draft for a card that will not come back
        self.dismiss(Passed.CARD)

    def draft_now(self) -> str:
        """What to keep if the window closed now: the pick made before the prediction, or what is typed."""
        if self.own is not None:
            return picked_draft(self.own)  # the window closed between the pick and the prediction
        return self.input.draft_text() if self.input is not None else ""

    def closing(self) -> None:
        if self.keeper is not None:
            self.keeper.now(self.draft_now())

    def update(self, dt: float) -> bool:
        if self.keeper is not None:
            self.keeper.tick(dt, self.draft_now())  # kept as it is typed: a crash loses a few seconds at most
        return False

    def take(self, value: AnswerValue) -> None:
        if self.card.kind is Kind.SCENARIO and self.own is None:
            self.own = value
            self.scroller.offset = 0  # the prediction starts from the top of its options
            self.ui.sound.play("tick")
            self.refresh(keep_focus=False)
            return
        self.dismiss([self.own, value] if self.own is not None else value)

    def back(self) -> None:
        if self.own is not None:
            self.own = None
            self.scroller.offset = 0
            self.refresh(keep_focus=False)
        else:
            self.closing()  # handed back half-typed: kept for when the laptop comes back, as a closed window keeps it
            self.dismiss(None)

    def question(self) -> str:
        if self.card.kind is Kind.SCENARIO:
            if self.own is None:
                return "Pick the answer that is most you."
            # Their own pick is saved at a key press: say which, before the guess (they may not have answered yet).
            return f"You picked {quote_ends_sentence(describe(self.card, self.own))} And which do you think {self.partner} picks?"
        if self.card.answer_type is AnswerType.WHO:
            return f"Pick who, as you see it. {self.partner} answers too, and your answers stay hidden until then."
        return "Your answer stays hidden until you have both answered."

    def short_question(self) -> str:
        """Where room is short: a scenario's question whole (it says which pick is being made), who to pick, and no
        more (who is looking, over the card, says the answer is private)."""
        if self.card.kind is Kind.SCENARIO:
            return self.question()
        return "Pick who, as you see it." if self.card.answer_type is AnswerType.WHO else ""
