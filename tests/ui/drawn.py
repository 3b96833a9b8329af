"""What a frame drew, without looking at pixels: every text run with the rectangle its ink covers.

The shell draws one frame into a surface that notes each blit of a surface the text renderer made,
with the clip in force at that moment. Geometry tests then ask plain questions of the list: does this
text cross that one, does it leave the window, is it cut by a clip.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pygame

from game.ui.bidi import Run

from .pilot import Pilot


@dataclass(frozen=True)
class Drawn:
    text: str
    #: Who drew it: the scene's class name, or "shell" for the key hints, banners and toasts.
    by: str
    #: Where the ink lands (the rendered surface's non-transparent part), before any clip.
    ink: pygame.Rect
    #: The clip in force when it was drawn (the whole window when none was set).
    clip: pygame.Rect

    @property
    def cut(self) -> bool:
        """Part of the ink fell outside the clip or the window: the reader sees less than was written."""
        return not self.clip.contains(self.ink)

    def __repr__(self) -> str:
        return f"{self.text!r} at {tuple(self.ink)}"


class _Recording(pygame.Surface):
    def __init__(self, size: tuple[int, int], known: dict[int, tuple[str, pygame.Surface]]) -> None:
        super().__init__(size)
        self.known = known
        self.drawn: list[Drawn] = []
        self.by = "shell"

    def blit(self, source: pygame.Surface, dest: Any, area: Any = None, special_flags: int = 0) -> pygame.Rect:  # type: ignore[override]
        found = self.known.get(id(source))
        if found is not None and found[1] is source:
            x, y = (dest.left, dest.top) if isinstance(dest, pygame.Rect) else (int(dest[0]), int(dest[1]))
            ink = source.get_bounding_rect().move(x, y)
            if ink.width and ink.height:
                window = self.get_rect()
                clip = self.get_clip().clip(window)
                self.drawn.append(Drawn(found[0], self.by, ink, clip))
        return super().blit(source, dest, area, special_flags)


def frame(p: Pilot) -> list[Drawn]:
    """Draw the pilot's current screen once and return every text run it drew, in drawing order."""
    shell = p.shell
    renderer = shell.ui.text
    known: dict[int, tuple[str, pygame.Surface]] = {}
    line, block, laid_line = renderer.line, renderer.block, renderer.laid_line

    def noting_line(text: str, *args: Any, **kw: Any) -> pygame.Surface:
        surface = line(text, *args, **kw)
        known[id(surface)] = (text, surface)
        return surface

    def noting_block(text: str, *args: Any, **kw: Any) -> pygame.Surface:
        surface = block(text, *args, **kw)
        known[id(surface)] = (text, surface)
        return surface

    def noting_laid_line(laid: tuple[Run, ...], *args: Any, **kw: Any) -> pygame.Surface:
        surface = laid_line(laid, *args, **kw)  # a line of a text field, drawn from its runs: noted in typed order
        known[id(surface)] = ("".join(run.text for run in sorted(laid, key=lambda run: run.start)), surface)
        return surface

    window = shell.window
    recording = _Recording(window.get_size(), known)
    for scene in shell.ui.stack:
        scene.draw = _attributed(scene, recording)  # type: ignore[method-assign]
        for widget in scene.widgets:
            widget.draw = _clip_noted(widget, recording)  # type: ignore[method-assign]
    renderer.line, renderer.block, renderer.laid_line = noting_line, noting_block, noting_laid_line  # type: ignore[method-assign]
    shell.window = recording
    try:
        shell.draw()
    finally:
        shell.window = window
        del renderer.line, renderer.block, renderer.laid_line
        for scene in shell.ui.stack:
            del scene.draw
            for widget in scene.widgets:
                del widget.draw
    return recording.drawn


def _clip_noted(widget: Any, recording: _Recording) -> Any:
    own = type(widget).draw

    def draw(surface: pygame.Surface, *args: Any) -> None:
        widget.drawn_clip = surface.get_clip().clip(surface.get_rect())
        own(widget, surface, *args)

    widget.drawn_clip = None
    return draw


def _attributed(scene: Any, recording: _Recording) -> Any:
    own = type(scene).draw

    def draw(surface: pygame.Surface) -> None:
        recording.by = type(scene).__name__
        try:
            own(scene, surface)
        finally:
            recording.by = "shell"

    return draw


def top_scene(p: Pilot, drawn: list[Drawn]) -> list[Drawn]:
    """What the screen on top drew (a dialog, not the screen under its veil), with the shell's hints and toasts."""
    name = p.scene_name
    return [d for d in drawn if d.by in (name, "shell")]


def overlapping(drawn: list[Drawn]) -> list[tuple[Drawn, Drawn]]:
    """Pairs of text runs whose ink crosses (touching edges do not count)."""
    pairs = []
    for index, a in enumerate(drawn):
        for b in drawn[index + 1 :]:
            if a.ink.colliderect(b.ink):
                pairs.append((a, b))
    return pairs


def hints_top(p: Pilot) -> int:
    """Where the key hints at the foot of the screen begin."""
    return p.shell.hints_rect().top
