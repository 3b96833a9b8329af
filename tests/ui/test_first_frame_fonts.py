"""The first frame readies one face per font file (see game/ui/fonts.py, FontBook), and looks exactly as it would without."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pygame
import pytest

from .pilot import Pilot

NOW = datetime(2026, 5, 1, 20, 0, tzinfo=UTC)


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every pygame Font the game makes, by file name and size, in order."""
    found: list[tuple[str, int]] = []
    real = pygame.font.Font

    def counted(path: str, size: int) -> pygame.font.Font:
        found.append((Path(path).name, size))
        return real(path, size)

    monkeypatch.setattr(pygame.font, "Font", counted)
    return found


@pytest.mark.parametrize("text_size", ["medium", "largest"])
def test_the_first_frame_makes_one_font_per_file_and_looks_the_same_with_a_font_per_size(
    tmp_path: Path, made: list[tuple[str, int]], text_size: str
) -> None:
    p = Pilot(tmp_path, NOW)  # builds the shell and takes its first step: the title, drawn and flipped
    p.shell.ui.set("text_size", text_size)
    p.close()
    made.clear()
    p = Pilot(tmp_path, NOW)
    first = pygame.image.tobytes(p.shell.window, "RGB")
    assert p.shell.frames_drawn == 1
    # The title's two files (Lora, Noto Sans), each once, for its five sizes and weights.
    assert sorted(name for name, _ in made) == ["Lora[wght].ttf", "NotoSans[wght].ttf"]

    p.shell.warm_up()  # right after the first frame: a font of its own for each size, readied
    assert len(made) == 2 + 5
    again = len(made)
    p.shell.ui.dirty = True
    p.step()
    assert len(made) == again  # the second frame uses the fonts warm_up made
    assert pygame.image.tobytes(p.shell.window, "RGB") == first
    p.close()
