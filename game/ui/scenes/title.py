"""The title screen: the name, a warm welcome, and one obvious way in.

The way in says where it leads when the game opens straight into something left open: "Carry on: card 10 of 12",
"Carry on your date night" (`waiting_words`, as opening.py decides). It is found just after the first frame,
which waits for nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from ..drawing import heart, panel, paragraph, text_at
from ..opening import open_couple
from ..routes import Couples, DateNight, Home, Play, Unlock, prepare
from ..scene import UI, Scene
from ..widgets import Button

if TYPE_CHECKING:  # the couple's class is not for the first frame (see opening.py)
    from game.core.players import Couple


def waiting_words(ui: UI, couple: Couple) -> str | None:
    """What `opening.open_couple` carries straight on into, as the title's button says it ("Carry on: card 10 of
    12"); None when it opens on Home (nothing waits, the couple went home from it, or it is locked: nothing of theirs
    is read before their passphrase). It follows the rules of `open_couple` and `continue_round`; it lives here, not
    beside them, since no module outside the scenes imports one (it needs the round's progress words)."""
    services = ui.services
    if services.is_locked(couple):
        return None
    evening = services.paused_evening(couple)
    if evening is not None and not evening.went_home:
        return "Carry on your date night"
    handle = services.resume(couple) if services.has_open_session(couple) else None
    if handle is None or handle.session.ended or handle.session.state.went_home:
        return None
    from .round_progress import progress_words  # the rules it brings are not for the title's first frame

    place = progress_words(handle.session)
    return f"Carry on: {place[:1].lower()}{place[1:]}"


class TitleScene(Scene):
    #: The main button's words when opening carries straight on into something (None: "Begin"), and whether that has
    #: been looked for (once, after the first frame is shown).
    waiting: str | None = None
    looked = shown = False

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        return [("Enter", "carry on" if self.waiting else "begin"), ("F11", "fullscreen"), ("Esc", "quit")]

    def build(self) -> None:
        self.add(Button(self.waiting or "Begin", self.begin, kind="primary"))
        self.add(Button("Quit", self.ui.pop, kind="quiet"))
        if self.ui.services.notice:
            self.add(Button("Got it", self.dismiss, kind="quiet"))
        self.notice_box = pygame.Rect(0, 0, 0, 0)
        self.tops = (0, 0, 0, 0)  # the heart's centre, then the tops of the title, the subtitle and the line under it

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
        # Each line under the one above however large the text; the whole stack rises if it would reach the hints.
        text = self.ui.text
        title_top = height // 2 - t.px(150)
        sub_top = max(height // 2 - t.px(60), title_top + text.line_height(t.style("title")))
        line_top = max(height // 2 + t.px(6), sub_top + text.line_height(t.style("heading")) + t.px(4))
        wide = text.measure(begin.label, t.style("button")) + t.px(64)  # "Carry on: card 10 of 12" as well as "Begin"
        begin.rect = pygame.Rect(0, 0, min(max(t.px(280), wide), width - t.px(40)), t.px(60))
        begin.rect.center = (width // 2, max(height // 2 + t.px(110), line_top + text.line_height(t.style("body")) + t.px(54)))
        begin.rect.height = begin.fit_height(self.ui, 60)
        leave.rect = pygame.Rect(0, 0, t.px(160), t.px(44))
        leave.rect.height = leave.fit_height(self.ui, 44)
        leave.rect.midtop = (width // 2, begin.rect.bottom + t.px(44) - leave.rect.height // 2)
        rise = max(0, leave.rect.bottom + t.px(12) - self.ui.hints_top(self.hints))
        rise = min(rise, height // 2 - t.px(190) - t.px(40))  # the heart stays on the screen
        begin.rect.top -= rise
        leave.rect.top -= rise
        self.tops = (height // 2 - t.px(190) - rise, title_top - rise, sub_top - rise, line_top - rise)

    def warm_up(self) -> None:
        """The screens Begin leads to, imported while nobody is waiting (they bring the rest of the UI)."""
        prepare(Couples, DateNight, Home, Unlock, Play)

    def update(self, dt: float) -> bool:
        """Once the first frame is out: what opening would carry on, said on the main button (looked for only while
        the title is on top: under a screen just opened, that screen has the round in hand)."""
        if self.shown and not self.looked and self.ui.stack[-1] is self:
            self.looked = True
            couple = self.couple()
            self.waiting = waiting_words(self.ui, couple) if couple is not None else None
            if self.waiting:
                self.refresh()
        return False

    def resume(self) -> None:
        self.looked, self.waiting = False, None  # back from a couple (Switch couple): what waits is looked for again
        super().resume()

    def couple(self) -> Couple | None:
        """The couple Begin opens: the last one played, or the only one (None: the couples list comes first)."""
        couples = self.ui.services.couples()
        last = next((c for c in couples if c.id == self.ui.settings["last_couple"]), None)
        return couples[0] if last is None and len(couples) == 1 else last

    def begin(self) -> None:
        last = self.couple()
        if last is None:
            self.ui.push(Couples())
            return
        open_couple(self.ui, last)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        width = t.size[0]
        heart_y, title_top, sub_top, line_top = self.tops
        heart(surface, t.color("accent"), (width // 2, heart_y), t.px(64))
        text_at(surface, self.ui, "Kindred", "title", (width // 2, title_top), anchor="midtop")
        text_at(surface, self.ui, "A question card game for two", "heading", (width // 2, sub_top), "muted", "midtop")
        words = "One laptop, two of you, and the questions you never got round to asking."
        wide = width - t.px(80)
        paragraph(surface, self.ui, words, "body", pygame.Rect(width // 2 - wide // 2, line_top, wide, 0), "muted", "center")
        notice = self.ui.services.notice
        if notice:
            box = self.notice_box
            panel(surface, self.ui, box)
            inner = pygame.Rect(box.left + t.px(16), box.top + t.px(12), box.width - t.px(164), 0)
            paragraph(surface, self.ui, notice, "small", inner, "danger")
        self.draw_widgets(surface)
        self.shown = True
