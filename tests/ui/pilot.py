"""Drive the game like a person: press keys, type, click by label, let time pass, take screenshots.

Everything goes through the one `Shell.step(events, dt)`; the clock is fake.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pygame

from game.services import GameServices
from game.storage.store import Store
from game.ui.runner import build_shell
from game.ui.scene import Scene
from game.ui.widgets import Widget


class Pilot:
    def __init__(
        self,
        root: Path,
        now: datetime,
        seed: int = 7,
        size: tuple[int, int] | None = (1280, 720),
        fullscreen: bool | None = False,
    ) -> None:
        """`size` None: the size the game chooses (the kept one, fitted to the screen); `fullscreen` None: as kept."""
        self.root = root
        self.now = now
        self.store = Store.open(root, now)
        self.services = GameServices(self.store, root, seed, clock=lambda: self.now)
        self.shell = build_shell(self.services, size, fullscreen=fullscreen)
        self.closed = False
        self.step()

    # ---- reading ---------------------------------------------------------------

    @property
    def scene(self) -> Scene:
        return self.shell.ui.stack[-1]

    @property
    def scene_name(self) -> str:
        return type(self.scene).__name__

    def labels(self) -> list[str]:
        return [w.label for w in self.scene.widgets if w.visible]

    def widget(self, label: str) -> Widget:
        found = self.scene.widget(label)
        if found is None:
            raise LookupError(f"No widget '{label}' on {self.scene_name}; there are: {self.labels()}")
        return found

    # ---- acting ------------------------------------------------------------------

    def step(self, events: list[pygame.event.Event] | None = None, dt: float = 0.0) -> bool:
        return self.shell.step(events or [], dt)

    def press(self, key: int, mod: int = 0, times: int = 1) -> None:
        for _ in range(times):
            down = pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)
            up = pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0)
            self.step([down, up])

    def type(self, text: str) -> None:
        for char in text:
            self.step([pygame.event.Event(pygame.TEXTINPUT, text=char)])

    def key(self, char: str) -> None:
        """A plain character key with no field focused (a shortcut or option number)."""
        self.step([pygame.event.Event(pygame.TEXTINPUT, text=char)])

    def scroll_to(self, widget: Widget) -> None:
        """Turn the wheel, as a person would, until a control in a scrolled part of the screen shows whole."""
        scroller = getattr(self.scene, "scroller", None)
        if scroller is None or widget not in scroller.members:
            return
        for _ in range(100):
            view = scroller.viewport
            if view.contains(widget.rect) or widget.rect.height > view.height:
                return
            up = widget.rect.top < view.top
            self.step([pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1 if up else -1, flipped=False)])

    def click(self, label: str) -> None:
        widget = self.widget(label)
        self.scroll_to(widget)
        self.click_at(widget.rect.center)

    def click_at(self, pos: tuple[int, int], button: int = 1, up_at: tuple[int, int] | None = None) -> None:
        """Move there and press a mouse button (the left one, or the thumb's back button...), letting go at `up_at`
        when the hand slid away meanwhile."""
        self.step([pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))])
        self.step([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button)])
        self.step([pygame.event.Event(pygame.MOUSEBUTTONUP, pos=up_at or pos, button=button)])

    def advance(self, seconds: float, fps: int = 60) -> None:
        frames = max(1, int(seconds * fps))
        for _ in range(frames):
            self.step(dt=1.0 / fps)
        self.now += timedelta(seconds=seconds)

    def later(self, **delta: float) -> None:
        """Move the fake wall clock (days, hours...) without animating."""
        self.now += timedelta(**delta)

    def screenshot(self, path: Path) -> Path:
        self.shell.ui.dirty = True
        self.step()
        pygame.image.save(self.shell.window, str(path))
        return path

    def close(self) -> None:
        """Close the window, as a person would; safe to call twice."""
        if self.closed:
            return
        self.closed = True
        self.step([pygame.event.Event(pygame.QUIT)])
        self.store.close()
        pygame.display.quit()
