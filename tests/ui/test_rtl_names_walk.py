"""With right-to-left names, every sentence of the interface keeps its left-to-right order.

A Persian or Hebrew name at the start of "دریا, please look away for a moment." makes the whole line
read from the right (".please look away for a moment ,دریا") unless the name is isolated (see
game/core/direction.py). This walks every screen the layout test walks, with a Persian and a Hebrew
name and a long answer that starts in Persian, and reads each line of text the screens draw: none but
the answer's own may be laid out right to left while it holds English words outside an isolate.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.core.direction import FSI, PDI, quoted
from game.ui import layout_record
from game.ui.bidi import base_direction

from . import layout_walks
from .test_layout import WALKS, walk_pilot

RTL_NAMES = ("دریا", "נועה")
RTL_ANSWER = "گل\u200cهای تازه، and the rain on the canal"  # a Persian answer reads from the right, English and all
#: What a couple wrote, which reads from the right as it should: the answer, and the studio's card made from it.
CONTENT = (RTL_ANSWER, f"{RTL_ANSWER}, {{name}}?", *(f"{RTL_ANSWER}, {quoted(name)}?" for name in RTL_NAMES))
ISOLATED = re.compile(f"{FSI}[^{FSI}{PDI}]*{PDI}")
ENGLISH = re.compile(r"[A-Za-z]{2,}")


def outside_isolates(text: str) -> str:
    """`text` with every isolated span (innermost first) taken out."""
    while (shorter := ISOLATED.sub(" ", text)) != text:
        text = shorter
    return text


def reads_backwards(line: str) -> bool:
    """An interface line drawn right to left though it holds an English word outside any isolate."""
    return base_direction(line) == "rtl" and bool(ENGLISH.search(outside_isolates(line)))


def test_the_check_knows_a_backwards_line_from_a_kept_one() -> None:
    assert reads_backwards("دریا, please look away for a moment.")
    assert not reads_backwards(f"{FSI}دریا{PDI}, please look away for a moment.")
    assert not reads_backwards("چای عصر با مادرم")  # a Persian answer reads from the right, as it should
    assert not reads_backwards("Zoë, your turn")


@pytest.mark.parametrize("walk", sorted(WALKS))
def test_no_interface_line_reads_backwards_with_right_to_left_names(walk, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(layout_walks, "NAMES", RTL_NAMES)
    monkeypatch.setattr(layout_walks, "LONG_ANSWER", RTL_ANSWER)
    p = walk_pilot(tmp_path, (1280, 720))
    found: dict[str, str] = {}

    def look(state: str) -> None:
        p.step()
        for element in layout_record.capture(p.shell).elements:
            line = element.label
            own = any(line.strip() in words for words in CONTENT)  # a line of the answer, or of the card written from it
            if element.kind in ("text", "hint") and reads_backwards(line) and not own:
                found.setdefault(line, f"{state} ({type(p.scene).__name__})")

    try:
        {"game": layout_walks.walk_game, "date_night": layout_walks.walk_date_night, "studio": layout_walks.walk_studio}[walk](
            p, look
        )
    finally:
        p.close()
    assert not found, "\n".join(f"{where}: {line!r}" for line, where in found.items())
