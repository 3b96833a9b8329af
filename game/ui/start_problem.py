"""A problem at start, shown in a small window: the saved data is busy or read-only, or Kindred is already open.

Started from the application menu there is no terminal to read, so the sentence printed to stderr is
shown as well, in the game's fonts and theme, until Enter, Esc, the Close button or the window's own
close button closes it. Without a real display (none at all, or SDL's dummy or offscreen driver, as in
tests and over ssh) nobody could read or close it: the sentence is only printed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

import pygame

from game import identity, resources
from game.core.settings import with_defaults

from .drawing import heart, panel, paragraph
from .sound import Sound
from .text import TextRenderer
from .theme import BASE, TEXT_SIZES, Theme
from .widgets import Button
from .words_drawn import WordsDrawn

HEADLESS = ("dummy", "offscreen")
HEADING = "Kindred couldn't start"
WIDTH = 720  # px; the height follows the words
WINDOW_ICON = 128  # px, as the game's window
CLOSE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_ESCAPE, pygame.K_SPACE)


class ProblemWindow:
    """The window: `step(events)` as the game's shell has, so tests drive it the way they drive the game.

    It is what widgets and drawing helpers reach of a UI (game.ui.context): a theme, text and a silent sound.
    """

    def __init__(self, message: str) -> None:
        self.message = message
        settings = with_defaults({})  # the saved settings are what could not be opened
        # Sized in design pixels (a window of 1280×720's scale): the words are as large as the game's own.
        self.theme = Theme(settings["theme"], BASE, TEXT_SIZES[settings["text_size"]])
        self.text = TextRenderer()
        self.sound = Sound(False, 0.0)
        self.dirty = True
        self.words = WordsDrawn()  # never started: no toast here to keep clear of the words
        self.button = Button("Close", self.close, kind="primary", hint="Enter")
        self.hovered = False
        self.open = True
        pygame.display.init()
        pygame.font.init()
        pygame.display.set_caption(identity.NAME)
        pygame.display.set_icon(pygame.image.load(str(resources.icon(WINDOW_ICON))))
        self.window = pygame.display.set_mode(self.size())
        self.layout()

    # ---- what widgets reach of a UI (game.ui.context) ------------------------------------------

    def clipboard_put(self, text: str) -> None:
        return None

    def clipboard_get(self) -> str:
        return ""

    # ---- layout and drawing ----------------------------------------------------------------

    def size(self) -> tuple[int, int]:
        t = self.theme
        inner = WIDTH - t.px(96)
        heading = self.text.block(HEADING, t.style("heading"), (0, 0, 0), inner).get_height()
        words = self.text.block(self.message, t.style("body"), (0, 0, 0), inner).get_height()
        return WIDTH, t.px(24 + 32 + 44 + 12) + heading + t.px(14) + words + t.px(28 + 52 + 32 + 24)

    def layout(self) -> None:
        t = self.theme
        width, height = self.window.get_size()
        self.box = pygame.Rect(t.px(24), t.px(24), width - t.px(48), height - t.px(48))
        self.button.rect = pygame.Rect(0, 0, t.px(200), t.px(52))
        self.button.rect.midbottom = (self.box.centerx, self.box.bottom - t.px(32))

    def draw(self) -> None:
        t = self.theme
        self.window.fill(t.color("background"))
        panel(self.window, self, self.box)
        heart(self.window, t.color("accent"), (self.box.centerx, self.box.top + t.px(32 + 22)), t.px(44))
        inner = self.box.inflate(-t.px(48), 0)
        inner.top = self.box.top + t.px(32 + 44 + 12)
        inner.top += paragraph(self.window, self, HEADING, "heading", inner, align="center") + t.px(14)
        paragraph(self.window, self, self.message, "body", inner, "muted", align="center")
        self.button.draw(self.window, self, True, self.hovered)

    # ---- input ---------------------------------------------------------------------------

    def close(self) -> None:
        self.open = False

    def step(self, events: Sequence[pygame.event.Event]) -> bool:
        """Take input and draw if anything changed; False once the window should close."""
        for event in events:
            if event.type == pygame.QUIT or (event.type == pygame.KEYDOWN and event.key in CLOSE_KEYS):
                self.close()
            elif event.type == pygame.MOUSEMOTION:
                hovered = self.button.rect.collidepoint(event.pos)
                self.dirty = self.dirty or hovered != self.hovered
                self.hovered = hovered
            elif event.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP) and event.button == 1:
                self.button.pressed = event.type == pygame.MOUSEBUTTONDOWN and self.button.rect.collidepoint(event.pos)
                if event.type == pygame.MOUSEBUTTONUP and self.button.rect.collidepoint(event.pos):
                    self.close()
                self.dirty = True
            elif event.type in (pygame.VIDEOEXPOSE, pygame.WINDOWEXPOSED):
                self.dirty = True
        if self.open and self.dirty:
            self.draw()
            pygame.display.flip()
            self.dirty = False
        return self.open

    def run(self) -> None:
        clock = pygame.time.Clock()
        while self.step(pygame.event.get()):
            clock.tick(12)  # nothing moves: a slow tick is enough to answer a key or a click at once


def has_display() -> bool:
    """A display a person can see and answer (pygame's display is initialised by asking)."""
    try:
        pygame.display.init()
    except pygame.error:
        return False
    if pygame.display.get_driver() in HEADLESS:
        pygame.display.quit()
        return False
    return True


def tell(message: str, out: TextIO | None = None) -> None:
    """Print the sentence, and show it in a window until it is closed (only print it without a display)."""
    print(message, file=out or sys.stderr)
    if not has_display():
        return
    try:
        ProblemWindow(message).run()
    finally:
        pygame.quit()
