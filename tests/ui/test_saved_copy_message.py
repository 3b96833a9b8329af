"""A long message over Settings (one naming two folders, as a passphrase's leftovers do): in a small window at the
largest text it cannot find a clear place and lies over Settings' rows. Then it gives way: the first click or key
takes it away, and the click still reaches the control under it (Esc only takes the message away). Where it covers
nothing, it stays its time. (A saved copy says where it went in a dialog of its own, which stays until "Done".)
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui.widgets import Toggle

from .pilot import Pilot


def saved_copy(pilots: Callable[..., Pilot], size: tuple[int, int], text_size: str) -> Pilot:
    p: Pilot = pilots(at_home=True, size=size)
    p.shell.ui.set("text_size", text_size)
    p.shell.ui.set("reduced_motion", True)
    p.click("Settings")
    p.click("Export a copy…")
    p.click("Export")
    assert p.scene.question == "Your copy is saved"
    p.click("Done")
    folders = f"{p.shell.ui.services.exports_folder()} and {p.shell.ui.services.data_folder()}"
    p.shell.ui.toast(
        f"Two copies of earlier exports, our-book-2026-11-25-1930.html and kindred-2026-11-25-1930.json, are still in"
        f" {folders}: a passphrase cannot seal them, so remove them there if you want them gone."
    )
    assert p.scene_name == "SettingsScene"
    return p


def covered(p: Pilot) -> list[Toggle]:
    box = p.shell.toast_rect()
    assert box is not None
    return [w for w in p.scene.widgets if isinstance(w, Toggle) and w.label != "Fullscreen" and box.collidepoint(w.rect.center)]


def test_a_click_on_a_row_under_the_message_reaches_the_row_and_takes_the_message_away(pilots: Callable[..., Pilot]) -> None:
    p = saved_copy(pilots, (960, 540), "largest")
    under = covered(p)
    assert under, "the message at 960×540 in the largest text covers none of Settings' switches"
    row = under[0]
    was = row.value
    p.click_at(row.rect.center)
    assert p.shell.toast_rect() is None
    assert p.scene.widget(row.label).value is not was  # type: ignore[union-attr]


def test_a_key_takes_the_message_away_and_does_what_it_does(pilots: Callable[..., Pilot]) -> None:
    p = saved_copy(pilots, (960, 540), "largest")
    focus = p.scene.focus
    p.press(pygame.K_TAB)
    assert p.shell.toast_rect() is None and p.scene.focus != focus


def test_esc_takes_the_message_away_and_stays_in_settings(pilots: Callable[..., Pilot]) -> None:
    p = saved_copy(pilots, (960, 540), "largest")
    p.press(pygame.K_ESCAPE)
    assert p.shell.toast_rect() is None and p.scene_name == "SettingsScene"
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "HomeScene"


def test_where_the_message_covers_nothing_it_stays_its_time(pilots: Callable[..., Pilot]) -> None:
    p = saved_copy(pilots, (1280, 720), "medium")
    assert not p.shell.toast_in_the_way() and not covered(p)
    p.press(pygame.K_TAB)
    assert p.shell.toast_rect() is not None
