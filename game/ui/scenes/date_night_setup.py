"""Setting up a date night: how long and how deep, then each partner's own limits behind the curtain."""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame

from game.core.date_night_plan import EveningSetup
from game.core.date_night_state import LENGTHS
from game.core.limits import Limit
from game.core.players import Couple, other

from ..date_night_view import DateNightLook, music_on
from ..drawing import heart, paragraph, text_at
from ..modals import CurtainScene
from ..routes import DateNight, Limits
from ..scene import UI
from ..session_choices import LEVELS
from ..widgets import Button, Slider, Toggle


class DateNightSetupScene(DateNightLook):
    hints = [("Tab", "move"), ("←→", "adjust"), ("Enter", "choose"), ("Esc", "back")]

    def __init__(self, ui: UI, couple: Couple) -> None:
        super().__init__(ui)
        self.couple = couple
        self.minutes = 60
        self.depth = int(ui.settings["max_level"])
        self.limits: dict[int, Limit] = {}

    def build(self) -> None:
        for minutes in LENGTHS:
            kind = "primary" if minutes == self.minutes else "secondary"
            self.add(Button(f"{minutes} minutes", partial(self.choose, minutes), kind=kind))
        self.add(Slider("How deep tonight", self.depth, 1, 3, 1, self.set_depth, lambda v: LEVELS[int(v)]))
        self.add(Toggle("Soft music", music_on(self.ui), lambda on: self.toggle_music()))
        self.add(Button("Set our limits in private", self.ask, kind="primary", hotkey="s"))

    def choose(self, minutes: int) -> None:
        self.minutes = minutes
        self.refresh()

    def set_depth(self, value: float) -> None:
        self.depth = int(value)

    def ask(self, seat: int = 0) -> None:
        purpose = "Set how deep you'd like to go, and whether spicy cards are welcome. Your limits stay until you change them."
        self.ui.push(CurtainScene(self.ui, self.couple.name(seat), self.couple.name(other(seat)), purpose), f"curtain:{seat}")

    def on_result(self, tag: str, value: Any) -> None:
        kind, _, seat_text = tag.partition(":")
        if not seat_text:
            return
        seat = int(seat_text)
        if kind == "curtain" and value:
            current = self.ui.services.limits(self.couple)[seat]
            self.ui.push(Limits(self.couple.name(seat), current), f"limits:{seat}")
        elif kind == "limits" and isinstance(value, Limit):
            self.limits[seat] = value
            self.ui.services.save_limit(self.couple, seat, value)
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
        width, _height = t.size
        column = min(t.px(640), width - t.px(160))
        left = width // 2 - column // 2
        lengths = self.widgets[: len(LENGTHS)]
        slider, music, go = self.widgets[len(LENGTHS) :]
        gap = t.px(16)
        button_w = (column - gap * (len(lengths) - 1)) // len(lengths)
        for index, widget in enumerate(lengths):
            widget.rect = pygame.Rect(left + index * (button_w + gap), t.px(250), button_w, t.px(54))
        slider.rect = pygame.Rect(left, t.px(340), column, t.px(64))
        music.rect = pygame.Rect(left - t.px(10), t.px(420), column + t.px(20), t.px(48))
        go.rect = pygame.Rect(0, 0, t.px(340), t.px(58))
        go.rect.midtop = (width // 2, t.px(560))

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        width, _height = t.size
        heart(surface, t.color("accent"), (width // 2, t.px(62)), t.px(34))
        text_at(surface, self.ui, "Date night", "title", (width // 2, t.px(84)), anchor="midtop")
        line = f"An evening for {self.couple.name(0)} and {self.couple.name(1)}: phones down, one card at a time."
        text_at(surface, self.ui, line, "body", (width // 2, t.px(170)), "muted", "midtop")
        text_at(surface, self.ui, "How long tonight?", "body_bold", (width // 2, t.px(214)), anchor="midtop")
        words = "Next, each of you sets your own limits, in private. The gentler choice wins, and nobody is told whose it was."
        column = min(t.px(640), width - t.px(160))
        paragraph(surface, self.ui, words, "small", pygame.Rect(width // 2 - column // 2, t.px(490), column, 0), "muted", "center")
        self.draw_widgets(surface)
