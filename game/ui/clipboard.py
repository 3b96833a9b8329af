"""The system's clipboard, through SDL: the text it holds, and whether it held text too large to hand over."""

from __future__ import annotations

import pygame


def read() -> tuple[str | None, bool]:
    """The clipboard's text ('' when it gives none; None when there is no clipboard to ask), and whether it held
    text it did not hand over. SDL gives '' for a selection too large to pass: on X11, past about 1 MB, after
    waiting a second for it ("Selection timeout"); elsewhere it may say it has text and give none."""
    try:
        pygame.set_error("")
        text = str(pygame.scrap.get_text())
        if text:
            return text, False
        return "", "timeout" in pygame.get_error().lower() or bool(pygame.scrap.has_text())
    except pygame.error:
        return None, False


def put(text: str) -> None:
    try:
        pygame.scrap.put_text(text)
    except pygame.error:
        return
