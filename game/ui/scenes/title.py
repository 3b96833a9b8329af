"""The title screen: the name, a warm welcome, and one obvious way in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from ..drawing import heart, panel, paragraph, text_at
from ..scene import Scene
from ..shell import UI
from ..widgets import Button

if TYPE_CHECKING:
    from game.core.players import Couple


class TitleScene(Scene):
    hints = [("Enter", "begin"), ("F11", "fullscreen"), ("Esc", "quit")]

    def build(self) -> None:
        self.add(Button("Begin", self.begin, kind="primary"))
        self.add(Button("Quit", self.ui.pop, kind="quiet"))
        if self.ui.services.notice:
            self.add(Button("Got it", self.dismiss, kind="quiet"))
        self.notice_box = pygame.Rect(0, 0, 0, 0)

    def dismiss(self) -> None:
        """The notice has been read: it is not shown again (a new one would be)."""
        self.ui.services.dismiss_notice()
        self.refresh()

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        begin, leave = self.widgets[:2]
        self.notice_box = pygame.Rect(0, 0, min(width - t.px(80), t.px(860)), t.px(116))
        self.notice_box.midtop = (width // 2, t.px(12))
        if len(self.widgets) > 2:
            got = self.widgets[2]
            got.rect = pygame.Rect(0, 0, t.px(120), t.px(40))
            got.rect.midright = (self.notice_box.right - t.px(12), self.notice_box.centery)
        begin.rect = pygame.Rect(0, 0, t.px(280), t.px(60))
        begin.rect.center = (width // 2, height // 2 + t.px(110))
        leave.rect = pygame.Rect(0, 0, t.px(160), t.px(44))
        leave.rect.center = (width // 2, begin.rect.bottom + t.px(44))

    def warm_up(self) -> None:
        """The screens Begin leads to, imported while nobody is waiting (they bring the rest of the UI)."""
        from . import couples, date_night, home, passphrase, play  # noqa: F401

    def begin(self) -> None:
        from .couples import CouplesScene

        couples = self.ui.services.couples()
        last = next((c for c in couples if c.id == self.ui.settings["last_couple"]), None)
        if last is None and len(couples) == 1:
            last = couples[0]
        if last is None:
            self.ui.push(CouplesScene(self.ui))
            return
        open_couple(self.ui, last)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        width, height = t.size
        heart(surface, t.color("accent"), (width // 2, height // 2 - t.px(190)), t.px(64))
        text_at(surface, self.ui, "Kindred", "title", (width // 2, height // 2 - t.px(150)), anchor="midtop")
        text_at(
            surface, self.ui, "A question card game for two", "heading", (width // 2, height // 2 - t.px(60)), "muted", "midtop"
        )
        text_at(
            surface,
            self.ui,
            "One laptop, two of you, and the questions you never got round to asking.",
            "body",
            (width // 2, height // 2 + t.px(6)),
            "muted",
            "midtop",
        )
        notice = self.ui.services.notice
        if notice:
            box = self.notice_box
            panel(surface, self.ui, box)
            inner = pygame.Rect(box.left + t.px(16), box.top + t.px(12), box.width - t.px(164), 0)
            paragraph(surface, self.ui, notice, "small", inner, "danger")
        self.draw_widgets(surface)


def open_couple(ui: UI, couple: Couple) -> None:
    """Home for this couple — after its passphrase if it is locked — and straight back into an unfinished date night or session."""
    from .home import HomeScene
    from .passphrase import UnlockScene
    from .play import PlayScene

    if ui.services.is_locked(couple):
        ui.push(UnlockScene(ui, couple, lambda: open_couple(ui, couple)))
        return
    ui.push(HomeScene(ui, couple))
    evening = ui.services.resume_evening(couple)
    if evening is not None:
        from .date_night import DateNightScene

        ui.push(DateNightScene(ui, evening))
        return
    handle = ui.services.resume(couple)
    if handle is not None and not handle.session.ended:
        ui.push(PlayScene(ui, handle, resumed=True))
