"""Settings: text size, theme, motion, sound, fullscreen, what cards may be dealt; exporting a copy and erasing (only
this couple, when others share the laptop, or everything: see game.ui.erase_flow).

Every setting here belongs to the laptop, for every couple who plays on it; only the passphrase is one
couple's own, and the page says so under its title. The data folder holds every couple's answers: a
button shows where it is and opens it where the desktop can, and the export dialog says that an export
is for reading, sharing and keeping, while moving Kindred to another computer means copying that folder.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING

import pygame

from game.core import disk_words
from game.core.direction import quoted
from game.core.players import Couple

from ..drawing import paragraph
from ..erase_flow import EraseFlow
from ..modals import ConfirmScene, QuestionScene
from ..routes import Passphrase
from ..scene import UI, Scene
from ..scroll import ScrollArea
from ..session_choices import LEVELS, cards_words, next_length
from ..stepper import Stepper
from ..theme import theme_label, theme_names
from ..widgets import Button, Slider, Toggle

if TYPE_CHECKING:
    from ..intents import Intent

SIZES = ("small", "medium", "large", "larger", "largest")
#: What Export writes, and what stays out of it (docs/PRIVACY.md): the couple whose Settings these are, and no other.
EXPORT_WORDS = (
    "{who} only: a JSON file and “Our book”, a page you can open in a browser, go into the exports folder, {folder}."
    " Just-between-us memories and answers beyond your agreed limits stay out."
)
#: What the JSON file holds besides the answers (docs/PRIVACY.md), said before it is written.
EXPORT_GUESSES = "The JSON file also holds every quiz guess and how it was judged."
#: Said once the copy is written, until the couple moves on: where it is, with a button that opens the folder.
SAVED_WHERE = "They're in the exports folder, {folder}."
#: What an export is for, and how Kindred moves to another computer instead: an export cannot be brought back in.
EXPORT_FOR = "A copy is to read, share and keep: it cannot be brought into Kindred again."
#: Said under the title, the same at every text size: which settings are whose, and what a passphrase seals.
SHARED_WORDS = "Changes apply at once and are kept, for everyone on this laptop."
SHARED_WORDS_COUPLE = (
    "Changes apply at once and are kept, for everyone on this laptop. A passphrase is each couple's own: it seals"
    " your answers, but names, counts, dates and decks stay readable."
)
#: Said when the data folder is shown (opened or not): where the answers are, and how to move them.
#: Said once a copy is saved: how a couple does move Kindred, since a copy cannot.
MOVE_WORDS = "To move Kindred to another computer, close it and copy its whole data folder, {folder}."
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
        #: The words above the rows, placed with them: (text, style, where, colour, alignment).
        self.words: list[tuple[str, str, pygame.Rect, str, str]] = []
        self.scroller = ScrollArea()  # the rows, when larger text makes them taller than the room
        #: Room kept above the rows after the text got smaller, so the text size control stayed under the pointer.
        self.nudge = 0
        self.erasing = EraseFlow(ui, couple)  # erase only us, and erase everything: each asked twice

    def build(self) -> None:
        s = self.ui.settings
        self.add(Button(f"Theme: {theme_label(s['theme'])}", self.next_theme))
        self.add(Stepper(f"Text size: {s['text_size'].capitalize()}", SIZES.index(s["text_size"]), len(SIZES), self.set_size))
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
        self.add(Button(cards_words(s["session_length"]), self.next_length))
        if self.couple is not None:
            locked = self.ui.services.has_passphrase(self.couple)
            self.add(Button("Passphrase: on" if locked else "Passphrase: off", self.passphrase, kind="secondary"))
        self.add(Button("Export a copy…", self.export, kind="secondary"))
        if self.couple is not None and len(self.ui.services.couples()) > 1:  # alone on the laptop, everything is theirs
            self.add(Button("Erase only us…", self.erasing.only_us, kind="secondary"))
        self.add(Button("Erase everything…", self.erasing.everything, kind="secondary"))
        self.add(Button("Done", self.ui.pop, kind="primary"))

    def passphrase(self) -> None:
        if self.couple is not None:
            self.ui.push(Passphrase(self.couple))

    def export(self) -> None:
        services = self.ui.services
        couples = services.couples()
        detail = EXPORT_WORDS.format(who=self.who(), folder=services.exports_folder())
        if self.couple is not None and len(couples) > 1:
            detail += EXPORT_OTHERS
        detail += f" {EXPORT_GUESSES} {EXPORT_FOR}"
        if any(services.has_passphrase(couple) for couple in ([self.couple] if self.couple is not None else couples)):
            detail += "\n" + EXPORT_UNSEALED  # the copy is written readable: a passphrase on says so, last
        self.ui.push(ConfirmScene(self.ui, "Export a copy?", "Export", detail=detail), self.export_answered)

    def who(self) -> str:
        """Whose answers the copy holds: this couple's ("Zoë & Łukasz"); with no couple open, every couple's."""
        if self.couple is None:
            return "Every couple on this computer"
        return f"{quoted(self.couple.name(0))} & {quoted(self.couple.name(1))}"

    def export_answered(self, yes: bool) -> None:
        if not yes:
            return
        try:
            written = self.ui.services.export_everything(include_private=False, couple=self.couple)
        except OSError as error:
            said = f"The copy couldn't be saved: {disk_words.reason(error)}."
            self.ui.toast(" ".join(filter(None, (said, disk_words.advice(error)))), 8.0)
            return
        whose = self.who() if self.couple is not None else "every couple"
        files = " and ".join(PurePath(path).name for path in written)
        saved = f"Saved a copy of {whose}: {files}."
        left_out = self.ui.services.left_out_of_exports(self.couple).sentences()
        where = SAVED_WHERE.format(folder=PurePath(written[0]).parent)
        detail = "\n".join([" ".join([saved, *left_out]), where, MOVE_WORDS.format(folder=self.ui.services.data_folder())])
        asked = QuestionScene(self.ui, "Your copy is saved", ("Open the folder", True), ("Done", False), False, detail)
        self.ui.push(asked, lambda open_it: self.open_exports(written[0]) if open_it else None)

    def open_exports(self, written: str) -> None:
        problem = self.ui.services.open_folder(written)
        self.ui.toast(problem or "The exports folder is open.", 6.0 if problem else 2.5)

    def next_theme(self) -> None:
        names = theme_names()
        self.ui.set("theme", names[(names.index(self.ui.settings["theme"]) + 1) % len(names)])
        self.refresh()

    def set_size(self, index: int) -> None:
        """The text size one step smaller or larger. The rows reflow with it, and then move so the control stays
        where it was, under the pointer that changed it: scrolled, or with room kept above them when the rows are
        too few to scroll (a smaller text size: the words above them take less room). A second click on − or +
        lands on it again; the page is laid out as it opens at that size the next time Settings opens."""
        was = self.widgets[1].rect.centery
        self.ui.set("text_size", SIZES[index])
        self.nudge, self.scroller.offset = 0, 0
        self.refresh()
        shift = was - self.widgets[1].rect.centery
        if shift > 0:
            self.nudge = shift
        else:
            self.scroller.by(-shift)
        self.layout()

    def next_length(self) -> None:
        self.ui.set("session_length", next_length(self.ui.settings["session_length"]))
        self.refresh()

    def layout(self) -> None:
        # As the screen was drawn for 1280×720 first; when larger text makes that taller than the window, the title
        # goes higher to leave the rows more room (and Done may take a free place beside them), and the page scrolls
        # for what still does not fit. No row, gap or word shrinks for want of room: each grows with the text size.
        # Which of the two is measured without the room kept above the rows (`nudge`), so a step of the text size
        # keeps its control under the pointer whichever it is.
        offset, nudge = self.scroller.offset, self.nudge
        self.nudge = 0
        self.place(high=False)
        high = self.scroller.scrolls
        self.scroller.offset, self.nudge = offset, nudge
        self.place(high)

    def place(self, high: bool) -> None:
        t = self.ui.theme
        text = self.ui.text
        width, _ = t.size
        grown = t.words / t.unit  # the text size chosen, as this window draws it: rows and gaps grow with it
        foot = self.ui.hints_top(self.hints) - t.px(12)
        column = min(t.px(560), (width - t.px(200)) // 2)
        left = width // 2 - column - t.px(20)
        right = width // 2 + t.px(20)
        rows = self.widgets[:-1]
        half = (len(rows) + 1) // 2
        # The words at the top and the rows below them are one page: when larger text makes it taller than the
        # room above Done it scrolls whole, so a row can stay in its place while the words above it grow or shrink.
        page = pygame.Rect(left - t.px(8), t.px(16), right + column - left + t.px(16), 0)
        self.top = self.place_words(page, high)
        top = self.top if high else max(t.px(150), self.top)
        # Each line of two rows as tall as its words need at this text size, with room round them that grows with
        # the text, and never less than the design's row: a slider's label stays clear above its knob. Every button
        # is one height, whichever row it shares a line with; a line with a slider in it is the taller.
        for widget in rows:
            widget.rect.width = column
        least = max(t.px(58), text.line_height(t.style("button")) + t.px(18 * grown))
        needs = [w.fit_height(self.ui, 58) for w in rows]
        lines = [max(least, *needs[index::half]) for index in range(half)]
        buttons = [index for index, widget in enumerate(rows) if isinstance(widget, Button)]
        button_h = max([least, *(needs[index] for index in buttons)])
        for index in buttons:
            lines[index % half] = max(lines[index % half], button_h)
        done = self.widgets[-1]
        done_h = max(t.px(54), text.line_height(t.style("button")) + t.px(18 * grown))
        done.rect = pygame.Rect(0, 0, t.px(220), done_h)
        room = foot - done_h - t.px(14) - page.top
        # Short words above (no passphrase to explain) leave room for wider gaps; both grow with the text.
        gap = t.px((18 if self.couple is None else 8) * grown)
        content = top + self.nudge + sum(lines) + gap * (half - 1) + t.px(6) - page.top
        # With an odd number of rows the right column ends a line early: when Done below the rows would make the
        # page scroll and Done in that place would not, it goes there (two couples' Settings on a big window).
        in_grid = len(rows) % 2 == 1 and content > room and content <= foot - page.top
        if in_grid:
            room = foot - page.top
        page.height = min(content, max(max(lines) + gap, room))  # Done below it, above the hints
        self.scroller.fit(page, content, rows)
        offset = self.scroller.offset
        self.words = [(words, style, box.move(0, -offset), color, align) for words, style, box, color, align in self.words]
        y = top + self.nudge - offset
        for line, tall in enumerate(lines):
            for index in (line, line + half):
                if index < len(rows):
                    row_h = button_h if isinstance(rows[index], Button) else tall
                    rows[index].rect = pygame.Rect(left if index < half else right, y, column, row_h)
            if in_grid and line == half - 1:
                done.rect.center = (right + column // 2, y + tall // 2)
            y += tall + gap
        if not in_grid:
            done.rect.midtop = (width // 2, page.bottom + t.px(14))

    @property
    def viewport(self) -> pygame.Rect:
        """Where the words and the rows show: they scroll inside it when larger text makes them taller than the room."""
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
        before = self.focus  # the place, not the widget: a row rebuilt with new words (a step of the text size) stays
        super().handle(intent)
        focused = self.focused()
        if focused is not None and self.focus != before and focused is not self.widgets[-1]:
            delta = self.scroller.reveal(focused.rect, self.ui.theme.px(10))
            if delta and self.scroller.by(delta):
                self.layout()  # a row tabbed to below the fold scrolls into sight

    def place_words(self, page: pygame.Rect, high: bool = False) -> int:
        """The title and the words under it, across `page`, however large the text (before any scrolling); returns
        where the rows may begin. `high`: the title nearer the top, when room is short. The words are the same at
        every text size and in every window."""
        t = self.ui.theme
        title_h = self.ui.text.line_height(t.style("heading"))
        title_top = t.px(24) if high else t.px(60)
        below = title_top + title_h if high else max(t.px(108), t.px(60) + title_h)
        shared = SHARED_WORDS if self.couple is None else SHARED_WORDS_COUPLE
        wide = min(t.px(1000), page.width)
        tall = self.ui.text.block(shared, t.style("small"), (0, 0, 0), wide, "center").get_height()
        line = pygame.Rect(page.centerx - wide // 2, below, wide, tall)  # a narrow window: on two lines
        self.words = [
            ("Settings", "heading", pygame.Rect(page.left, title_top, page.width, title_h), "text", "center"),
            (shared, "small", line, "muted", "center"),
        ]
        return line.bottom + t.px(8 if high else 14)

    def draw(self, surface: pygame.Surface) -> None:
        rows = self.widgets[:-1]
        with self.scroller.clipped(surface):
            for words, style, box, color, align in self.words:
                paragraph(surface, self.ui, words, style, box, color, align)
            self.draw_widgets(surface, rows)
        self.scroller.draw_bar(surface, self.ui.theme)
        self.draw_widgets(surface, self.widgets[-1:])
