"""What every screen must hold, read from the layout model (game/ui/layout_model.py), never from pixels.

Each rule returns sentences naming the screen and the elements involved; the caller adds the size,
text size and theme.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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
#: Screens whose words no toast may lie over, whatever their size: Home, where a couple reads what waits for them
#: (and a broken deck's note) as a message comes and goes. Elsewhere a toast keeps clear of words where it can
#: (test_toast_over_words.py), and a long message with no clear place may cover a title for its moment.
WORDS_NEVER_COVERED = {"HomeScene"}


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
            elif top in WORDS_NEVER_COVERED and e.layer == top and e.kind == "text" and e.owner is None and _overlap(cover, e):
                yield f"{top}: the {cover.kind} '{cover.label[:40]}' lies over its words: {e.describe()}"
    for name in recorder.modal_layers:
        yield from _dialog(name, [e for e in elements if e.layer == name], heading_size)
    yield from _focus(recorder)
    yield from _needless_scrolling(recorder)


def _needless_scrolling(recorder: Recorder) -> Iterator[str]:
    """A scrolled area whose whole content, with what its screen draws above and below it (a title, a panel's edge,
    a Done button) and what frames it (a panel), would fit in the window above the key hints with room to spare:
    it need not scroll (a big window)."""
    hints = [e.rect.top for e in recorder.elements if e.kind == "hint" and e.rect.height]
    room = min(hints) if hints else recorder.size[1]
    margin = recorder.size[1] // 10  # "plainly": with a tenth of the window to spare above it and below
    for view in (e for e in recorder.elements if e.kind == "viewport"):
        up, down = recorder.reaches.get(tuple(view.rect), (0, 0))
        if up + down <= 0:
            continue
        rect = view.rect
        around = [
            e.rect
            for e in recorder.elements
            if e.layer == view.layer
            and e.viewport is None
            and e.kind in WIDGETS | CONTAINERS | {"text"}
            and e.rect.height
            and (e.rect.bottom <= rect.top or e.rect.top >= rect.bottom or (rect.left < e.rect.right and e.rect.left < rect.right))
        ]
        top = min([rect.top, *(r.top for r in around)])
        bottom = max([rect.bottom, *(r.bottom for r in around)])
        needed = bottom - top + up + down
        if needed + 2 * margin <= room:
            yield (
                f"{view.layer}: its scrolled area {tuple(rect)} scrolls by {up + down} px, though all it shows"
                f" ({needed} px tall) would fit in the window's {room} px"
            )


def scrolled_out_of_sight(recorder: Recorder) -> Iterator[str]:
    """A screen whose controls all show at once (a private answer's choices): none is cut by its scrolled area, and
    the area has nothing to scroll to, so no choice waits out of sight for a couple who cannot tell it is there."""
    for e in recorder.elements:
        cut = e.viewport is not None and e.full is not None and not e.viewport.contains(e.full)
        if e.kind in WIDGETS and e.owner is None and cut:
            yield f"{e.layer}: {e.describe()} does not show whole unscrolled (its area is {tuple(e.viewport or ())})"
    for e in recorder.elements:
        up, down = recorder.reaches.get(tuple(e.rect), (0, 0)) if e.kind == "viewport" else (0, 0)
        if up + down > 0:
            yield f"{e.layer}: its scrolled area {tuple(e.rect)} scrolls by {up + down} px"


def cut_at_top(recorder: Recorder) -> Iterator[str]:
    """A screen's first look: no control starts cut at the top of a scrolled area (half of it above the fold)."""
    for e in recorder.elements:
        cut = e.viewport is not None and e.full is not None and e.full.top < e.viewport.top < e.full.bottom
        if e.kind in WIDGETS and e.owner is None and cut:
            yield f"{e.layer}: {e.describe()} starts cut at the top of its scrolled area {tuple(e.viewport or ())}"


def main_action_hidden(recorder: Recorder) -> Iterator[str]:
    """A screen's first look: its main action (the filled button) shows whole without scrolling to it."""
    for e in recorder.elements:
        main = e.kind == "button" and e.owner is None and getattr(e.widget, "kind", "") == "primary" and e.widget.visible
        if main and e.full is not None and e.rect != e.full:
            yield f"{e.layer}: the main action {e.describe()} is not whole until the screen is scrolled"


def main_action_unseen(scene: Any, recorder: Recorder) -> Iterator[str]:
    """The screen's main action is drawn at all on its first look: one scrolled wholly out of sight draws nothing, so
    `main_action_hidden` has nothing to see cut."""
    drawn = {id(e.widget) for e in recorder.elements if e.kind == "button" and e.widget is not None}
    for widget in scene.widgets:
        if getattr(widget, "kind", "") == "primary" and widget.visible and id(widget) not in drawn:
            name = type(scene).__name__
            yield f"{name}: the main action button '{widget.label[:48]}' is out of sight until the screen is scrolled"


def unclickable(shell: Any, recorder: Recorder) -> Iterator[str]:
    """Every control of the screen on top that shows, clicked at the middle of what shows of it, is what the click
    reaches: not a key hint, not another control laid over it."""
    scene = shell.scene
    covers = shell.covers()
    for e in recorder.elements:
        widget = e.widget
        if widget is None or widget not in scene.widgets or not (widget.visible and widget.enabled) or e.owner is not None:
            continue
        if e.kind not in WIDGETS or not (e.rect.width and e.rect.height) or e.layer != type(scene).__name__:
            continue
        at = e.rect.center
        if any(cover.collidepoint(at) for cover in covers):
            continue  # the toast rule names what a toast covers
        if shell.footer.target_at(scene, at, covers) is not None:
            yield f"{e.layer}: a click on {e.describe()} where it shows presses a key hint"
            continue
        under = next((w for w in reversed(scene.widgets) if w.visible and w.enabled and w.rect.collidepoint(at)), None)
        if under is not widget:
            hit = f"'{under.label[:30]}'" if under is not None else "nothing"
            yield f"{e.layer}: a click on {e.describe()} where it shows reaches {hit}"


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
