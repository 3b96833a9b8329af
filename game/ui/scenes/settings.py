"""Settings: text size, theme, motion, sound, fullscreen, what cards may be dealt; exporting a copy and erasing."""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING

import pygame

from game.core.direction import quoted
from game.core.players import Couple

from ..drawing import paragraph, text_at
from ..modals import ConfirmScene
from ..routes import Passphrase, Title
from ..scene import UI, Scene
from ..scroll import ScrollArea
from ..session_choices import LENGTHS, LEVELS
from ..theme import theme_label, theme_names
from ..widgets import Button, Slider, Toggle

if TYPE_CHECKING:
    from ..intents import Intent

SIZES = ("small", "medium", "large", "larger", "largest")
#: What a passphrase protects and what it does not, said where it is set (docs/PRIVACY.md says more).
PASSPHRASE_WORDS = (
    "A passphrase seals your answers, which questions you answered, quiz results and private marks.\n"
    "Names, counts, dates and deck files stay readable."
)
#: What Export writes, and what stays out of it (docs/PRIVACY.md): the couple whose Settings these are, and no other.
EXPORT_WORDS = (
    "{who} only: a JSON file and “Our book”, a page you can open in a browser, go into the exports folder."
    " Just-between-us memories and answers beyond your agreed limits stay out."
)
#: Said when other couples share the computer: they are not in this couple's copy.
EXPORT_OTHERS = " Other couples on this computer stay out too."
#: Said when a couple has a passphrase: an export is never sealed.
EXPORT_UNSEALED = "Your passphrase does not seal this copy: anyone who opens the files can read them."


