"""Quiz me's words keep to the screen's margins and never leave a name alone on a line (playtest J, Quiz me).

The quiz summary's heading ran to both edges of the window ("Something new learned about each other."),
and Quiz me's first line wrapped so that a name stood alone on the last ("…17 for / נועה.").
"""

from __future__ import annotations

import pytest

from .drawn import frame
from .tour import evenings_then_days_off, play_turn, start

NAMES = ("Shirin", "נועה")


def _quiz_me(p) -> None:  # type: ignore[no-untyped-def]
    evenings_then_days_off(p)
    p.click(next(label for label in p.labels() if label.startswith("Quiz me")))


def _lines(p) -> list[str]:  # type: ignore[no-untyped-def]
    """Every line of every wrapped block of words the screen draws, as the renderer breaks it."""
    renderer, blocks = p.shell.ui.text, []
    block = renderer.block

    def noting(text, style, color, width, align="left"):  # type: ignore[no-untyped-def]
        blocks.append((text, style, width))
        return block(text, style, color, width, align)

    renderer.block = noting
    try:
        p.shell.draw()
    finally:
        del renderer.block
    return [line for text, style, width in blocks for line in renderer.wrap(text, style, width)]


@pytest.mark.parametrize("size", [(960, 540), (1280, 720), (1920, 1080)])
@pytest.mark.parametrize("text_size", ["medium", "larger", "largest"])
def test_quiz_me_s_first_line_never_leaves_a_name_alone(data_root, now, size, text_size) -> None:
    p = start(data_root, now, names=NAMES, size=size)
    try:
        p.shell.ui.set("text_size", text_size)
        _quiz_me(p)
        assert p.scene_name == "SetupScene" and "memories that are due" in p.scene.quiz_lines()[0]
        lines = _lines(p)
        assert any("memories that are due" in line for line in lines)
        assert not [line for line in lines if line.strip(" .,\u2068\u2069") in NAMES], lines
    finally:
        p.close()


@pytest.mark.parametrize("size", [(960, 540), (1280, 720)])
@pytest.mark.parametrize("text_size", ["medium", "largest"])
def test_the_quiz_summary_heading_keeps_the_margins_of_the_panel_under_it(data_root, now, size, text_size) -> None:
    p = start(data_root, now, names=NAMES, size=size)
    try:
        p.shell.ui.set("text_size", text_size)
        _quiz_me(p)
        p.click("Start the quiz")
        for _ in range(200):
            if p.scene_name != "PlayScene":
                break
            play_turn(p)
        assert p.scene_name == "SummaryScene"
        title = p.scene.title()
        drawn = frame(p)
        heading = [d for d in drawn if d.by == "SummaryScene" and d.text.replace("\u00a0", " ") in title]
        assert heading and " ".join(d.text.replace("\u00a0", " ") for d in heading).split() == title.split(), heading
        t = p.shell.ui.theme
        margin = min(t.px(60), (size[0] - t.px(860)) // 2)  # as the panel under it: 60 either side, or 860 wide
        for line in heading:
            assert line.ink.left >= margin - 2 and line.ink.right <= size[0] - margin + 2, (line, margin)
    finally:
        p.close()
