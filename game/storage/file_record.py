"""The record of the files Kindred wrote into its data folder: how it knows its own, and takes back only those.

The data folder is shared with whatever the couple keeps there, and neither a name nor the first bytes of a file
prove who wrote it: a file of their own can be named like an export, and an export can be edited by hand into
their own words. So each time Kindred writes an export, a keepsake picture or a deck file into its folders, or
sets unreadable data aside, it notes the file's name (as it is in the data folder: "exports/our-book-….html"), size and SHA-256 in
`kindred-files.json` beside the store. A file is Kindred's while it is byte for byte what was noted
(`Record.proves`); anything else (changed, renamed, never noted) is not, and erase leaves it. A record that is
missing or cannot be read proves nothing: every file stays.

`older` names what looked like Kindred's (by name and first bytes, as an older Kindred knew its own files) when the
record began in a folder an older Kindred had used: those stay too, and erase says where they came from.

Why a file of its own, and not a table in the store:
- A store SQLite can no longer read is set aside whole. A record kept inside it would be set aside with it, and
  the copy set aside could not be noted in the very file being set aside; beside it, both stay known.
- The command line says what an erase takes before it opens the store and takes its lock, so the record is read
  without SQLite.
- A passphrase seals a couple's answers in the store; the record holds none (names, sizes and hashes of files
  that are never sealed), so erase needs no passphrase, whoever is locked.
- Copied to another machine with the data folder, its names still hold (they are relative); a file changed on the
  way is no longer proven.
It is written whole, beside itself first, then swapped in (never half a record). Two programs may note files at
once (the game, and `kindred deck new` on the command line beside it), so each reads, changes and writes the record
while holding a lock of its own, `.kindred-files.lock` (`held_record`): the second waits a moment for the first,
and no note is lost. It goes with erase.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from .atomic_files import write_bytes_atomically
from .file_lock import FileLock, LockHeld

RECORD_NAME = "kindred-files.json"
#: The record on its way to being written (see write_bytes_atomically).
RECORD_TEMPORARY = f".{RECORD_NAME}.tmp"
#: Held while the record is read, changed and written (see held_record).
RECORD_LOCK = ".kindred-files.lock"
#: How long a writer waits for another to finish with the record, in seconds: one note takes milliseconds.
RECORD_WAIT = 5.0
#: Said when the record stays held longer than that (an OSError's words, as a full disk's are).
RECORD_BUSY = "another Kindred is noting its files just now and has not finished"
#: What Kindred writes: an export from the game, a date night's keepsake picture, unreadable data set aside.
EXPORT, KEEPSAKE, SET_ASIDE = "export", "keepsake", "set-aside"
#: A deck file in the decks folder: one Kindred made, and one it saved over that the couple made (see deck_record).
DECK, THEIR_DECK = "deck", "their-deck"
_KINDS = (EXPORT, KEEPSAKE, SET_ASIDE, DECK, THEIR_DECK)
_FORMAT = 1


class Proof(NamedTuple):
    kind: str
    size: int
    sha256: str
    couple: int | None = None  # whose words it holds: one couple's export or keepsake ("erase only us" takes it)


class Record(NamedTuple):
    """Each file Kindred wrote, by its name in the data folder; and what an older Kindred seems to have left."""

    written: Mapping[str, Proof]
    older: frozenset[str]

    def proves(self, root: Path, path: Path) -> bool:
        """`path` is a file (never a link) Kindred wrote and nobody changed since: the name, size and SHA-256 noted."""
        proof = self.written.get(name_in(root, path))
        if proof is None:
            return False
        try:
            info = os.lstat(path)
        except OSError:
            return False
        return stat.S_ISREG(info.st_mode) and info.st_size == proof.size and _digest(path) == proof.sha256

    def names(self, kind: str) -> list[str]:
        return sorted(name for name, proof in self.written.items() if proof.kind == kind)


def name_in(root: Path, path: Path) -> str:
    """How the record names `path`: relative to the data folder, with forward slashes on every system."""
    return path.relative_to(root).as_posix()


def _digest(path: Path) -> str | None:
    import hashlib  # only when a file is noted or proven, never to draw the first frame

    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def read_record(root: Path) -> Record | None:
    """The record, or None when there is none or it cannot be read whole (then nothing is proven)."""
    path = root / RECORD_NAME
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):  # a decoding error is a ValueError too
        return None
    return _parsed(data)


def _parsed(data: object) -> Record | None:
    if not isinstance(data, dict) or data.get("kindred_files") != _FORMAT:
        return None
    written, older = data.get("written"), data.get("older")
    if not isinstance(written, dict) or not isinstance(older, list) or not all(isinstance(name, str) for name in older):
        return None
    proofs = {}
    for name, entry in written.items():
        if not isinstance(entry, dict):
            return None
        kind, size, sha256, couple = entry.get("kind"), entry.get("size"), entry.get("sha256"), entry.get("couple")
        if kind not in _KINDS or type(size) is not int or not isinstance(sha256, str):
            return None
        if couple is not None and type(couple) is not int:
            return None
        proofs[name] = Proof(str(kind), size, sha256, couple)
    return Record(proofs, frozenset(older))


def _entry(proof: Proof) -> dict[str, object]:
    """A proof as the record writes it: whose it is only when it is one couple's (a record from before had none)."""
    entry = proof._asdict()
    if proof.couple is None:
        del entry["couple"]
    return entry