class SettingsScene(Scene):
    hints = [("Tab", "move"), ("Enter", "change"), ("←→", "adjust"), ("Esc", "done")]

    def __init__(self, ui: UI, couple: Couple | None = None) -> None:
        super().__init__(ui)
        self.couple = couple
        self.top = 0  # where the rows begin: below the words at the top, however large the text
        self.scroller = ScrollArea()  # the rows, when larger text makes them taller than the room

    def build(self) -> None:
        s = self.ui.settings
        self.add(Button(f"Theme: {theme_label(s['theme'])}", self.next_theme))
        self.add(Button(f"Text size: {s['text_size'].capitalize()}", self.next_size))
        self.add(Toggle("Reduced motion", s["reduced_motion"], lambda v: self.ui.set("reduced_motion", v)))
        self.add(Toggle("Fullscreen", s["fullscreen"], self.ui.on_fullscreen))
        self.add(Toggle("Sound", s["sound"], lambda v: self.ui.set("sound", v)))
        self.add(
            Slider(
                "Volume", s["volume"], 0.0, 1.0, 0.1, lambda v: self.ui.set("volume", round(v, 2)), lambda v: f"{round(v * 100)}%"
            )
        )
        self.add(Slider("Depth", s["max_level"], 1, 3, 1, lambda v: self.ui.set("max_level", int(v)), lambda v: LEVELS[int(v)]))
        self.add(Toggle("Offer spicy cards", s["spicy"], lambda v: self.ui.set("spicy", v)))
        length = s["session_length"]
        self.add(Button(f"Cards per session: {length or 'open-ended'}", self.next_length))
        if self.couple is not None:
            locked = self.ui.services.has_passphrase(self.couple)
            self.add(Button("Passphrase: on" if locked else "Passphrase: off", self.passphrase, kind="secondary"))
        self.add(Button("Export a copy…", self.export, kind="secondary"))
        self.add(Button("Erase everything…", self.erase, kind="secondary"))
        self.add(Button("Done", self.ui.pop, kind="primary"))

    def passphrase(self) -> None:
        if self.couple is not None:
            self.ui.push(Passphrase(self.couple))

    def export(self) -> None:
        services = self.ui.services
        couples = services.couples()
        detail = EXPORT_WORDS.format(who=self.who())
        if self.couple is not None and len(couples) > 1:
            detail += EXPORT_OTHERS
        if any(services.has_passphrase(couple) for couple in ([self.couple] if self.couple is not None else couples)):
            detail += "\n" + EXPORT_UNSEALED  # the copy is written readable: a passphrase on says so first
        self.ui.push(ConfirmScene(self.ui, "Export a copy?", "Export", detail=detail), self.export_answered)

    def who(self) -> str:
        """Whose answers the copy holds: this couple's ("Zoë & Łukasz"); with no couple open, every couple's."""
        if self.couple is None:
            return "Every couple on this computer"
        return f"{quoted(self.couple.name(0))} & {quoted(self.couple.name(1))}"

    def erase(self) -> None:
        detail = "Every couple, every answer and every setting. This cannot be undone."
        going = self.ui.services.erase_warning()  # what goes with them and what stays: said while it can be copied
        if going:
            detail += "\n" + going
        self.ui.push(ConfirmScene(self.ui, "Erase everything?", "Yes, erase", "Keep it all", detail), self.erase_answered)

    def export_answered(self, yes: bool) -> None:
        if not yes:
            return
        try:
            written = self.ui.services.export_everything(include_private=False, couple=self.couple)
        except OSError as error:
            self.ui.toast(f"Could not export: {error.strerror or error}")
            return
        whose = self.who() if self.couple is not None else "every couple"
        files = " and ".join(PurePath(path).name for path in written)
        saved = f"Saved a copy of {whose}: {files}, in {PurePath(written[0]).parent}."
        self.ui.toast(" ".join([saved, *self.ui.services.left_out_of_exports(self.couple).sentences()]))

    def erase_answered(self, yes: bool) -> None:
        if yes:
            detail = "Last chance: nothing can bring it back."
            self.ui.push(ConfirmScene(self.ui, "Really erase it all?", "Erase now", "Stop", detail), self.erase_confirmed)

    def erase_confirmed(self, yes: bool) -> None:
        if not yes:
            return
        said = self.ui.services.erase_everything()
        self.ui.settings = self.ui.services.settings()
        self.ui.apply_settings()
        self.ui.reset(Title())
        self.ui.toast(said, 6.0)

    def next_theme(self) -> None:
        names = theme_names()
        self.ui.set("theme", names[(names.index(self.ui.settings["theme"]) + 1) % len(names)])
        self.refresh()

    def next_size(self) -> None:
        self.ui.set("text_size", SIZES[(SIZES.index(self.ui.settings["text_size"]) + 1) % len(SIZES)])
        self.refresh()

    def next_length(self) -> None:
        current = self.ui.settings["session_length"]
        self.ui.set("session_length", LENGTHS[(LENGTHS.index(current) + 1) % len(LENGTHS)])
        self.refresh()

    def layout(self) -> None:
        t = self.ui.theme
        text = self.ui.text
        width, _ = t.size
        foot = self.ui.hints_top(self.hints) - t.px(12)
        column = min(t.px(560), (width - t.px(200)) // 2)
        left = width // 2 - column - t.px(20)
        right = width // 2 + t.px(20)
        rows = self.widgets[:-1]
        half = (len(rows) + 1) // 2
        top = max(t.px(150), self.top)
        # Each row as tall as its words need at this text size: a slider's label stays clear above its knob.
        for widget in rows:
            widget.rect.width = column
        row_h = max([t.px(58), text.line_height(t.style("button")) + t.px(18), *(w.fit_height(self.ui, 58) for w in rows)])
        step = row_h + (t.px(18) if top == t.px(150) else t.px(8))
        done = self.widgets[-1]
        done_h = max(t.px(54), text.line_height(t.style("button")) + t.px(18))
        done.rect = pygame.Rect(0, 0, t.px(220), done_h)
        # The rows scroll when they are taller than the room between the words at the top and Done.
        room = max(step, foot - done_h - t.px(20) - top)
        content = half * step - (step - row_h)
        viewport = pygame.Rect(left - t.px(8), top - t.px(6), right + column - left + t.px(16), min(content, room) + t.px(12))
        self.scroller.fit(viewport, content + t.px(12), rows)
        for index, widget in enumerate(rows):
            x = left if index < half else right
            y = top + (index % half) * step - self.scroller.offset
            widget.rect = pygame.Rect(x, y, column, row_h)
        done.rect.midtop = (width // 2, viewport.bottom + t.px(14))

    @property
    def viewport(self) -> pygame.Rect:
        """Where the rows show: they scroll inside it when larger text makes them taller than the room."""
        return self.scroller.viewport

    def handle(self, intent: Intent) -> None:
        from ..intents import Point, Wheel

        if isinstance(intent, Wheel):
            if self.scroller.by(-intent.dy * self.ui.theme.px(60)):
                self.layout()
                self.ui.dirty = True
            return
        if isinstance(intent, Point) and intent.down and self.scroller.hidden_at(intent.pos, self.widgets[:-1], self.widgets[-1:]):
            return  # a row scrolled out of sight is not there to click
        before = self.focused()
        super().handle(intent)
        focused = self.focused()
        if focused is not None and focused is not before and focused is not self.widgets[-1]:
            delta = self.scroller.reveal(focused.rect, self.ui.theme.px(10))
            if delta and self.scroller.by(delta):
                self.layout()  # a row tabbed to below the fold scrolls into sight

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        title = text_at(surface, self.ui, "Settings", "heading", (t.size[0] // 2, t.px(60)), anchor="midtop")
        below = max(t.px(108), title.bottom)
        line = text_at(surface, self.ui, "Changes apply at once and are kept.", "small", (t.size[0] // 2, below), "muted", "midtop")
        top = line.bottom + t.px(14)
        if self.couple is not None:
            width = min(t.px(1000), t.size[0] - t.px(120))
            box = pygame.Rect(t.size[0] // 2 - width // 2, line.bottom + t.px(4), width, 0)
            top = box.top + paragraph(surface, self.ui, PASSPHRASE_WORDS, "small", box, "muted", "center") + t.px(14)
        if top != self.top:
            self.top = top
            self.layout()  # the words grew with the text size: the rows move below them
            self.ui.dirty = True
        rows = self.widgets[:-1]
        with self.scroller.clipped(surface):
            self.draw_widgets(surface, rows)
        self.scroller.draw_bar(surface, t)
        self.draw_widgets(surface, self.widgets[-1:])
