"""The passphrase: unlocking a locked profile, and setting, changing or removing the lock."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import PurePath

import pygame

from game.core.direction import quoted
from game.core.players import Couple

from ..drawing import heart, panel
from ..made_before import not_sealed
from ..modals import ConfirmScene
from ..page import Page, PagedScene
from ..routes import Couples, Title
from ..scene import UI
from ..text_field import TextField
from ..widgets import Button

#: Said when a passphrase is refused, or the two typed differ, and a space starts or ends it: it is kept as typed.
SPACE_HINT = "Check for a space at the start or end."


def spaced(passphrase: str) -> bool:
    """Whether a space (or a tab) starts or ends the passphrase."""
    return passphrase != passphrase.strip()


WARNING = (
    "Your answers will be sealed on this computer with this passphrase. "
    "If you forget it, nobody can open them again: the only way back is to erase the profile."
)


class UnlockScene(PagedScene):
    """Asks for the passphrase of a locked profile; wrong tries wait longer and longer.

    The wait is kept by the services (in the store): leaving this screen or closing the game does not end it.
    """

    def __init__(self, ui: UI, couple: Couple, then: Callable[[], None]) -> None:
        super().__init__(ui)
        self.couple, self.then = couple, then
        #: Other couples on this laptop: the lock of the one who played last never keeps them from "Who's playing?".
        self.others = any(other.id != couple.id for other in ui.services.couples())
        self.hints = [("Enter", "unlock"), ("Esc", "switch couple" if self.others else "back")]
        self.wait = ui.services.unlock_wait(couple)
        self.message = ""
        self.field: TextField | None = None
        self.box = pygame.Rect(0, 0, 0, 0)
        self.heart_at = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        self.field = TextField("Passphrase", on_submit=self.try_it, placeholder="Your passphrase", max_chars=200, secret=True)
        self.field.error = self.message
        self.add(self.field)
        self.add(Button("Unlock", lambda: self.try_it(self.field.value if self.field else ""), kind="primary"))
        if self.others:
            self.add(Button("Switch couple", self.switch, kind="quiet"))

    def switch(self) -> None:
        """To "Who's playing?", as Home's Switch couple goes: the title below it."""
        self.ui.reset(Title())
        self.ui.push(Couples())

    def back(self) -> None:
        if self.others:
            self.switch()
        else:
            super().back()

    def try_it(self, passphrase: str) -> None:
        if self.wait > 0 or self.field is None:
            return
        self.wait = self.ui.services.unlock_wait(self.couple)  # the store keeps the wait: its word is final
        if self.wait > 0:
            self.ui.dirty = True  # what was typed stays; Enter works once the wait is over
            return
        if self.ui.services.unlock(self.couple, passphrase):
            self.ui.sound.play("chime")
            self.ui.pop()
            self.then()
            return
        self.wait = self.ui.services.unlock_wait(self.couple)
        self.message = "That passphrase doesn't open this profile."
        if spaced(passphrase):  # kept as typed (a space may be part of it), but worth a look
            self.message += " " + SPACE_HINT
        self.ui.sound.play("soft")
        self.refresh()

    def update(self, dt: float) -> bool:
        if self.wait <= 0:
            return False
        before = int(self.wait)
        self.wait = max(0.0, self.wait - dt)
        if int(self.wait) != before or self.wait == 0:
            self.layout()  # the line above the field says how long to wait
            self.ui.dirty = True
        return self.wait > 0

    def layout(self) -> None:
        t = self.ui.theme
        self.box = self.lay_out_box(min(t.size[0] - t.px(80), t.px(640)), t.px(40), self.place)
        self.widgets[1].enabled = self.wait <= 0

    def asking(self) -> str:
        """The line under the names: what the passphrase is asked for."""
        return "This profile is locked. Type your passphrase to open it."

    def place(self, page: Page) -> None:
        field, button, *switch = self.widgets
        self.heart_at = page.mark(40, gap=8)
        page.text(f"{quoted(self.couple.name(0))} & {quoted(self.couple.name(1))}", "heading", align="center", gap=10)
        line = self.asking()
        if self.wait > 0:
            line = f"Wait {int(self.wait + 0.999)} s before trying again."
        page.text(line, "body", "muted", align="center", gap=20)
        page.widget(field, 52, gap=8)
        page.error_room(field)
        page.gap(12)
        page.widget(button, 54, width=self.ui.theme.px(220), align="center", gap=0)
        t = self.ui.theme
        for other in switch:  # as wide as its words at any text size, never narrower than Unlock
            page.gap(14)
            wide = max(t.px(220), self.ui.text.measure(other.label, t.style("button")) + t.px(48))
            page.widget(other, 44, width=wide, align="center", gap=0)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        panel(surface, self.ui, self.box)
        if self.heart_at.colliderect(self.page.area) or not self.page.scrolls:
            heart(surface, t.color("accent"), self.heart_at.center, t.px(30))
        self.draw_page(surface)


