"""Where the screen on top drew its own words in the last frame: a toast keeps clear of them.

The text-drawing helpers note each run of words they put on the window (drawing.text_at and
drawing.paragraph), and drawing.put what a scene blits itself: a block of words, or a surface with
words drawn into it beforehand (a card's face, a chart), whose notes say where those words lie
(layout_model.note_inside). A card's face faded in as it is dealt, or narrowed as it turns over, carries
those notes with it (layout_model.carried), so a card's words count while it moves too. A field's error,
drawn by the field below itself, is put the same way. One rectangle per run or per block, cut to what
shows, never one per letter; the list is emptied as each frame of the screen on top begins
(toast_place.py reads it).

Only the window counts, and only while the screen on top draws (the shell says when): words drawn
into an off-screen surface count where that surface is put on the window, and a screen dimmed under
a dialog is not being read. Words inside a control (a button's label, an answer being typed) are not
noted: the control is kept clear already. A screen fading in as a whole (date night's parts) draws into
a layer as large as the window first: what it draws there counts as on the window (`into`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pygame

from . import layout_model


class WordsDrawn:
    """Where words were drawn on `target` since `start` (empty before the first frame)."""

    __slots__ = ("rects", "target")

    def __init__(self) -> None:
        self.rects: list[pygame.Rect] = []
        #: The surface whose words count: the window while the screen on top draws, else None.
        self.target: pygame.Surface | None = None

    def start(self, window: pygame.Surface) -> None:
        """A new frame of the screen on top begins: what it draws on `window` from now is noted."""
        self.rects.clear()
        self.target = window

    def stop(self) -> None:
        """The screen on top is drawn: what follows (the key hints, a toast) is not its words."""
        self.target = None

    @contextlib.contextmanager
    def into(self, layer: pygame.Surface) -> Iterator[None]:
        """The screen on top draws itself into `layer`, as large as the window and put at its corner (to fade it in
        as a whole): its words there count as on the window."""
        window = self.target
        if window is not None:
            self.target = layer
        try:
            yield
        finally:
            self.target = window

    def add(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """Words were drawn at `rect` on `surface`: noted where `surface` is the window, as far as they show."""
        if surface is self.target:
            shown = rect.clip(surface.get_clip())
            if shown.width and shown.height:
                self.rects.append(shown)

    def put(self, surface: pygame.Surface, source: pygame.Surface, dest: Any, area: Any, done: pygame.Rect) -> None:
        """`source` (its `area`, or all of it) was blitted onto `surface` at `dest`, over `done` (what the blit
        changed): its words noted."""
        if surface is not self.target or not (done.width and done.height):
            return
        if layout_model.text_of(source) is not None:  # a block of words
            self.rects.append(done)
            return
        x, y = layout_model.topleft(dest)
        if area is not None:  # part of the surface: its words lie that much higher and further left
            x, y = x - int(area[0]), y - int(area[1])
        for kind, rect, _, _ in layout_model.notes_of(source):  # a card's face, a chart: the words drawn into it
            if kind == "text":
                shown = rect.move(x, y).clip(done)
                if shown.width and shown.height:
                    self.rects.append(shown)
