"""The layout model: what a screen drew, as rectangles and words, without reading a pixel.

While a `Recorder` listens (`capture(shell)`), the few drawing primitives report here: each widget
with its rectangle, each run of text with where its letters are and the clip in effect, panels, the
focus ring, the key hints, the toast. Otherwise every hook is one test of a module global.

Text is known by the surface it was rendered to: the renderer tags every surface it makes, so a
scene's own `surface.blit(ui.text.line(...))` is seen without the scene saying anything. A surface
with text drawn into it beforehand (a card's face) carries notes of where that text lies, and they
are placed on the screen where the surface is blitted.
"""

from __future__ import annotations

import contextlib
import functools
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import pygame


class _Styled(Protocol):
    """A text style as far as the model needs it (text.TextStyle)."""

    @property
    def size(self) -> int: ...


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
    focus_expected: Element | None = None

    def add(self, element: Element) -> Element:
        element.index = len(self.elements)
        if element.viewport is None and self.viewports:
            element.viewport = self.viewports[-1]
        self.elements.append(element)
        return element

    def owner(self) -> Element | None:
        return self.owners[-1] if self.owners else None

    def in_layer(self, layer: str) -> list[Element]:
        return [e for e in self.elements if e.layer == layer]

    def layers(self) -> list[str]:
        return list(dict.fromkeys(e.layer for e in self.elements))


_active: Recorder | None = None
_TEXT: weakref.WeakKeyDictionary[pygame.Surface, tuple[str, int]] = weakref.WeakKeyDictionary()
_INK: weakref.WeakKeyDictionary[pygame.Surface, pygame.Rect] = weakref.WeakKeyDictionary()
_SHORTENED: dict[str, None] = {}
_NOTES: weakref.WeakKeyDictionary[pygame.Surface, list[tuple[str, pygame.Rect, str, int]]] = weakref.WeakKeyDictionary()


def active() -> Recorder | None:
    return _active


# ---- hooks the drawing code calls -------------------------------------------------------------


def rendered_text(surface: pygame.Surface, text: str, style: _Styled) -> None:
    """The renderer made `surface` from `text` (always called: it is a dictionary entry per new surface)."""
    _TEXT[surface] = (text, style.size)


def shortened_on_purpose(text: str) -> None:
    """`text` ends in "…" because the widget drawing it means to shorten it (a long deck name on a card's band)."""
    _SHORTENED[text] = None
    if len(_SHORTENED) > 1024:
        del _SHORTENED[next(iter(_SHORTENED))]


def note_inside(surface: pygame.Surface, kind: str, rect: pygame.Rect, label: str, size: int = 0) -> None:
    """Something drawn into an off-screen surface (a card's body), placed when the surface is blitted.

    Always kept, recording or not: a card's face is made once and blitted on many frames.
    """
    _NOTES.setdefault(surface, []).append((kind, pygame.Rect(rect), label, size))


def note(surface: pygame.Surface, kind: str, rect: pygame.Rect, label: str = "") -> None:
    """A panel, a widget's part (a slider's track), a focus ring, a toast: drawn on the screen at `rect`."""
    recorder = _active
    if recorder is None or not isinstance(surface, RecordingSurface):
        return
    clip = surface.get_clip()
    shown = pygame.Rect(rect).clip(clip)
    recorder.add(Element(kind, shown, label, recorder.layer, recorder.owner(), pygame.Rect(rect), clip))


@contextlib.contextmanager
def layer(name: str, modal: bool = False) -> Iterator[None]:
    """Everything drawn inside belongs to one scene (or to "overlay")."""
    recorder = _active
    if recorder is None:
        yield
        return
    before = recorder.layer
    recorder.layer = name
    if modal:
        recorder.modal_layers.add(name)
    try:
        yield
    finally:
        recorder.layer = before


@contextlib.contextmanager
def tagged(tag: str) -> Iterator[None]:
    """Free text drawn inside is of this kind ("hint" for the key hints)."""
    recorder = _active
    if recorder is None:
        yield
        return
    before = recorder.tag
    recorder.tag = tag
    try:
        yield
    finally:
        recorder.tag = before


@contextlib.contextmanager
def unowned() -> Iterator[None]:
    """What a widget draws outside itself (a field's error below it) is placed like the scene's own text."""
    recorder = _active
    if recorder is None:
        yield
        return
    owners, recorder.owners = recorder.owners, []
    try:
        yield
    finally:
        recorder.owners = owners


