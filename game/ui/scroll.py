"""A part of a screen that scrolls: what it shows, how far it is scrolled, and the thin bar that says so.

Screens use it when larger text or a small window makes their words and controls taller than the room
they have: the layout adapts by scrolling, never by shrinking the text the couple chose.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import pygame

from . import layout_model
from .theme import Theme

if TYPE_CHECKING:
    from .widgets import Widget


class ScrollArea:
    def __init__(self) -> None:
        self.offset = 0  # pixels scrolled from the top
        self.viewport = pygame.Rect(0, 0, 0, 0)
        self.content = 0  # how tall the content is, in pixels
        #: The controls that scroll with it (set by the screen's layout).
        self.members: list[Widget] = []

    @property
    def limit(self) -> int:
        return max(0, self.content - self.viewport.height)

    @property
    def scrolls(self) -> bool:
        return self.limit > 0

    def fit(self, viewport: pygame.Rect, content: int, members: Sequence[Widget]) -> bool:
        """Take the room, the content's height and its controls; True when the offset had to change to stay in range."""
        self.viewport, self.content, self.members = pygame.Rect(viewport), max(0, content), list(members)
        kept = min(self.offset, self.limit)
        changed = kept != self.offset
        self.offset = kept
        return changed

    def by(self, delta: int) -> bool:
        """Scroll by `delta` pixels (within range); True if it moved."""
        moved = max(0, min(self.limit, self.offset + delta))
        if moved == self.offset:
            return False
        self.offset = moved
        return True

    def reveal(self, rect: pygame.Rect, pad: int) -> int:
        """How far to scroll so `rect` (where it is drawn now) shows whole; a rect taller than the room shows its top."""
        view = self.viewport
        if rect.bottom + pad > view.bottom:
            return min(rect.bottom + pad - view.bottom, rect.top - pad - view.top)
        if rect.top - pad < view.top:
            return rect.top - pad - view.top
        return 0

    def hidden_at(self, pos: tuple[int, int], scrolled: Sequence[Widget], others: Sequence[Widget]) -> bool:
        """A press at `pos` would land on a scrolled control's hidden part (outside the viewport), not on a shown one."""
        if self.viewport.collidepoint(pos) or any(w.visible and w.rect.collidepoint(pos) for w in others):
            return False
        return any(w.visible and w.rect.collidepoint(pos) for w in scrolled)

    @contextlib.contextmanager
    def clipped(self, surface: pygame.Surface) -> Iterator[None]:
        """Draw inside the viewport only."""
        clip = surface.get_clip()
        surface.set_clip(self.viewport.clip(clip))
        try:
            with layout_model.viewport(self.viewport, (self.offset, self.limit - self.offset)):
                yield
        finally:
            surface.set_clip(clip)

    def draw_bar(self, surface: pygame.Surface, theme: Theme) -> None:
        """When there is more than shows, a thin bar at the right edge says how much, and where."""
        if not self.scrolls or self.viewport.height <= 0:
            return
        view = self.viewport
        bar_h = max(theme.px(30), view.height * view.height // max(1, self.content))
        bar_top = view.top + (view.height - bar_h) * self.offset // max(1, self.limit)
        bar = pygame.Rect(view.right - theme.px(6), bar_top, theme.px(5), bar_h)
        pygame.draw.rect(surface, theme.color("field_border"), bar, border_radius=theme.px(3))
        layout_model.note(surface, "scrollbar", bar)
