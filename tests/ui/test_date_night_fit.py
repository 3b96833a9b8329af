"""Date night's clock and the play screen's side share a small window without overlapping.

When the time left has no room beside the key hints (the largest text in a 960×540 window) it sits a
row above them, at the bottom right, under the side beside the card: the side stops above it, and
what does not fit scrolls.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from game.ui.date_night_view import arc_top
from game.ui.scenes.date_night_play import DateNightPlayScene

from .date_night_tour import run_evening, set_up
from .pilot import Pilot
from .tour import start


def test_the_side_stops_above_the_clock_when_the_clock_sits_above_the_key_hints(tmp_path: Path, now: datetime) -> None:
    raised: list[str] = []
    # The clock is lifted only on frames whose hints are wide (while someone types a free answer), so whether an
    # evening has such a frame depends on the cards it deals. Evenings are played, each by a new couple with its
    # own seed, until one has: every frame of every evening played is checked on the way.
    for seed in range(7, 13):
        p = start(tmp_path / f"kindred-data-{seed}", now, seed=seed, size=(960, 540))
        try:
            play_checking_each_frame(p, raised)
        finally:
            p.close()
        if raised:
            break
    assert raised, "the clock never sat above the key hints: the test looked at nothing"


def play_checking_each_frame(p: Pilot, raised: list[str]) -> None:
    """One evening at the largest text size, with the side and the clock checked on every frame of play."""
    p.shell.ui.set("text_size", "largest")
    set_up(p, minutes=60, caps=(3, 2))

    def check(name: str, scene: DateNightPlayScene) -> None:
        top = arc_top(p.shell.ui, scene.evening.evening, scene.hints)
        if top is None:
            return
        raised.append(name)
        assert scene.viewport.bottom <= top, f"{name}: the side reaches {scene.viewport.bottom}, the clock starts at {top}"
        shown = [w for w in scene.scroller.members if w.visible and w.rect.colliderect(scene.viewport)]
        assert all(w.rect.clip(scene.viewport).bottom <= top for w in shown), name

    # Every frame of the evening is looked at, not only each screen's first: while someone types, the hints grow
    # ("Shift+Enter new line", Alt+ chords) and lift the clock a row.
    step = p.step

    def stepping(*args: Any, **kwargs: Any) -> bool:
        going = step(*args, **kwargs)
        scene = p.shell.ui.stack[-1] if p.shell.ui.stack else None
        if isinstance(scene, DateNightPlayScene):
            check(f"{scene.session.phase.value}, typing {scene.typing()}", scene)
        return going

    p.step = stepping  # type: ignore[method-assign]
    run_evening(p, minutes_per_turn=4.0)
