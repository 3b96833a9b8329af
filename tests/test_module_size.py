"""No module of the game grows past 450 lines: past that, it holds more than one idea and wants splitting."""

from __future__ import annotations

from pathlib import Path

GAME = Path(__file__).resolve().parents[1] / "game"
MOST_LINES = 450


def lines_of(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(1 for _ in handle)


def too_long(folder: Path, most: int = MOST_LINES) -> list[str]:
    sizes = {path: lines_of(path) for path in sorted(folder.rglob("*.py"))}
    return [f"{path.relative_to(folder.parent)}: {lines}" for path, lines in sizes.items() if lines > most]


def test_no_module_in_game_is_over_450_lines():
    assert too_long(GAME) == []


def test_the_size_check_names_a_module_one_line_over(tmp_path: Path):
    package = tmp_path / "game"
    (package / "core").mkdir(parents=True)
    (package / "core" / "long.py").write_text("x = 1\n" * (MOST_LINES + 1), encoding="utf-8")
    (package / "short.py").write_text("x = 1\n" * MOST_LINES, encoding="utf-8")
    assert too_long(package) == [f"game/core/long.py: {MOST_LINES + 1}"]
