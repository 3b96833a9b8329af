"""An unreadable data file set aside is told on the title screen, with where the copy is, until the couple has read it."""

from __future__ import annotations

from pathlib import Path

from game.storage.paths import DB_NAME


def test_a_file_set_aside_is_told_at_the_next_start_until_read(pilots, data_root: Path, tmp_path: Path) -> None:
    data_root.mkdir()
    (data_root / DB_NAME).write_bytes(b"this is not a database, just words " * 40)
    p = pilots()
    copy = next(data_root.glob(f"{DB_NAME}.broken-*"))
    assert "set aside" in p.services.notice and str(copy) in p.services.notice
    p.close()
    q = pilots()  # the next start says so again, and where the copy is
    assert q.services.notice is not None and str(copy) in q.services.notice
    assert "Got it" in q.labels() and q.labels()[0] == "Begin"
    q.screenshot(tmp_path / "set-aside-notice.png")
    q.click("Got it")
    assert q.services.notice is None and "Got it" not in q.labels()
    q.close()
    r = pilots()
    assert r.services.notice is None and "Got it" not in r.labels()
    assert copy.exists()  # read, not removed
