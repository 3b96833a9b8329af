"""The window fits the screen: it opens no larger than the screen has room for, at the size it was left at, goes
back to that size out of fullscreen, and on a screen smaller than the game's smallest size takes what there is."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from game.ui.window import DEFAULT_SIZE, MIN_SIZE, opening_size, room, smallest

from .pilot import Pilot
from .test_layout import walk

LAPTOP = (1024, 600)  # the playtest's small laptop
WIDE = (1920, 1080)


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch) -> Callable[[tuple[int, int]], None]:
    """Pretend the window opens on a screen of this size."""

    def on(size: tuple[int, int]) -> None:
        monkeypatch.setattr(pygame.display, "get_desktop_sizes", lambda: [size])

    return on


def minimum_size() -> tuple[int, int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return tuple(pygame.Window.from_display_module().minimum_size)  # type: ignore[return-value]


def resize(p: Pilot, size: tuple[int, int]) -> None:
    """The couple drags the window's corner."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        pygame.Window.from_display_module().size = size
    p.step([pygame.event.Event(pygame.VIDEORESIZE, w=size[0], h=size[1], size=size)])


def keep(root: Path, now, **settings: object) -> None:  # type: ignore[no-untyped-def]
    """Settings as an earlier evening left them."""
    from game.storage.store import Store

    store = Store.open(root, now)
    for key, value in settings.items():
        store.settings.save(key, value)
    store.close()


def test_the_first_window_is_no_larger_than_the_screen_has_room_for() -> None:
    assert opening_size(None, WIDE) == DEFAULT_SIZE
    assert opening_size(None, LAPTOP) == room(LAPTOP) == (960, 520)
    assert opening_size(None, None) == DEFAULT_SIZE  # no screen size known: as ever


def test_a_kept_size_is_fitted_to_the_screen_and_never_below_the_smallest() -> None:
    assert opening_size((1100, 650), WIDE) == (1100, 650)
    assert opening_size((3000, 2000), WIDE) == room(WIDE)
    assert opening_size((500, 300), WIDE) == MIN_SIZE
    assert smallest(WIDE) == MIN_SIZE
    assert smallest((800, 600)) == room((800, 600)) == (736, 520), "a smaller screen: all the room there is"


def test_on_a_small_laptop_the_window_opens_inside_the_screen(pilots, screen) -> None:
    screen(LAPTOP)
    p = pilots(size=None)
    assert p.shell.window.get_size() == (960, 520)
    assert p.shell.ui.theme.size == (960, 520)
    assert minimum_size() == (960, 520)


def test_the_size_the_window_was_left_at_is_the_size_it_opens_at(pilots, screen) -> None:
    screen(WIDE)
    p = pilots(size=None, at_home=True)
    assert p.shell.window.get_size() == DEFAULT_SIZE
    resize(p, (1100, 650))
    p.advance(3.0)  # a quiet moment once it has settled
    p = pilots(size=None)  # closes the first: the next evening
    assert p.shell.window.get_size() == (1100, 650)


def test_a_kept_size_larger_than_this_screen_opens_fitted_to_it(pilots, screen, data_root, now) -> None:
    keep(data_root, now, window_width=1900, window_height=1060)  # kept on a larger screen
    screen((1366, 768))
    p = pilots(size=None)
    assert p.shell.window.get_size() == room((1366, 768)) == (1302, 688)


def test_turning_fullscreen_off_goes_back_to_the_kept_size(pilots, screen, data_root, now) -> None:
    keep(data_root, now, fullscreen=True, window_width=1100, window_height=650)
    screen(WIDE)
    p = pilots(size=None, fullscreen=None)
    assert p.shell.fullscreen
    p.shell.ui.on_fullscreen(False)  # as Settings' switch does
    p.step()
    assert p.shell.window.get_size() == (1100, 650)
    assert minimum_size() == MIN_SIZE


def test_a_fullscreen_size_is_never_kept(pilots, screen) -> None:
    screen(WIDE)
    p = pilots(size=None, at_home=True)
    resize(p, (1100, 650))
    p.press(pygame.K_F11)
    p.advance(3.0)
    assert p.shell.fullscreen
    assert (p.shell.ui.settings["window_width"], p.shell.ui.settings["window_height"]) == (1100, 650)
    p.press(pygame.K_F11)
    assert p.shell.window.get_size() == (1100, 650)


@pytest.mark.parametrize(("name", "text_size"), [("game", "medium"), ("game", "largest"), ("studio", "largest")])
def test_every_screen_holds_in_the_room_of_an_800_by_600_screen(tmp_path, screen, name: str, text_size: str) -> None:
    """Below the game's smallest size only where the screen leaves no more: what the playtest laid out at 800×600."""
    screen((800, 600))
    looker = walk(name, room((800, 600)), text_size, tmp_path / "data", ["warm"])  # type: ignore[arg-type]
    assert looker.p.shell.ui.theme.size == (736, 520), "the window took the room there is"
    assert looker.states >= 10
    assert not looker.found, "\n".join(sentence for _, sentence in looker.found)
