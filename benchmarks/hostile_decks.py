"""Decks just under the 5 MB limit in the shapes that once made the loader quadratic, and a plain one to compare.

Each hostile shape must be refused with its problems; the plain deck must load. Used by run.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

LIMIT = 5 * 1024 * 1024 - 4096  # just under the 5 MB a deck may be
HEAD = "format: 1\nid: big\nname: Big\n"


def _fill(head: str, unit: Callable[[int], str], tail: str = "") -> str:
    """`head`, then units 0, 1, 2, ... while the text stays under the limit, then `tail`; a unit of '' ends it early."""
    parts = [head]
    size = len(head) + len(tail)
    number = 0
    while True:
        piece = unit(number)
        if not piece or size + len(piece) > LIMIT:
            break
        parts.append(piece)
        size += len(piece)
        number += 1
    return "".join(parts) + tail


SHAPES: dict[str, Callable[[], str]] = {
    "unknown keys on the deck": lambda: _fill(HEAD, lambda i: f"unknown-key-{i}: 1\n", "cards:\n  - {id: a, text: Hi}\n"),
    "unknown keys on one card": lambda: _fill(HEAD + "cards:\n  - id: a\n    text: Hi\n", lambda i: f"    unknown-{i}: 1\n"),
    "a card with a huge list of mappings as tags": lambda: _fill(
        HEAD + "cards:\n  - id: a\n    text: Hi\n    tags:\n", lambda i: f"      - {{k: {i}}}\n"
    ),
    "a card with a huge list of tags": lambda: _fill(
        HEAD + "cards:\n  - id: a\n    text: Hi\n    tags:\n", lambda i: f"      - tag-{i}\n"
    ),
    "20,000 cards, each with a typo and a bad level": lambda: _fill(
        HEAD + "cards:\n", lambda i: f"  - {{id: c{i}, text: Why?, qiuz: x, level: {4 + i % 3}}}\n" if i < 20_000 else ""
    ),
    "20,000 cards with one id": lambda: _fill(
        HEAD + "cards:\n", lambda i: f"  - {{id: same, text: {'Why? ' * 40}}}\n" if i < 20_000 else ""
    ),
    "20,000 cards with unknown placeholders": lambda: _fill(
        HEAD + "cards:\n", lambda i: f"  - {{id: c{i}, text: '{'{nmae} ' * 30}'}}\n" if i < 20_000 else ""
    ),
}


def plain_deck() -> str:
    """A valid deck of 20,000 cards (the most a deck may hold), as close to 5 MB as that allows."""
    text = "How do you like to spend a slow Sunday morning together, and what would make it perfect? " * 2
    return _fill(HEAD + "cards:\n", lambda i: f"  - id: card-{i}\n    level: {1 + i % 3}\n    text: {text}\n" if i < 20_000 else "")


def seconds_to_load(path: Path, expect_problems: bool) -> float:
    from game.storage.deck_files import DeckError, load_deck_file

    start = time.perf_counter()
    try:
        load_deck_file(path)
    except DeckError as error:
        assert expect_problems, f"{path.name}: {error.problems[:3]}"
        assert len(error.problems) <= 201, f"{path.name}: {len(error.problems)} problems listed"
    else:
        assert not expect_problems, f"{path.name} loaded"
    return time.perf_counter() - start


def measure(folder: Path, runs: int) -> tuple[dict[str, float], float, dict[str, int]]:
    """Median seconds per hostile shape, the plain deck's median, and each file's size in bytes."""
    import statistics

    sizes: dict[str, int] = {}
    worst: dict[str, float] = {}
    for number, (shape, make) in enumerate(SHAPES.items()):
        path = folder / f"hostile-{number}.yaml"
        path.write_text(make(), encoding="utf-8")
        sizes[shape] = path.stat().st_size
        worst[shape] = statistics.median(seconds_to_load(path, True) for _ in range(runs))
    plain = folder / "plain.yaml"
    plain.write_text(plain_deck(), encoding="utf-8")
    sizes["plain"] = plain.stat().st_size
    return worst, statistics.median(seconds_to_load(plain, False) for _ in range(runs)), sizes
