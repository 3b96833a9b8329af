"""Each step up of the text size makes Settings larger, never smaller: rows, buttons and the gaps between them grow
(or stay) and the words under the title stay the same words. The − and + keep their places at every size, so a
click near the edge of one lands on it again after the page reflows."""

from __future__ import annotations

from itertools import pairwise

import pytest

from game.ui.scenes.settings import SIZES, SettingsScene
from game.ui.stepper import Stepper
from game.ui.widgets import Button

from .pilot import Pilot

WINDOWS = [(1280, 720), (1216, 720), (1280, 800), (960, 540)]


def settings_at(pilots, size: tuple[int, int], text_size: str, couple: bool = True) -> Pilot:  # type: ignore[no-untyped-def]
    p = pilots(at_home=couple, size=size)
    p.shell.ui.set("text_size", text_size)
    p.shell.ui.push(SettingsScene(p.shell.ui, getattr(p.scene, "couple", None) if couple else None))
    p.step()
    return p


def measures(p: Pilot) -> dict[str, int]:
    rows = p.scene.widgets[:-1]
    buttons = [w.rect for w in rows if isinstance(w, Button)]
    right = sorted((w.rect for w in rows if w.rect.left > p.scene.widgets[1].rect.right), key=lambda r: r.top)
    gaps = [lower.top - upper.bottom for upper, lower in pairwise(right)]
    return {
        "shortest row": min(w.rect.height for w in rows),
        "button height": min(r.height for r in buttons),
        "narrowest gap between right-hand rows": min(gaps),
        "Done height": p.scene.widgets[-1].rect.height,
        "Done width": p.scene.widgets[-1].rect.width,
    }


@pytest.mark.parametrize("size", WINDOWS)
@pytest.mark.parametrize("couple", [True, False])
def test_every_step_up_grows_the_rows_buttons_and_gaps(pilots, size, couple) -> None:
    before: dict[str, int] | None = None
    words: list[str] | None = None
    for text_size in SIZES:
        p = settings_at(pilots, size, text_size, couple)
        now = measures(p)
        said = [text for text, *_ in p.scene.words]
        if before is not None:
            shrunk = {name: (before[name], now[name]) for name in now if now[name] < before[name]}
            assert not shrunk, f"{size}, {text_size}: smaller than one size down {shrunk}"
            assert said == words, f"{size}, {text_size}: the words under the title changed"
        before, words = now, said


@pytest.mark.parametrize("size", WINDOWS)
def test_a_click_near_the_edge_of_minus_lands_on_it_at_every_size(pilots, size) -> None:
    p = settings_at(pilots, size, "largest")
    less = next(w for w in p.scene.widgets if isinstance(w, Stepper)).parts(p.shell.ui)[0]
    spot = (less.left + 2, less.bottom - 3)  # near its corner, where a smaller − used to leave
    for expected in reversed(SIZES[:-1]):
        p.click_at(spot)
        assert p.shell.ui.settings["text_size"] == expected, f"at {size} the click after {expected} missed"
