"""Choosing a couple profile, making a new one or changing it: two names of any script, a colour and pronouns each."""

from __future__ import annotations

from functools import partial

import pygame

from game.core.direction import quoted
from game.core.players import Couple
from game.core.pronouns import LABELS, Pronouns

from ..drawing import panel, text_at
from ..opening import open_couple
from ..routes import Home, Title
from ..scene import UI, Scene
from ..swatch import Swatch
from ..text_field import TextField
from ..widgets import Button, button_size

PALETTE = (
    ("Coral", "#e07a5f"),
    ("Teal", "#3d9a8b"),
    ("Plum", "#8e5a9b"),
    ("Gold", "#d9a441"),
    ("Sky", "#4a8fd1"),
    ("Rose", "#d4607e"),
)
MAX_NAME = 40


class CouplesScene(Scene):
    hints = [("Tab", "move"), ("Enter", "choose"), ("Esc", "back")]

    def enter(self) -> None:
        if not self.ui.services.couples():
            self.ui.replace(CoupleFormScene(self.ui))
            return
        super().enter()

    def build(self) -> None:
        for couple in self.ui.services.couples():
            badge = " · Sample couple" if self.ui.services.playbook.is_sample(couple) else ""
            self.add(Button(f"{quoted(couple.name(0))} & {quoted(couple.name(1))}{badge}", partial(self.choose, couple)))
        self.add(Button("New couple", lambda: self.ui.push(CoupleFormScene(self.ui)), kind="primary"))

    def layout(self) -> None:
        t = self.ui.theme
        width, _ = t.size
        top = max(t.px(170), t.px(80) + self.ui.text.line_height(t.style("heading")) + t.px(30))
        buttons = [w for w in self.widgets if isinstance(w, Button)]
        widest = max(button_size(self.ui, w, t.px(460), width - t.px(120), t.px(54))[0] for w in buttons)
        for widget in self.widgets:
            assert isinstance(widget, Button)
            # Every button as wide as the longest pair of names needs; a pair too long for the window wraps.
            _, tall = button_size(self.ui, widget, widest, widest, t.px(54))
            widget.rect = pygame.Rect(0, 0, widest, tall)
            widget.rect.midtop = (width // 2, top)
            top += tall + t.px(14)

    def choose(self, couple: Couple) -> None:
        self.ui.set("last_couple", couple.id)
        self.ui.reset(Title())
        open_couple(self.ui, couple)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        text_at(surface, self.ui, "Who's playing?", "heading", (t.size[0] // 2, t.px(80)), anchor="midtop")
        self.draw_widgets(surface)


#: The order a pronoun button steps through.
PRONOUN_ORDER = (Pronouns.SHE, Pronouns.HE, Pronouns.THEY, Pronouns.NAME)


def pronoun_label(seat: int, choice: Pronouns) -> str:
    return f"Player {seat + 1}: {LABELS[choice]}"


class CoupleFormScene(Scene):
    """A new couple, or (given `couple`) the names, colours and pronouns of one that exists."""

    hints = [("Tab", "next field"), ("Enter", "continue"), ("Esc", "back")]

    def __init__(self, ui: UI, couple: Couple | None = None) -> None:
        super().__init__(ui)
        self.couple = couple
        self.names = [couple.name(0), couple.name(1)] if couple else ["", ""]
        self.colors = [couple.player(0).color, couple.player(1).color] if couple else [PALETTE[0][1], PALETTE[1][1]]
        self.pronouns = [couple.pronouns(0), couple.pronouns(1)] if couple else [Pronouns.THEY, Pronouns.THEY]
        self.fields: list[TextField] = []
        self.box = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        self.fields = []
        for seat in (0, 1):
            field = TextField(
                f"Name {seat + 1}",
                self.names[seat],
                on_submit=partial(self._submit_from, seat),
                placeholder="A name, any script",
                max_chars=MAX_NAME,
                on_change=partial(self.names.__setitem__, seat),
            )
            field.error_below = False  # the colour swatches sit right below; the error goes beside the label
            self.fields.append(field)
            self.add(field)
            for label, color in PALETTE:
                self.add(
                    Swatch(f"{label} for player {seat + 1}", color, self.colors[seat] == color, partial(self.pick, seat, color))
                )
            # How the cards refer to this player: each chooses their own; a click (or Enter) steps to the next.
            self.add(Button(pronoun_label(seat, self.pronouns[seat]), partial(self.next_pronouns, seat), kind="secondary"))
        self.add(Button("Save" if self.couple else "Start playing", self.create, kind="primary"))

    def next_pronouns(self, seat: int) -> None:
        self.pronouns[seat] = PRONOUN_ORDER[(PRONOUN_ORDER.index(self.pronouns[seat]) + 1) % len(PRONOUN_ORDER)]
        self.refresh()
        button = self.widget(pronoun_label(seat, self.pronouns[seat]))
        if button is not None:
            self.focus_on(button)

    def pick(self, seat: int, color: str) -> None:
        self.colors[seat] = color
        self.refresh()

    def _submit_from(self, seat: int, _value: str) -> None:
        self._submit(seat)

    def _submit(self, seat: int) -> None:
        if seat == 0:
            self.focus_on(self.fields[1])
        else:
            self.create()

    def create(self) -> None:
        names = [name.strip() for name in self.names]
        for seat, name in enumerate(names):
            if not name:
                self.fields[seat].error = "Type a name here."
                self.focus_on(self.fields[seat])
                return
        if names[0] == names[1]:
            self.fields[1].error = "Two different names, so the game can tell you apart."
            self.focus_on(self.fields[1])
            return
        players = [(names[seat], self.colors[seat], self.pronouns[seat].value) for seat in (0, 1)]
        if self.couple is not None:
            self.ui.services.update_couple(self.couple, players)
            self.ui.toast("Saved. The cards will say it your way.")
            self.ui.pop()
            return
        couple = self.ui.services.create_couple(list(players))
        self.ui.set("last_couple", couple.id)
        self.ui.toast(f"Welcome, {names[0]} and {names[1]}.")
        self.ui.reset(Home(couple))

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        # Larger text: taller fields and labels, so the rows (and the box) grow with the words.
        line = self.ui.text.line("Ag", t.style("body"), (0, 0, 0)).get_height()
        label = self.ui.text.line("Ag", t.style("small"), (0, 0, 0)).get_height()
        field_h = max(t.px(50), line + t.px(30))  # the field pads its text by 12 on each side
        box_w = min(width - t.px(80), t.px(760))
        swatch = t.px(44)
        beside = box_w - t.px(80) - 6 * (swatch + t.px(14)) - t.px(10)  # what is left for the pronoun button beside the colours
        chooser_w = max(
            self.ui.text.measure(w.label, t.style("button")) + t.px(48) for w in self.widgets if w.label.startswith("Player ")
        )
        chooser_h = max(t.px(52), self.ui.text.line_height(t.style("button")) + t.px(14))
        stacked = chooser_w > beside  # larger text: the pronoun button goes on a row of its own, under the colours
        row = label + t.px(6) + field_h + t.px(16) + (swatch + t.px(12) if stacked else 0) + chooser_h + t.px(26)
        button_h = max(t.px(56), self.ui.text.line_height(t.style("button")) + t.px(18))
        room = self.ui.hints_top(self.hints) - t.px(12) - button_h - t.px(20) - t.px(8)
        # The two players one above the other; side by side when that would not fit above the button and hints.
        side_by_side = t.px(96) + 2 * row + t.px(24) > room and width - t.px(80) >= 2 * (6 * (swatch + t.px(14)) + t.px(40))
        if side_by_side:
            box_w = width - t.px(80)
        columns = 2 if side_by_side else 1
        self.box = pygame.Rect(0, 0, box_w, max(t.px(470) if columns == 1 else 0, t.px(96) + (3 - columns) * row + t.px(24)))
        self.box.center = (width // 2, min(height // 2, height - t.px(96) - self.box.height // 2))
        self.box.top = max(t.px(8), min(self.box.top, room - self.box.height))
        column_w = (self.box.width - t.px(80) - (columns - 1) * t.px(40)) // columns
        for seat in (0, 1):
            left = self.box.left + t.px(40) + (seat * (column_w + t.px(40)) if side_by_side else 0)
            y = self.box.top + t.px(96) + (0 if side_by_side else seat * row)
            field = self.fields[seat]
            top = y + label + t.px(6)
            field.rect = pygame.Rect(left, top, column_w, field_h)
            below = field.rect.bottom + t.px(16)
            swatches = [w for w in self.widgets if isinstance(w, Swatch) and w.label.endswith(f"player {seat + 1}")]
            for index, widget in enumerate(swatches):
                widget.rect = pygame.Rect(left + index * (swatch + t.px(14)), below + t.px(4), swatch, swatch)
            chooser = next(w for w in self.widgets if w.label.startswith(f"Player {seat + 1}: "))
            if stacked or side_by_side:
                chooser.rect = pygame.Rect(left, below + swatch + t.px(12), column_w, chooser_h)
                chooser.rect.height = chooser.fit_height(self.ui, 52)
            else:
                start = swatches[-1].rect.right + t.px(24)
                chooser.rect = pygame.Rect(start, below, left + column_w - start, chooser_h)
        button = self.widgets[-1]
        button.rect = pygame.Rect(0, 0, t.px(300), button_h)
        button.rect.midtop = (width // 2, self.box.bottom + t.px(20))

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        panel(surface, self.ui, self.box)
        heading = "The two of you" if self.couple else "Two of you"
        text_at(surface, self.ui, heading, "heading", (self.box.centerx, self.box.top + t.px(26)), anchor="midtop")
        for seat, field in enumerate(self.fields):
            label = text_at(
                surface, self.ui, f"Player {seat + 1}", "small", (field.rect.left, field.rect.top - t.px(4)), "muted", "bottomleft"
            )
            if field.error:
                text_at(surface, self.ui, field.error, "small", (label.right + t.px(14), label.top), "danger")
        self.draw_widgets(surface)
