"""The one place that reads pygame events and turns them into intents the scenes understand.

The shell, scenes and widgets import this module where they handle input, not at the top: building
these frozen dataclasses takes ~7 ms, which the first frame need not wait for.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame


@dataclass(frozen=True, slots=True)
class Intent:
    pass


@dataclass(frozen=True, slots=True)
class Confirm(Intent):
    """Enter: press the focused thing, or submit. Space, with no field focused, presses the focused thing too."""

    shift: bool = False
    space: bool = False  # pressed with Space: in the middle of typing it is a gap between words, not a choice


@dataclass(frozen=True, slots=True)
class Back(Intent):
    """Esc: close, cancel, go back."""


@dataclass(frozen=True, slots=True)
class FocusNext(Intent):
    reverse: bool = False


@dataclass(frozen=True, slots=True)
class Move(Intent):
    dx: int
    dy: int


@dataclass(frozen=True, slots=True)
class Text(Intent):
    text: str


@dataclass(frozen=True, slots=True)
class Composition(Intent):
    """IME text being composed, not yet committed."""

    text: str
    start: int


@dataclass(frozen=True, slots=True)
class Edit(Intent):
    """Cursor and deletion keys inside a text field."""

    op: str  # left, right, up, down, home, end, backspace, delete, select_all, copy, cut, paste, undo, save
    word: bool = False
    select: bool = False


@dataclass(frozen=True, slots=True)
class Key(Intent):
    """A plain key with no text field focused: digits pick options, letters are shortcuts."""

    char: str


@dataclass(frozen=True, slots=True)
class Point(Intent):
    pos: tuple[int, int]
    down: bool


@dataclass(frozen=True, slots=True)
class Hover(Intent):
    pos: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Drag(Intent):
    pos: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Wheel(Intent):
    dy: int


@dataclass(frozen=True, slots=True)
class Resize(Intent):
    size: tuple[int, int]


@dataclass(frozen=True, slots=True)
class ToggleFullscreen(Intent):
    pass


@dataclass(frozen=True, slots=True)
class DropFile(Intent):
    path: str


@dataclass(frozen=True, slots=True)
class Quit(Intent):
    pass


@dataclass(frozen=True, slots=True)
class Redraw(Intent):
    """The window was exposed or regained focus."""


_EDIT_KEYS = {
    pygame.K_LEFT: "left",
    pygame.K_RIGHT: "right",
    pygame.K_UP: "up",
    pygame.K_DOWN: "down",
    pygame.K_HOME: "home",
    pygame.K_END: "end",
    pygame.K_BACKSPACE: "backspace",
    pygame.K_DELETE: "delete",
}
_CTRL_EDITS = {
    pygame.K_a: "select_all",
    pygame.K_c: "copy",
    pygame.K_x: "cut",
    pygame.K_v: "paste",
    pygame.K_z: "undo",
    pygame.K_s: "save",
}
_MOVES = {pygame.K_LEFT: (-1, 0), pygame.K_RIGHT: (1, 0), pygame.K_UP: (0, -1), pygame.K_DOWN: (0, 1)}
_PAGES = {pygame.K_PAGEUP: "page_up", pygame.K_PAGEDOWN: "page_down"}  # a screen with a panel of its own scrolls it


def translate(event: pygame.event.Event, typing: bool) -> list[Intent]:
    """Intents for one event. `typing` is True while a text field has focus."""
    kind = event.type
    if kind == pygame.QUIT:
        return [Quit()]
    if kind in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
        size = (event.w, event.h) if kind == pygame.VIDEORESIZE else (event.x, event.y)
        return [Resize(size)]
    if kind in (pygame.WINDOWEXPOSED, pygame.WINDOWFOCUSGAINED, pygame.WINDOWRESTORED):
        return [Redraw()]
    if kind == pygame.DROPFILE:
        return [DropFile(event.file)]
    if kind == pygame.TEXTINPUT:
        return [Text(event.text)] if typing else [Key(event.text)]
    if kind == pygame.TEXTEDITING:
        return [Composition(event.text, event.start)] if typing else []
    if kind == pygame.MOUSEBUTTONDOWN and event.button == 1:
        return [Point(event.pos, True)]
    if kind == pygame.MOUSEBUTTONDOWN and event.button == pygame.BUTTON_X1:
        return [Back()]  # the mouse's back button (the thumb's, "button 8" on X11) goes back, as Esc does
    if kind == pygame.MOUSEBUTTONUP and event.button == 1:
        return [Point(event.pos, False)]
    if kind == pygame.MOUSEMOTION:
        return [Drag(event.pos)] if event.buttons[0] else [Hover(event.pos)]
    if kind == pygame.MOUSEWHEEL:
        return [Wheel(int(event.y))]
    if kind == pygame.KEYDOWN:
        return _key(event, typing)
    return []


#: Keys that act once each time they are pressed: held down (or repeated while the game was busy and the key let go
#: unseen), one Enter must not save a passphrase and then open the screen again behind it, nor Esc leave two screens.
_ONCE_A_PRESS = frozenset((pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_ESCAPE))


class Translator:
    """`translate`, plus the one thing it must remember between events: a shortcut already handled.

    A desktop sends Alt+X as the key and then, often, the text "x" too. Once the key has acted as
    a shortcut (pass, star…), that text must not land in the answer field, nor act a second time.
    Anything else (text after the key is let go, the next key, or different text such as AltGr's "€")
    goes through as before.
    """

    def __init__(self) -> None:
        self._handled: str | None = None
        self._held: set[int] = set()  # Enter or Esc down and not yet let go

    def __call__(self, event: pygame.event.Event, typing: bool) -> list[Intent]:
        if event.type == pygame.KEYDOWN and event.key in _ONCE_A_PRESS:
            if event.key in self._held:
                return []  # a repeat while it is held (or while the game was busy, say sealing answers): pressed once
            self._held.add(event.key)
        elif event.type == pygame.KEYUP:
            self._held.discard(event.key)
        elif event.type in (pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED):
            self._held.clear()  # let go of elsewhere: the next press is a press
        if event.type == pygame.TEXTINPUT:
            handled, self._handled = self._handled, None
            if handled is not None and event.text.lower() == handled:
                return []
        intents = translate(event, typing)
        if event.type == pygame.KEYDOWN:
            self._handled = _chord_letter(event) if intents else None
        elif event.type == pygame.KEYUP:
            self._handled = None  # the text a key types comes before the key is let go
        return intents


#: The keys the key hints name by a word or an arrow, and the key each presses.
_NAMED_KEYS = {
    "Esc": pygame.K_ESCAPE,
    "Enter": pygame.K_RETURN,
    "Tab": pygame.K_TAB,
    "Space": pygame.K_SPACE,
    "F11": pygame.K_F11,
    "PgUp": pygame.K_PAGEUP,
    "PgDn": pygame.K_PAGEDOWN,
    "←": pygame.K_LEFT,
    "→": pygame.K_RIGHT,
    "↑": pygame.K_UP,
    "↓": pygame.K_DOWN,
}
_MODIFIERS = {"Ctrl": pygame.KMOD_LCTRL, "Alt": pygame.KMOD_LALT, "Shift": pygame.KMOD_LSHIFT}


def hint_keys(words: str) -> list[str]:
    """The keys a key hint names, each as it is pressed: "Esc" is one, "←→" and "PgUp PgDn" two, "U / D" and
    "1 2 3" one a letter or digit. A range ("1–5", "1-4") stands for keys it does not show: none of them."""
    if "–" in words or (words.count("-") == 1 and words.replace("-", "").isdigit()):
        return []
    keys: list[str] = []
    for part in words.replace(" / ", " ").split():
        keys.extend(part if all(arrow in "←→↑↓" for arrow in part) else [part])
    return [key for key in keys if key_events(key)]


def key_events(key: str) -> list[pygame.event.Event]:
    """What a keyboard sends for one key as a hint names it ("Esc", "Alt+X", "Shift+Enter", "N"), to go through
    `Translator` just as typing it would: a click on the hint does what the key does. Empty for a name it does not know."""
    *held, name = key.split("+")
    if any(modifier not in _MODIFIERS for modifier in held):
        return []
    mod = 0
    for modifier in held:
        mod |= _MODIFIERS[modifier]
    text = ""
    if name in _NAMED_KEYS:
        code = _NAMED_KEYS[name]
    elif len(name) == 1 and name.isprintable() and not name.isspace():
        code = ord(name.lower())
        text = name.lower() if not mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT) else ""  # a chord types nothing
    else:
        return []
    events = [pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode=text, scancode=0)]
    if text:
        events.append(pygame.event.Event(pygame.TEXTINPUT, text=text))
    events.append(pygame.event.Event(pygame.KEYUP, key=code, mod=mod, unicode=text, scancode=0))
    return events


def _chord_letter(event: pygame.event.Event) -> str | None:
    """The letter of an Alt or Ctrl shortcut (not AltGr, which types characters), else None."""
    mods = getattr(event, "mod", 0)
    if mods & pygame.KMOD_MODE or not mods & (pygame.KMOD_ALT | pygame.KMOD_CTRL | pygame.KMOD_META):
        return None
    return chr(event.key) if pygame.K_a <= event.key <= pygame.K_z else None


def _key(event: pygame.event.Event, typing: bool) -> list[Intent]:
    key = event.key
    mods = getattr(event, "mod", 0)
    ctrl = bool(mods & (pygame.KMOD_CTRL | pygame.KMOD_META))
    shift = bool(mods & pygame.KMOD_SHIFT)
    letter = _chord_letter(event)
    if key == pygame.K_F11 or (key == pygame.K_RETURN and mods & pygame.KMOD_ALT):
        return [ToggleFullscreen()]
    if key == pygame.K_ESCAPE:
        return [Back()]
    if key == pygame.K_TAB:
        return [FocusNext(reverse=shift)]
    if key in (pygame.K_RETURN, pygame.K_KP_ENTER):
        return [Confirm(shift=shift)]
    if typing:
        if key in _EDIT_KEYS:
            return [Edit(_EDIT_KEYS[key], word=ctrl, select=shift)]
        if ctrl and key in _CTRL_EDITS:
            return [Edit(_CTRL_EDITS[key])]
        if letter is not None:
            # While a field has focus a plain letter is typing; with Alt (or Ctrl, where it is no edit) it is a shortcut.
            return [Key(letter)]
        return []
    if key in _MOVES:
        return [Move(*_MOVES[key])]
    if key in _PAGES:
        return [Key(_PAGES[key])]
    if key == pygame.K_SPACE:
        return [Confirm(space=True)]
    if ctrl and key == pygame.K_z:
        return [Key("undo")]
    if ctrl and key == pygame.K_s:
        return [Key("save")]
    if ctrl and key == pygame.K_v:
        return [Key("paste")]
    if letter is not None and mods & pygame.KMOD_ALT:
        return [Key(letter)]  # Alt+X passes here too, whether or not the desktop also sends the text "x"
    return []
