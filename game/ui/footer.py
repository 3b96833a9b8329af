"""The key hints at the foot of the window, drawn for the screen on top, and the mouse's way to them.

Each hint is also a button: a click on "Esc back" presses Esc, on "Alt+S star" presses Alt+S, and so
for every hint, whatever the screen. The shell feeds the key's events through the same translator
as the keyboard's, so a click does exactly what the key does and no screen needs a word of its own.
A hint naming two keys ("←→", "PgUp PgDn") is two buttons, one under each key; a range ("1–5")
names keys it does not show, so it is a reminder only. While the pointer is over one, it lights up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from .scene import UI, Scene
    from .widgets import Widget

#: A hint under the pointer: where a click on it lands, and the key it presses.
Target = tuple[pygame.Rect, str]


class Footer:
    def __init__(self, ui: UI) -> None:
        self.ui = ui
        self.hover: Target | None = None
        self.pressed: Target | None = None

    def targets(self, scene: Scene) -> list[Target]:
        """Where a click on the key hints presses a key, and which: the whole hint (its key and its words), or for
        a hint of several keys, the part of its box under each."""
        from .intents import hint_keys  # the pointer moved: long past the first frame

        ui = self.ui
        theme, text = ui.theme, ui.text
        style = theme.style("hint")
        found: list[Target] = []
        for words, action, box, label_at in ui.hint_places(scene.hints):
            keys = hint_keys(words)
            if len(keys) == 1:
                label = pygame.Rect(label_at[0], box.top, text.measure(action, style), box.height)
                found.append((box.union(label), keys[0]))
                continue
            # Each key's part of the box reaches halfway to the next key's letters.
            left_of, at = box.left + theme.px(6), 0
            spans = []
            for key in keys:
                at = words.index(key, at)
                spans.append((left_of + text.measure(words[:at], style), left_of + text.measure(words[: at + len(key)], style)))
                at += len(key)
            for index, key in enumerate(keys):
                start = box.left if index == 0 else (spans[index - 1][1] + spans[index][0]) // 2
                end = box.right if index == len(keys) - 1 else (spans[index][1] + spans[index + 1][0]) // 2
                found.append((pygame.Rect(start, box.top, end - start, box.height), key))
        return found

    def target_at(self, scene: Scene, pos: tuple[int, int], covers: Sequence[pygame.Rect] = ()) -> Target | None:
        """The hint a click at `pos` presses: none where a toast or a banner lies over the hints, nor where one of the
        screen's controls does (a screen laid out too tall), but the hidden part of a control scrolled out of its
        area (a field half below a form's foot) is not there to click: the hint over it is."""
        if any(cover.collidepoint(pos) for cover in covers) or any(_takes(widget, pos) for widget in scene.widgets):
            return None
        return next((target for target in self.targets(scene) if target[0].collidepoint(pos)), None)

    def moved(self, scene: Scene, pos: tuple[int, int], covers: Sequence[pygame.Rect] = ()) -> None:
        """The pointer moved: the hint under it lights up."""
        under = self.target_at(scene, pos, covers)
        if under != self.hover:
            self.hover = under
            self.ui.dirty = True

    def point(self, scene: Scene, pos: tuple[int, int], down: bool, covers: Sequence[pygame.Rect] = ()) -> tuple[bool, str | None]:
        """A press or release at `pos`: (whether the footer takes it, the key to press now). As with a button, the key
        is pressed when the button comes up over the same hint it went down on."""
        if down:
            self.pressed = self.target_at(scene, pos, covers)
            if self.pressed is not None:
                self.ui.dirty = True
            return self.pressed is not None, None
        pressed, self.pressed = self.pressed, None
        if pressed is None:
            return False, None
        self.ui.dirty = True
        return True, pressed[1] if pressed[0].collidepoint(pos) else None

    def draw(self, surface: pygame.Surface, scene: Scene) -> None:
        ui = self.ui
        theme, text = ui.theme, ui.text
        if not scene.hints:
            return
        style = theme.style("hint")
        key_color, label_color, box_color = (theme.color(name) for name in scene.hint_colors)
        lit = self.pressed or self.hover
        if lit is not None and lit in self.targets(scene):
            glow = pygame.Surface(lit[0].size, pygame.SRCALPHA)
            shade = (*box_color, 140 if lit is self.pressed else 90)  # light or dark hints alike stay readable on it
            pygame.draw.rect(glow, shade, glow.get_rect(), border_radius=theme.px(5))
            surface.blit(glow, lit[0].topleft)
        for key, action, box, label_at in ui.hint_places(scene.hints):
            pygame.draw.rect(surface, box_color, box, width=1, border_radius=theme.px(5))
            surface.blit(text.line(key, style, key_color), (box.left + theme.px(6), box.top + theme.px(2)))
            surface.blit(text.line(action, style, label_color), label_at)


def _takes(widget: Widget, pos: tuple[int, int]) -> bool:
    """A click at `pos` reaches `widget`: where it showed in the last frame, not a part scrolled out of sight."""
    where = widget.shown if widget.shown is not None else widget.rect
    return widget.visible and widget.enabled and where.collidepoint(pos)
