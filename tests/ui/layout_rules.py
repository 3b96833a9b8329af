"""What every screen must hold, read from the layout model (game/ui/layout_model.py), never from pixels.

Each rule returns sentences naming the screen and the elements involved; the caller adds the size,
text size and theme.
"""

from __future__ import annotations

from collections.abc import Iterator

import pygame

from game.ui.layout_record import Element, Recorder

WIDGETS = {"button", "field", "toggle", "slider", "list", "choice"}
TEXTS = {"text", "hint", "placeholder"}
CONTAINERS = {"panel", "card"}
COVERS = {"toast", "banner"}
#: A row of a figure or a table (the love map's cells): shown whole, or in a scrolled area that reaches it.
ROWS = {"row"}
#: Controls whose words say what they do: a button, a switch, a choice. Their words are never cut with "…".
LABELLED = {"button", "toggle", "choice"}


def _cut_on_purpose(e: Element) -> bool:
    """Text a field or list scrolls, or anything cut only at the top or bottom of a scrolled area."""
    if e.kind == "text" and e.owner is not None and e.owner.clips_contents:
        return True
    if e.viewport is not None and e.full is not None:
        return e.full.left >= e.viewport.left and e.full.right <= e.viewport.right
    return False


def _out_of_reach(e: Element, recorder: Recorder) -> bool:
    """Part of `e` lies above or below its scrolled area further than the area can scroll: no one can ever read it."""
    if e.viewport is None or e.full is None or tuple(e.viewport) not in recorder.reaches:
        return False
    up, down = recorder.reaches[tuple(e.viewport)]
    return e.full.top < e.viewport.top - up or e.full.bottom > e.viewport.bottom + down


def _ellipsised(text: Element, control: Element) -> bool:
    """Drawn words that end in "…" where the control's own words go on (its last line ends the same way if whole)."""
    drawn = text.label.rstrip()
    return drawn.endswith("…") and not control.label.rstrip().endswith(drawn)


def _owned_by(a: Element, b: Element) -> bool:
    return a.owner is b or b.owner is a


def _overlap(a: Element, b: Element) -> bool:
    return bool(a.rect.width and a.rect.height and b.rect.width and b.rect.height and a.rect.colliderect(b.rect))


def problems(recorder: Recorder, heading_size: int) -> Iterator[str]:
    window = pygame.Rect((0, 0), recorder.size)
    elements = recorder.elements
    layers = [name for name in recorder.layers() if name != "overlay"]
    top = layers[-1] if layers else ""
    for e in elements:
        where = e.full if e.full is not None else e.rect
        if e.kind in TEXTS | WIDGETS | ROWS and _out_of_reach(e, recorder):
            yield f"{e.layer}: {e.describe()} lies where its scrolled area can never scroll to"
        if e.rect.width * e.rect.height == 0 and _cut_on_purpose(e):
            continue  # scrolled out of sight
        if e.kind in WIDGETS | TEXTS | CONTAINERS | {"part"} and not window.contains(where) and not _cut_on_purpose(e):
            yield f"{e.layer}: {e.describe()} reaches outside the window"
        elif e.kind in TEXTS | WIDGETS | ROWS and e.clipped and not _cut_on_purpose(e):
            yield f"{e.layer}: {e.describe()} is cut off"
        inside_owner = e.owner is None or e.owner.clips_contents or (e.owner.full or e.owner.rect).contains(e.full or e.rect)
        if e.kind in TEXTS | {"part"} and not inside_owner:
            assert e.owner is not None
            yield f"{e.layer}: {e.describe()} spills out of its {e.owner.kind}"
        if e.kind in TEXTS and e.owner is not None and e.owner.kind in LABELLED and _ellipsised(e, e.owner):
            # A control's words are never shortened: they wrap and the control grows ("Our private limits…",
            # written so, is whole). Only a name shown in full elsewhere may be cut, and not on a control.
            yield f"{e.layer}: {e.describe()} is ellipsised, cut from '{e.owner.label[:40]}'"
        if e.viewport is not None and e.kind != "viewport" and not e.viewport.contains(e.rect):
            yield f"{e.layer}: {e.describe()} is drawn outside its scrolled area {tuple(e.viewport)}"
    for name in layers:
        here = [e for e in elements if e.layer == name]
        yield from _overlaps(name, here)
        yield from _containers(name, here)
    for cover in (e for e in elements if e.kind in COVERS):
        for e in elements:
            if e.layer == top and e.kind in WIDGETS and e.focusable and _overlap(cover, e):
                yield f"{top}: the {cover.kind} '{cover.label[:40]}' covers {e.describe()}"
    for name in recorder.modal_layers:
        yield from _dialog(name, [e for e in elements if e.layer == name], heading_size)
    yield from _focus(recorder)


def _overlaps(name: str, here: list[Element]) -> Iterator[str]:
    top_level = [e for e in here if (e.kind in WIDGETS and e.owner is None) or (e.kind in TEXTS and e.owner is None)]
    for i, a in enumerate(top_level):
        for b in top_level[i + 1 :]:
            if _overlap(a, b):
                yield f"{name}: {a.describe()} overlaps {b.describe()}"
    owners: dict[int, list[Element]] = {}
    for e in here:
        if e.owner is not None and e.kind in TEXTS | {"part"}:
            owners.setdefault(id(e.owner), []).append(e)
    for parts in owners.values():
        for i, a in enumerate(parts):
            for b in parts[i + 1 :]:
                if _overlap(a, b):
                    yield f"{name}: {a.describe()} overlaps {b.describe()}"


def _containers(name: str, here: list[Element]) -> Iterator[str]:
    boxes = [e for e in here if e.kind in CONTAINERS]
    for box in boxes:
        for e in here:
            if e.owner is None and (e.kind in WIDGETS or e.kind in TEXTS) and _overlap(box, e) and not box.rect.contains(e.rect):
                yield f"{name}: {e.describe()} sticks out of its {box.kind} at {tuple(box.rect)}"


def _dialog(name: str, here: list[Element], heading_size: int) -> Iterator[str]:
    words = [e for e in here if e.kind == "text" and e.owner is None]
    titles = [e for e in words if e.text_size >= heading_size]
    if not titles:
        yield f"{name}: a dialog with no title"
        return
    largest = max(e.text_size for e in titles)
    if not any(e.text_size < largest for e in words):
        yield f"{name}: the dialog '{titles[0].label[:40]}' has no body, only a title"


def _focus(recorder: Recorder) -> Iterator[str]:
    focused = recorder.focus_expected
    if focused is None:
        return
    rings = [e for e in recorder.elements if e.kind == "focus" and e.owner is focused]
    if not rings:
        yield f"{focused.layer}: the focused {focused.describe()} shows no focus ring"
        return
    ring = rings[-1]
    window = pygame.Rect((0, 0), recorder.size)
    if ring.clipped or not window.contains(ring.rect):
        yield f"{focused.layer}: the focus ring of {focused.describe()} is cut off"
    later = [e for e in recorder.elements if e.index > ring.index and e.kind in COVERS and _overlap(e, ring)]
    for cover in later:
        yield f"{focused.layer}: the {cover.kind} '{cover.label[:40]}' hides the focus ring of {focused.describe()}"
