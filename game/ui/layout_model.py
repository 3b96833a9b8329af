"""The layout model: what a screen drew, as rectangles and words, without reading a pixel.

While a recorder listens (`layout_record.capture(shell)`), the few drawing primitives report here: each widget
with its rectangle, each run of text with where its letters are and the clip in effect, panels, the
focus ring, the key hints, the toast. Otherwise every hook is one test of a module global.

Text is known by the surface it was rendered to: the renderer tags every surface it makes, so a
scene's own `surface.blit(ui.text.line(...))` is seen without the scene saying anything. A surface
with text drawn into it beforehand (a card's face) carries notes of where that text lies, and they
are placed on the screen where the surface is blitted.

The listening side (`Recorder`, `Element`, `capture`) lives in layout_record.py: only tests draw into
a recorder, so the first frame does not wait for its classes to be built.
"""

from __future__ import annotations

import contextlib
import functools
import weakref
from collections.abc import Callable, Iterator
from typing import Any, Protocol, TypeVar

import pygame


class _Styled(Protocol):
    """A text style as far as the model needs it (text.TextStyle)."""

    @property
    def size(self) -> int: ...


class Listener(Protocol):
    """The recorder as the hooks see it (layout_record.Recorder); named structurally so nothing here imports it."""

    layer: str
    tag: str
    modal_layers: set[str]
    owners: list[Any]
    viewports: list[pygame.Rect]
    reaches: dict[tuple[int, ...], tuple[int, int]]

    def owner(self) -> Any: ...

    def record(self, kind: str, rect: pygame.Rect, label: str, **details: Any) -> Any:
        """Add what was drawn at `rect` (shown part) in the current layer; `details` are Element's other fields."""

    def seen(self, surface: pygame.Surface, source: pygame.Surface, dest: Any, area: Any) -> None:
        """`source` was blitted onto the recording surface at `dest`."""


_active: Listener | None = None
_TEXT: weakref.WeakKeyDictionary[pygame.Surface, tuple[str, int]] = weakref.WeakKeyDictionary()
_INK: weakref.WeakKeyDictionary[pygame.Surface, pygame.Rect] = weakref.WeakKeyDictionary()
_SHORTENED: dict[str, None] = {}
_NOTES: weakref.WeakKeyDictionary[pygame.Surface, list[tuple[str, pygame.Rect, str, int]]] = weakref.WeakKeyDictionary()


def active() -> Listener | None:
    return _active


def listen(recorder: Listener | None) -> None:
    """Start (or, with None, stop) reporting what is drawn to `recorder` (see layout_record.capture)."""
    global _active
    _active = recorder


def text_of(surface: pygame.Surface) -> tuple[str, int] | None:
    """The words `surface` was rendered from and their size, if the renderer made it."""
    return _TEXT.get(surface)


def notes_of(surface: pygame.Surface) -> list[tuple[str, pygame.Rect, str, int]]:
    """What was drawn into the off-screen `surface` (see note_inside)."""
    return _NOTES.get(surface, [])


def shortened(words: str) -> bool:
    """`words` end in "…" because the widget drawing them meant to shorten them."""
    return words in _SHORTENED


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


def carried(source: pygame.Surface, made: pygame.Surface) -> pygame.Surface:
    """`made` is `source` copied or stretched (a card's face faded in as it is dealt, narrowed as it turns over):
    it carries `source`'s notes, stretched as it is, so its words count wherever it is put. Returns `made`."""
    across = made.get_width() / max(1, source.get_width())
    down = made.get_height() / max(1, source.get_height())
    _NOTES[made] = [
        (kind, pygame.Rect(round(r.x * across), round(r.y * down), round(r.w * across), round(r.h * down)), label, size)
        for kind, r, label, size in notes_of(source)
    ]
    return made


def note(surface: pygame.Surface, kind: str, rect: pygame.Rect, label: str = "") -> None:
    """A panel, a widget's part (a slider's track), a focus ring, a toast: drawn on the screen at `rect`."""
    recorder = _active
    if recorder is None or not isinstance(surface, RecordingSurface):
        return
    clip = surface.get_clip()
    shown = pygame.Rect(rect).clip(clip)
    recorder.record(kind, shown, label, owner=recorder.owner(), full=pygame.Rect(rect), clip=clip)


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
def viewport(rect: pygame.Rect, reach: tuple[int, int] | None = None) -> Iterator[None]:
    """A scrolled area: what is drawn inside must stay inside it. `reach`: how far it can still scroll up and down
    (what lies further out can never be brought into sight)."""
    recorder = _active
    if recorder is None:
        yield
        return
    recorder.viewports.append(pygame.Rect(rect))
    if reach is not None:
        recorder.reaches[tuple(rect)] = reach
    recorder.record("viewport", pygame.Rect(rect), "", full=pygame.Rect(rect))
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
        element = recorder.record(
            widget.layout_kind,
            widget.rect.clip(clip),
            widget.label,
            full=pygame.Rect(widget.rect),
            clip=clip,
            focusable=widget.focusable,
            focused=focused,
            clips_contents=widget.clips_contents,
            widget=widget,
        )
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
            ink = ink_of(source)
            if ink.width and ink.height:
                note_inside(self, "text", ink.move(topleft(dest)), text[0], text[1])
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
            recorder.seen(self, source, dest, area)
        return done


def topleft(dest: Any) -> tuple[int, int]:
    if isinstance(dest, pygame.Rect):
        return dest.topleft
    return int(dest[0]), int(dest[1])


def ink_of(source: pygame.Surface) -> pygame.Rect:
    found = _INK.get(source)
    if found is None:
        found = source.get_bounding_rect()
        _INK[source] = found
    return found
