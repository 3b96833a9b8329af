"""Home: what the couple can do now — continue, play, be quizzed, look back, change settings.

Quiz me's button says what pressing it asks: the questions of the next round at the kept quiz length, and how many
are ready in all when that is more ("Quiz me (12 questions, 40 ready)"), or with none ready when the first will be
("Quiz me (ready tomorrow)"), counted by the round's own rule: within the couple's limits, nothing still resting. Counting
reads every due answer, so a Home just opened shows its first frame first and the count a frame later, as Our story
fills its panel.

Beside the buttons, a couple who has never played reads how the game works; a couple back again reads what is
waiting for them (a round to go on with, a paused evening, memories ready to quiz), and only what is true, under a
heading for the moment they came home: welcomed back when they open the game, told the round is done when they have
just finished one (homecoming.py).

A date night paused with "Go home" waits here, not in front of Home: "Carry on your date night" leads the buttons,
saying how long is left of it (the panel says which part it got to), and "Let this date night go" ends it where it
stopped, once the couple say so.
"""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING

import pygame

from game.core.players import Couple

from ..drawing import heart, panel, paragraph, text_at
from ..homecoming import AWAY, BREAK, WELCOME_BACK, WHERE_NEXT
from ..modals import ConfirmScene
from ..opening import continue_round
from ..round_guard import OpenRound, answered, ask_first
from ..routes import CoupleForm, Couples, DateNight, DateNightSetup, Promises, Settings, Setup, Story, Studio, Title
from ..scene import UI, Scene
from ..session_choices import quiz_button_words, quiz_consent, ready_when
from ..theme import hex_color
from ..widgets import Button

if TYPE_CHECKING:
    from game.core.date_night_state import EveningState

#: What the panel beside the buttons says to a couple who has never played.
HELP = (
    "Take turns drawing cards. Answer aloud, or privately behind the curtain when a card asks you both.",
    "Answers worth remembering become memories — later, the game asks each of you about the other.",
    "Pass any card, any time, no reason needed.",
)
#: The panel's words for a couple back again when nothing is waiting for them.
NOTHING_WAITING = "Nothing is waiting on you: start whatever you like."


def waiting_words(open_round: bool, evening: EveningState | None, due: int | None) -> list[str]:
    """What waits for a couple back again, each said only when true; `due`: memories ready to quiz (None: not yet
    counted, so nothing is said of them, nor that nothing waits)."""
    lines = []
    if open_round:
        lines.append("A round is waiting, just where you stopped.")
    if evening is not None:
        part, parts = evening.part()
        lines.append(f"Your date night is paused at part {part} of {parts}, ready when you are.")
    if due:
        lines.append("1 memory is ready to quiz." if due == 1 else f"{due} memories are ready to quiz.")
    if not lines and due is not None:
        lines.append(NOTHING_WAITING)
    return lines


def carry_on_words(left: float) -> str:
    """The button that carries on a paused date night, with how long is left of it (`left`, in seconds)."""
    return "Carry on your date night" if left <= 0 else f"Carry on your date night ({math.ceil(left / 60)} min left)"


