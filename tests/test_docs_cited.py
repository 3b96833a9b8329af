"""Documents the code and the tests refer to live in the repository (docs/…, README.md), never elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The product brief's names and its section marks: documents that are not part of the project.
ELSEWHERE = re.compile(r"\b(DESIGN\.md|STYLE\.md|FINDINGS\.md|DESIGN §|STYLE §)")
CITED = re.compile(r"\b(docs/[A-Za-z_]+\.md|README\.md|ARCHITECTURE\.md|PRIVACY\.md|DECKS\.md|CARD_READ\.md|READ_BRIEF\.md)\b")


def sources() -> list[Path]:
    folders = ("game", "tests", "benchmarks", "tools", "packaging", "assets")
    found = [path for folder in folders for path in (ROOT / folder).rglob("*.py")]
    return [*sorted(path for path in found if "__pycache__" not in path.parts), ROOT / "main.py"]


def test_nothing_cites_a_document_outside_the_repository() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sources()
        if path.name != "test_docs_cited.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ELSEWHERE.search(line)
    ]
    assert not found, "cited but not in the project:\n" + "\n".join(found)


def test_every_document_cited_is_there() -> None:
    missing = set()
    for path in sources():
        for name in CITED.findall(path.read_text(encoding="utf-8")):
            where = ROOT / name if "/" in name or name == "README.md" else ROOT / "docs" / name
            if not where.exists():
                missing.add(f"{path.relative_to(ROOT)} cites {name}")
    assert not missing, sorted(missing)
