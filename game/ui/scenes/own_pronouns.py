"""A partner's own pronouns: the five forms the cards use, typed in, with a sentence that reads them back live.

Opened from the couple form's "my own…" button; closes with the set (checked by the core), or None on Esc.
"""

from __future__ import annotations

from functools import partial

import pygame

from game.core.direction import quoted
from game.core.pronouns import CASE_EXAMPLES, CASES, MAX_FORM, OwnPronouns, PronounError, fill, form_problem, own_pronouns

from ..drawing import panel
from ..page import Page, PagedScene, Words
from ..scene import UI, ResultScene
from ..text_field import TextField
from ..widgets import Button, Widget

#: The sentence drawn with the forms as they are typed: every form once, one at the start of it, and a verb.
EXAMPLE = "{They} {say|says} the window seat is {theirs}, so ask {them} about {their} favourite view; {they} booked it {themself}."
#: What an empty field reads as in the example, so the sentence keeps its shape while it is filled in.
GAP = "___"
VERBS = {False: "Verbs: as with \u201cshe is\u201d", True: "Verbs: as with \u201cthey are\u201d"}


class OwnPronounsScene(PagedScene, ResultScene[OwnPronouns | None]):
    """Closes with the partner's own set, or None when they step back (Esc or "Not now")."""

    hints = [("Tab", "next field"), ("Enter", "next · use these"), ("Esc", "back")]

    def __init__(self, ui: UI, seat: int, name: str, current: OwnPronouns | None = None) -> None:
        super().__init__(ui)
        self.seat, self.name = seat, name.strip()
        self.forms = list(current.forms) if current else ["" for _ in CASES]
        self.plural = current.plural if current else False
        self.errors = ["" for _ in CASES]
        self.fields: list[TextField] = []
        self.box = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        self.fields = []
        for index, case in enumerate(CASES):
            field = TextField(
                CASE_EXAMPLES[case],
                self.forms[index],
                on_submit=partial(self._submit, index),
                max_chars=MAX_FORM + 8,  # a little over, so the sentence about the limit can be seen
                on_change=partial(self._typed, index),
            )
            field.error = self.errors[index]
            self.fields.append(field)
            self.add(field)
        self.add(Button(VERBS[self.plural], self.flip_verbs, kind="secondary"))
        self.add(Button("Use these", self.save, kind="primary"))
        self.add(Button("Not now", self.back, kind="quiet"))

    def example(self) -> str:
        """The sentence with the forms as typed so far."""
        forms = tuple(quoted(form.strip()) or GAP for form in self.forms)  # Persian forms keep the sentence English
        preview = OwnPronouns((forms[0], forms[1], forms[2], forms[3], forms[4]), self.plural)
        who = self.name or f"Player {self.seat + 1}"
        return fill(EXAMPLE, name=who, partner="", pronouns=preview)

    def _typed(self, index: int, value: str) -> None:
        self.forms[index] = value
        if self.errors[index]:
            self.errors[index] = self.fields[index].error = ""
        self.layout()  # the example may wrap onto another line
        self.ui.dirty = True

    def _submit(self, index: int, _value: str) -> None:
        if index + 1 < len(self.fields):
            self.focus_on(self.fields[index + 1])
        else:
            self.save()

    def flip_verbs(self) -> None:
        self.plural = not self.plural
        self.refresh()

    def save(self) -> None:
        self.errors = [form_problem(case, form) or "" for case, form in zip(CASES, self.forms, strict=True)]
        for field, error in zip(self.fields, self.errors, strict=True):
            field.error = error
        wrong = next((field for field in self.fields if field.error), None)
        if wrong is not None:
            self.layout()  # room for the sentence under the field
            self.focus_on(wrong)
            self.page.reveal(wrong)
            self.ui.sound.play("soft")
            return
        try:
            chosen = own_pronouns(self.forms, self.plural)
        except PronounError as error:  # every form was checked above; this is the core's last word
            self.ui.toast(str(error))
            return
        self.dismiss(chosen)

    def back(self) -> None:
        self.dismiss(None)

    def layout(self) -> None:
        t = self.ui.theme
        self.box = self.lay_out_box_with_foot(min(t.size[0] - t.px(80), t.px(720)), t.px(32), self.place, self.buttons)

    def place(self, page: Page) -> None:
        """The heading, the five fields two by two (the verb choice in the sixth place) when their labels fit a
        column, one under another when not, then the example sentence; the two buttons follow (`buttons`)."""
        t = self.ui.theme
        verbs = self.widgets[len(CASES)]
        who = quoted(self.name) if self.name else "you"
        page.text("Pronouns in your own words", "heading", align="center", gap=8)
        page.text(f"The five words the cards use for {who}, one in each box.", "body", "muted", align="center", gap=18)
        between = t.px(24)
        column = (page.width - between) // 2
        labels_fit = all(self.ui.text.measure(field.label, t.style("body")) <= column for field in self.fields)
        cells: list[Widget] = [*self.fields, verbs]
        if labels_fit:
            for first in range(0, len(cells), 2):
                self._pair(page, cells[first : first + 2], column, between)
        else:
            for field in self.fields:
                page.text(field.label, "body", "muted", gap=4)
                page.widget(field, 48, gap=0)
                page.y += field.error_room(self.ui)
                page.gap(10)
            page.widget(verbs, 48, width=self.ui.text.measure(VERBS[True], t.style("button")) + t.px(48), gap=10)
        page.gap(6)
        page.text("A card will read:", "small", "muted", gap=4)
        page.text(self.example(), "body_bold", gap=18)

    def buttons(self, page: Page) -> None:
        """ "Use these" and "Not now": under the sentence, or kept whole at the box's foot while the fields scroll."""
        use, later = self.widgets[len(CASES) + 1 :]
        page.row([use, later], 54, gap=0, width=self.ui.theme.px(240))

    def _pair(self, page: Page, cells: list[Widget], column: int, between: int) -> None:
        """Two cells side by side: each field's label above it, its error (if any) below."""
        t = self.ui.theme
        body = t.style("body")
        line = self.ui.text.line_height(body)
        for index, cell in enumerate(cells):
            if isinstance(cell, TextField):
                left = page.left + index * (column + between)
                page.words.append(Words(cell.label, "body", "muted", pygame.Rect(left, page.y, column, line), "left"))
        page.y += line + t.px(4)
        tallest = below = 0
        for index, cell in enumerate(cells):
            cell.rect = pygame.Rect(page.left + index * (column + between), page.y, column, t.px(48))
            cell.rect.height = cell.fit_height(self.ui, 48)
            page.widgets.append(cell)
            tallest = max(tallest, cell.rect.height)
            below = max(below, cell.error_room(self.ui) if isinstance(cell, TextField) else 0)
        page.y += tallest + below + t.px(12)

    def draw(self, surface: pygame.Surface) -> None:
        panel(surface, self.ui, self.box)
        self.draw_page(surface)
