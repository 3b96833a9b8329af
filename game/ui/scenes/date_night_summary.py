"""The end of the evening: what it held, on screen and as a keepsake picture saved in the data folder."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.core import disk_words
from game.core.direction import quoted
from game.core.ending_words import evening_title
from game.core.keepsake import Keepsake

from ..date_night_view import DateNightLook
from ..drawing import heart, panel
from ..homecoming import EVENING_DONE, go_home
from ..keepsake_image import draw_keepsake, keepsake_png
from ..page import Page, PagedScene, free_area
from ..scene import UI
from ..services import EveningHandle
from ..widgets import Button

#: About how many lines the things learned and the appreciations share on screen (the picture has its own room).
SHOWN_LEARNED = 3
#: How an answer learned tonight is written: in the cards' own face, on a line of its own under its question, a
#: little in from it, as the keepsake writes it.
ANSWER_STYLE = "card_small"
#: Both partners' answers to one card, which show together or not at all: room for one such pair is always made.
PAIR = 2


class DateNightSummaryScene(DateNightLook, PagedScene):
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
        except OSError as error:
            self.problem = (
                f"The keepsake picture couldn't be saved: {disk_words.reason(error)}. Everything else from tonight is kept."
            )
        except pygame.error as error:
            self.problem = f"The keepsake picture couldn't be saved ({error}). Everything else from tonight is kept."
        self.thumb_rect = pygame.Rect(0, 0, 0, 0)
        self._thumb: pygame.Surface | None = None
        self.heart_at = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        self.add(Button("Back home", self.back, kind="primary"))
        if self.saved:
            self.add(Button("Open the keepsake folder", self.open_folder, hotkey="o"))

    def back(self) -> None:
        go_home(self.ui, EVENING_DONE)  # Home hears the evening is done

    def open_folder(self) -> None:
        if self.saved is None:
            return
        problem = self.ui.services.open_folder(self.saved)
        self.ui.toast(problem or "The keepsake folder is open.", 6.0 if problem else 2.5)

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        area = free_area(self.ui, top=40)
        thumb_h = min(area.height - t.px(16), height - t.px(150))
        thumb_w = int(thumb_h * self.picture.get_width() / self.picture.get_height())
        self.thumb_rect = pygame.Rect(width - t.px(60) - thumb_w, area.top + t.px(8), thumb_w, thumb_h)
        self._thumb = None
        left, pad = t.px(60), t.px(10)
        column = pygame.Rect(left, area.top, self.thumb_rect.left - t.px(50) - left, area.height)
        self.foot_page = Page()
        self.page.begin(self.ui, column, pad)
        self.place(self.page)
        self.page.gap(8)
        self.foot(self.page)
        self.page.end()
        if not self.page.scrolls:
            return
        # More than the window shows (large text, a small window): "Back home" stays whole at the column's foot,
        # and only the evening's words scroll above it.
        foot_top = self.pin_foot(column, pad, self.foot)
        self.page.begin(self.ui, pygame.Rect(column.left, column.top, column.width, foot_top - column.top), pad)
        self.place(self.page)
        self.page.end()

    def foot(self, page: Page) -> None:
        """The evening's actions: home, and the keepsake folder."""
        page.row(self.widgets, 54, gap=0)

    def place(self, page: Page) -> None:
        """The evening's words, top to bottom: its title by a heart, when it was, what it held, the keepsake's note."""
        t = self.ui.theme
        keepsake = self.keepsake
        title = evening_title(keepsake.cards_played, keepsake.minutes, keepsake.minutes_spent)
        said = page.text(title, "heading", gap=4, indent=46)
        self.heart_at = pygame.Rect(page.left - t.px(14), said.top, t.px(28), said.height)
        page.marks.append(self.heart_at)
        page.text(self.keepsake.when, "small", "muted", gap=18)
        lines = self.lines()
        for index, (words, style, color) in enumerate(lines):
            asked = index + 1 < len(lines) and lines[index + 1][1] == ANSWER_STYLE  # a question sits on its answer
            page.text(words, style, color, gap=3 if asked else 10, indent=18 if style == ANSWER_STYLE else 0)
        if self.saved or self.problem:
            note = f"Your keepsake is saved as {Path(self.saved).name} in your keepsakes folder." if self.saved else self.problem
            page.text(note, "hint", "muted" if self.saved else "danger", gap=16)

    def thumbnail(self) -> pygame.Surface:
        if self._thumb is None or self._thumb.get_size() != self.thumb_rect.size:
            self._thumb = pygame.transform.smoothscale(self.picture, self.thumb_rect.size)
        return self._thumb

    def lines(self) -> list[tuple[str, str, str]]:
        return summary_lines(self.keepsake)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        frame = self.thumb_rect.inflate(t.px(10), t.px(10))
        panel(surface, self.ui, frame)
        surface.blit(self.thumbnail(), self.thumb_rect)
        if not self.page.scrolls or self.heart_at.colliderect(self.page.area):
            heart(surface, t.color("accent"), self.heart_at.center, t.px(28))
        self.draw_page(surface)


def summary_lines(k: Keepsake) -> list[tuple[str, str, str]]:
    """The closing screen's words under its title: (text, style, colour) from top to bottom.

    What was learned tonight is written out as far as the room allows (the appreciations take some of it), but
    never nothing at all when there is something to write: a pair too big for the room still shows. "…and 2
    more." follows only what is written out, and counts exactly what is not: answers left out for room, and
    answers to deeper or spicy cards, counted but never written on something that may be shared.
    """
    out: list[tuple[str, str, str]] = [("  ·  ".join(k.headline()), "body_bold", "text")]
    one = lambda thing: 1  # noqa: E731
    shown = k.learned_within(max(1, SHOWN_LEARNED - len(k.appreciations)), one) or k.learned_within(PAIR, one)
    for thing in shown:  # the question, then its answer under it, in the words' own colour
        out += [(thing.question, "small", "muted"), (quoted(thing.answer), ANSWER_STYLE, "text")]
    more = k.learned_count - len(shown) - len(k.appreciations)  # the appreciations are written out below
    if more > 0 and shown:
        out.append((f"…and {more} more.", "small", "muted"))
    elif more > 0:  # nothing written out for it to follow (every answer was to a deeper card): words of its own
        out.append((f"{more} of tonight's answers {'is' if more == 1 else 'are'} kept but not written out here.", "small", "muted"))
    out += [(f"♥  {quoted(k.names[thing.owner])} loved: {quoted(thing.answer)}", "body", "text") for thing in k.appreciations]
    out += [(line, "body", "text") for line in k.scores()]
    out += [(f"⭐  {line}", "small", "text") for line in k.starred]
    out += [(f"♥  {line}", "body_bold", "accent") for line in k.upcoming]
    return out
