"""Choosing a couple profile, making a new one or changing it: two names of any script, a colour and pronouns each."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import pygame

from game.core.direction import quoted
from game.core.players import Couple, NameRefused, couple_names, has_visible, kept_name, name_as_seen
from game.core.pronouns import OwnPronouns, PronounChoice, Pronouns
from game.core.pronouns import label as choice_label

from ..drawing import panel, text_at
from ..opening import open_couple
from ..routes import Home, OwnPronounsForm, Title
from ..scene import UI, Scene
from ..swatch import Swatch
from ..text_field import TextField
from ..widgets import Button, button_size

if TYPE_CHECKING:
    from ..context import Context
    from ..intents import Intent

PALETTE = (
    ("Coral", "#e07a5f"),
    ("Teal", "#3d9a8b"),
    ("Plum", "#8e5a9b"),
    ("Gold", "#d9a441"),
    ("Sky", "#4a8fd1"),
    ("Rose", "#d4607e"),
)
MAX_NAME = 40
#: The mark on a couple's row at "Who's playing?" when their answers are locked with a passphrase.
LOCKED = "Locked"


class CouplesScene(Scene):
    hints = [("Tab", "move"), ("Enter", "choose"), ("Esc", "back")]

    def enter(self) -> None:
        # Whoever is at the keyboard may pick any couple here: a couple opened earlier in this run (by its own
        # passphrase, or by one typed to erase everything) is locked again and asks for it.
        self.ui.services.lock_all()
        if not self.ui.services.couples():
            self.ui.replace(CoupleFormScene(self.ui))
            return
        super().enter()

    def build(self) -> None:
        for couple in self.ui.services.couples():
            badge = " · Sample couple" if self.ui.services.playbook.is_sample(couple) else ""
            # Every couple with a passphrase is locked here (see enter): their row says so, in words that wrap and
            # grow with the text size as the names do.
            badge += f" · {LOCKED}" if self.ui.services.has_passphrase(couple) else ""
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


#: The order a pronoun button steps through, from "they / them", where every player starts: she, he, then just a
#: name (and a set of one's own, when written), so the two most chosen are one and two clicks away.
PRONOUN_ORDER = (Pronouns.THEY, Pronouns.SHE, Pronouns.HE, Pronouns.NAME)


def pronoun_label(who: str, choice: PronounChoice) -> str:
    return f"{who}: {choice_label(choice)}"


def own_label(who: str) -> str:
    return f"{who}: my own\u2026"


#: The form's key hints: Enter says what it does where the focus is. In a name it goes on (to the second name, then
#: to start); on a pronoun button it steps to the next pronouns, as a click does (← and → step back and on); on a
#: colour, the arrow keys choose the next one (a player's colours are one Tab stop).
FORM_HINTS = [("Tab", "next field"), ("Enter", "continue"), ("Esc", "back")]
PRONOUN_HINTS = [("Tab", "next field"), ("←→", "step through pronouns"), ("Enter", "next pronouns"), ("Esc", "back")]
OWN_HINTS = [("Tab", "next field"), ("Enter", "write my own"), ("Esc", "back")]
COLOUR_HINTS = [("Tab", "next field"), ("←→", "choose a colour"), ("Esc", "back")]
EVERY_HINTS = (FORM_HINTS, PRONOUN_HINTS, OWN_HINTS, COLOUR_HINTS)


class PronounButton(Button):
    """A pronoun button: a click or Enter steps on to the next pronouns, ← and → step back and on (↑↓ move on)."""

    arrow_keys = True

    def __init__(self, label: str, on_step: Callable[..., None]) -> None:
        super().__init__(label, on_step, kind="secondary")
        self.on_step = on_step

    def handle(self, intent: Intent, ui: Context) -> bool:
        from ..intents import Move  # see intents.py

        if isinstance(intent, Move) and intent.dx and self.enabled:
            ui.sound.play("tap")
            self.on_step(step=1 if intent.dx > 0 else -1)
            return True
        return super().handle(intent, ui)


class CoupleFormScene(Scene):
    """A new couple, or (given `couple`) the names, colours and pronouns of one that exists."""

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        focused = self.focused()
        if isinstance(focused, Swatch):
            return COLOUR_HINTS
        if focused in self.choosers:
            return PRONOUN_HINTS
        return OWN_HINTS if focused in self.owns else FORM_HINTS

    def __init__(self, ui: UI, couple: Couple | None = None) -> None:
        super().__init__(ui)
        self.couple = couple
        self.names = [couple.name(0), couple.name(1)] if couple else ["", ""]
        self.colors = [couple.player(0).color, couple.player(1).color] if couple else [PALETTE[0][1], PALETTE[1][1]]
        self.pronouns: list[PronounChoice] = [couple.pronouns(0), couple.pronouns(1)] if couple else [Pronouns.THEY] * 2
        #: Each player's own set, once written: kept while the button steps through the four choices.
        self.own = [choice if isinstance(choice, OwnPronouns) else None for choice in self.pronouns]
        self.fields: list[TextField] = []
        self.choosers: list[Button] = []
        self.owns: list[Button] = []
        self.box = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        self.fields, self.choosers, self.owns = [], [], []
        for seat in (0, 1):
            field = TextField(
                f"Name {seat + 1}",
                self.names[seat],
                on_submit=partial(self._submit_from, seat),
                placeholder="A name, any script",
                max_chars=MAX_NAME,
                on_change=partial(self.name_typed, seat),
            )
            field.error_below = False  # the colour swatches sit right below; the error goes beside the label
            self.fields.append(field)
            self.add(field)
            for label, color in PALETTE:
                chosen = self.colors[seat] == color
                self.add(Swatch(f"{label} for player {seat + 1}", color, chosen, partial(self.pick, seat, color), f"colour {seat}"))
            # How the cards refer to this player: each chooses their own; a click (or Enter) steps to the next,
            # and "my own…" opens a form for five forms of their own.
            self.choosers.append(
                PronounButton(pronoun_label(self.who(seat), self.pronouns[seat]), partial(self.next_pronouns, seat))
            )
            self.add(self.choosers[-1])
            self.owns.append(Button(own_label(self.who(seat)), partial(self.write_own, seat), kind="quiet"))
            self.add(self.owns[-1])
        self.add(Button("Save" if self.couple else "Start playing", self.create, kind="primary"))

    def who(self, seat: int) -> str:
        """Whose pronouns a button chooses: the name as soon as one is typed (isolated, as names are), "Player 1"
        before that, or while the two names look alike."""
        name, partner = kept_name(self.names[seat]), kept_name(self.names[1 - seat])
        if not has_visible(name) or name_as_seen(name) == name_as_seen(partner):
            return f"Player {seat + 1}"
        return quoted(name)

    def name_typed(self, seat: int, name: str) -> None:
        """Keep the name, and name both players' pronoun buttons by it as it is typed (the other's too: while the two
        names look alike, both buttons say "Player 1" and "Player 2")."""
        self.names[seat] = name
        for each in (0, 1):
            self.choosers[each].label = pronoun_label(self.who(each), self.pronouns[each])
            self.owns[each].label = own_label(self.who(each))
        self.layout()
        self.ui.dirty = True

    def next_pronouns(self, seat: int, step: int = 1) -> None:
        """The next pronouns in the button's order (`step` -1: the ones before), round again after the last."""
        own = self.own[seat]
        order: list[PronounChoice] = [*PRONOUN_ORDER, *([own] if own is not None else [])]
        here = self.pronouns[seat]
        self.pronouns[seat] = order[(order.index(here) + step) % len(order)] if here in order else order[0]
        self.refresh()
        self.focus_on(self.choosers[seat])

    def write_own(self, seat: int) -> None:
        name = kept_name(self.names[seat])
        self.ui.push(OwnPronounsForm(seat, name, self.own[seat]), partial(self.own_written, seat))

    def own_written(self, seat: int, chosen: OwnPronouns | None) -> None:
        if chosen is None:
            return
        self.own[seat] = self.pronouns[seat] = chosen
        self.refresh()
        self.focus_on(self.choosers[seat])

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
        try:
            names = couple_names(*self.names)
        except NameRefused as refused:  # only spaces, joiners or marks; or a name that looks like the other's
            field = self.fields[refused.seat]
            field.error = "Two different names, so the game can tell you apart." if refused.same else "Type a name here."
            self.focus_on(field)
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
        chooser_w = max(self.ui.text.measure(w.label, t.style("button")) + t.px(48) for w in self.choosers)
        own_w = max(self.ui.text.measure(w.label, t.style("button")) + t.px(48) for w in self.owns)
        pair_w = chooser_w + t.px(12) + own_w
        chooser_h = max(t.px(52), self.ui.text.line_height(t.style("button")) + t.px(14))

        def place_of(column: int, room_beside: int) -> tuple[str, int]:
            """Where the two pronoun buttons go (beside the colours, on a row under them, or one under the other),
            and the height that adds to a player's rows."""
            if pair_w <= room_beside:
                return "beside", 0
            if pair_w <= column:
                return "row", swatch + t.px(12)
            # One under the other, each as wide as the column: a long own set wraps and makes its button taller.
            tallest = 0
            for button in (*self.choosers, *self.owns):
                button.rect = pygame.Rect(0, 0, column, chooser_h)
                tallest = max(tallest, button.fit_height(self.ui, 52))
            return "rows", swatch + t.px(12) + tallest + t.px(12) + tallest - chooser_h

        mode, extra = place_of(box_w - t.px(80), beside)
        row = label + t.px(6) + field_h + t.px(16) + extra + chooser_h + t.px(26)
        button_h = max(t.px(56), self.ui.text.line_height(t.style("button")) + t.px(18))
        hints_top = min(self.ui.hints_top(hints) for hints in EVERY_HINTS)  # the same whatever has focus
        room = hints_top - t.px(12) - button_h - t.px(20) - t.px(8)
        # The two players one above the other; side by side when that would not fit above the button and hints.
        side_by_side = t.px(96) + 2 * row + t.px(24) > room and width - t.px(80) >= 2 * (6 * (swatch + t.px(14)) + t.px(40))
        if side_by_side:
            box_w = width - t.px(80)
            mode, extra = place_of((box_w - t.px(120)) // 2, 0)  # the buttons go under the colours in a column
            row = label + t.px(6) + field_h + t.px(16) + extra + chooser_h + t.px(26)
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
            chooser, own = self.choosers[seat], self.owns[seat]
            right = left + column_w
            if mode == "beside":
                start = swatches[-1].rect.right + t.px(24)
                chooser.rect = pygame.Rect(start, below, right - start - own_w - t.px(12), chooser_h)
                own.rect = pygame.Rect(right - own_w, below, own_w, chooser_h)
            elif mode == "row":
                top = below + swatch + t.px(12)
                chooser.rect = pygame.Rect(left, top, column_w - own_w - t.px(12), chooser_h)
                own.rect = pygame.Rect(right - own_w, top, own_w, chooser_h)
            else:
                chooser.rect = pygame.Rect(left, below + swatch + t.px(12), column_w, chooser_h)
                chooser.rect.height = chooser.fit_height(self.ui, 52)
                own.rect = pygame.Rect(left, chooser.rect.bottom + t.px(12), column_w, chooser_h)
                own.rect.height = own.fit_height(self.ui, 52)
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
