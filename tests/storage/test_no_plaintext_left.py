"""No readable copy left behind: half-written exports go with the failure that stopped them or at the next start,
and a game stopped right after sealing tidies the log at its next start (issue 11, point 6)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from game.storage import atomic_files, keepsakes
from game.storage.exporting import export_to
from game.storage.store import Store

SECRET = "Marzipan under the stairs"
REPO = Path(__file__).resolve().parents[2]


def with_a_secret(root: Path, now: datetime) -> Store:
    store = Store.open(root, now)
    couple = store.couples.create([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")], now)
    store.settings.save("draft", {"where": "x", "text": SECRET}, couple_id=couple.id)
    return store


@pytest.mark.parametrize("stop", [KeyboardInterrupt, OSError(28, "No space left on device")])
def test_an_interrupted_export_leaves_no_hidden_temporary_file(
    data_root: Path, now: datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: BaseException
) -> None:
    store = with_a_secret(data_root, now)
    target = tmp_path / "out" / "everything.json"
    target.parent.mkdir()

    def stopped(*args: object) -> None:
        raise stop

    monkeypatch.setattr(atomic_files.os, "replace", stopped)
    with pytest.raises(type(stop) if isinstance(stop, BaseException) else stop):
        export_to(store, [], target, now, include_private=True)
    store.close()
    assert list(target.parent.iterdir()) == []


def test_an_interrupted_keepsake_leaves_no_partial_picture(data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    def stopped(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(keepsakes.os, "fsync", stopped)
    with pytest.raises(KeyboardInterrupt):
        keepsakes.save_keepsake(data_root, b"\x89PNG picture", now)
    assert list((data_root / "keepsakes").iterdir()) == []


def test_temporary_files_a_killed_kindred_left_are_removed_at_the_next_start(data_root: Path, now: datetime) -> None:
    with_a_secret(data_root, now).close()
    leftovers = [
        data_root / "exports" / ".kindred-2026-11-25-1930.json.tmp",
        data_root / "exports" / ".our-book-2026-11-25-1930.html.tmp",
        data_root / "decks" / ".ours.yaml.tmp",
        data_root / "keepsakes" / "date-night-2026-11-25-1930.png.part",
    ]
    theirs = [data_root / "decks" / "notes.tmp", data_root / "decks" / "ours.yaml", data_root / "exports" / "kept.json"]
    for path in [*leftovers, *theirs]:
        path.parent.mkdir(exist_ok=True)
        path.write_text(SECRET)
    with Store.open(data_root, now):
        assert [path for path in leftovers if path.exists()] == []
        assert all(path.exists() for path in theirs)


def raw_bytes(root: Path) -> bytes:
    return b"".join(path.read_bytes() for path in root.iterdir() if path.name.startswith("kindred.db"))


def test_a_game_killed_right_after_sealing_leaves_no_plain_copy_once_it_starts_again(data_root: Path, now: datetime) -> None:
    with_a_secret(data_root, now).close()
    assert SECRET.encode() in raw_bytes(data_root)
    # The passphrase is set (its transaction committed), then the game is killed before it tidies the file up.
    script = f"""
import os
from datetime import datetime
from pathlib import Path
from game.storage.database import Database
from game.storage.store import Store
Database.purge = lambda self: os._exit(9)
store = Store.open(Path({str(data_root)!r}), datetime.fromisoformat({now.isoformat()!r}))
store.locks.set_passphrase(1, "a long walk by the sea", datetime.fromisoformat({now.isoformat()!r}))
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    assert done.returncode == 9
    assert SECRET.encode() in raw_bytes(data_root)  # the old, unsealed pages are still in the file
    with Store.open(data_root, now) as store:
        assert SECRET.encode() not in raw_bytes(data_root)
        assert store.locks.is_locked(1) and store.locks.unlock(1, "a long walk by the sea", now)
        assert store.settings.read(1)["draft"]["text"] == SECRET
