"""Golden screenshots of the deck studio. Rewrite them only on purpose:

    python3 -m pytest tests/ui/test_studio_goldens.py --update-goldens

then look at every changed PNG before committing it. The built-in decks are two fixed
ones written here, so a change to the game's own decks never moves these pixels.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pygame
import pytest

from .test_goldens import SIZE, assert_matches_golden
from .test_studio import choose, settle
from .tour import start

BUILT_IN = {
    "small-talk.yaml": """format: 1
id: small-talk
name: Small Talk
description: Easy questions for any evening.
color: "#5b8fd9"
cards:
  - id: best-part
    text: What was the best part of your day?
  - id: tea-or-coffee
    kind: both
    text: Tea or coffee, first thing?
    answer: choice
    options: [Tea, Coffee]
""",
    "big-dreams.yaml": """format: 1
id: big-dreams
name: Big Dreams
description: Where we hope to be, one day.
color: "#5aab4b"
cards:
  - id: ten-years
    level: 3
    text: Where do you see us in ten years, {name}?
    quiz: Where does {name} see us in ten years?
""",
}


@pytest.fixture(scope="module")
def screens(tmp_path_factory):
    """Walk the studio once and keep a screenshot of each screen worth guarding."""
    folder = tmp_path_factory.mktemp("studio-goldens")
    built_in = folder / "built-in"
    built_in.mkdir()
    for name, text in BUILT_IN.items():
        (built_in / name).write_text(text, encoding="utf-8")
    patch = pytest.MonkeyPatch()
    patch.setattr("game.services.builtin_decks_dir", lambda: built_in)
    now = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    p = start(folder / "data", now, names=("Zoë", "Nguyễn Thị Ánh"), seed=11, size=SIZE)
    p.shell.ui.set("reduced_motion", True)
    p.shell.ui.set("sound", False)
    shots: dict[str, Path] = {}

    def keep(name: str) -> None:
        p.advance(4.0)  # no toast in the picture
        shots[name] = p.screenshot(folder / f"{name}.png")

    p.click("Deck studio")
    p.click("New deck")
    p.type("Rainy Sundays")
    p.press(pygame.K_TAB)
    p.type("Slow questions for slow days.")
    p.click("Lagoon")
    p.press(pygame.K_TAB)
    keep("studio-new-deck")
    p.click("Create deck")
    for text in ("What does a perfect rainy day look like for you, {name}?", "Blanket fort or a walk in the rain?"):
        p.click("Add a card")
        p.type(text)
        p.click("Save card")
    p.click("Add a card")
    choose(p, "Kind", "scenario")
    p.click("Card text")
    p.type("We're caught in a downpour, miles from home. What do you want from {partner}?")
    choose(p, "Depth", "2")
    p.click("Add an option")
    p.type("Run for it, holding hands")
    p.press(pygame.K_RETURN)
    p.type("Find us the nearest café")
    p.press(pygame.K_RETURN)
    p.type("Laugh and give up on {staying} dry")
    keep("studio-card")
    p.shell.ui.set("theme", "dark")
    keep("studio-card-dark")
    p.shell.ui.set("theme", "warm")
    for _ in range(len("{staying} dry")):
        p.press(pygame.K_BACKSPACE)
    p.type("staying dry")
    p.press(pygame.K_s, mod=pygame.KMOD_CTRL)
    p.press(pygame.K_UP)
    keep("studio-deck")
    p.press(pygame.K_ESCAPE)
    keep("studio-list")
    p.shell.ui.set("theme", "high_contrast")
    keep("studio-list-high-contrast")
    p.shell.ui.set("theme", "warm")
    p.press(pygame.K_DOWN)
    p.press(pygame.K_DOWN)
    p.press(pygame.K_RETURN)
    keep("studio-deck-built-in")
    p.press(pygame.K_ESCAPE)
    bad = folder / "our questions.csv"
    rows = "text,kind,level\nWhat made you smile?,ask,1\nDance it out,dance,1\nWhat scares you?,ask,deep-ish\n"
    bad.write_text(rows, encoding="utf-8")
    p.step([pygame.event.Event(pygame.DROPFILE, file=str(bad))])
    settle(p)
    keep("studio-import-problems")
    p.press(pygame.K_ESCAPE)
    sample = Path(__file__).resolve().parents[1] / "import_samples" / "our-list.md"
    p.step([pygame.event.Event(pygame.DROPFILE, file=str(sample))])
    settle(p)
    p.press(pygame.K_DOWN, times=5)
    keep("studio-import-preview")
    p.close()
    patch.undo()
    return shots


NAMES = [
    "studio-new-deck",
    "studio-card",
    "studio-card-dark",
    "studio-deck",
    "studio-list",
    "studio-list-high-contrast",
    "studio-deck-built-in",
    "studio-import-problems",
    "studio-import-preview",
]


@pytest.mark.parametrize("name", NAMES)
def test_studio_screen_matches_its_golden(screens, name, request):
    assert name in screens, f"the studio tour never reached {name}"
    assert_matches_golden(screens[name], name, request)