class PassphraseScene(PagedScene):
    """Set, change or remove the lock on a couple's answers."""

    hints = [("Tab", "next field"), ("Enter", "save"), ("Esc", "back")]

    def __init__(self, ui: UI, couple: Couple) -> None:
        super().__init__(ui)
        self.couple = couple
        self.first: TextField | None = None
        self.second: TextField | None = None
        self.box = pygame.Rect(0, 0, 0, 0)

    def enter(self) -> None:
        super().enter()
        self.ui.show_focus = True  # opened with a click too: the first field shows its caret, where typing goes

    def build(self) -> None:
        has = self.ui.services.has_passphrase(self.couple)
        self.first = TextField(
            "New passphrase", on_submit=lambda _v: self.focus_on(self.second) if self.second else None, max_chars=200, secret=True
        )
        self.second = TextField("The same again", on_submit=lambda _v: self.save(), max_chars=200, secret=True)
        self.add(self.first)
        self.add(self.second)
        self.add(Button("Change passphrase" if has else "Lock our answers", self.save, kind="primary"))
        if has:
            self.add(Button("Remove the lock", self.remove, kind="quiet"))

    def save(self) -> None:
        assert self.first is not None and self.second is not None
        # The lock keeps the passphrase in Unicode NFC (see game.storage.crypto), so an accent typed as one key or
        # as a letter and a combining mark is the same passphrase here too, and counts as one character.
        first, second = (unicodedata.normalize("NFC", field.value) for field in (self.first, self.second))
        if len(first) < 6:
            self.first.error = "Use at least 6 characters — a short sentence is easy to remember."
            self.layout()  # room for the words below the field
            self.focus_on(self.first)
            return
        if first != second:
            edges = first.strip() == second.strip()  # the only difference: a space (or more) at the start or end
            self.second.error = f"The two don't match. {SPACE_HINT}" if edges else "The two don't match; type it once more."
            self.layout()
            self.focus_on(self.second)
            return
        self.ui.services.set_passphrase(self.couple, self.first.value)
        copies, _, _ = self.ui.services.unsealed_copies()
        if copies:
            count = len(copies)
            self.ui.push(
                ConfirmScene(
                    self.ui,
                    f"Locked. {'One old copy is' if count == 1 else f'{count} old copies are'} not sealed",
                    "Remove them" if count > 1 else "Remove it",
                    "Keep them" if count > 1 else "Keep it",
                    f"Kindred once set aside data it couldn't read ({', '.join(PurePath(c).name for c in copies)}). "
                    "It may hold your answers, unsealed.",
                ),
                self.leftovers_answered,
            )
            return
        self.locked()

    def locked(self) -> None:
        """Say plainly what the lock does not cover: exports and keepsake pictures saved before stay as they were. A
        passphrase with a space at the start or end keeps it (never stripped): said, so it is typed so each time."""
        _, exports, keepsakes = self.ui.services.unsealed_copies()
        said = "Locked. Your answers are sealed on this computer."
        if self.first is not None and spaced(self.first.value):
            said += " Your passphrase starts or ends with a space: type it so each time."
        self.ui.toast(said + not_sealed(exports, keepsakes), 8.0)
        self.ui.pop()

    def remove(self) -> None:
        question = "Remove the lock?"
        detail = "Answers will be stored unsealed on this computer again."
        self.ui.push(ConfirmScene(self.ui, question, "Remove it", "Keep the lock", detail), self.remove_answered)

    def leftovers_answered(self, remove: bool) -> None:
        if remove:
            self.ui.services.remove_set_aside_copies()
        self.locked()

    def remove_answered(self, yes: bool) -> None:
        if yes:
            self.ui.services.remove_passphrase(self.couple)
            self.ui.toast("The lock is removed.")
            self.ui.pop()

    def layout(self) -> None:
        t = self.ui.theme
        self.box = self.lay_out_box(min(t.size[0] - t.px(80), t.px(720)), t.px(40), self.place)

    def place(self, page: Page) -> None:
        page.text("A passphrase for your answers", "heading", align="center", gap=12)
        page.text(WARNING, "body", "muted", align="center", gap=24)
        for widget in self.widgets[:2]:
            page.text(widget.label, "small", "muted", gap=4)
            page.widget(widget, 52, gap=8)
            page.error_room(widget)
            page.gap(12)
        for index, widget in enumerate(self.widgets[2:]):
            page.widget(widget, 54 if index == 0 else 44, width=self.ui.theme.px(300), align="center", gap=10)

    def draw(self, surface: pygame.Surface) -> None:
        panel(surface, self.ui, self.box)
        self.draw_page(surface)
