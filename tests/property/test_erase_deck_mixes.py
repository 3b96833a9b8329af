"""Erase over random mixes of decks (playtest F, findings 1 and 2): it takes exactly the unchanged ones Kindred made.

Each example fills a decks folder with Kindred's own writers and the couple's editor: decks made by `deck new`, the
studio, an import of a list or of a deck file; some then changed in an editor (any one byte, or a value rewritten in
place so that Kindred's layout is kept) or saved again in the studio; decks written by hand, some of them then saved
in the studio. Erase removes exactly the decks Kindred made and still holds as it last wrote them; every other deck
is there afterwards byte for byte, and the listing said before the question names each of them.
"""

from __future__ import annotations

import io
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game import cli
from game.storage.deck_library import DeckLibrary
from game.storage.erasing import contents
from game.storage.store import Store
from tests.erase_folders import editor_deck, small_deck, studio_changed

NOW = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]
MADE = ("deck-new", "studio", "import-list", "import-deck-file")
BY_HAND = ("hand-written", "hand-written-then-studio")
#: What happens to a deck Kindred made afterwards: nothing, a save in the studio, or an edit in an editor.
FATES = ("kept", "studio-again", "byte", "in-place")


def library(root: Path) -> DeckLibrary:
    books = DeckLibrary(REPO / "decks", root / "decks")
    books.load()
    return books


def made(root: Path, origin: str, n: int, outside: Path) -> Path:
    """A deck Kindred writes, by the way the couple asked for it."""
    if origin == "deck-new":
        out = io.StringIO()
        assert cli.deck_new(root, f"Starter {n}", out, io.StringIO()) == 0
        return Path(out.getvalue().removeprefix("Wrote ").strip())
    if origin == "studio":
        return library(root).save(small_deck(f"studio-{n}", f"Studio {n}"))
    outside.mkdir(exist_ok=True)
    if origin == "import-list":
        (source := outside / f"list-{n}.txt").write_text(f"Questions {n}\n- What made you laugh today?\n- Tea or coffee?\n")
    else:
        source = editor_deck(outside.parent / "elsewhere", f"file-{n}")
        source.write_text(source.read_text(encoding="utf-8").replace("Our own questions", f"Brought {n}"), encoding="utf-8")
    outcome = library(root).import_file(str(source))
    assert outcome.imported, outcome.problems
    return Path(outcome.path or "")


def edited(path: Path, fate: str, where: int, flip: int) -> None:
    data = bytearray(path.read_bytes())
    if fate == "byte":
        data[where % len(data)] ^= flip
        path.write_bytes(bytes(data))
    else:  # a value rewritten where it stands: every line of Kindred's layout kept
        path.write_bytes(bytes(data).replace(b"\nname: ", b"\nname: Our ", 1))


@settings(max_examples=25, deadline=None)
@given(
    decks=st.lists(
        st.tuples(st.sampled_from(MADE + BY_HAND), st.sampled_from(FATES), st.integers(0, 10_000), st.integers(1, 255)),
        min_size=1,
        max_size=6,
    )
)
def test_erase_takes_exactly_the_unchanged_decks_kindred_made(decks: list[tuple[str, str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as where:
        root, outside = Path(where) / "kindred", Path(where) / "outside"
        Store.open(root, NOW).close()
        going: list[Path] = []
        staying: dict[Path, bytes] = {}
        for n, (origin, fate, at, flip) in enumerate(decks):
            if origin in BY_HAND:
                path = editor_deck(root, f"by-hand-{n}")
                if origin == "hand-written-then-studio":
                    studio_changed(root, path)
                staying[path] = b""
                continue
            path = made(root, origin, n, outside)
            if fate == "studio-again":
                studio_changed(root, path)
            elif fate in ("byte", "in-place"):
                edited(path, fate, at, flip)
            if fate in ("kept", "studio-again"):
                going.append(path)
            else:
                staying[path] = b""
        staying = {path: path.read_bytes() for path in staying}
        found = contents(root)
        assert sorted(found.decks) == sorted(going)
        assert sorted(found.their_decks) == sorted(staying)
        listing = found.listing()
        for path in (*going, *staying):
            assert f"  decks/{path.name}" in listing
        assert cli.erase(root, True, input, NOW, io.StringIO(), io.StringIO()) == 0
        assert [path for path in going if path.exists()] == []
        assert {path: path.read_bytes() for path in staying if path.exists()} == staying