class HomeScene(Scene):
    hints = [("↑↓", "move"), ("Enter", "choose"), ("Esc", "switch couple")]

    def __init__(self, ui: UI, couple: Couple) -> None:
        super().__init__(ui)
        self.couple = couple
        self.has_open = False
        #: How many questions a Quiz me round would ask each partner now; None until counted (see `update`).
        self.due: dict[int, int] | None = None
        self.shown = False  # the first frame is on the screen
        self.names_lines = 1
        self.question_top = 0
        self.help = pygame.Rect(0, 0, 0, 0)
        self.show_help = True
        #: The couple has played before (a round, Quiz me or a date night's part): no first-time help, but what waits.
        self.returning = False
        #: The date night paused with time left, as it was left (None: none is waiting).
        self.evening: EveningState | None = None
        #: The panel's heading for a couple back again, and when they came home to it (None: as the game opened).
        self.heading = WELCOME_BACK
        self.since: datetime | None = None
        #: Another screen has covered Home whole since it last showed (a modal dialog over it leaves it in sight).
        self.hidden = False

    def enter(self) -> None:
        super().enter()
        waiting = self.ui.services.playbook.ask_at_start(self.couple)
        if waiting:
            self.ui.push(Promises(self.couple, waiting))

    def build(self) -> None:
        services = self.ui.services
        if self.since is not None and services.now() - self.since >= AWAY:  # a real time away since: greeted again
            self.heading, self.since = WELCOME_BACK, None
        self.has_open = services.has_open_session(self.couple)
        self.evening = evening = services.paused_evening(self.couple)
        self.returning = self.has_open or evening is not None or services.has_played(self.couple)
        ready = None
        if self.shown:
            consent = quiz_consent(self.ui.settings, services.limits(self.couple))
            self.due = services.due_count(self.couple, consent)
            if not sum(self.due.values()) and (at := services.next_quiz_at(self.couple, consent)) is not None:
                ready = ready_when(at, services.now())  # none ready now: say when, rather than a button that waits
        if self.has_open:
            self.add(Button("Continue where you stopped", self.continue_session, kind="primary", hotkey="c"))
        if evening is not None:
            kind = "secondary" if self.has_open else "primary"
            self.add(Button(carry_on_words(evening.seconds_left), self.date_night, kind=kind, hotkey="d"))
            self.add(Button("Let this date night go", self.let_evening_go, kind="quiet"))
        waiting = self.has_open or evening is not None
        self.add(Button("Play", self.play, kind="secondary" if waiting else "primary", hotkey="p"))
        due = sum(self.due.values()) if self.due else 0
        self.add(Button(quiz_button_words(due, int(self.ui.settings["quiz_length"]), ready), self.quiz, hotkey="q"))
        if evening is None:
            self.add(Button("Date night", self.date_night, hotkey="d"))
        self.add(Button("Our story", self.story, hotkey="o"))
        self.add(Button("Deck studio", self.studio, hotkey="k"))
        self.add(Button("Settings", self.settings, hotkey="s"))
        self.add(Button("Names and pronouns", self.edit_couple, kind="quiet"))
        self.add(Button("Switch couple", self.switch, kind="quiet"))
        if services.playbook.is_sample(self.couple):
            self.add(Button("Remove the sample couple", self.remove_sample, kind="quiet"))

    def update(self, dt: float) -> bool:
        """Just after the first frame, the count on Quiz me's button (at once, not at the idle pace); and a welcome
        back for a couple whose Home has sat a while since they came home to it."""
        aged = self.since is not None and self.ui.services.now() - self.since >= AWAY
        if (self.shown and self.due is None) or aged:
            self.refresh()
        return self.due is None and self.ui.stack[-1] is self

    def refresh(self, keep_focus: bool = True) -> None:
        """When a round or an evening to carry on appears (or goes), the focus is on the main button, so Enter does what
        it shows."""
        had = (self.has_open, self.evening is None) if self.widgets else None
        super().refresh(keep_focus)
        if had is not None and had != (self.has_open, self.evening is None):
            self.focus = 0

    def layout(self) -> None:
        t = self.ui.theme
        text = self.ui.text
        width, _height = t.size
        x = t.px(90)
        heading = text.line_height(t.style("heading"))
        a, b = self.couple.players
        # The names on one line when they fit, else "&" and the second name on a line of their own.
        one_line = x + t.px(44) + text.measure(f"{a.name} & {b.name}", t.style("heading")) + t.px(110) <= width - t.px(24)
        self.names_lines = 1 if one_line else 2
        names_bottom = t.px(60) + self.names_lines * heading
        self.question_top = max(t.px(130), names_bottom + t.px(8))
        top = max(t.px(200), self.question_top + text.line_height(t.style("body")) + t.px(20))
        foot = self.ui.hints_top(self.hints) - t.px(12)
        # As wide as the longest label needs on one line with its key beside it ("Quiz me (ready tomorrow)" at
        # Largest), up to the panel beside the buttons: a label that wraps pushes its key off to the side.
        widest = max((w.one_line_width(self.ui) for w in self.widgets if isinstance(w, Button)), default=0)
        column = min(max(t.px(420), widest), width // 2 - x - t.px(20))
        button_h = text.line_height(t.style("button")) + t.px(12)
        # The panel beside the buttons only when its words fit above the key hints and the buttons fit in one
        # column; otherwise the buttons take the whole width, in two columns when one would run into the hints.
        self.help = pygame.Rect(width // 2 + t.px(20), top, width // 2 - t.px(110), 0)
        self.help.height = self._help_height(self.help.width)
        crowded = len(self.widgets) * (button_h + t.px(8)) > foot - top
        self.show_help = self.help.bottom <= foot and not crowded
        columns = 1
        if crowded:
            columns = 2
            column = (width - 2 * x - t.px(30)) // 2
        per_column = -(-len(self.widgets) // columns)
        step = min(t.px(68), (t.size[1] - top - t.px(60)) // max(1, per_column))  # more buttons: closer together
        for widget in self.widgets:
            widget.rect.width = column
        # Larger text: each row as tall as the words of its tallest button, so one long label (the time left of an
        # evening) makes its own row taller, not every row, and the last row stays above the key hints.
        rows = [min(t.px(54), step - t.px(10))] * per_column
        for index, widget in enumerate(self.widgets):
            rows[index % per_column] = max(rows[index % per_column], widget.fit_height(self.ui, 20))
        gap = max(t.px(8), step - max(rows))
        for index, widget in enumerate(self.widgets):
            col, row = divmod(index, per_column)
            widget.rect = pygame.Rect(x + col * (column + t.px(30)), top + sum(rows[:row]) + row * gap, column, rows[row])

    def panel_words(self) -> tuple[str, list[str]]:
        """The panel's heading and lines: how it works for a couple new to the game, else what is waiting for them."""
        if not self.returning:
            return "How it works", list(HELP)
        due = sum(self.due.values()) if self.due is not None else None
        return self.heading, waiting_words(self.has_open, self.evening, due)

    def _help_height(self, width: int) -> int:
        t = self.ui.theme
        wide = width - t.px(48)
        heading, lines = self.panel_words()
        needed = self.ui.text.block(heading, t.style("heading"), (0, 0, 0), wide).get_height() + t.px(40)
        needed += sum(self.ui.text.block(line, t.style("body"), (0, 0, 0), wide).get_height() + t.px(10) for line in lines)
        return max(t.px(300) if not self.returning else 0, needed)

    def continue_session(self) -> None:
        continue_round(self.ui, self.couple, self.ui.push)

    def play(self) -> None:
        self.ui.push(Setup(self.couple, quiz=False))

    def date_night(self) -> None:
        """An unfinished evening goes on where it stopped; otherwise a new one is set up."""
        evening = self.ui.services.resume_evening(self.couple)
        waiting = self.ui.services.playbook.waiting_promises(self.couple, date_night=True) if evening is None else []
        if evening is not None:
            self.ui.push(DateNight(evening))
        elif waiting:  # last time's small things first: "Did it happen?", then the evening is set up
            self.ui.push(Promises(self.couple, waiting), self.promises_asked)
        else:
            self.set_up_date_night()

    def let_evening_go(self) -> None:
        detail = "It ends where you stopped. Everything you answered is kept; the rest of the evening is left unplayed."
        self.ui.push(ConfirmScene(self.ui, "Let this date night go?", "Let it go", "Keep it", detail), self.let_go_answered)

    def let_go_answered(self, yes: bool) -> None:
        evening = self.ui.services.resume_evening(self.couple) if yes else None
        if evening is not None:
            evening.abandon()
            self.ui.toast("Date night let go. Start a new one whenever you like.")
            if self.heading == BREAK:  # the break was from the evening let go: nothing is paused now
                self.heading = WHERE_NEXT
            self.refresh()

    def promises_asked(self, count: int) -> None:
        """However many of them were answered (`count`), the evening is set up next."""
        self.set_up_date_night()

    def set_up_date_night(self) -> None:
        if not ask_first(self.ui, self.couple, self.open_round_answered):
            self.ui.push(DateNightSetup(self.couple))

    def open_round_answered(self, choice: OpenRound | None) -> None:
        if answered(self.ui, self.couple, choice, self.ui.push):
            self.ui.push(DateNightSetup(self.couple))

    def remove_sample(self) -> None:
        names = f"{self.couple.name(0)} & {self.couple.name(1)}"
        detail = f"{names} and their year of play go for good. Your own couples stay as they are."
        self.ui.push(ConfirmScene(self.ui, "Remove the sample couple?", "Remove them", detail=detail), self.remove_sample_answered)

    def remove_sample_answered(self, yes: bool) -> None:
        if yes and self.ui.services.playbook.remove_sample(self.couple):
            self.switch()

    def quiz(self) -> None:
        self.ui.push(Setup(self.couple, quiz=True))

    def story(self) -> None:
        self.ui.push(Story(self.couple))

    def studio(self) -> None:
        self.ui.push(Studio(self.couple))

    def settings(self) -> None:
        self.ui.push(Settings(self.couple))

    def edit_couple(self) -> None:
        self.ui.push(CoupleForm(self.couple))

    def pause(self) -> None:
        self.hidden = True  # until it is drawn again: under a dialog it still shows

    def resume(self) -> None:
        # Names or pronouns may have just changed: read the couple again before drawing it.
        self.couple = next((c for c in self.ui.services.couples() if c.id == self.couple.id), self.couple)
        if self.hidden:  # back from another screen: where to next, unless it says what they did there (came_home_from)
            self.heading, self.since = WHERE_NEXT, self.ui.services.now()
        super().resume()

    def came_home_from(self, heading: str) -> None:
        """The screen just closed says what the couple did there (homecoming.py): the round or evening just done."""
        self.heading, self.since = heading, self.ui.services.now()
        self.layout()  # the panel's height follows its heading
        self.ui.dirty = True

    def switch(self) -> None:
        self.ui.reset(Title())
        self.ui.push(Couples())

    def back(self) -> None:
        self.switch()

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        a, b = self.couple.players
        x = t.px(90)
        heart(surface, t.color("accent"), (x + t.px(14), t.px(86)), t.px(30))
        rect = text_at(surface, self.ui, a.name, "heading", (x + t.px(44), t.px(60)), anchor="topleft")
        pygame.draw.circle(surface, hex_color(a.color), (rect.right + t.px(14), rect.centery), t.px(7))
        if self.names_lines == 1:
            amp = text_at(surface, self.ui, "&", "heading", (rect.right + t.px(32), t.px(60)), "muted")
        else:  # long names: the second on a line of its own
            amp = text_at(surface, self.ui, "&", "heading", (x + t.px(44), rect.top + rect.height), "muted")
        rect2 = text_at(surface, self.ui, b.name, "heading", (amp.right + t.px(12), amp.top))
        pygame.draw.circle(surface, hex_color(b.color), (rect2.right + t.px(14), rect2.centery), t.px(7))
        text_at(surface, self.ui, "What would you like to do tonight?", "body", (x, self.question_top), "muted")
        side = self.help
        if self.show_help:
            panel(surface, self.ui, side)
            inner = side.inflate(-t.px(48), -t.px(40))
            y = inner.top
            heading, lines = self.panel_words()
            y += paragraph(surface, self.ui, heading, "heading", pygame.Rect(inner.left, y, inner.width, 0))
            for line in lines:
                y += t.px(10)
                y += paragraph(surface, self.ui, line, "body", pygame.Rect(inner.left, y, inner.width, 0), "muted")
        services = self.ui.services
        broken = services.broken_deck_files()  # read first: the entries are those of the same reading
        stale = [PurePath(e.path).name for e in services.deck_entries() if e.problems and e.deck is not None]
        note = deck_file_note([name for name in broken if name not in stale], stale)
        if note:
            at = pygame.Rect(side.left, side.bottom + t.px(14), side.width, 0)
            if not self.show_help:  # the largest text: no help panel, the buttons take the width; the note goes below them
                at = pygame.Rect(x, max(w.rect.bottom for w in self.widgets) + t.px(14), t.size[0] - 2 * x, 0)
            paragraph(surface, self.ui, note, "small", at, "danger")
        self.draw_widgets(surface)
        self.shown, self.hidden = True, False


def deck_file_note(out: list[str], stale: list[str]) -> str:
    """Under Home's buttons, in the words Deck studio uses: files whose problems kept their deck out of the game, or
    else files with problems whose last good version still plays (an edit broke them while the game ran)."""
    files = out or stale
    if not files:
        return ""
    others = len(files) - 1
    names = f"{files[0]} and {others} other file{'s' if others > 1 else ''}" if others else files[0]
    if out:
        return f"Problems in {names} kept {'a deck' if len(out) == 1 else 'decks'} out: Deck studio shows where."
    if len(stale) == 1:
        return f"Problems in {names}: its last good version still plays. Deck studio shows where."
    return f"Problems in {names}: their last good versions still play. Deck studio shows where."
