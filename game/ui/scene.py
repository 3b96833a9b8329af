"""Scenes and the UI that holds their stack: a lifecycle, scenes that close with a typed result, focus and hints."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import pygame

from . import clipboard, routes
from .focus_groups import along_group, tab_stops
from .hint_rows import HintPlace, hint_rows
from .refusals import told_if_refused
from .routes import ResultRoute, Route
from .sound import Sound
from .text import TextRenderer
from .theme import TEXT_SIZES, Theme, theme_in_use
from .widgets import Widget
from .words_drawn import WordsDrawn

if TYPE_CHECKING:
    from game.core.answers import DateOrder

    from .intents import Intent  # ~12 ms to build its classes: imported where input is handled, after the first frame
    from .services import Services


#: What a letter shortcut needs while a text field has focus (there, a plain letter is typed).
TYPING_CHORD = "Alt+"

T = TypeVar("T")


class Scene:
    """One screen. Subclasses build widgets in `build`, place them in `layout`, and draw extras."""

    modal = False
    #: Colour names for the key hints; a dark scene (the curtain) uses light ones.
    hint_colors = ("text", "muted", "surface_border")
    #: Key hints shown at the foot of the screen, e.g. [("Enter", "choose"), ("Esc", "back")].
    hints: list[tuple[str, str]] = [("Tab", "move"), ("Enter", "choose"), ("Esc", "back")]

    def __init__(self, ui: UI) -> None:
        self.ui = ui
        self.widgets: list[Widget] = []
        self.focus = 0
        self.hover: Widget | None = None

    # ---- lifecycle -----------------------------------------------------------

    def enter(self) -> None:
        self.refresh()

    def pause(self) -> None:
        pass

    def resume(self) -> None:
        self.refresh()

    def exit(self) -> None:
        pass

    def closing(self) -> None:
        """The window is closing: keep anything a person would not want to lose."""

    def refresh(self, keep_focus: bool = True) -> None:
        focused = self.focused()
        label = focused.label if focused and keep_focus else None
        place = self.focus
        self.widgets = []
        self.build()
        self.layout()
        same = [index for index, w in enumerate(self.widgets) if w.label == label and w.focusable and w.visible]
        # Where its words changed ("Length: 12" → "Length: 20"), the focus stays in the same place.
        self.focus = 0 if label is None else same[0] if same else place
        if self.focused() is None:
            self.focus_first()
        if (start := self.focused()) is not None and start.picked_on_purpose and start.label != label:
            self.focus = -1  # no answer chosen for them: Tab, an arrow, a number or a click chooses one
        self.ui.dirty = True

    # ---- to override -----------------------------------------------------------

    def build(self) -> None:
        pass

    def layout(self) -> None:
        pass

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_widgets(surface)

    def update(self, dt: float) -> bool:
        """Advance animations by dt seconds; True while something still moves."""
        return False

    def back(self) -> None:
        self.ui.pop()

    def handle_key(self, char: str) -> bool:
        return False

    def warm_up(self) -> None:
        """Called once, after the first frame: import or prepare what the next screens need, so they open at once."""

    def decks_changed(self) -> None:
        """The decks were reloaded (a file in the couple's decks folder changed, or one was imported)."""

    # ---- helpers -----------------------------------------------------------------

    def add(self, widget: Widget) -> Widget:
        self.widgets.append(widget)
        return widget

    def focused(self) -> Widget | None:
        if 0 <= self.focus < len(self.widgets):
            widget = self.widgets[self.focus]
            if widget.focusable and widget.visible and widget.enabled:
                return widget
        return None

    def focusable(self) -> list[int]:
        return [i for i, w in enumerate(self.widgets) if w.focusable and w.visible and w.enabled]

    def focus_first(self) -> None:
        choices = self.focusable()
        self.focus = choices[0] if choices else 0

    def focus_on(self, widget: Widget) -> None:
        if widget in self.widgets:
            self.focus = self.widgets.index(widget)
            self.ui.dirty = True

    def typing(self) -> bool:
        widget = self.focused()
        return bool(widget and widget.typing)

    def widget(self, label: str) -> Widget | None:
        return next((w for w in self.widgets if w.label == label and w.visible), None)

    def handle(self, intent: Intent) -> None:
        from .intents import Back, Confirm, Drag, FocusNext, Hover, Key, Move, Point, Wheel  # see intents.py

        focused = self.focused()
        if isinstance(intent, (Point, Wheel, Hover, Drag)):
            self._pointer(intent)
            return
        if focused is not None and focused.handle(intent, self.ui):
            self.ui.dirty = True
            return
        if isinstance(intent, FocusNext):
            self._cycle(-1 if intent.reverse else 1)
        elif isinstance(intent, Move):
            self._move(intent.dx, intent.dy)
        elif isinstance(intent, Back):
            self.back()
        elif isinstance(intent, Key):
            if not self.handle_key(intent.char):
                for widget in self.widgets:
                    if widget.visible and widget.enabled and widget.hotkey and widget.handle(intent, self.ui):
                        break
        elif isinstance(intent, Confirm):
            # A slider (or nothing) has the focus: Enter does what the hints promise, the screen's main action.
            primary = [w for w in self.widgets if w.visible and w.enabled and getattr(w, "kind", "") == "primary"]
            if len(primary) == 1 and primary[0] is not focused:
                primary[0].handle(intent, self.ui)
        self.ui.dirty = True

    def _pointer(self, intent: Intent) -> None:
        from .intents import Hover, Point, Wheel  # see intents.py

        pos = getattr(intent, "pos", None)
        if isinstance(intent, Wheel):
            pos = pygame.mouse.get_pos()
            target = next((w for w in self.widgets if w.visible and w.rect.collidepoint(pos)), self.focused())
            if target is not None and target.handle(intent, self.ui):
                self.ui.dirty = True
            return
        assert pos is not None
        under = next((w for w in reversed(self.widgets) if w.visible and w.enabled and w.rect.collidepoint(pos)), None)
        if isinstance(intent, Hover):
            if under is not self.hover:
                self.hover = under
                self.ui.dirty = True
            return
        if isinstance(intent, Point) and intent.down and under is not None and under.focusable:
            self.focus = self.widgets.index(under)
        for widget in self.widgets:
            if widget.visible and widget.enabled and (widget is under or widget.pressed) and widget.handle(intent, self.ui):
                break
        self.ui.dirty = True

    def _cycle(self, step: int) -> None:
        choices = tab_stops(self.widgets, self.focusable(), self.focus)
        if not choices:
            return
        current = choices.index(self.focus) if self.focus in choices else (-1 if step > 0 else 0)  # none: first, or last
        self.focus = choices[(current + step) % len(choices)]

    def _move(self, dx: int, dy: int) -> None:
        """Arrow keys: the nearest widget in that direction, else the next in order."""
        current = self.focused()
        if current is None:
            self.focus_first()
            return
        if (moved := along_group(self.widgets, self.focusable(), self.focus, dx, self.ui)) is not None:
            self.focus = moved
            return
        here = pygame.Vector2(current.rect.center)
        best, best_score = None, float("inf")
        for index in tab_stops(self.widgets, self.focusable(), self.focus):
            widget = self.widgets[index]
            delta = pygame.Vector2(widget.rect.center) - here
            along = delta.x * dx + delta.y * dy
            if widget is current or along <= 0:
                continue
            across = abs(delta.x * dy) + abs(delta.y * dx)
            score = along + across * 2
            if score < best_score:
                best, best_score = index, score
        if best is not None:
            self.focus = best
        else:
            self._cycle(1 if dx + dy > 0 else -1)

    def draw_widgets(self, surface: pygame.Surface, only: Sequence[Widget] | None = None) -> None:
        """Draw the widgets (or `only` these, e.g. those of a scrolled part, drawn inside its clip). The focused one
        is ringed while `show_focus` holds: after a key, or a click on a control the arrows change (focus_shown.py)."""
        focused = self.focused()
        chord = TYPING_CHORD if self.typing() else ""
        for widget in self.widgets if only is None else only:
            widget.chord = chord
            if widget.visible:
                widget.draw(surface, self.ui, widget is focused and self.ui.show_focus, widget is self.hover)


class ResultScene(Scene, Generic[T]):
    """A scene that closes with a result of type T (a yes or no, an answer, a saved card), as Textual's `Screen[T]`.

    Whoever opens it hands `ui.push` a callback taking a T; `dismiss(result)` closes the scene and,
    once the scene below has resumed, calls it. Closing any other way (`ui.pop`, the window closing) calls nothing.
    """

    def __init__(self, ui: UI) -> None:
        super().__init__(ui)
        #: Set by `ui.push(scene, then)`: what to do with the result.
        self.then: Callable[[T], None] | None = None

    def dismiss(self, result: T) -> None:
        then = self.then
        self.ui.pop(after=None if then is None else functools.partial(then, result))


class UI:
    """What every scene reaches: looks, text, sound, services, settings and the stack."""

    def __init__(self, services: Services, size: tuple[int, int]) -> None:
        self.services = services
        self.settings: dict[str, Any] = services.settings()
        self.theme = Theme(self.settings["theme"], size, TEXT_SIZES[self.settings["text_size"]])
        self.text = TextRenderer()
        self.sound = Sound(self.settings["sound"], self.settings["volume"])
        self.stack: list[Scene] = []
        self.dirty = True
        self.show_focus = True
        self.toast_text, self.toast_left = "", 0.0
        self.toast_screen: Scene | None = None  # the screen the toast was said on (see toast_place.follow_its_screen)
        self.words = WordsDrawn()  # where the screen on top drew its words last: a toast keeps clear of them
        self.theme_override: str | None = None
        self._ops: list[Callable[[], None]] = []
        self._clipboard = ""
        self.on_fullscreen: Callable[[bool], None] = lambda on: None
        self._hint_places: tuple[object, list[HintPlace]] = (None, [])

    @functools.cached_property
    def date_order(self) -> DateOrder:
        """How typed dates like "12/06" are read here: from the system's locale, once, just after the first frame."""
        from .date_order import system_date_order  # it brings the answer rules (~15 ms): not before the first frame

        return system_date_order()

    # ---- settings ------------------------------------------------------------

    @property
    def reduced_motion(self) -> bool:
        return bool(self.settings["reduced_motion"])

    def set(self, key: str, value: Any) -> None:
        self.services.save_setting(key, value)
        self.settings[key] = value
        self.apply_settings()

    def apply_settings(self) -> None:
        self.theme.name = theme_in_use(self.settings["theme"], self.theme_override)
        self.theme.text_scale = TEXT_SIZES[self.settings["text_size"]]
        self.sound.configure(self.settings["sound"], self.settings["volume"])
        for scene in self.stack:
            scene.layout()
        self.dirty = True

    # ---- the stack (applied at the end of a step) -----------------------------

    def open(self, target: Scene | Route) -> Scene:
        """The scene itself, or the one a route asks for (its module imported on first use)."""
        if isinstance(target, Scene):
            return target
        scene = routes.scene_class(type(target))(self, **target.arguments())
        assert isinstance(scene, Scene), f"{type(target).__name__} opened {scene!r}, which is not a scene"
        return scene

    @overload
    def push(self, target: ResultScene[T] | ResultRoute[T], then: Callable[[T], None]) -> None: ...

    @overload
    def push(self, target: Scene | Route) -> None: ...

    def push(self, target: Scene | Route, then: Callable[[Any], None] | None = None) -> None:
        """Open a scene on top; a ResultScene's result, when it is dismissed, goes to `then`."""
        scene = self.with_result(self.open(target), then)

        def op() -> None:
            if self.stack:
                self.stack[-1].pause()
            self.stack.append(scene)
            scene.enter()

        self._ops.append(op)

    def pop(self, after: Callable[[], None] | None = None) -> None:
        """Close the top scene; `after` runs once the scene below has resumed (ResultScene.dismiss hands its result so)."""

        def op() -> None:
            if not self.stack:
                return
            leaving = self.stack.pop()
            leaving.exit()
            if self.stack:
                self.stack[-1].resume()
                if after is not None:
                    after()

        self._ops.append(op)

    @overload
    def replace(self, target: ResultScene[T] | ResultRoute[T], then: Callable[[T], None] | None) -> None: ...

    @overload
    def replace(self, target: Scene | Route) -> None: ...

    def replace(self, target: Scene | Route, then: Callable[[Any], None] | None = None) -> None:
        """Open a scene in place of the top one; a ResultScene's result, when it is dismissed, goes to `then`."""
        scene = self.with_result(self.open(target), then)

        def op() -> None:
            if self.stack:
                self.stack.pop().exit()
            self.stack.append(scene)
            scene.enter()

        self._ops.append(op)

    @staticmethod
    def with_result(scene: Scene, then: Callable[[Any], None] | None) -> Scene:
        if then is not None:
            assert isinstance(scene, ResultScene), f"{type(scene).__name__} closes with no result"
            scene.then = then
        return scene

    def reset(self, target: Scene | Route) -> None:
        """Clear the stack down to one scene (e.g. back to Home)."""
        scene = self.open(target)

        def op() -> None:
            while self.stack:
                self.stack.pop().exit()
            self.stack.append(scene)
            scene.enter()

        self._ops.append(op)

    def apply_ops(self) -> None:
        while self._ops:
            ops, self._ops = self._ops, []
            for op in ops:
                told_if_refused(self, op)  # a result handed back may save something
            self.dirty = True

    # ---- the key hints at the foot --------------------------------------------------

    def hint_places(self, hints: Sequence[tuple[str, str]]) -> list[HintPlace]:
        """Where each key hint goes: (key, action, the key's box, where the action's words start); see hint_rows."""
        known = (tuple(hints), self.theme.size, self.theme.style("hint"))  # asked for by each layout and each frame
        if self._hint_places[0] != known:
            self._hint_places = (known, hint_rows(self.theme, self.text, hints))
        return self._hint_places[1]

    def hints_top(self, hints: Sequence[tuple[str, str]]) -> int:
        """The top of the key hints (the window's height when there are none): what a screen lays out above."""
        places = self.hint_places(hints)
        return min((box.top for _, _, box, _ in places), default=self.theme.size[1])

    # ---- small services ----------------------------------------------------------

    def toast(self, text: str, seconds: float = 3.5) -> None:
        self.toast_text, self.toast_left, self.toast_screen = text, seconds, None
        self.dirty = True

    def clipboard_put(self, text: str) -> None:
        self._clipboard = text
        clipboard.put(text)

    def clipboard_get(self) -> str:
        return self.clipboard_read()[0]

    def clipboard_read(self) -> tuple[str, bool]:
        """The clipboard's text, and whether it held text too large to hand over (the text is '' then, never an
        older copy); the game's own last copy where the system's clipboard is out of reach or empty."""
        text, withheld = clipboard.read()
        if text is None or not (text or withheld):
            return self._clipboard, False
        return text, withheld