def _write(root: Path, record: Record) -> None:
    data = {
        "kindred_files": _FORMAT,
        "written": {name: _entry(proof) for name, proof in sorted(record.written.items())},
        "older": sorted(record.older),
    }
    write_bytes_atomically(root / RECORD_NAME, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


_holding = threading.local()  # the data folders whose record this thread holds now: held once, however nested


@contextmanager
def held_record(root: Path) -> Iterator[None]:
    """Hold the record of `root` for reading, changing and writing it, so that another program (or thread) noting a
    file at the same moment waits rather than writing over this note. Held already by this thread, it is held on.
    Raises OSError (saying RECORD_BUSY) when another holds it for longer than RECORD_WAIT."""
    held: set[Path] = _holding.__dict__.setdefault("roots", set())
    if root in held:
        yield
        return
    lock = FileLock(root / RECORD_LOCK)
    deadline = time.monotonic() + RECORD_WAIT
    while True:
        try:
            lock.acquire()
            break
        except LockHeld:
            if time.monotonic() >= deadline:
                raise OSError(errno.EBUSY, RECORD_BUSY, str(root / RECORD_NAME)) from None
            time.sleep(0.01)
    held.add(root)
    try:
        yield
    finally:
        held.discard(root)
        lock.release()


def begin_record(root: Path, older: Iterable[str] = ()) -> None:
    """Start a record that notes no file yet (replacing one that cannot be read); raises OSError."""
    with held_record(root):
        _write(root, Record({}, frozenset(older)))


def note_written(root: Path, paths: Iterable[Path], kind: str, couple: int | None = None) -> None:
    """Note files Kindred has just written, as they are now, and whose words they hold (`couple`: one couple's, or None
    for every couple's or none); raises OSError when the record cannot be written. The record is held from reading it
    to writing it: a note another program makes meanwhile is kept, not written over."""
    with held_record(root):
        record = read_record(root) or Record({}, frozenset())
        written = dict(record.written)
        for path in paths:
            digest = _digest(path)
            if digest is None:
                raise OSError(f"Kindred could not read back {path}")
            written[name_in(root, path)] = Proof(kind, os.lstat(path).st_size, digest, couple)
        _write(root, Record(written, record.older))


def claim_written(root: Path, path: Path, kind: str, couple: int | None = None) -> Path:
    """Note `path`, an export or keepsake Kindred has just written (of `couple`, or None: of every couple). When the
    record cannot be written, the file is removed again and the error raised: Kindred leaves nothing in its folders it
    could not later prove its own."""
    try:
        note_written(root, [path], kind, couple)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def forget_written(root: Path, names: Iterable[str]) -> None:
    """Take the notes of files Kindred has deleted out of the record (erase only us); the rest stay as they were."""
    with held_record(root):
        record = read_record(root)
        if record is None:
            return
        gone = set(names)
        _write(root, Record({name: proof for name, proof in record.written.items() if name not in gone}, record.older))


def forget_record(root: Path) -> None:
    """Delete the record (erase), held while it goes: from now on nothing is proven until Kindred writes again."""
    with held_record(root):
        for path in (root / RECORD_NAME, root / RECORD_TEMPORARY, root / RECORD_LOCK):
            if not path.is_dir() or path.is_symlink():  # a folder by that name is not Kindred's
                with contextlib.suppress(PermissionError):  # Windows keeps the held lock file: the next erase takes it
                    path.unlink(missing_ok=True)
