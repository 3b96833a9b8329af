"""The shell: one window over the scene stack, and `step(events, dt)` — the only way time and input get in.

It redraws only when something changed, and ticks fast only while something animates.
"""

from __future__ import annotations

import functools
import gc
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pygame

from . import layout_model
from .backdrop import Backdrop
from .focus_return import FocusBeforeBar
from .focus_shown import shown_after_click
from .footer import Footer
from .refusals import told_if_refused
from .routes import Route
from .scene import UI, Scene
from .toast_place import controls_of, follow_its_screen, place_toast
from .window import MIN_SIZE, Size, keep_minimum_size

if TYPE_CHECKING:
    from .intents import Intent
    from .services import SaveWait

IDLE_FPS = 12
IDLE_HOUSEKEEPING = 2.0  # seconds of stillness before saving housekeeping runs
DECK_POLL_SECONDS = 1.0  # how often the couple's decks folder is looked at for files changed in an editor
ANIMATING_FPS = 60
SAVE_RETRY_SECONDS = 3.0  # while a save waits (a full disk, a busy file), how often it is tried again


def release_freed_memory() -> None:
    """Hand memory freed by surfaces back to the system (glibc keeps it otherwise); harmless elsewhere."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # only here: not worth its import time before the first frame

    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


class Shell:
    def __init__(
        self,
        ui: UI,
        window: pygame.Surface,
        first: Scene | Route,
        fullscreen: bool = False,
        windowed: Size | None = None,
        minimum: Size = MIN_SIZE,
    ) -> None:
        self.ui = ui
        self.window = window
        self.running = True
        self.animating = False
        self.fullscreen = fullscreen
        #: The window's size out of fullscreen: what turning fullscreen off goes back to, and the next start opens at.
        self.windowed_size = windowed or window.get_size()
        self.minimum = minimum  # the smallest the window may be made (see window.py)
        self.frames_drawn = 0
        self._quiet = 0.0  # seconds with no input and nothing moving
        self._housekept = False
        self.backdrop = Backdrop()  # the background, made once per size and theme
        self._since_deck_poll = 0.0
        self._since_save_retry = 0.0
        self._waited: SaveWait | None = None  # why saves waited at the last step
        self._asked_to_close = False  # the window was closed while saves waited
        self._translate: Callable[[pygame.event.Event, bool], list[Intent]] | None = None
        self.footer = Footer(ui)  # the key hints, which a click presses too
        self.focus_before_bar = FocusBeforeBar()  # where a declined dialog gives the keyboard's focus back
        ui.on_fullscreen = self.set_fullscreen
        ui.text.fit_cache_to(window.get_size())
        ui.text.fonts.share_faces()  # until the first frame is shown: see FontBook
        ui.push(first)
        ui.apply_ops()

    @property
    def scene(self) -> Scene:
        return self.ui.stack[-1]

    def step(self, events: Sequence[pygame.event.Event], dt: float) -> bool:
        """Feed input and elapsed time; draw if anything changed. False once the game should close."""
        ui = self.ui
        if events and self._translate is None:
            from .intents import Translator  # not before the first frame: see intents.py

            self._translate = Translator()
        self.feed(events)
        ui.apply_ops()
        follow_its_screen(ui)
        if not ui.stack:
            self.running = False
            return False
        self._poll_decks(dt)
        self._retry_saves(dt)
        moving = any([scene.update(dt) for scene in ui.stack[-2:]])  # each ticks: one fading below holds none above
        if ui.toast_left > 0:
            ui.toast_left -= dt
            if ui.toast_left <= 0:
                ui.dirty = True
        ui.apply_ops()
        follow_its_screen(ui)
        self.animating = moving or ui.toast_left > 0
        self._quiet = 0.0 if (events or moving) else self._quiet + dt
        if self._quiet >= IDLE_HOUSEKEEPING and not self._housekept:
            self.keep_window_size()
            ui.services.idle()
            release_freed_memory()
            self._housekept = True
        elif self._quiet < IDLE_HOUSEKEEPING:
            self._housekept = False
        if ui.dirty or moving:
            self.draw()
            pygame.display.flip()
            ui.dirty = False
            ui.sound.settle()  # the music's file is read once the frame is out, never before it
            ui.text.fonts.own_faces()  # the first frame is out: shared faces would slow every later one
        return self.running

    def feed(self, events: Sequence[pygame.event.Event]) -> None:
        """Each event as the intents it means to the screen on top at that moment."""
        ui = self.ui
        for event in events:
            assert self._translate is not None
            for intent in self._translate(event, self.scene.typing()):
                self.dispatch(intent)
            top = self.scene
            ui.apply_ops()  # a key pressed right after the one that opened a screen belongs to that screen
            follow_its_screen(ui)
            if ui.stack and top not in ui.stack:
                self.focus_before_bar.closed(top, self.scene)
            if not ui.stack:
                break

    def _retry_saves(self, dt: float) -> None:
        """A save that waits (for disk space, for another program to let go of the file) is tried again every few
        seconds (and by the couple's next action, and the housekeeping); once it goes through, a toast says so."""
        services = self.ui.services
        if services.save_wait() is not None:
            self._since_save_retry += dt
            if self._since_save_retry >= SAVE_RETRY_SECONDS:
                self._since_save_retry = 0.0
                services.retry_saves()
        wait = services.save_wait()
        if wait is None:
            self._since_save_retry = 0.0
            if self._waited is not None:
                self.ui.toast(self._waited.saved)
        self._waited = wait
        if self._asked_to_close and wait is None:
            self.running = False  # they wanted to close; saved now (by the retry or the housekeeping), nothing is lost

    def quit(self) -> None:
        """The window is closing. If what the couple did still waits (for disk space, for another program to let go
        of the file), ask first: closing would lose it. Closing the window a second time (or "Close anyway") closes."""
        ui = self.ui
        for scene in ui.stack:
            scene.closing()
        if self._asked_to_close or ui.services.save_wait() is None or ui.services.retry_saves():
            self.running = False
            return
        from .modals import ConfirmScene  # only ever needed while saves wait

        self._asked_to_close = True
        wait = ui.services.save_wait()  # as the retry just found it
        assert wait is not None
        question = ConfirmScene(ui, "Not everything is saved yet", "Close anyway", "Keep it open", wait.closing)
        ui.push(question, self._close_answered)
        ui.dirty = True

    def _close_answered(self, close: bool) -> None:
        if close:
            self.running = False
        else:
            self._asked_to_close = False

    def _poll_decks(self, dt: float) -> None:
        self._since_deck_poll += dt
        if self._since_deck_poll < DECK_POLL_SECONDS:
            return
        self._since_deck_poll = 0.0
        if self.ui.services.poll_decks():
            for scene in self.ui.stack:
                scene.decks_changed()
            self.ui.dirty = True

    def dispatch(self, intent: Intent) -> None:
        # See intents.py.
        from .intents import Back, Confirm, Drag, DropFile, Hover, Point, Quit, Redraw, Resize, ToggleFullscreen, Wheel

        ui = self.ui
        if isinstance(intent, Quit):
            self.quit()
            return
        if isinstance(intent, Resize):
            self.resize(intent.size)
            return
        if isinstance(intent, ToggleFullscreen):
            self.set_fullscreen(not self.fullscreen)
            return
        if isinstance(intent, Redraw):
            ui.dirty = True
            return
        if not isinstance(intent, (Hover, Drag, Wheel, DropFile)) and self.toast_in_the_way():
            # A message over the controls goes at the first click or key, and what was meant still happens: the
            # click reaches the control under it. Esc only takes the message away, and stays on the screen.
            ui.toast_left = 0.0
            ui.dirty = True
            if isinstance(intent, Back):
                return
        if isinstance(intent, Hover):
            self.footer.moved(self.scene, intent.pos, self.covers())
        if isinstance(intent, Point):
            taken, key = self.footer.point(self.scene, intent.pos, intent.down, self.covers())
            if taken:
                if key is not None:  # a click on a key hint presses its key, as the keyboard would
                    from .intents import key_events

                    ui.show_focus = True  # as after a key: Enter presses what the hint names, and the ring shows where
                    self.feed(key_events(key))
                return
            ui.show_focus = False  # the ring is for keyboard players; a click hides it (see focus_shown.py)
        elif not isinstance(intent, (Drag, Hover, Wheel)):
            focused = self.scene.focused()
            obvious = focused is not None and getattr(focused, "kind", "") == "primary"
            if not ui.show_focus and isinstance(intent, Confirm) and not self.scene.typing() and not obvious:
                ui.show_focus = True  # after the mouse, Enter first shows where the focus is rather than press something unseen
                ui.dirty = True
                return
            ui.show_focus = True
        if isinstance(intent, DropFile):  # a deck file is imported whatever the screen
            from .deck_drop import import_dropped  # a drop comes long after the first frame

            import_dropped(ui, intent.path)
            ui.dirty = True
        else:
            scene, before = self.scene, self.scene.focused()
            told_if_refused(ui, lambda: scene.handle(intent))
            self.focus_before_bar.handled(scene, intent, before)
            if isinstance(intent, Point) and shown_after_click(self.scene):
                ui.show_focus = True
        self._follow_text_input()

    def covers(self) -> list[pygame.Rect]:
        """What is drawn over the key hints just now: the toast (the banner sits above them)."""
        toast = self.toast_rect()
        return [toast] if toast is not None else []

    def _follow_text_input(self) -> None:
        widget = self.scene.focused()
        if widget is not None and widget.typing:
            pygame.key.set_text_input_rect(widget.rect)

    def resize(self, size: tuple[int, int]) -> None:
        """The window has a new size (never below its minimum: keep_minimum_size asks the system for that)."""
        surface = pygame.display.get_surface()
        if surface is not None:
            self.window = surface
        if not self.fullscreen:
            self.windowed_size = self.window.get_size()
        self.ui.theme.size = self.window.get_size()
        self.ui.text.fit_cache_to(self.ui.theme.size)
        for scene in self.ui.stack:
            scene.layout()
        self.ui.dirty = True

    def set_fullscreen(self, on: bool) -> None:
        if on == self.fullscreen:
            return
        self.fullscreen = on
        if on:
            self.keep_window_size()
            self.window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
            keep_minimum_size(self.minimum)
        if self.ui.settings.get("fullscreen") != on:
            self.ui.set("fullscreen", on)
        self.resize(self.window.get_size())

    def keep_window_size(self) -> None:
        """Keep the window's size for the next start, once it has settled (and never a fullscreen one). Only while
        nothing waits to be saved: a size is worth no question about saving when the window closes."""
        ui = self.ui
        width, height = self.windowed_size
        if (ui.settings["window_width"], ui.settings["window_height"]) == (width, height) or ui.services.save_wait():
            return
        for key, value in (("window_width", width), ("window_height", height)):
            ui.services.save_setting(key, value)
            ui.settings[key] = value

    # ---- drawing -----------------------------------------------------------------

    def draw(self) -> None:
        ui, surface = self.ui, self.window
        theme = ui.theme
        self.backdrop.draw(surface, theme)
        stack = ui.stack
        start = len(stack) - 1
        while start > 0 and stack[start].modal:
            start -= 1
        for widget in stack[-1].widgets:
            widget.shown = pygame.Rect(0, 0, 0, 0)  # noted again as it is drawn: one scrolled out of sight is not drawn
        for index in range(start, len(stack)):
            scene = stack[index]
            if scene.modal:
                veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
                veil.fill((*theme.color("shadow"), 150))
                surface.blit(veil, (0, 0))
            if index == len(stack) - 1:
                ui.words.start(surface)  # its own words, noted as drawn: a toast keeps clear of them
            with layout_model.layer(type(scene).__name__, scene.modal):
                scene.draw(surface)
        ui.words.stop()
        with layout_model.layer(type(stack[-1]).__name__), layout_model.tagged("hint"):
            self.footer.draw(surface, stack[-1])
        problem = ui.services.save_problem()
        with layout_model.layer("overlay"):
            if problem:
                self.draw_banner(surface, problem)
            self.draw_toast(surface)
        self.frames_drawn += 1

    def hints_rect(self) -> pygame.Rect:
        """The strip at the foot of the window the key hints of the screen on top take (empty without hints)."""
        width, height = self.window.get_size()
        top = self.ui.hints_top(self.scene.hints)
        return pygame.Rect(0, top, width, height - top)

    def draw_banner(self, surface: pygame.Surface, text: str) -> None:
        """A message that stays on every screen while it holds (a save that waits), above the key hints."""
        theme = self.ui.theme
        width = min(surface.get_width() - theme.px(40), theme.px(900))
        block = self.ui.text.block(text, theme.style("body"), theme.color("accent_text"), width - theme.px(32), "center")
        box = pygame.Rect(0, 0, width, block.get_height() + theme.px(20))
        box.midbottom = (surface.get_width() // 2, surface.get_height() - theme.px(44))
        pygame.draw.rect(surface, theme.color("danger"), box, border_radius=theme.px(12))
        layout_model.note(surface, "banner", box, text)
        surface.blit(block, (box.left + theme.px(16), box.top + theme.px(10)))

    def draw_toast(self, surface: pygame.Surface) -> None:
        theme = self.ui.theme
        placed = self.toast_place()
        if placed is None:
            return
        box, block = placed
        pygame.draw.rect(surface, theme.color("text"), box, border_radius=theme.px(14))
        giving_way = self.toast_in_the_way(placed)  # the place just found, not found again
        layout_model.note(surface, "toast_giving_way" if giving_way else "toast", box, self.ui.toast_text)
        surface.blit(block, (box.left + theme.px(16), box.centery - block.get_height() // 2))

    def toast_rect(self) -> pygame.Rect | None:
        """Where the toast showing now lies (None when there is none)."""
        placed = self.toast_place()
        return placed[0] if placed is not None else None

    def toast_place(self) -> tuple[pygame.Rect, pygame.Surface] | None:
        """The toast's box and words, wrapped to fit somewhere that covers nothing a person could click or tab to,
        nor the words the screen drew last where it can (see toast_place.py)."""
        ui = self.ui
        if not (ui.toast_left > 0 and ui.toast_text and ui.stack):
            return None
        size, controls = self.window.get_size(), controls_of(ui, self.scene.widgets)
        return place_toast(ui, ui.toast_text, size, controls, ui.hints_top(self.scene.hints), ui.words.rects)

    def toast_in_the_way(self, placed: tuple[pygame.Rect, pygame.Surface] | None = None) -> bool:
        """The toast lies over controls, the screen having no clear place for words so long (a saved copy's folders in
        the largest text): then it gives way to the first click or key (see dispatch). `placed`: its place, when
        already found (see toast_place)."""
        placed = placed or self.toast_place()
        return placed is not None and placed[0].collidelist(controls_of(self.ui, self.scene.widgets)) >= 0

    # ---- the real loop ---------------------------------------------------------------

    def warm_up(self) -> None:
        """Once, right after the first frame: what it did not wait for (decks, rules, the next screens)."""
        from . import intents  # noqa: F401  # loading it is the point: input's classes, kept off the first frame

        self.ui.text.fonts.settle()
        self.ui.services.warm_up()
        self.ui.date_order  # noqa: B018  # read now, with nobody waiting, not as the first date is typed
        for scene in self.ui.stack:
            scene.warm_up()

    def run(self) -> int:
        self.step([], 0.0)  # paint first: the title shows before any input is read or anything more is loaded
        gc.enable()  # the game starts with the cyclic collector resting (see app.play): the first frame is out
        self.warm_up()
        clock = pygame.time.Clock()
        dt = 0.0
        while self.running:
            events = pygame.event.get()
            if not self.step(events, dt):
                break
            dt = clock.tick(ANIMATING_FPS if self.animating else IDLE_FPS) / 1000.0
        return 0
