"""Widgets for entering an answer of any type: text, choice, date, number, scale."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.core.answers import (
    MONTH_NAMES,
    AnswerError,
    AnswerValue,
    DateOrder,
    UnreadableDate,
    parse_answer,
    parse_date,
    who_label,
)
from game.core.cards import WHO_VALUES, AnswerType, Card
from game.core.date_typing import may_become_date
from game.core.number_typing import YEAR_DIGITS, may_become_number, may_become_year
from game.core.quote_marks import in_quotes

from .checked_field import CheckedField
from .scene import Scene
from .text_field import TextField
from .widgets import Button, Slider, Widget

if TYPE_CHECKING:
    from .context import Context as UI
    from .intents import Intent

PLACEHOLDERS = {
    AnswerType.TEXT: "A short note of the answer",
    AnswerType.NUMBER: "A number",
}


#: Said under the day box when what was typed can never be part of a day: {what} is the part left out.
NOT_A_DAY = "{what} can't be part of a day: type a number, like 14, or a date, like 14 March."
#: Said under the year box when what was typed can never be part of a year.
NOT_A_YEAR = "{what} can't be part of a year: type four digits, like 1994, or leave it empty."
#: Said under a number answer when what was typed can never be part of a number.
NOT_A_NUMBER = "{what} can't be part of a number: type it in digits, like 7 or 2.5."
#: Said when Enter finds a number box empty, where a button of its own goes on without a number: {way} names it.
NUMBER_FIRST = "Type the number first, or choose {way} if you'd rather not save one."
#: What Enter does in that empty number box, for the key hints.
NUMBER_FIRST_HINT = "type a number first"
#: Between a date draft's day, month and year: a character no one types.
DATE_DRAFT = "\x1f"
SCALE_START = 5  # a scale starts in the middle


@dataclass
class AnswerInput:
    """The widgets of one answer, and a way to read a valid value from them."""

    card: Card
    widgets: list[Widget] = field(default_factory=list)
    field: TextField | None = None
    slider: Slider | None = None
    submit: Button | None = None
    #: A date's optional year, beside its day field (the month is the slider, by name).
    year: TextField | None = None
    #: The button that goes on without a number ("We just talked"): Enter in an empty number box names it, never
    #: presses it ('' where the screen has no such button).
    way_on: str = ""
    #: What Enter does in an empty text box where the screen goes on without a note ("we talked, no note"), for the
    #: key hints: a couple reading "save" over an empty box would think something was kept.
    empty_words: str = ""

    def draft_text(self) -> str:
        """What is half-given, to keep when the window closes ('' if nothing): typed text, a date's day, month
        and year together, a scale moved from its middle. `build_answer_input(draft=…)` puts it back."""
        if self.field is not None and self.slider is not None and self.year is not None:  # a date
            day, month, year = self.field.value.strip(), int(self.slider.value), self.year.value.strip()
            return DATE_DRAFT.join((day, str(month), year)) if day or year or month != 1 else ""
        if self.field is not None:
            return self.field.value if self.field.value.strip() else ""
        if self.slider is not None and int(self.slider.value) != SCALE_START:
            return str(int(self.slider.value))
        return ""

    def enter_words(self, focused: Widget | None, otherwise: str) -> str:
        """What Enter does to `focused`, for the key hints: in a date, the day and the month move on to the next part
        (a whole date typed in the day box is saved, as the year saves); anywhere else, `otherwise`."""
        if self.year is None or focused is None:
            return otherwise
        day = self.field.value.strip() if self.field is not None else ""
        if focused is self.slider or (focused is self.field and (not day or day_moves_on(day))):
            return "next"  # an empty day box stays, saying what to type there first
        return otherwise

    def said(self, hints: list[tuple[str, str]], focused: Widget | None) -> list[tuple[str, str]]:
        """`hints` with Enter's words as `enter_words` says them for the focused part of a date, or as a pick or a
        number box does: on a pick with no option moved to yet, Enter does nothing, so the keys that pick are said
        in its place."""
        options = self.options()
        if options and focused is None:
            picks = [(f"1-{len(options)}", "pick")] if options[0].hotkey and ("pick" not in dict(hints).values()) else []
            return [*picks, *((key, words) for key, words in hints if key != "Enter")]
        if focused is not None and focused in options:
            return [(key, "pick this one" if key == "Enter" and words == "choose" else words) for key, words in hints]
        empty = NUMBER_FIRST_HINT if self.way_on else self.empty_words  # what Enter does in this box left empty
        if focused is not None and focused is self.field and empty and not self.field.value.strip():
            return [(key, empty if key == "Enter" else words) for key, words in hints]
        return [(key, self.enter_words(focused, words) if key == "Enter" else words) for key, words in hints]

    def options(self) -> list[Button]:
        """The answers to pick from, for a choice or a who's-more-likely card (none for one typed or set on a slider)."""
        return [w for w in self.widgets if isinstance(w, Button) and w.picked_on_purpose]

    def layout(self, scene: Scene, rect: pygame.Rect) -> int:
        """Place the widgets in `rect` (top-aligned); returns the height used."""
        t = scene.ui.theme
        y = rect.top
        options = [w for w in self.widgets if isinstance(w, Button) and w is not self.submit]
        if options:
            widest = max(scene.ui.text.measure(w.label, t.style("button")) for w in options) + t.px(70)
            two = (rect.width - t.px(14)) // 2
            columns = 2 if len(options) > 3 and widest <= two else 1
            height = t.px(50)
            room = rect.height - t.px(140) if rect.height > 0 else None  # what the save button and hints below need
            if columns == 1 and len(options) > 3 and room is not None and len(options) * t.px(60) > room:
                # Long options in one column would run off the screen: two columns, each option on up to two lines.
                columns = 2
                height = max(height, 2 * scene.ui.text.line_height(t.style("button")) + t.px(12))
            width = (rect.width - (columns - 1) * t.px(14)) // columns
            for widget in options:
                widget.rect.width = width
            height = max([height, *(w.fit_height(scene.ui, 50) for w in options)])  # every option's words, wrapped
            pitch = height + t.px(10)
            for index, widget in enumerate(options):
                column, row = index % columns, index // columns
                widget.rect = pygame.Rect(rect.left + column * (width + t.px(14)), y + row * pitch, width, height)
            y += ((len(options) + columns - 1) // columns) * pitch
        if self.year is not None and self.field is not None and self.slider is not None:
            return self._layout_date(scene, rect)
        if self.field is not None:
            design = 40 * self.field.rows if self.field.multiline else 52
            height = self.field.fit_height(scene.ui, design)  # larger text: a taller field
            submit_w = 0
            if self.submit:
                submit_w = scene.ui.text.measure(self.submit.label, t.style("button")) + t.px(48)
            self.field.error_width = rect.width  # a long reason wraps under the whole answer, clear of Save
            if self.field.multiline or submit_w > rect.width // 3:
                self.field.rect = pygame.Rect(rect.left, y, rect.width, height)
                y += height + t.px(14) + self.field.error_room(scene.ui)
                if self.submit:
                    self.submit.rect = pygame.Rect(rect.right - min(submit_w, rect.width), y, min(submit_w, rect.width), t.px(52))
                    self.submit.rect.height = self.submit.fit_height(scene.ui, 52)  # a long name wraps; the button grows
                    y += self.submit.rect.height
            else:
                self.field.rect = pygame.Rect(rect.left, y, rect.width - submit_w - t.px(14), height)
                if self.submit:
                    self.submit.rect = pygame.Rect(self.field.rect.right + t.px(14), y, submit_w, t.px(52))
                y += height + self.field.error_room(scene.ui)
            y += t.px(30)
        if self.slider is not None:
            submit_w = scene.ui.text.measure(self.submit.label, t.style("button")) + t.px(48) if self.submit else 0
            beside = rect.width - submit_w - t.px(24) >= t.px(260)  # else Save goes under the slider, not squeezing it
            self.slider.rect = pygame.Rect(rect.left, y, rect.width - submit_w - t.px(24) if beside else rect.width, t.px(60))
            self.slider.rect.height = self.slider.fit_height(scene.ui, 60)
            if self.submit and beside:
                self.submit.rect = pygame.Rect(rect.right - submit_w, y + t.px(6), submit_w, t.px(52))
            elif self.submit:
                self.submit.rect = pygame.Rect(rect.right - min(submit_w, rect.width), self.slider.rect.bottom + t.px(14), 0, 0)
                self.submit.rect.width = min(submit_w, rect.width)
                self.submit.rect.height = self.submit.fit_height(scene.ui, 52)
            y = max(self.slider.rect.bottom, self.submit.rect.bottom if self.submit else 0) + t.px(10)
        return y - rect.top

    def _layout_date(self, scene: Scene, rect: pygame.Rect) -> int:
        """One row, as a date is said: the day, the month by name on a slider, the year; then Save."""
        assert self.field is not None and self.year is not None and self.slider is not None
        t = scene.ui.theme
        line = scene.ui.text.line("Ag", t.style("body"), (0, 0, 0)).get_height()
        height = max(t.px(60), line + t.px(30), self.field.fit_height(scene.ui, 60), self.year.fit_height(scene.ui, 60))
        gap = t.px(14)
        day_w, year_w = rect.width * 22 // 100, rect.width * 24 // 100
        self.field.error_width = rect.width  # the day field is narrow: its error runs under the whole date, above Save
        self.field.rect = pygame.Rect(rect.left, rect.top, day_w, height)
        self.slider.rect = pygame.Rect(rect.left + day_w + gap, rect.top, rect.width - day_w - year_w - 2 * gap, height)
        self.year.rect = pygame.Rect(rect.right - year_w, rect.top, year_w, height)
        if self.slider.fit_height(scene.ui, 60) > height:  # the month's name needs more than the row leaves it
            # The year goes under the day; the month takes the rest of the first row, or a row of its own.
            # Read left to right, top to bottom, the boxes come in the order Tab visits them: day, month, year.
            self.slider.rect = pygame.Rect(rect.left + day_w + gap, rect.top, rect.width - day_w - gap, height)
            below = rect.top + height + gap + self.field.error_room(scene.ui)  # the day's error, if any
            if self.slider.fit_height(scene.ui, 60) > height:
                day_w = (rect.width - gap) // 2
                self.field.rect = pygame.Rect(rect.left, rect.top, day_w, height)
                self.slider.rect = pygame.Rect(rect.left, below, rect.width, height)
                below += height + gap
            self.year.rect = pygame.Rect(rect.left, below, max(day_w, year_w), height)
        stacked = self.year.rect.top > self.field.rect.top  # the day's error is above the year: room kept for it
        y = self.year.rect.bottom + t.px(16) if stacked else self.field.rect.bottom + t.px(16) + self.field.error_room(scene.ui)
        if self.submit is not None:
            submit_w = min(rect.width, scene.ui.text.measure(self.submit.label, t.style("button")) + t.px(48))
            self.submit.rect = pygame.Rect(rect.right - submit_w, y, submit_w, t.px(52))
            self.submit.rect.height = self.submit.fit_height(scene.ui, 52)
            if stacked and rect.right - submit_w - gap >= self.year.rect.right and self.submit.rect.height <= height:
                self.submit.rect.bottom = self.year.rect.bottom  # Save beside the year, on its row
                return self.year.rect.bottom - rect.top + t.px(24)
            y += self.submit.rect.height
        return y - rect.top + t.px(24)


def day_moves_on(text: str) -> bool:
    """Enter in a date's day box moves on to the month once a day is typed, unless it is a whole date ("14 March",
    "12/06"), which Enter saves; an empty day box stays, saying what to type."""
    return text.strip().isdecimal()


class MonthSlider(Slider):
    """A date's month by name: Enter moves on to the year, as Tab does, so no one saves half a date by accident."""

    def __init__(self, label: str, month: int, on_enter: Callable[[], None]) -> None:
        super().__init__(label, month, 1, 12, 1, lambda v: None, lambda v: MONTH_NAMES[int(v) - 1])
        self.on_enter = on_enter

    def handle(self, intent: Intent, ui: UI) -> bool:
        from .intents import Confirm  # ~12 ms to build: not before the first frame (see intents.py)

        if isinstance(intent, Confirm):
            self.on_enter()
            return True
        return super().handle(intent, ui)


def date_value(day_text: str, month: int, year_text: str, order: DateOrder) -> str:
    """The stored date from the date entry: a day and the month by name (year optional), or a whole typed date.

    A whole date typed in the day field ("12/06", "14 March") is read the way dates are written here (`order`).
    """
    day_text, year_text = day_text.strip(), year_text.strip()
    if not day_text:  # said in the words of the form on screen: a day box, then the month's slider
        raise AnswerError("Type the day, then choose the month.")
    if not day_text.isdecimal():
        try:
            return parse_date(day_text, order)
        except UnreadableDate:
            raise AnswerError("Type the day as a number, like 14, then choose the month.") from None
    if year_text and not (year_text.isdecimal() and len(year_text) == YEAR_DIGITS):
        raise AnswerError("The year is four digits, like 1994, or leave it empty.")
    return parse_date(f"{year_text}-{month:02d}-{int(day_text):02d}" if year_text else f"{month:02d}-{int(day_text):02d}")


def build_answer_input(
    scene: Scene,
    card: Card,
    on_value: Callable[[AnswerValue], None],
    submit_label: str = "Save",
    prefix: str = "",
    draft: str = "",
    keys: bool = True,
    placeholder: str | None = None,
    partner: str = "You",
    on_empty: Callable[[], None] | None = None,
    way_on: str = "",
    empty_words: str = "",
) -> AnswerInput:
    """Add the right widgets for `card`'s answer type to `scene`; `on_value` gets a valid value.

    `partner` names the other one on a who's-more-likely card's buttons (Me, Sam, Both of us, Neither of us).
    `on_empty`, when given, is what an empty field's submit does instead of asking for an answer. A number box
    never hands its Enter on to it: when letters were just refused, their reason is said again; when it is empty and
    `way_on` names a button that goes on without a number, Enter says to type one or to choose that button. In an
    empty text box, the key hints say `empty_words` for Enter, where `on_empty` does something of its own.
    """
    made = AnswerInput(card, way_on=way_on if card.answer_type is AnswerType.NUMBER else "")
    made.empty_words = empty_words if on_empty is not None and card.answer_type is AnswerType.TEXT else ""
    kind = card.answer_type

    def from_field(text: str) -> None:
        assert made.field is not None
        if kind is AnswerType.NUMBER and not text.strip() and (made.field.error or made.way_on):
            # Letters typed and refused (the box looks empty): say why again and stay; Enter alone never throws them
            # away as "we just talked", which stays a choice of its own.
            refuse(scene, made.field, AnswerError(made.field.error or NUMBER_FIRST.format(way=in_quotes(made.way_on))))
            return
        if on_empty is not None and not text.strip():
            on_empty()  # nothing typed, and the screen offers a way to go on without a note
            return
        try:
            value = parse_answer(card, text)
        except AnswerError as error:
            refuse(scene, made.field, error)
            return
        on_value(value)

    if kind is AnswerType.DATE:
        _build_date(scene, made, on_value, submit_label, prefix, draft)
        for widget in made.widgets:
            scene.add(widget)
        return made
    if kind is AnswerType.CHOICE:
        for index, option in enumerate(card.options, start=1):
            hotkey = str(index) if keys and index <= 9 else None
            made.widgets.append(_option(f"{prefix}{option}", partial(on_value, option), hotkey))
    elif kind is AnswerType.WHO:
        for index, who in enumerate(WHO_VALUES, start=1):
            hotkey = str(index) if keys else None
            made.widgets.append(_option(f"{prefix}{who_label(who, partner)}", partial(on_value, who), hotkey))
    elif kind is AnswerType.SCALE:
        start = int(draft) if draft.isdecimal() and 1 <= int(draft) <= 10 else SCALE_START
        made.slider = Slider(f"{prefix}From 1 to 10", start, 1, 10, 1, lambda v: None, lambda v: f"{int(v)}")
        made.submit = Button(submit_label, lambda: on_value(int(made.slider.value if made.slider else start)), kind="primary")
        made.widgets += [made.slider, made.submit]
    else:
        hint = placeholder if placeholder is not None else PLACEHOLDERS.get(kind, "")
        if kind is AnswerType.NUMBER:  # a letter is refused as it is typed, and said why
            refused = partial(_refused, scene, made)
            made.field = CheckedField(f"{prefix}Answer", draft, may_become_number, NOT_A_NUMBER, refused, from_field, hint)
        else:
            multiline = kind is AnswerType.TEXT
            made.field = TextField(f"{prefix}Answer", draft, on_submit=from_field, multiline=multiline, placeholder=hint)
        made.submit = Button(submit_label, lambda: from_field(made.field.value if made.field else ""), kind="primary")
        made.widgets += [made.field, made.submit]
    for widget in made.widgets:
        scene.add(widget)
    return made


def _option(label: str, on_press: Callable[[], None], hotkey: str | None) -> Button:
    """One answer to pick: never the one a screen starts on (see `Widget.picked_on_purpose`)."""
    button = Button(label, on_press, hotkey=hotkey)
    button.picked_on_purpose = True
    return button


def _build_date(
    scene: Scene, made: AnswerInput, on_value: Callable[[AnswerValue], None], submit_label: str, prefix: str, draft: str
) -> None:
    """A day field, the month chosen by name on a slider (arrows or mouse), and an optional year."""
    order = getattr(scene.ui, "date_order", DateOrder.DAY_MONTH)

    def submit(_text: str = "") -> None:
        assert made.field is not None and made.year is not None and made.slider is not None
        try:
            value = date_value(made.field.value, int(made.slider.value), made.year.value, order)
        except AnswerError as error:
            refuse(scene, made.field, error)
            return
        on_value(value)

    day, month, year = [*draft.split(DATE_DRAFT, 2), "", ""][:3] if DATE_DRAFT in draft else (draft, "1", "")
    month_number = int(month) if month.isdecimal() and 1 <= int(month) <= 12 else 1
    # Each box keeps its name along its top while typing; the year's empty box says it may stay empty.
    refused = partial(_refused, scene, made)

    def move_on(to: Widget | None) -> None:
        """Enter in the day or the month: on to the next part of the date, as Tab goes (see `enter_words`)."""
        if to is not None:
            scene.focus_on(to)
            reveal = getattr(scene, "reveal_focus", None)
            if reveal is not None:
                reveal()  # where the answer scrolls, the next part comes into sight

    def day_entered(text: str) -> None:
        if day_moves_on(text):
            move_on(made.slider)
        else:
            submit()

    made.field = CheckedField(f"{prefix}Day", day, may_become_date, NOT_A_DAY, refused, day_entered, captioned=True)

    def year_typed(_text: str) -> None:
        """The year's reason is said under the day, across the whole date: it goes once the year is typed on."""
        if made.field is not None and made.field.error:
            made.field.error = ""
            scene.layout()

    # Room past four digits, so a fifth is refused in words rather than dropped without a sound.
    made.year = CheckedField(
        f"{prefix}Year", year, may_become_year, NOT_A_YEAR, refused, submit, "optional", 12, captioned=True, on_change=year_typed
    )
    made.slider = MonthSlider(f"{prefix}Month", month_number, lambda: move_on(made.year))
    made.submit = Button(submit_label, submit, kind="primary")
    made.widgets += [made.field, made.slider, made.year, made.submit]


def _refused(scene: Scene, made: AnswerInput, why: str) -> None:
    """What was typed in a box can never be right there: said as it is typed, where Enter says its own reasons (under
    the answer; under a date's day, for the whole date, as the year box is narrow)."""
    if made.field is not None:
        refuse(scene, made.field, AnswerError(why))


def refuse(scene: Scene, field: TextField, error: AnswerError) -> None:
    """What was typed does not fit: say why under the field, softly."""
    field.error = str(error)
    scene.ui.sound.play("soft")
    scene.layout()  # the reason takes room under the field: what follows moves down to make it
    reveal = getattr(scene, "reveal_focus", None)
    if reveal is not None:
        reveal()  # where the answer scrolls (larger text, a small window), the reason comes into sight with the field
    scene.ui.dirty = True
