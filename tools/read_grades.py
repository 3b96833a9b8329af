"""The grades of reads written to docs/READ_BRIEF.md, one line a read and one for the set.

    python3 tools/read_grades.py READ-1.md READ-2.md ...

Enjoyable is the mean of the cards' enjoyable grades; "5s" and "3 or lower" are the shares of
cards graded so; the score is the reader's own, out of 10. The set's line pools every card.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROW = re.compile(r"^\|\s*(\d+)\s*\|[^|]*\|\s*([1-5])\s*\|")
SCORE = re.compile(r"^Score:\s*\**\s*(\d+(?:\.\d+)?)\s*/\s*10", re.MULTILINE)


@dataclass(frozen=True)
class Read:
    name: str
    enjoyable: tuple[int, ...]
    score: float | None


def read_of(path: Path) -> Read:
    """One read's enjoyable grades, in its table's order, and its score (None where it gave none)."""
    text = path.read_text(encoding="utf-8")
    grades = tuple(int(match.group(2)) for line in text.splitlines() if (match := ROW.match(line.strip())))
    found = SCORE.search(text)
    return Read(path.stem, grades, float(found.group(1)) if found else None)


def summary(name: str, grades: Sequence[int], scores: Sequence[float]) -> str:
    """One line: how many cards, their enjoyable mean, the shares of 5s and of 3 or lower, the scores and their mean."""
    if not grades:
        return f"{name}: no graded cards"
    mean = sum(grades) / len(grades)
    fives = sum(grade == 5 for grade in grades) / len(grades)
    low = sum(grade <= 3 for grade in grades) / len(grades)
    told = " ".join(f"{score:g}" for score in scores)
    average = f" ({sum(scores) / len(scores):.2f})" if scores else ""
    return f"{name}: {len(grades)} cards, enjoyable {mean:.2f}, 5s {fives:.1%}, 3 or lower {low:.1%}, score {told or '-'}{average}"


def main(argv: Sequence[str] | None = None) -> int:
    paths = [Path(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    if not paths:
        print(__doc__)
        return 2
    reads = [read_of(path) for path in paths]
    for read in reads:
        print(summary(read.name, read.enjoyable, [read.score] if read.score is not None else []))
    if len(reads) > 1:
        pooled = [grade for read in reads for grade in read.enjoyable]
        print(summary("all", pooled, [read.score for read in reads if read.score is not None]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
