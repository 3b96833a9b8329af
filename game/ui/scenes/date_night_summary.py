"""The end of the evening: what it held, on screen and as a keepsake picture saved in the data folder."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.core.direction import quoted
from game.core.keepsake import Keepsake

from ..date_night_view import DateNightLook
from ..drawing import heart, panel, paragraph, text_at
from ..keepsake_image import draw_keepsake, keepsake_png
from ..scene import UI
from ..services import EveningHandle
from ..widgets import Button

SHOWN_LEARNED = 3


class DateNightSummaryScene(DateNightLook):
    hints = [("Tab", "move"), ("Enter", "choose"), ("Esc", "home")]

    def __init__(self, ui: UI, handle: EveningHandle) -> None:
        super().__init__(ui)
        self.night = handle
        self.keepsake: Keepsake = handle.keepsake()
        self.picture = draw_keepsake(ui, self.keepsake)
        self.saved: str | None = None
        self.problem = ""
        try:
            self.saved = handle.save_keepsake(keepsake_png(self.picture))
        except (OSError, pygame.error) as error:
            self.problem = f"The keepsake could not be saved ({error}). Everything else from tonight is kept."
        self.thumb_rect = pygame.Rect(0, 0, 0, 0)
        self._thumb: pygame.Surface | None = None

    def build(self) -> None:
        self.add(Button("Back home", self.ui.pop, kind="primary"))
        if self.saved:
            self.add(Button("Open the keepsake folder", self.open_folder, hotkey="o"))

    def open_folder(self) -> None:
        if self.saved is None:
            return
        problem = self.ui.services.open_folder(self.saved)
        self.ui.toast(problem or "The keepsake folder is open.", 6.0 if problem else 2.5)

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        thumb_h = height - t.px(150)
        thumb_w = int(thumb_h * self.picture.get_width() / self.picture.get_height())
        self.thumb_rect = pygame.Rect(width - t.px(60) - thumb_w, t.px(48), thumb_w, thumb_h)
        self._thumb = None
        left = t.px(70)
        y = height - t.px(96)
        for widget in self.widgets:
            w = self.ui.text.measure(widget.label, t.style("button")) + t.px(64)
            widget.rect = pygame.Rect(left, y, max(t.px(200), w), t.px(54))
            left = widget.rect.right + t.px(16)

    def thumbnail(self) -> pygame.Surface:
        if self._thumb is None or self._thumb.get_size() != self.thumb_rect.size:
            self._thumb = pygame.transform.smoothscale(self.picture, self.thumb_rect.size)
        return self._thumb

    def lines(self) -> list[tuple[str, str, str]]:
        k = self.keepsake
        out: list[tuple[str, str, str]] = [("  ·  ".join(k.headline()), "body_bold", "text")]
        shown = k.learned[: max(1, SHOWN_LEARNED - len(k.appreciations))]  # the appreciations take their room
        for thing in shown:
            out.append((f"{thing.question}  {thing.answer}", "small", "muted"))
        if k.learned_count > len(shown):
            out.append((f"…and {k.learned_count - len(shown)} more.", "small", "muted"))
        out += [(f"♥  {quoted(k.names[thing.owner])} loved: {quoted(thing.answer)}", "body", "text") for thing in k.appreciations]
        out += [(line, "body", "text") for line in k.scores()]
        out += [(f"⭐  {line}", "small", "text") for line in k.starred]
        out += [(f"♥  {line}", "body_bold", "accent") for line in k.upcoming]
        return out

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        column = self.thumb_rect.left - t.px(110)
        left = t.px(70)
        heart(surface, t.color("accent"), (left + t.px(16), t.px(66)), t.px(28))
        title = "That was lovely." if self.keepsake.cards_played else "Until next time."  # nothing played: no praise
        text_at(surface, self.ui, title, "heading", (left + t.px(46), t.px(46)))
        text_at(surface, self.ui, self.keepsake.when, "small", (left, t.px(100)), "muted")
        y = t.px(140)
        for words, style, color in self.lines():
            y += paragraph(surface, self.ui, words, style, pygame.Rect(left, y, column, 0), color) + t.px(10)
        if self.saved or self.problem:
            note = f"Your keepsake is saved as {Path(self.saved).name} in your keepsakes folder." if self.saved else self.problem
            color = "muted" if self.saved else "danger"
            paragraph(surface, self.ui, note, "hint", pygame.Rect(left, y + t.px(6), column, 0), color)
        frame = self.thumb_rect.inflate(t.px(10), t.px(10))
        panel(surface, self.ui, frame)
        surface.blit(self.thumbnail(), self.thumb_rect)
        self.draw_widgets(surface)
