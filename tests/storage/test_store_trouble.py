"""The store at start: only a truly corrupt file is set aside; busy, read-only or foreign files are left exactly
as they were with a plain message, and the data folder is Kindred's only where Kindred made it (issue 11, 9 and 11)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from game.storage import store as store_module
from game.storage import store_trouble
from game.storage.paths import DB_NAME
from game.storage.store import Store, StoreBusy, StoreError

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534


def couple_in(root: Path, now: datetime) -> None:
    with Store.open(root, now) as store:
        store.couples.create([("Zoë", "#e07a5f"), ("Łukasz", "#3d9a8b")], now)


def files_of(root: Path) -> dict[str, bytes]:
    """The store's files, byte for byte (Kindred's empty lock file aside)."""
    return {path.name: path.read_bytes() for path in sorted(root.iterdir()) if path.is_file() and path.name != "kindred.lock"}


@contextmanager
def holding_the_store(path: Path, seconds: float | None) -> Iterator[subprocess.Popen[str]]:
    """Another program (as a `sqlite3` shell would) holding an exclusive lock on the store; None: until we are done."""
    code = f"""
import sqlite3, sys, time
conn = sqlite3.connect({str(path)!r}, isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("SELECT COUNT(*) FROM couples").fetchone()
print("holding", flush=True)
time.sleep({seconds}) if {seconds is not None} else sys.stdin.readline()
conn.execute("COMMIT")
"""
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "holding"
        yield child
    finally:
        if child.stdin:
            child.stdin.close()
        child.wait(timeout=30)


def test_a_store_held_for_a_moment_by_another_program_is_waited_for(data_root: Path, now: datetime) -> None:
    couple_in(data_root, now)
    with holding_the_store(data_root / DB_NAME, 1.0), Store.open(data_root, now) as store:
        assert store.notice is None
        assert len(store.couples.all()) == 1
    assert not list(data_root.glob("*.broken-*"))


def test_a_store_held_longer_is_left_untouched_and_the_message_says_why(
    data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    couple_in(data_root, now)
    monkeypatch.setattr(store_module, "BUSY_SECONDS", 1.5)
    before = files_of(data_root)
    with holding_the_store(data_root / DB_NAME, None), pytest.raises(StoreError) as raised:
        Store.open(data_root, now)
    assert not isinstance(raised.value, StoreBusy)
    assert "Another program is using Kindred's saved data" in str(raised.value)
    assert "Nothing was changed" in str(raised.value)
    assert files_of(data_root) == before
    assert not list(data_root.glob("*.broken-*"))
    with Store.open(data_root, now) as store:  # once the other program lets go, everything is there
        assert store.notice is None and len(store.couples.all()) == 1


def test_the_command_line_says_plainly_that_the_store_is_busy_and_exits_1(data_root: Path, now: datetime, tmp_path: Path) -> None:
    couple_in(data_root, now)
    before = files_of(data_root)
    with holding_the_store(data_root / DB_NAME, None):
        done = subprocess.run(
            [sys.executable, "main.py", "--data-dir", str(data_root), "export", str(tmp_path / "all.json")],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert "Another program is using Kindred's saved data" in done.stderr and "Traceback" not in done.stderr
    assert files_of(data_root) == before
    assert not (tmp_path / "all.json").exists()


# ---- files Kindred may not write ------------------------------------------------------------------


@pytest.fixture
def shared_root() -> Iterator[Path]:
    """A data folder another user can reach (the tests' own temporary folders are private to their owner)."""
    top = Path(tempfile.mkdtemp(prefix="kindred-shared-"))
    os.chmod(top, 0o755)
    try:
        yield top / "data"
    finally:
        shutil.rmtree(top, ignore_errors=True)


def give_to_someone_else(root: Path) -> None:
    if os.geteuid() == 0:
        for path in [root, *root.iterdir()]:
            os.chown(path, NOBODY, NOBODY)


@contextmanager
def as_someone_else() -> Iterator[None]:
    """Run as an ordinary user: root may write to any file, so read-only would mean nothing to it."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@posix_only
def test_a_read_only_store_file_is_left_untouched_with_a_plain_message(shared_root: Path, now: datetime) -> None:
    couple_in(shared_root, now)
    give_to_someone_else(shared_root)
    os.chmod(shared_root / DB_NAME, 0o400)
    before = files_of(shared_root)
    with as_someone_else(), pytest.raises(StoreError) as raised:
        Store.open(shared_root, now)
    assert "may not write to its saved data" in str(raised.value) and "Nothing was changed" in str(raised.value)
    assert files_of(shared_root) == before
    assert (shared_root / DB_NAME).stat().st_mode & 0o777 == 0o400
    assert not list(shared_root.glob("*.broken-*"))


@posix_only
def test_a_read_only_data_folder_is_left_untouched_with_a_plain_message(shared_root: Path, now: datetime) -> None:
    couple_in(shared_root, now)
    (shared_root / "kindred.lock").unlink()
    give_to_someone_else(shared_root)
    os.chmod(shared_root, 0o500)
    before = files_of(shared_root)
    try:
        with as_someone_else(), pytest.raises(StoreError) as raised:
            Store.open(shared_root, now)
    finally:
        os.chmod(shared_root, 0o700)
    assert "may not write to its saved data" in str(raised.value)
    assert files_of(shared_root) == before
    assert not list(shared_root.glob("*.broken-*"))


@posix_only
@pytest.mark.skipif(os.name == "posix" and os.geteuid() != 0, reason="needs a second user to own the -wal and -shm")
def test_wal_and_shm_left_by_another_user_leave_the_store_untouched(shared_root: Path, now: datetime) -> None:
    couple_in(shared_root, now)
    # A run as another user (root here) was stopped while its log still held a couple: -wal and -shm are its own.
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sqlite3; c = sqlite3.connect(os.sys.argv[1], isolation_level=None); "
            "c.execute(\"INSERT INTO couples (created_at) VALUES ('2026-11-25')\"); os._exit(0)",
            str(shared_root / DB_NAME),
        ],
        check=True,
    )
    assert (shared_root / (DB_NAME + "-wal")).exists() and (shared_root / (DB_NAME + "-shm")).exists()
    os.chown(shared_root, NOBODY, NOBODY)
    os.chown(shared_root / DB_NAME, NOBODY, NOBODY)
    (shared_root / "kindred.lock").unlink()
    before = files_of(shared_root)
    with as_someone_else(), pytest.raises(StoreError) as raised:
        Store.open(shared_root, now)
    assert "may not write to its saved data" in str(raised.value) and "Nothing was changed" in str(raised.value)
    assert files_of(shared_root) == before
    assert not list(shared_root.glob("*.broken-*"))


def test_a_full_disk_at_start_is_said_plainly(data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    couple_in(data_root, now)
    before = files_of(data_root)

    def full(path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module, "_connect", full)
    with pytest.raises(StoreError, match=r"disk holding .* is full") as raised:
        Store.open(data_root, now)
    assert "Nothing was changed" in str(raised.value)
    assert files_of(data_root) == before
    assert not list(data_root.glob("*.broken-*"))


def test_a_file_sqlite_calls_corrupt_is_kept_when_the_integrity_check_disagrees(
    data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    couple_in(data_root, now)
    before = files_of(data_root)
    real = store_module._connect
    calls = []

    def once_malformed(path: Path) -> sqlite3.Connection:
        calls.append(path)
        if len(calls) == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(path)

    monkeypatch.setattr(store_module, "_connect", once_malformed)
    with pytest.raises(StoreError, match="Nothing was changed"):
        Store.open(data_root, now)
    assert files_of(data_root) == before
    assert not list(data_root.glob("*.broken-*"))
    assert store_trouble.confirmed_corrupt(data_root / DB_NAME) is False


# ---- a data folder that holds other things ----------------------------------------------------------


@posix_only
def test_a_data_folder_holding_other_things_keeps_its_permissions(data_root: Path, now: datetime) -> None:
    data_root.mkdir(mode=0o755)
    os.chmod(data_root, 0o755)
    (data_root / "notes.txt").write_text("ours, not Kindred's")
    with Store.open(data_root, now):
        assert data_root.stat().st_mode & 0o777 == 0o755
        assert (data_root / DB_NAME).stat().st_mode & 0o777 == 0o600
        assert (data_root / "kindred.lock").stat().st_mode & 0o777 == 0o600


def test_the_command_line_tells_of_a_copy_set_aside_at_an_earlier_start(data_root: Path, tmp_path: Path) -> None:
    data_root.mkdir()
    (data_root / DB_NAME).write_bytes(b"words, not a database " * 60)

    def export() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "main.py", "--data-dir", str(data_root), "export", "--force", str(tmp_path / "all.json")],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )

    first = export()
    assert first.returncode == 0 and "set aside" in first.stderr
    copy = next(data_root.glob(f"{DB_NAME}.broken-*"))
    again = export()
    assert again.returncode == 0
    assert "At an earlier start" in again.stderr and str(copy) in again.stderr and "Nothing was deleted" in again.stderr


# ---- refused while the game is open -------------------------------------------------------------------------------


def test_a_read_only_file_refusing_a_write_or_a_checkpoint_is_waited_out_and_called_a_write(data_root: Path, now: datetime) -> None:
    """What SQLite raises for a file it may only read, while the game is open: a write says the database is
    read-only, folding the log in says it could not write. Both are waited out, as a full disk is; a folder of decks
    that may not be written is not the saved data, and says so where it is written."""
    couple_in(data_root, now)
    with Store.open(data_root, now) as store:
        store.settings.save("volume", 0.5)  # something in the log to fold in
        writable = store.db.conn
        store.db.conn = sqlite3.connect(f"{(data_root / DB_NAME).as_uri()}?mode=ro", uri=True, isolation_level=None)
        refused = []
        for write in (lambda: store.settings.save("sound", False), store.checkpoint):
            with pytest.raises(sqlite3.Error) as raised:
                write()
            refused.append(raised.value)
        read = store.couples.all()
        store.db.conn.close()
        store.db.conn = writable
    assert read and [error.sqlite_errorname for error in refused] == ["SQLITE_READONLY", "SQLITE_IOERR_WRITE"]  # type: ignore[attr-defined]
    for error in refused:
        assert store_trouble.passing_trouble(error) is store_trouble.Trouble.NOT_ALLOWED
        assert store_trouble.in_a_write(error)
    assert store_trouble.passing_trouble(PermissionError(13, "Permission denied", "decks")) is None
    assert not list(data_root.glob("*.broken-*"))


def test_a_read_refused_is_told_from_a_write_refused(data_root: Path, now: datetime) -> None:
    couple_in(data_root, now)
    with Store.open(data_root, now) as store:
        store.conn.execute("PRAGMA query_only = ON")  # a write now fails as on a read-only file; a read goes on
        with pytest.raises(sqlite3.Error) as written:
            store.settings.save("sound", False)
        with pytest.raises(sqlite3.Error) as read:
            store.conn.execute("SELECT * FROM no_such_table")
        store.conn.execute("PRAGMA query_only = OFF")
    assert store_trouble.in_a_write(written.value) and not store_trouble.in_a_write(read.value)
    assert store_trouble.in_a_write(OSError(28, "No space left on device")), "a file's own error is always a write's"


# ---- a drive that cannot be reached (SQLite's disk I/O error) ---------------------------------------------------


def disk_io_error(code: int = 10) -> sqlite3.OperationalError:
    """What SQLite raises when the drive fails under it (a USB stick pulled out, a network drive gone): SQLITE_IOERR,
    or one of its extended codes (522: SQLITE_IOERR_SHORT_READ, 778: SQLITE_IOERR_WRITE)."""
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = {10: "SQLITE_IOERR", 522: "SQLITE_IOERR_SHORT_READ", 778: "SQLITE_IOERR_WRITE"}[code]  # type: ignore[attr-defined]
    return error


class FailingAt:
    """A real connection to the store whose statements starting with `words` fail as a drive gone would make them."""

    def __init__(self, conn: sqlite3.Connection, words: str, code: int = 10) -> None:
        self.conn, self.words, self.code = conn, words, code

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql.lstrip().upper().startswith(self.words):
            raise disk_io_error(self.code)
        return self.conn.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self.conn, name)


@pytest.mark.parametrize("code", [10, 522])
def test_a_disk_io_error_at_start_is_said_plainly_and_the_file_is_never_set_aside(
    code: int, data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    couple_in(data_root, now)
    before = files_of(data_root)

    def gone(path: Path) -> sqlite3.Connection:
        raise disk_io_error(code)

    monkeypatch.setattr(store_module, "_connect", gone)
    with pytest.raises(StoreError) as raised:
        Store.open(data_root, now)
    said = str(raised.value)
    assert "can't reach the drive holding its saved data" in said and "check it is connected" in said
    assert "Nothing was changed" in said
    assert files_of(data_root) == before
    assert not list(data_root.glob("*.broken-*"))
    monkeypatch.undo()
    with Store.open(data_root, now) as store:  # the drive back: everything is there, and the lock was let go
        assert store.notice is None and len(store.couples.all()) == 1


def test_a_disk_io_error_while_the_store_tidies_up_at_start_is_said_plainly_never_raised(
    data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file opens and passes its check, then the drive fails as the log is folded in: a sentence, not a crash."""
    couple_in(data_root, now)
    real = store_module._connect
    monkeypatch.setattr(store_module, "_connect", lambda path: FailingAt(real(path), "PRAGMA WAL_CHECKPOINT"))
    with pytest.raises(StoreError, match="can't reach the drive") as raised:
        Store.open(data_root, now)
    assert "Nothing was changed" in str(raised.value)
    assert not list(data_root.glob("*.broken-*"))
    monkeypatch.undo()
    with Store.open(data_root, now) as store:
        assert store.notice is None and len(store.couples.all()) == 1


def test_a_disk_io_error_while_open_is_waited_out_and_told_as_a_write_or_a_read(data_root: Path, now: datetime) -> None:
    couple_in(data_root, now)
    with Store.open(data_root, now) as store:
        real = store.db.conn
        store.db.conn = FailingAt(real, "COMMIT")  # type: ignore[assignment]
        with pytest.raises(sqlite3.Error) as written:
            store.settings.save("sound", False)
        store.db.conn = FailingAt(real, "SELECT")  # type: ignore[assignment]
        with pytest.raises(sqlite3.Error) as read:
            store.couples.all()
        store.db.conn = real
        assert "sound" not in store.settings.read(), "the refused write was rolled back whole"
    for error in (written.value, read.value):
        assert store_trouble.passing_trouble(error) is store_trouble.Trouble.UNREACHABLE
    assert store_trouble.in_a_write(written.value) and not store_trouble.in_a_write(read.value)
    assert store_trouble.passing_trouble(OSError(5, "Input/output error", "keepsakes")) is None, "not the saved data"
    assert not list(data_root.glob("*.broken-*"))


def test_the_game_started_on_a_drive_that_cannot_be_reached_says_so_and_ends_calmly(
    data_root: Path, now: datetime, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Started from the menu, the window says why (tests/ui/test_start_problem.py); here, without a display, the
    sentence is printed and the game ends with status 1, never a traceback."""
    from game import app

    couple_in(data_root, now)
    before = files_of(data_root)

    def gone(path: Path) -> sqlite3.Connection:
        raise disk_io_error()

    monkeypatch.setattr(store_module, "_connect", gone)
    assert app.play(data_root, now, None, None, None) == 1
    err = capsys.readouterr().err
    assert "can't reach the drive holding its saved data" in err and "Traceback" not in err
    assert files_of(data_root) == before and not list(data_root.glob("*.broken-*"))


def test_the_command_line_export_on_a_drive_that_cannot_be_read_says_so_and_exits_1(
    data_root: Path, now: datetime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from types import SimpleNamespace

    from game import cli
    from game.storage import exporting

    couple_in(data_root, now)

    def unread(*args: object, **kw: object) -> object:
        raise disk_io_error()

    monkeypatch.setattr(exporting, "export_all", unread)
    target = tmp_path / "all.json"
    args = SimpleNamespace(file=str(target), include_private=False, passphrase_file=None, force=False)
    assert cli.run("export", args, data_root, now) == 1
    err = capsys.readouterr().err
    assert "the drive holding them can't be reached" in err and "Traceback" not in err
    assert not target.exists() and not list(data_root.glob("*.broken-*"))


def test_a_write_failing_on_a_drive_that_has_gone_is_the_drive_out_of_reach_not_a_read_only_file(
    data_root: Path, now: datetime, tmp_path: Path
) -> None:
    """SQLite says SQLITE_IOERR_WRITE both for a file it may only read and for a drive pulled out: the file no longer
    being there tells them apart (here the data folder really is moved away under the open store)."""
    couple_in(data_root, now)
    elsewhere = tmp_path / "unplugged"
    with Store.open(data_root, now) as store:
        real = store.db.conn
        store.db.conn = FailingAt(real, "COMMIT", 778)  # type: ignore[assignment]
        with pytest.raises(sqlite3.Error) as there:
            store.settings.save("sound", False)
        data_root.rename(elsewhere)
        try:
            with pytest.raises(sqlite3.Error) as gone:
                store.settings.save("sound", False)
        finally:
            elsewhere.rename(data_root)
            store.db.conn = real
    assert store_trouble.passing_trouble(there.value) is store_trouble.Trouble.NOT_ALLOWED
    assert store_trouble.passing_trouble(gone.value) is store_trouble.Trouble.UNREACHABLE
    assert store_trouble.in_a_write(gone.value)
