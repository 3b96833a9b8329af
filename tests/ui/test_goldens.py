"""Golden screenshots: the screens look as approved. Rewrite them only on purpose:

    python3 -m pytest tests/ui/test_goldens.py --update-goldens

then look at every changed PNG before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.core.cards import Kind

from .tour import play_turn, start

GOLDENS = Path(__file__).parent / "goldens"
SIZE = (960, 540)
#: Pixels allowed to differ: even an accent (e → ë) in small text alters 8 or more.
PIXEL_BUDGET = 4
TOLERANCE = 24  # per channel: ignores sub-pixel anti-aliasing noise, never a changed glyph


def differing_pixels(a: pygame.Surface, b: pygame.Surface) -> int:
    """Pixels whose colour differs by more than TOLERANCE in any channel."""
    if a.get_size() != b.get_size():
        return a.get_width() * a.get_height()
    width, height = a.get_size()
    bytes_a, bytes_b = pygame.image.tobytes(a, "RGB"), pygame.image.tobytes(b, "RGB")
    stride = width * 3
    count = 0
    for y in range(height):
        row_a = bytes_a[y * stride : (y + 1) * stride]
        row_b = bytes_b[y * stride : (y + 1) * stride]
        if row_a == row_b:
            continue
        for x in range(0, stride, 3):
            if max(abs(row_a[x + i] - row_b[x + i]) for i in range(3)) > TOLERANCE:
                count += 1
    return count


def test_the_budget_catches_a_one_character_change():
    pygame.font.init()
    font = pygame.font.Font(None, 24)
    before = pygame.Surface(SIZE)
    after = pygame.Surface(SIZE)
    for surface, word in ((before, "Got it"), (after, "Got if")):
        surface.fill((246, 237, 227))
        surface.blit(font.render(word, True, (59, 42, 34)), (100, 100))
    assert differing_pixels(before, before.copy()) == 0
    assert differing_pixels(before, after) > PIXEL_BUDGET


def answering_aloud(session) -> bool:
    """The share screen: an ask card one of you answers aloud (not a quiz, a hand-over or an action)."""
    return session.phase.value == "answer" and not session.current.is_quiz and session.current_card().kind is Kind.ASK


@pytest.fixture(scope="module")
def screens(tmp_path_factory, request):
    """Walk the game once and keep a screenshot of each screen worth guarding."""
    from datetime import UTC, datetime

    folder = tmp_path_factory.mktemp("goldens")
    now = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    p = start(folder / "data", now, names=("Zoë", "Nguyễn Thị Ánh"), seed=11, size=SIZE)
    p.shell.ui.set("reduced_motion", True)
    p.shell.ui.set("sound", False)
    shots: dict[str, Path] = {}

    def keep(name: str) -> None:
        shots[name] = p.screenshot(folder / f"{name}.png")

    keep("home")
    p.click("Play")
    keep("setup")
    p.click("Deal the cards")
    seen = set()
    for _ in range(40):
        if p.scene_name != "PlayScene":
            break
        session = p.scene.session
        tag = ("quiz-" if session.current.is_quiz else "") + session.phase.value
        if answering_aloud(session) and "play-share" not in shots:
            keep("play-share")  # the first card one of you answers aloud, whichever the deal puts first
        if tag in ("private", "reveal", "quiz-guess", "quiz-judge", "quiz-reveal") and tag not in seen:
            seen.add(tag)
            keep(f"play-{tag}")
        if tag == "private" and "curtain" not in seen:
            seen.add("curtain")
            p.press(pygame.K_RETURN)
            keep("curtain")
            p.press(pygame.K_ESCAPE)
        play_turn(p)
    keep("summary")
    p.press(pygame.K_RETURN)
    p.click("Our story")
    keep("story")
    p.press(pygame.K_ESCAPE)
    # Three days on, Quiz me: answers are quizzed once they have rested, never in the round they were given.
    p.later(days=3)
    p.scene.refresh()
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))
    p.click("Start the quiz")
    for _ in range(20):
        if p.scene_name != "PlayScene" or "play-quiz-guess" in shots:
            break
        if p.scene.session.phase.value == "guess":
            keep("play-quiz-guess")
            break
        play_turn(p)
    while p.scene_name != "HomeScene":
        p.press(pygame.K_ESCAPE)
        if p.scene_name == "ConfirmScene":
            p.click("Go home")
    p.shell.ui.set("theme", "dark")
    p.click("Settings")
    keep("settings-dark")
    p.close()
    return shots


NAMES = [
    "home",
    "setup",
    "play-share",
    "curtain",
    "play-private",
    "play-reveal",
    "play-quiz-guess",
    "summary",
    "story",
    "settings-dark",
]


LARGER_NAMES = ["home-larger", "setup-larger", "play-share-larger", "summary-larger", "settings-larger"]


@pytest.fixture(scope="module")
def larger_screens(tmp_path_factory):
    """The main screens again at the "Larger" text size, the one people with poor eyesight choose."""
    from datetime import UTC, datetime

    folder = tmp_path_factory.mktemp("goldens-larger")
    now = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    p = start(folder / "data", now, names=("Zoë", "Nguyễn Thị Ánh"), seed=11, size=SIZE)
    p.shell.ui.set("reduced_motion", True)
    p.shell.ui.set("sound", False)
    p.shell.ui.set("text_size", "larger")
    shots: dict[str, Path] = {}

    def keep(name: str) -> None:
        shots[name] = p.screenshot(folder / f"{name}.png")

    keep("home-larger")
    p.click("Play")
    keep("setup-larger")
    p.click("Deal the cards")
    for _ in range(40):
        if p.scene_name != "PlayScene":
            break
        if answering_aloud(p.scene.session) and "play-share-larger" not in shots:
            keep("play-share-larger")
        play_turn(p)
    keep("summary-larger")
    p.press(pygame.K_RETURN)
    p.click("Settings")
    keep("settings-larger")
    p.close()
    return shots


@pytest.mark.parametrize("name", LARGER_NAMES)
def test_screen_at_larger_text_matches_its_golden(larger_screens, name, request):
    assert name in larger_screens, f"the tour never reached {name}"
    assert_matches_golden(larger_screens[name], name, request)


def assert_matches_golden(actual_path: Path, name: str, request: pytest.FixtureRequest) -> None:
    """Compare a screenshot with goldens/NAME.png; with --update-goldens, make it the new golden instead.

    On a mismatch, NAME-comparison.png beside the screenshot shows the golden, the screenshot and where
    they differ, side by side, so a person sees at once what changed.
    """
    actual = pygame.image.load(str(actual_path))
    golden_path = GOLDENS / f"{name}.png"
    if request.config.getoption("--update-goldens"):
        pygame.image.save(actual, str(golden_path))
        return
    if not golden_path.exists():
        pytest.fail(f"No golden for {name}; run with --update-goldens and look at {golden_path}")
    expected = pygame.image.load(str(golden_path))
    changed = differing_pixels(actual, expected)
    if changed > PIXEL_BUDGET:
        comparison = actual_path.with_name(f"{name}-comparison.png")
        pygame.image.save(side_by_side(expected, actual), str(comparison))
        pytest.fail(
            f"{name}: {changed} pixels differ (budget {PIXEL_BUDGET}); "
            f"the golden, this run and the differences side by side: {comparison}"
        )


def side_by_side(expected: pygame.Surface, actual: pygame.Surface) -> pygame.Surface:
    """One picture: the golden, the screenshot, and the golden faded with every differing pixel in magenta."""
    width = max(expected.get_width(), actual.get_width())
    height = max(expected.get_height(), actual.get_height())
    pygame.font.init()
    font = pygame.font.Font(None, 28)
    caption = font.get_linesize() + 8
    gap = 12
    sheet = pygame.Surface((3 * width + 2 * gap, height + caption))
    sheet.fill((255, 255, 255))
    for column, (title, picture) in enumerate(
        (("golden", expected), ("this run", actual), ("differences", differences(expected, actual)))
    ):
        left = column * (width + gap)
        sheet.blit(font.render(title, True, (40, 20, 10)), (left + 4, 4))
        sheet.blit(picture, (left, caption))
    return sheet


def differences(expected: pygame.Surface, actual: pygame.Surface) -> pygame.Surface:
    """The golden faded to grey, with the pixels that differ by more than TOLERANCE marked in magenta."""
    width = max(expected.get_width(), actual.get_width())
    height = max(expected.get_height(), actual.get_height())
    out = pygame.Surface((width, height))
    out.fill((255, 0, 255))  # where one picture is larger than the other, all of it differs
    faded = pygame.transform.grayscale(expected)
    faded.set_alpha(90)
    base = pygame.Surface(expected.get_size())
    base.fill((255, 255, 255))
    base.blit(faded, (0, 0))
    out.blit(base, (0, 0))
    if expected.get_size() != actual.get_size():
        return out
    raw_a, raw_b = pygame.image.tobytes(expected, "RGB"), pygame.image.tobytes(actual, "RGB")
    stride = width * 3
    for y in range(height):
        row_a, row_b = raw_a[y * stride : (y + 1) * stride], raw_b[y * stride : (y + 1) * stride]
        if row_a == row_b:
            continue
        for x in range(width):
            i = 3 * x
            if max(abs(row_a[i + k] - row_b[i + k]) for k in range(3)) > TOLERANCE:
                out.set_at((x, y), (255, 0, 255))
    return out


@pytest.mark.parametrize("name", NAMES)
def test_screen_matches_its_golden(screens, name, request):
    assert name in screens, f"the tour never reached {name}"
    assert_matches_golden(screens[name], name, request)


def test_a_mismatch_shows_golden_actual_and_differences_side_by_side():
    golden = pygame.Surface((40, 20))
    golden.fill((246, 237, 227))
    changed = golden.copy()
    changed.fill((59, 42, 34), pygame.Rect(10, 5, 6, 4))
    sheet = side_by_side(golden, changed)
    assert sheet.get_width() == 3 * 40 + 2 * 12
    top = sheet.get_height() - 20
    assert sheet.get_at((0, top + 10))[:3] == (246, 237, 227)  # the golden, as it was
    assert sheet.get_at((52 + 12, top + 6))[:3] == (59, 42, 34)  # this run, as drawn
    marks = [(x, y) for x in range(40) for y in range(20) if sheet.get_at((104 + x, top + y))[:3] == (255, 0, 255)]
    assert len(marks) == 24 and all(10 <= x < 16 and 5 <= y < 9 for x, y in marks)
