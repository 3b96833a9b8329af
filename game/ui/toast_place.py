"""Where a toast goes: its words wrapped to the room there is, and never over a control.

First choice is the foot of the window just above the key hints, as ever. If a control is there, it
lies over the key hints for its moment: they are a reminder, where the screen's own title and words
above are what a person is reading. A toast too tall for that looks for a clear band higher up, in
narrower boxes (whose words wrap onto more lines) and then in one as wide as the window (fewer lines:
a long message, a file's path, fits over a screen's title when its middle is all buttons). A screen
so full that no box is clear even then gets its toast in smaller words, where they fit; lying over controls
then, it gives way to the first click or key, and the click reaches what is under it (shell.py).

A control counts where it shows: the part of a scrolled list's button that is scrolled out of sight is
not there to cover (`Widget.shown`).

It keeps clear of the screen's own words too, where the screen on top drew them in the last frame
(words_drawn.py: the names and the panel on Home, a card's question on the table, a chart's labels):
the toast takes the first place clear of them as of controls, in smaller words if it must; only where
none is clear of them does it lie over words, never over a control it could have missed. The key hints
are not among those words: they are the least read, and the foot stays the first place tried for the
reason above.

How long it stays is the shell's, for every screen alike (`follow_its_screen`): a toast speaks of the screen it was
said on, so it goes when that screen is left, even with time to run.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import pygame

from .context import Context as UI
from .widgets import Widget

if TYPE_CHECKING:
    from .scene import UI as Stack

#: The styles a toast's words may take, in order: the screen's body text, then, only where nothing else fits, smaller.
STYLES = ("body", "hint")


def controls_of(ui: UI, widgets: Sequence[Widget]) -> list[pygame.Rect]:
    """Where the screen's controls show, each with room for its focus ring (drawn just outside it)."""
    ring = ui.theme.px(8)
    shown = [w.shown if w.shown is not None else w.rect for w in widgets if w.visible and w.focusable]
    return [rect.inflate(ring, ring) for rect in shown if rect.width and rect.height]


def place_toast(
    ui: UI,
    words: str,
    size: tuple[int, int],
    controls: Sequence[pygame.Rect],
    foot: int,
    kept_clear: Sequence[pygame.Rect] = (),
) -> tuple[pygame.Rect, pygame.Surface]:
    """The toast's box and its `words` drawn to fit it, somewhere inside the window that covers none of `controls`,
    nor the screen's own words (`kept_clear`) where a place clear of both is found.

    `foot` is where the key hints begin (the window's height without hints)."""
    fallback: tuple[pygame.Rect, pygame.Surface] | None = None
    over_words: tuple[pygame.Rect, pygame.Surface] | None = None
    for style in STYLES:
        for box, block in _places(ui, words, size, foot, style):
            if fallback is None:
                fallback = (box, block)
            if box.top >= ui.theme.px(16) and box.bottom <= size[1] and box.collidelist(list(controls)) < 0:
                if box.collidelist(list(kept_clear)) < 0:
                    return box, block
                over_words = over_words or (box, block)
    assert fallback is not None
    return over_words or fallback


def _places(ui: UI, words: str, size: tuple[int, int], foot: int, style_name: str) -> Iterator[tuple[pygame.Rect, pygame.Surface]]:
    """Where the toast may go, best first: the foot, centred; over the key hints (snugger, to fit their strip);
    then any clear band higher up, centred, right or left; then the same in a box as wide as the window."""
    theme, text = ui.theme, ui.text
    width, height = size
    style, ink = theme.style(style_name), theme.color("accent_text")
    margin = theme.px(16)
    above = foot - theme.px(18)
    widest = min(width - theme.px(80), theme.px(720))
    snug = text.measure(words, style) + theme.px(64)  # a short toast is as wide as its words
    tries = list(dict.fromkeys(min(w, snug) for w in (widest, *(w for w in (theme.px(520), theme.px(380)) if w < widest))))
    whole = min(width - 2 * margin, snug)
    for widths in (tries, [whole] if whole > tries[0] else []):
        blocks = [(box_w, text.block(words, style, ink, box_w - theme.px(32), "center")) for box_w in widths]
        for box_w, block in blocks:
            box = pygame.Rect(0, 0, box_w, block.get_height() + theme.px(24))
            box.midbottom = (width // 2, above)
            yield box, block
        for box_w, block in blocks:
            box = pygame.Rect(0, 0, box_w, block.get_height() + theme.px(10))
            box.midbottom = (width // 2, height - theme.px(3))
            yield box, block
        for box_w, block in blocks:
            box_h = block.get_height() + theme.px(24)
            for bottom in range(above, box_h + margin - 1, -theme.px(8)):
                for x in (width // 2 - box_w // 2, width - margin - box_w, margin):
                    yield pygame.Rect(x, bottom - box_h, box_w, box_h), block


def follow_its_screen(ui: Stack) -> None:
    """A toast belongs to the screen in sight once it was said (the one under any dialog over it; as a screen closes,
    the one below, where the couple now are), and goes when that screen is left: a tip about a card in Deck studio is
    no use over Play setup's key hints. Called once the stack has settled after each change."""
    if ui.toast_left <= 0 or not ui.stack:
        return
    in_sight = next((scene for scene in reversed(ui.stack) if not scene.modal), ui.stack[0])
    if ui.toast_screen is None:
        ui.toast_screen = in_sight
    elif ui.toast_screen is not in_sight:
        ui.toast_left, ui.toast_screen, ui.dirty = 0.0, None, True
