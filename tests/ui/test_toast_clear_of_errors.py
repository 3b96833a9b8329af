"""A toast never lies over the message under a field that says what is wrong with it.

A field's error is drawn by the field itself, below it, where the screen leaves room for it. It was blitted
straight onto the window and so was not among the screen's words (words_drawn.py): on Settings' passphrase
screen, at 960×540 in the largest text, a toast shown then took the foot of the window over "The two don't
match." The error is now noted as it is drawn, and the toast keeps clear of it as of the screen's other words.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame
import pytest

from game.ui.layout_record import capture

from .pilot import Pilot
from .test_toast_over_words import SAVED


def _passphrases_that_differ(p: Pilot) -> str:
    p.click("Settings")
    p.click("Passphrase: off")
    p.type("sea air at dawn ")
    p.press(pygame.K_TAB)
    p.type("sea air at dawn")
    p.click("Lock our answers")
    assert p.scene_name == "PassphraseScene", p.scene_name
    return str(p.scene.second.error)


def _a_deck_with_no_name(p: Pilot) -> str:
    p.click("Deck studio")
    p.click("New deck")
    p.click("Create deck")
    assert p.scene_name == "DeckFormScene", p.scene_name
    return str(next(w.error for w in p.scene.widgets if getattr(w, "error", "")))


@pytest.mark.parametrize("to", [_passphrases_that_differ, _a_deck_with_no_name], ids=["passphrase", "deck form"])
@pytest.mark.parametrize(("size", "text_size"), [((1280, 720), "larger"), ((960, 540), "largest")])
def test_a_toast_leaves_a_field_s_error_in_sight(
    pilots: Callable[..., Pilot], to: Callable[[Pilot], str], size: tuple[int, int], text_size: str
) -> None:
    p = pilots(at_home=True, size=size)
    p.shell.ui.set("text_size", text_size)
    error = to(p)
    assert error, "the form refused, and says why under the field"
    p.shell.ui.toast(SAVED)
    drawn = capture(p.shell)
    [toast] = [e for e in drawn.elements if e.kind in ("toast", "toast_giving_way")]
    [message] = [e for e in drawn.elements if e.kind == "text" and e.label == error]
    assert any(noted.contains(message.rect) for noted in p.shell.ui.words.rects), "the error is among the screen's words"
    assert not message.rect.colliderect(toast.rect), f"the toast {tuple(toast.rect)} lies over the error"
    assert pygame.Rect((0, 0), size).contains(toast.rect)
