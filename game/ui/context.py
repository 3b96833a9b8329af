"""What widgets and drawing helpers reach of the UI: its looks, text, sound and clipboard.

A protocol, so the widgets and drawing helpers depend on this small module rather than on the
scene stack or the shell that hold them (and the stack can hold widgets without a circle).
"""

from __future__ import annotations

from typing import Protocol

from .sound import Sound
from .text import TextRenderer
from .theme import Theme
from .words_drawn import WordsDrawn


class Context(Protocol):
    theme: Theme
    text: TextRenderer
    sound: Sound
    #: Set when something changed that needs drawing.
    dirty: bool
    #: Where the screen on top drew its own words in the last frame.
    words: WordsDrawn

    def clipboard_put(self, text: str) -> None: ...

    def clipboard_get(self) -> str: ...
