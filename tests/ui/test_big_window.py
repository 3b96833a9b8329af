"""A big window gives room at the larger text sizes: Settings and the dialogs show whole, without scrolling.

Testers found the passphrase dialog at Larger scrolling at 1920×1080 just as at 960×540, its button half in
view: the words grew with the window and with the text size at once, so a big window was only the small
one blown up. Now the chosen enlargement is spent where room is short (theme.Theme.words), a dialog too
tall for its box first widens where there is width to spare, and Settings draws snug rows (each line of
two only as tall as its own rows need) under shorter words before it scrolls: at 1600×900 and 1920×1080
it does not scroll at any text size, with one couple or two. The layout walks check the rest there
(tests/ui/test_layout.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pygame
import pytest

from game.ui import layout_record
from game.ui.scroll import ScrollArea
from game.ui.theme import TEXT_SIZES, Theme
from game.ui.widgets import Button

from .layout_rules import cut_at_top, problems
from .pilot import Pilot

FULL_HD = (1920, 1080)


def at(pilots: Callable[..., Pilot], size: tuple[int, int], text_size: str) -> Pilot:
    p: Pilot = pilots(at_home=True, size=size)
    p.shell.ui.set("text_size", text_size)
    p.shell.ui.set("reduced_motion", True)
    return p


@pytest.mark.parametrize("text_size", list(TEXT_SIZES))
def test_full_hd_shows_settings_and_the_passphrase_dialog_whole_at_every_text_size(
    pilots: Callable[..., Pilot], text_size: str
) -> None:
    p = at(pilots, FULL_HD, text_size)
    p.click("Settings")
    assert not p.scene.scroller.scrolls, f"Settings scrolls at {text_size}"  # type: ignore[attr-defined]
    for label in ("Passphrase: off", "Export a copy…", "Erase everything…", "Done"):
        assert p.widget(label).rect.bottom <= p.shell.hints_rect().top, label
    p.click("Passphrase: off")
    assert p.scene_name == "PassphraseScene"
    assert not p.scene.page.scrolls, f"the passphrase dialog scrolls at {text_size}"  # type: ignore[attr-defined]
    button = p.widget("Lock our answers")
    assert p.scene.box.contains(button.rect)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text_size", list(TEXT_SIZES))
def test_1600_by_900_shows_settings_and_the_passphrase_dialog_whole_at_every_text_size(
    pilots: Callable[..., Pilot], text_size: str
) -> None:
    p = at(pilots, (1600, 900), text_size)
    p.click("Settings")
    assert not p.scene.scroller.scrolls, f"Settings scrolls at {text_size}"  # type: ignore[attr-defined]
    p.click("Passphrase: off")
    assert not p.scene.page.scrolls, f"the passphrase dialog scrolls at {text_size}"  # type: ignore[attr-defined]


@pytest.mark.parametrize("text_size", list(TEXT_SIZES))
@pytest.mark.parametrize("size", [(1600, 900), FULL_HD], ids=lambda v: f"{v[0]}x{v[1]}")
def test_settings_of_two_couples_shows_every_row_without_scrolling_on_a_big_window(
    pilots: Callable[..., Pilot], size: tuple[int, int], text_size: str
) -> None:
    """With another couple on the laptop there is one row more (Erase only us): it still fits, with no scroll."""
    p = at(pilots, size, text_size)
    p.services.create_couple([("Amara", "#e0905f"), ("Kofi", "#5b8fd9")])
    p.click("Settings")
    assert "Erase only us…" in p.labels()
    scroller = p.scene.scroller  # type: ignore[attr-defined]
    assert not scroller.scrolls, f"Settings scrolls by {scroller.limit} px at {text_size}"
    for label in ("Erase only us…", "Erase everything…", "Done"):
        assert p.widget(label).rect.bottom <= p.shell.hints_rect().top, label


def test_settings_at_the_largest_text_keeps_its_header_to_a_quarter_of_a_1280_by_720_window(
    pilots: Callable[..., Pilot],
) -> None:
    """The title and the words under it were a third of the window at Largest; the rows now begin within a quarter,
    and the shorter words still say what a passphrase seals and what stays readable."""
    p = at(pilots, (1280, 720), "largest")
    p.click("Settings")
    scene = p.scene
    header = max(box.bottom for _words, _style, box, _color, _align in scene.words)  # type: ignore[attr-defined]
    first_row = min(widget.rect.top for widget in scene.widgets[:-1])
    assert header <= first_row <= 720 // 4, (header, first_row)
    said = " ".join(words for words, *_ in scene.words)  # type: ignore[attr-defined]
    assert "for everyone on this laptop" in said and "each couple's own" in said
    assert "seals your answers" in said and "stay readable" in said


@pytest.mark.parametrize("size", [(1280, 720), FULL_HD, (3840, 2160)])
def test_words_keep_their_order_and_a_bigger_window_still_draws_them_larger(size: tuple[int, int]) -> None:
    body = [Theme("warm", size, scale).style("body").size for scale in TEXT_SIZES.values()]
    assert body == sorted(body) and len(set(body)) == len(body), body
    medium = Theme("warm", size, TEXT_SIZES["medium"]).style("body").size
    assert medium == Theme("warm", (1280, 720)).style("body").size * size[1] // 720  # Medium: the window's scale
    if size != (1280, 720):
        small, big = (Theme("warm", s, TEXT_SIZES["largest"]).style("body").size for s in ((1280, 720), size))
        assert small < big < small * size[1] / 720, "largest: larger on a bigger window, but not blown up with it"


def test_words_up_to_1280_by_720_are_as_they_were() -> None:
    for size in ((960, 540), (1024, 600), (1280, 720)):
        theme = Theme("warm", size, TEXT_SIZES["largest"])
        assert theme.style("body").size == round(19 * theme.unit * TEXT_SIZES["largest"])


def test_an_area_that_scrolls_though_all_it_holds_fits_the_window_is_reported(pilots: Callable[..., Pilot]) -> None:
    """The rule can fail: a 200 px area scrolling 100 px in a full-HD window is needless; one of 1000 px is not."""
    p = at(pilots, FULL_HD, "medium")
    needless, needed = ScrollArea(), ScrollArea()
    needless.fit(pygame.Rect(40, 40, 400, 200), 300, [])
    needed.fit(pygame.Rect(600, 40, 400, 200), 1200, [])

    def draw(surface: pygame.Surface) -> None:  # the two areas alone on the screen
        for area in (needless, needed):
            with area.clipped(surface):
                pass

    p.scene.draw = draw  # type: ignore[method-assign]
    found = list(problems(layout_record.capture(p.shell), 30))
    assert any("(40, 40, 400, 200) scrolls by 100 px" in s for s in found), found
    assert not any("(600, 40, 400, 200)" in s for s in found), found


def test_a_control_cut_at_the_top_of_a_scrolled_area_is_reported(pilots: Callable[..., Pilot]) -> None:
    p = at(pilots, (960, 540), "medium")
    area = ScrollArea()
    area.fit(pygame.Rect(40, 100, 400, 200), 600, [])
    cut, whole = Button("Half above the fold", lambda: None), Button("Whole", lambda: None)
    cut.rect, whole.rect = pygame.Rect(60, 80, 300, 50), pygame.Rect(60, 150, 300, 50)
    real = p.scene.draw

    def draw(surface: pygame.Surface) -> None:
        real(surface)
        with area.clipped(surface):
            for button in (cut, whole):
                button.draw(surface, p.shell.ui, False, False)

    p.scene.draw = draw  # type: ignore[method-assign]
    found = list(cut_at_top(layout_record.capture(p.shell)))
    assert any("'Half above the fold'" in s and "starts cut at the top" in s for s in found), found
    assert not any("'Whole'" in s for s in found), found
