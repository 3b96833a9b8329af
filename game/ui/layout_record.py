"""The listening side of the layout model: what a screen drew, as `Element`s kept by a `Recorder`.

`capture(shell)` draws the current screen once onto a recording surface while a recorder listens to
the hooks in layout_model.py, and returns the recorder. Only tests listen, so nothing here is
imported before the first frame.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

import pygame

from . import layout_model


class _Shell(Protocol):
    """The shell as far as `capture` needs it; named structurally so this module imports nothing of the UI's."""

    window: pygame.Surface
    ui: Any

    @property
    def scene(self) -> Any: ...  # the shell's is read-only: the top of the stack

    def draw(self) -> None: ...


@dataclass(eq=False)
class Element:
    """One thing drawn: a widget, a run of text, a panel, a part of a widget, a focus ring, a toast."""

    kind: str  # widget kinds (button, field, toggle, slider, list, choice), text, hint, panel, card, part, focus, toast
    rect: pygame.Rect  # what shows on the screen: for text, where its letters are, cut to the clip
    label: str
    layer: str  # the scene that drew it ("overlay" for the toast and the banner)
    owner: Element | None = None  # the widget that drew this text or part
    full: pygame.Rect | None = None  # before the clip: the whole of the text or widget
    clip: pygame.Rect | None = None  # the clip in effect, on the screen
    viewport: pygame.Rect | None = None  # the scrolled area this was drawn in, if any
    text_size: int = 0
    focusable: bool = False
    focused: bool = False
    clips_contents: bool = False  # a widget that scrolls its own contents (a field, a list): its text may be cut
    widget: Any = None
    index: int = 0  # drawing order
    shortened: bool = False  # ends in "…" on purpose (the widget shortens a long name)

    @property
    def clipped(self) -> bool:
        """Part of the text (or widget) is not shown: cut by the clip or the window's edge."""
        return self.full is not None and self.rect != self.full

    def describe(self) -> str:
        words = self.label if len(self.label) <= 48 else self.label[:45] + "..."
        where = f"({self.rect.x},{self.rect.y} {self.rect.w}×{self.rect.h})"
        owner = f" in {self.owner.kind} '{self.owner.label[:30]}'" if self.owner is not None else ""
        return f"{self.kind} '{words}'{owner} at {where}"


@dataclass
class Recorder:
    size: tuple[int, int]
    elements: list[Element] = field(default_factory=list)
    layer: str = ""
    tag: str = ""  # what free text is, e.g. "hint" while the key hints draw
    owners: list[Element] = field(default_factory=list)
    viewports: list[pygame.Rect] = field(default_factory=list)
    modal_layers: set[str] = field(default_factory=set)
    #: Each scrolled area's reach: how far it can still scroll up and down (see layout_model.viewport).
    reaches: dict[tuple[int, ...], tuple[int, int]] = field(default_factory=dict)
    focus_expected: Element | None = None

    def record(self, kind: str, rect: pygame.Rect, label: str, **details: Any) -> Element:
        """What was drawn at `rect` (the part shown), in the layer being drawn; `details` are Element's other fields."""
        return self.add(Element(kind, rect, label, self.layer, **details))

    def add(self, element: Element) -> Element:
        element.index = len(self.elements)
        if element.viewport is None and self.viewports:
            element.viewport = self.viewports[-1]
        self.elements.append(element)
        return element

    def seen(self, surface: pygame.Surface, source: pygame.Surface, dest: Any, area: Any) -> None:
        """`source` was blitted onto the recording surface at `dest`: its words, or the notes it carries."""
        x, y = layout_model.topleft(dest)
        clip = surface.get_clip()
        text = layout_model.text_of(source)
        if text is not None:
            ink = layout_model.ink_of(source)
            if area is not None:
                ink = ink.clip(pygame.Rect(area))
                x, y = x - pygame.Rect(area).x, y - pygame.Rect(area).y
            if ink.width and ink.height:
                self._text(ink.move(x, y), text[0], text[1], clip)
            return
        notes = layout_model.notes_of(source)
        if notes and area is not None:  # only part of the surface is blitted: what lies wholly outside it is not drawn
            notes = [note for note in notes if note[1].colliderect(pygame.Rect(area))]
        if notes:
            # What was drawn past the edge of the surface it was drawn into (a figure's last row) is cut there too.
            shown = pygame.Rect((x, y), source.get_size())
            if area is not None:
                shown = pygame.Rect((x, y), pygame.Rect(area).size)
                x, y = x - pygame.Rect(area).x, y - pygame.Rect(area).y
            clip = clip.clip(shown)
        for kind, rect, label, size in notes:
            placed = rect.move(x, y)
            if kind == "text":
                self._text(placed, label, size, clip)
            else:
                self.record(kind, placed.clip(clip), label, owner=self.owner(), full=placed, clip=clip)

    def _text(self, ink: pygame.Rect, words: str, size: int, clip: pygame.Rect) -> None:
        kind = self.tag or "text"
        element = self.record(kind, ink.clip(clip), words, owner=self.owner(), full=ink, clip=clip, text_size=size)
        element.shortened = layout_model.shortened(words)

    def owner(self) -> Element | None:
        return self.owners[-1] if self.owners else None

    def in_layer(self, layer: str) -> list[Element]:
        return [e for e in self.elements if e.layer == layer]

    def layers(self) -> list[str]:
        return list(dict.fromkeys(e.layer for e in self.elements))


def capture(shell: _Shell) -> Recorder:
    """Draw the current screen once, off the window, and return what was drawn where."""
    window = shell.window
    size = window.get_size()
    canvas = layout_model.RecordingSurface(size)
    recorder = Recorder(size)
    focused = shell.scene.focused()
    shell.window = canvas
    layout_model.listen(recorder)
    try:
        shell.draw()
    finally:
        layout_model.listen(None)
        shell.window = window
    if focused is not None and shell.ui.show_focus:
        recorder.focus_expected = next((e for e in recorder.elements if e.widget is focused), None)
    return recorder
