"""One partner's private limits, set behind the curtain: how deep to go, and whether spicy cards are welcome."""

from __future__ import annotations

import pygame

from game.core.direction import quoted
from game.core.limits import Limit

from ..drawing import panel
from ..page import Page, PagedScene
from ..scene import UI, ResultScene
from ..session_choices import LEVELS
from ..widgets import Button, Slider, Toggle, button_size

#: The game never says whose limit it keeps to; with two of you, though, whoever chose more may tell from the cards
#: that come, and this is the one place that says so, plainly.
WORDS = (
    "Your own limits, kept until you change them. The game uses the lower of your two depths "
    "and never says whose; spicy cards come only if you both say yes. "
    "If you choose more than your partner, you may be able to tell from the cards."
)
#: With spicy cards switched off in Settings, a yes here would change nothing: the screen says so, and asks only the depth.
WORDS_SPICY_OFF = (
    "Your own limit, kept until you change it. The game uses the lower of your two depths and never "
    "says whose, though if you choose more than your partner, you may be able to tell from the cards. "
    "Spicy cards are switched off in Settings."
)


class LimitsScene(PagedScene, ResultScene[Limit | None]):
    """Closes with the partner's Limit, or None if they step back."""

    def __init__(self, ui: UI, name: str, current: Limit) -> None:
        super().__init__(ui)
        self.name = quoted(name)
        self.cap, self.spicy = current.cap, current.spicy  # kept as it was while spicy cards are off
        self.spicy_offered = bool(ui.settings["spicy"])  # off in Settings: only the depth is asked, and the words say why
        self.box = pygame.Rect(0, 0, 0, 0)

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        """What Enter does to the focused thing: a switch flips, anything else keeps the limits."""
        enter = "switch on or off" if isinstance(self.focused(), Toggle) else "save my limits"
        return [("Tab", "move"), ("←→", "adjust"), ("Enter", enter), ("Esc", "back")]

    def build(self) -> None:
        self.add(Slider("How deep I'm happy to go", self.cap, 1, 3, 1, self._cap, lambda v: LEVELS[int(v)]))
        if self.spicy_offered:
            self.add(Toggle("I'm up for spicy cards", self.spicy, self._spicy))
        self.add(Button("Save my limits", lambda: self.dismiss(Limit(self.cap, self.spicy)), kind="primary"))

    def _cap(self, value: float) -> None:
        self.cap = int(value)

    def _spicy(self, value: bool) -> None:
        self.spicy = value

    def back(self) -> None:
        self.dismiss(None)

    def layout(self) -> None:
        t = self.ui.theme
        # Larger text gets a wider box, so the words, the slider and the button still fit above the key hints.
        wide = int(t.px(700) * max(1.0, min(t.text_scale, 1.35)))
        self.box = self.lay_out_box(min(t.size[0] - t.px(80), wide), t.px(40), self.place)

    def place(self, page: Page) -> None:
        slider, *toggle, button = self.widgets
        page.text(f"Only {self.name} is looking", "heading", align="center", gap=16)
        page.text(WORDS if self.spicy_offered else WORDS_SPICY_OFF, "body", "muted", align="center", gap=28)
        page.widget(slider, 64, gap=20)
        for switch in toggle:
            page.widget(switch, 50, gap=24)
        assert isinstance(button, Button)
        t = self.ui.theme
        wide = button_size(self.ui, button, t.px(260), t.size[0] - t.px(200), 0)[0]  # its words on one line if they fit
        page.widget(button, 54, width=wide, align="center", gap=0)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.ui.theme.color("background"))
        panel(surface, self.ui, self.box)
        self.draw_page(surface)
