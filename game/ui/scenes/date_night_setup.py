"""Setting up a date night: how long and how deep, then each partner's own limits behind the curtain."""

from __future__ import annotations

from functools import partial

import pygame

from game.core.date_night_plan import EveningSetup
from game.core.date_night_state import LENGTHS
from game.core.limits import Limit
from game.core.players import Couple, other

from ..date_night_view import DateNightLook, music_on
from ..drawing import heart
from ..modals import CurtainScene
from ..page import Page, PagedScene, free_area
from ..routes import DateNight, Limits
from ..scene import UI
from ..session_choices import LEVELS
from ..widgets import Button, Slider, Toggle, Widget

#: What the curtain says each partner is about to set: with spicy cards off in Settings, only the depth is asked.
CURTAIN_WORDS = "Set how deep you'd like to go, and whether spicy cards are welcome. Your limits stay until you change them."
CURTAIN_WORDS_SPICY_OFF = "Set how deep you'd like to go. Your limit stays until you change it."
#: Above the button that sets them: the limits screen itself says what the one who chose more may tell.
LIMITS_NEXT = "Next, each of you sets your own limits, in private. The gentler choice wins, and the game never says whose."


class DateNightSetupScene(DateNightLook, PagedScene):
    hints = [("Tab", "move"), ("←→", "adjust"), ("Enter", "choose"), ("Esc", "back")]

    def __init__(self, ui: UI, couple: Couple) -> None:
        super().__init__(ui)
        self.couple = couple
        self.minutes = 60
        self.depth = int(ui.settings["max_level"])
        self.limits: dict[int, Limit] = {}
        self.heart_at = pygame.Rect(0, 0, 0, 0)

    def build(self) -> None:
        for minutes in LENGTHS:  # one of three is chosen: a round mark says which, apart from the focus ring
            self.add(Button(f"{minutes} minutes", partial(self.choose, minutes), chosen=minutes == self.minutes))
        self.add(Slider("How deep tonight", self.depth, 1, 3, 1, self.set_depth, lambda v: LEVELS[int(v)]))
        self.add(Toggle("Soft music", music_on(self.ui), lambda on: self.toggle_music()))
        self.add(Button("Set our limits in private", self.ask, kind="primary", hotkey="s"))

    def enter(self) -> None:
        super().enter()
        self.focus_on(self.widgets[LENGTHS.index(self.minutes)])  # the focus starts on the length that is chosen

    def choose(self, minutes: int) -> None:
        self.minutes = minutes
        self.refresh()

    def set_depth(self, value: float) -> None:
        self.depth = int(value)

    def ask(self, seat: int = 0) -> None:
        purpose = CURTAIN_WORDS if self.ui.settings["spicy"] else CURTAIN_WORDS_SPICY_OFF
        curtain = CurtainScene(self.ui, self.couple.name(seat), self.couple.name(other(seat)), purpose)
        self.ui.push(curtain, partial(self.ask_limit, seat))

    def ask_limit(self, seat: int, ready: bool) -> None:
        """Behind the curtain, once `seat` is ready: their own limit for tonight."""
        if ready:
            current = self.ui.services.limits(self.couple)[seat]
            self.ui.push(Limits(self.couple.name(seat), current), partial(self.limit_set, seat))

    def limit_set(self, seat: int, limit: Limit | None) -> None:
        if limit is None:
            return
        self.limits[seat] = limit
        self.ui.services.save_limit(self.couple, seat, limit)
        if seat == 0:
            self.ask(1)
        else:
            self.begin()

    def begin(self) -> None:
        first, second = self.limits[0], self.limits[1]
        setup = EveningSetup(
            minutes=self.minutes,
            depth=self.depth,
            caps=(first.cap, second.cap),
            spicy=(first.spicy, second.spicy),
            seed=self.ui.services.seed if self.ui.services.seed is not None else int(self.ui.services.now().timestamp()),
            offered=bool(self.ui.settings["spicy"]),
        )
        handle = self.ui.services.start_evening(self.couple, setup)
        self.ui.replace(DateNight(handle))

    def layout(self) -> None:
        t = self.ui.theme
        width = t.size[0]
        area = free_area(self.ui, top=12)
        rect = pygame.Rect(t.px(40), area.top, width - t.px(80), area.height)
        for snug in (False, True):
            self.page.begin(self.ui, rect, t.px(20))
            self.place(self.page, snug)
            self.page.end()
            if not self.page.scrolls:
                break

    def place(self, page: Page, snug: bool = False) -> None:
        """The setup top to bottom; `snug` (large text in a small window) without the heart, the title smaller and
        the gaps closer, so "Set our limits in private" shows without scrolling."""
        lengths = self.widgets[: len(LENGTHS)]
        slider, music, go = self.widgets[len(LENGTHS) :]
        self.heart_at = pygame.Rect(0, 0, 0, 0) if snug else page.mark(44, gap=0)
        page.text("Date night", "heading" if snug else "title", align="center", gap=4)
        line = f"An evening for {self.couple.name(0)} and {self.couple.name(1)}: phones down, one card at a time."
        page.text(line, "body", "muted", align="center", gap=10 if snug else 18)
        page.text("How long tonight?", "body_bold", align="center", gap=6 if snug else 10)
        t = self.ui.theme
        gap = t.px(16)
        # Wide enough for each length on one line beside its mark, as the text grows ("30 minutes", never "30 / minutes").
        one = max(self.words_width(button) for button in lengths)
        column = min(max(t.px(640), len(lengths) * one + gap * (len(lengths) - 1)), page.width)
        page.row(lengths, 54, gap=12 if snug else 24, width=(column - gap * (len(lengths) - 1)) // len(lengths))
        page.widget(slider, 64, gap=8 if snug else 14, width=column, align="center")
        page.widget(music, 48, gap=10 if snug else 18, width=column + t.px(20), align="center")
        page.text(LIMITS_NEXT, "small", "muted", align="center", gap=10 if snug else 16, width=column)
        page.widget(go, 58, width=max(t.px(340), self.words_width(go)), align="center", gap=0)

    def words_width(self, widget: Widget) -> int:
        """How wide `widget` must be for its words to stay on one line, with a button's mark and shortcut chip."""
        t = self.ui.theme
        words = self.ui.text.measure(widget.label, t.style("button"))
        beside = widget.mark_width(self.ui) + widget.chip_width(self.ui) if isinstance(widget, Button) else 0
        return words + beside + t.px(40)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        if self.heart_at.height and (not self.page.scrolls or self.heart_at.colliderect(self.page.area)):
            heart(surface, t.color("accent"), self.heart_at.center, t.px(34))
        self.draw_page(surface)
