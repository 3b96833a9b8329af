"""Widgets for entering an answer of any type: text, choice, date, number, scale."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from game.core.answers import AnswerError, parse_answer, who_label
from game.core.cards import WHO_VALUES, AnswerType, Card

from .scene import Scene
from .text_field import TextField
from .widgets import Button, Slider, Widget

PLACEHOLDERS = {
    AnswerType.TEXT: "A short note of the answer",
    AnswerType.DATE: "Month and day, like 14 March or 03-14",
    AnswerType.NUMBER: "A number",
}


@dataclass
class AnswerInput:
    """The widgets of one answer, and a way to read a valid value from them."""

    card: Card
    widgets: list[Widget] = field(default_factory=list)
    field: TextField | None = None
    slider: Slider | None = None
    submit: Button | None = None

    def layout(self, scene: Scene, rect: pygame.Rect) -> int:
        """Place the widgets in `rect` (top-aligned); returns the height used."""
        t = scene.ui.theme
        y = rect.top
        options = [w for w in self.widgets if isinstance(w, Button) and w is not self.submit]
        if options:
            widest = max(scene.ui.text.measure(w.label, t.style("button")) for w in options) + t.px(70)
            two = (rect.width - t.px(14)) // 2
            columns = 2 if len(options) > 3 and widest <= two else 1
            width = (rect.width - (columns - 1) * t.px(14)) // columns
            for index, widget in enumerate(options):
                column, row = index % columns, index // columns
                widget.rect = pygame.Rect(rect.left + column * (width + t.px(14)), y + row * t.px(60), width, t.px(50))
            y += ((len(options) + columns - 1) // columns) * t.px(60)
        if self.field is not None:
            height = t.px(120) if self.field.multiline else t.px(52)
            submit_w = 0
            if self.submit:
                submit_w = scene.ui.text.measure(self.submit.label, t.style("button")) + t.px(48)
            if self.field.multiline or submit_w > rect.width // 3:
                self.field.rect = pygame.Rect(rect.left, y, rect.width, height)
                y += height + t.px(14)
                if self.submit:
                    self.submit.rect = pygame.Rect(rect.right - submit_w, y, submit_w, t.px(52))
                    y += t.px(52)
            else:
                self.field.rect = pygame.Rect(rect.left, y, rect.width - submit_w - t.px(14), height)
                if self.submit:
                    self.submit.rect = pygame.Rect(self.field.rect.right + t.px(14), y, submit_w, t.px(52))
                y += height
            y += t.px(30)
        if self.slider is not None:
            submit_w = scene.ui.text.measure(self.submit.label, t.style("button")) + t.px(48) if self.submit else 0
            self.slider.rect = pygame.Rect(rect.left, y, rect.width - submit_w - t.px(24), t.px(60))
            if self.submit:
                self.submit.rect = pygame.Rect(rect.right - submit_w, y + t.px(6), submit_w, t.px(52))
            y += t.px(70)
        return y - rect.top


def build_answer_input(
    scene: Scene,
    card: Card,
    on_value: Callable[[object], None],
    submit_label: str = "Save",
    prefix: str = "",
    draft: str = "",
    keys: bool = True,
    placeholder: str | None = None,
    partner: str = "You",
) -> AnswerInput:
    """Add the right widgets for `card`'s answer type to `scene`; `on_value` gets a valid value.

    `partner` names the other one on a who's-more-likely card's buttons (Me, Sam, Both of us, Neither of us).
    """
    made = AnswerInput(card)
    kind = card.answer_type

    def from_field(text: str) -> None:
        assert made.field is not None
        try:
            value = parse_answer(card, text)
        except AnswerError as error:
            made.field.error = str(error)
            scene.ui.sound.play("soft")
            scene.ui.dirty = True
            return
        on_value(value)

    if kind is AnswerType.CHOICE:
        for index, option in enumerate(card.options, start=1):
            hotkey = str(index) if keys and index <= 9 else None
            made.widgets.append(Button(f"{prefix}{option}", lambda o=option: on_value(o), hotkey=hotkey))
    elif kind is AnswerType.WHO:
        for index, who in enumerate(WHO_VALUES, start=1):
            hotkey = str(index) if keys else None
            made.widgets.append(Button(f"{prefix}{who_label(who, partner)}", lambda w=who: on_value(w), hotkey=hotkey))
    elif kind is AnswerType.SCALE:
        made.slider = Slider(f"{prefix}From 1 to 10", 5, 1, 10, 1, lambda v: None, lambda v: f"{int(v)}")
        made.submit = Button(submit_label, lambda: on_value(int(made.slider.value if made.slider else 5)), kind="primary")
        made.widgets += [made.slider, made.submit]
    else:
        made.field = TextField(
            f"{prefix}Answer",
            draft,
            on_submit=from_field,
            multiline=kind is AnswerType.TEXT,
            placeholder=placeholder if placeholder is not None else PLACEHOLDERS.get(kind, ""),
        )
        made.submit = Button(submit_label, lambda: from_field(made.field.value if made.field else ""), kind="primary")
        made.widgets += [made.field, made.submit]
    for widget in made.widgets:
        scene.add(widget)
    return made
