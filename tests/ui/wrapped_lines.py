"""Reading wrapped text as it is drawn: every block a screen draws, with each line's runs in drawn order.

`seen_and_read` states what a reader expects of an English sentence that ends by quoting a couple's words in
Persian or Hebrew: the English from the left, the quoted words from the right as one piece, their punctuation
where it was typed, wherever the lines break.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pygame

from game.ui.bidi import CONTROLS, seen
from game.ui.text import Line, TextStyle

from .pilot import Pilot


@contextmanager
def wrapped_text(p: Pilot) -> Iterator[dict[str, list[Line]]]:
    """Every block of text drawn meanwhile, by its words, with its lines as they are drawn."""
    renderer = p.shell.ui.text
    block = renderer.block
    found: dict[str, list[Line]] = {}

    def noting(text: str, style: TextStyle, color: tuple[int, int, int], width: int, align: str = "left") -> pygame.Surface:
        found[text] = renderer.laid_out(text, style, width)
        return block(text, style, color, width, align)

    renderer.block = noting  # type: ignore[method-assign]
    try:
        yield found
    finally:
        del renderer.block


def seen_and_read(found: dict[str, list[Line]], starts: str, words: str) -> tuple[list[str], list[str]]:
    """The lines of the block that starts with `starts` and ends with the quoted `words`, as drawn from left to
    right, and as a reader expects them: the English lead from the left, the quoted words from the right."""
    [text] = [text for text in found if text.startswith(starts) and shown(text).endswith(words)]
    lead = shown(text)[: -len(words)]
    expected = []
    for line in found[text]:
        cut = max(0, min(len(line.text), len(lead) - line.start))  # where the line leaves the English
        expected.append(line.text[:cut] + shown(line.text[cut:])[::-1])
    return [seen(line.runs) for line in found[text]], expected


def shown(text: str) -> str:
    """`text` without the marks that steer its order and draw nothing."""
    return "".join(char for char in text if char not in CONTROLS)
