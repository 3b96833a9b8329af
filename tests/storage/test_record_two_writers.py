"""The record of Kindred's files with two writers at once: `kindred deck new` on the command line while the game,
open beside it, notes an export. Each reads, changes and writes `kindred-files.json`; held from reading to writing,
no note is lost to the other's write, and the file is whole JSON whenever it is read."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
from pathlib import Path

import pytest

from game import cli
from game.storage.deck_record import MADE, deck_standing, write_deck
from game.storage.erasing import contents
from game.storage.file_record import EXPORT, RECORD_LOCK, RECORD_NAME, held_record, note_written, read_record

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork-style processes")

NOTES = 60  # each writer's: enough that two unheld writers lose some of each other's, every time
DECK = "id: d{n}\nname: D{n}\ncards: []\n"


def _decks(root: str, start: multiprocessing.synchronize.Barrier) -> None:
    """As `kindred deck new`, again and again."""
    folder = Path(root) / "decks"
    start.wait()
    for n in range(NOTES):
        write_deck(folder / f"d{n}.yaml", DECK.format(n=n))


def _exports(root: str, start: multiprocessing.synchronize.Barrier) -> None:
    """As the game saving exports, again and again."""
    folder = Path(root) / "exports"
    start.wait()
    for n in range(NOTES):
        path = folder / f"kindred-2026-11-25-1930-{n + 2}.json"
        path.write_text(json.dumps({"n": n}))
        note_written(Path(root), [path], EXPORT)


def test_two_programs_noting_files_at_once_lose_no_note(tmp_path: Path) -> None:
    root = tmp_path / "kindred-data"
    for folder in ("decks", "exports"):
        (root / folder).mkdir(parents=True)
    (root / RECORD_NAME).write_text('{"kindred_files": 1, "written": {}, "older": []}\n')
    fork = multiprocessing.get_context("fork")
    start = fork.Barrier(3)
    writers = [fork.Process(target=job, args=(str(root), start)) for job in (_decks, _exports)]
    for writer in writers:
        writer.start()
    start.wait()
    reads = 0
    while any(writer.is_alive() for writer in writers):
        json.loads((root / RECORD_NAME).read_bytes())  # whole JSON whenever it is read, never half a record
        reads += 1
    for writer in writers:
        writer.join()
        assert writer.exitcode == 0
    record = read_record(root)
    assert record is not None
    assert sorted(record.written) == sorted(
        [f"decks/d{n}.yaml" for n in range(NOTES)] + [f"exports/kindred-2026-11-25-1930-{n + 2}.json" for n in range(NOTES)]
    )
    assert all(deck_standing(root, root / "decks" / f"d{n}.yaml", record) == MADE for n in range(NOTES))
    assert reads > 0


def _hold(root: str, held: multiprocessing.synchronize.Event, done: multiprocessing.synchronize.Event) -> None:
    with held_record(Path(root)):
        held.set()
        done.wait()


def test_deck_new_says_so_when_the_record_stays_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program holding the record longer than a moment: the deck is written, and the couple is told an erase
    will leave it, since Kindred could not note it as its own."""
    monkeypatch.setattr("game.storage.file_record.RECORD_WAIT", 0.0)
    root = tmp_path / "kindred-data"
    root.mkdir()
    fork = multiprocessing.get_context("fork")
    held, done = fork.Event(), fork.Event()
    holder = fork.Process(target=_hold, args=(str(root), held, done))
    holder.start()
    try:
        held.wait()
        out = io.StringIO()
        assert cli.deck_new(root, "Rainy Sundays", out, io.StringIO()) == 0
    finally:
        done.set()
        holder.join()
    said = out.getvalue()
    assert "Wrote" in said and "erasing Kindred will leave it" in said
    deck = root / "decks" / "rainy-sundays.yaml"
    assert deck.exists() and deck in contents(root).their_decks
    assert (root / RECORD_LOCK).exists()