@contextlib.contextmanager
def viewport(rect: pygame.Rect) -> Iterator[None]:
    """A scrolled area: what is drawn inside must stay inside it."""
    recorder = _active
    if recorder is None:
        yield
        return
    recorder.viewports.append(pygame.Rect(rect))
    recorder.add(Element("viewport", pygame.Rect(rect), "", recorder.layer, full=pygame.Rect(rect)))
    try:
        yield
    finally:
        recorder.viewports.pop()


F = TypeVar("F", bound=Callable[..., None])


def widget_draw(draw: F) -> F:
    """Wrap a widget class's `draw`: while recording, the widget is noted and owns what it draws."""

    @functools.wraps(draw)
    def drawing(widget: Any, surface: pygame.Surface, ui: Any, focused: bool, hovered: bool) -> None:
        recorder = _active
        if (
            recorder is None
            or not isinstance(surface, RecordingSurface)
            or (recorder.owners and recorder.owners[-1].widget is widget)
        ):
            draw(widget, surface, ui, focused, hovered)
            return
        clip = surface.get_clip()
        element = Element(
            widget.layout_kind,
            widget.rect.clip(clip),
            widget.label,
            recorder.layer,
            None,
            pygame.Rect(widget.rect),
            clip,
            focusable=widget.focusable,
            focused=focused,
            clips_contents=widget.clips_contents,
            widget=widget,
        )
        recorder.add(element)
        recorder.owners.append(element)
        try:
            draw(widget, surface, ui, focused, hovered)
        finally:
            recorder.owners.pop()

    return drawing  # type: ignore[return-value]


class NotingSurface(pygame.Surface):
    """An off-screen surface (a card's face) that keeps notes of the text blitted into it; copies do too."""

    def blit(  # type: ignore[override]
        self, source: pygame.Surface, dest: Any, area: Any = None, special_flags: int = 0
    ) -> pygame.Rect:
        done = super().blit(source, dest, area, special_flags)
        text = _TEXT.get(source)
        if text is not None and area is None:
            ink = _ink(source)
            if ink.width and ink.height:
                note_inside(self, "text", ink.move(_topleft(dest)), text[0], text[1])
        return done


# ---- the screen that listens --------------------------------------------------------------------


class RecordingSurface(pygame.Surface):
    """A window-sized surface that reports every blit of text (and of surfaces with notes) to the recorder."""

    def blit(  # type: ignore[override]
        self, source: pygame.Surface, dest: Any, area: Any = None, special_flags: int = 0
    ) -> pygame.Rect:
        done = super().blit(source, dest, area, special_flags)
        recorder = _active
        if recorder is not None:
            _seen(recorder, self, source, dest, area)
        return done


def _topleft(dest: Any) -> tuple[int, int]:
    if isinstance(dest, pygame.Rect):
        return dest.topleft
    return int(dest[0]), int(dest[1])


def _ink(source: pygame.Surface) -> pygame.Rect:
    found = _INK.get(source)
    if found is None:
        found = source.get_bounding_rect()
        _INK[source] = found
    return found


def _seen(recorder: Recorder, surface: RecordingSurface, source: pygame.Surface, dest: Any, area: Any) -> None:
    x, y = _topleft(dest)
    clip = surface.get_clip()
    text = _TEXT.get(source)
    if text is not None:
        ink = _ink(source)
        if area is not None:
            ink = ink.clip(pygame.Rect(area))
            x, y = x - pygame.Rect(area).x, y - pygame.Rect(area).y
        if ink.width and ink.height:
            _text(recorder, ink.move(x, y), text[0], text[1], clip)
        return
    for kind, rect, label, size in _NOTES.get(source, ()):
        placed = rect.move(x, y)
        if kind == "text":
            _text(recorder, placed, label, size, clip)
        else:
            recorder.add(Element(kind, placed.clip(clip), label, recorder.layer, recorder.owner(), placed, clip))


def _text(recorder: Recorder, ink: pygame.Rect, words: str, size: int, clip: pygame.Rect) -> None:
    owner = recorder.owner()
    kind = recorder.tag or "text"
    element = Element(kind, ink.clip(clip), words, recorder.layer, owner, ink, clip, text_size=size)
    element.shortened = words in _SHORTENED
    recorder.add(element)


def capture(shell: _Shell) -> Recorder:
    """Draw the current screen once, off the window, and return what was drawn where."""
    global _active
    window = shell.window
    size = window.get_size()
    canvas = RecordingSurface(size)
    recorder = Recorder(size)
    focused = shell.scene.focused()
    shell.window = canvas
    _active = recorder
    try:
        shell.draw()
    finally:
        _active = None
        shell.window = window
    if focused is not None and shell.ui.show_focus:
        recorder.focus_expected = next((e for e in recorder.elements if e.widget is focused), None)
    return recorder
