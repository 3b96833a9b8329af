"""`kindred desktop install|remove`: a freedesktop menu entry and icons under a temporary XDG_DATA_HOME."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game import desktop, resources

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the desktop entry is for freedesktop systems")


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    return subprocess.run([sys.executable, "main.py", *args], cwd=REPO, capture_output=True, text=True, timeout=60, env=env)


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_install_writes_the_entry_and_every_icon_and_remove_takes_only_those(tmp_path):
    home = tmp_path / "share"
    others = [home / "applications" / "someone-else.desktop", home / "icons" / "hicolor" / "48x48" / "apps" / "someone-else.png"]
    for path in others:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("not ours")

    done = run(home, "desktop", "install")
    assert done.returncode == 0, done.stderr
    entry_path = home / "applications" / "kindred.desktop"
    assert f"Kindred is in your application menu: {entry_path}" in done.stdout
    entry = read_entry(entry_path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Kindred"
    assert entry["Comment"]
    assert entry["Exec"] == f"{sys.executable} {REPO / 'main.py'}"  # the program that wrote it, by absolute path
    assert entry["Icon"] == "kindred"
    assert "Game" in entry["Categories"].split(";")
    assert entry["StartupWMClass"] == "Kindred"
    assert entry["Terminal"] == "false"
    for size in resources.ICON_SIZES:
        icon = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "kindred.png"
        assert icon.read_bytes() == resources.icon(size).read_bytes(), size
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry_path)], capture_output=True, text=True, timeout=30)
        assert checked.returncode == 0 and checked.stdout == "", checked.stdout

    again = run(home, "desktop", "install")  # installing twice just rewrites the same files
    assert again.returncode == 0, again.stderr

    removed = run(home, "desktop", "remove")
    assert removed.returncode == 0, removed.stderr
    assert "7 files removed" in removed.stdout
    left = sorted(path for path in home.rglob("*") if path.is_file())
    assert left == sorted(others)
    assert all(path.read_text() == "not ours" for path in others)

    nothing = run(home, "desktop", "remove")
    assert nothing.returncode == 0
    assert "nothing to remove" in nothing.stdout


def test_exec_quotes_what_the_spec_asks_to_quote():
    text = desktop.entry_text(["/opt/our games/$HOME/100%/kindred"])
    assert 'Exec="/opt/our games/\\\\$HOME/100%%/kindred"\n' in text
    assert (
        desktop.entry_text(["/usr/bin/python3", "/srv/kindred/main.py"]).count("Exec=/usr/bin/python3 /srv/kindred/main.py\n") == 1
    )


def test_the_data_home_follows_xdg_only_when_it_is_absolute():
    assert desktop.data_home({"XDG_DATA_HOME": "/tmp/share"}) == Path("/tmp/share")
    assert desktop.data_home({"XDG_DATA_HOME": "relative/share"}) == Path.home() / ".local" / "share"
    assert desktop.data_home({}) == Path.home() / ".local" / "share"


def test_a_folder_it_cannot_write_is_said_plainly(tmp_path):
    home = tmp_path / "share"
    home.mkdir()
    (home / "applications").write_text("a file where the folder should be")
    done = run(home, "desktop", "install")
    assert done.returncode == 1
    assert done.stderr.startswith("Cannot change ")
    assert "Traceback" not in done.stderr


def test_remove_takes_the_empty_folders_install_made_and_leaves_those_that_were_there(tmp_path):
    """Playtest B, finding 15: `desktop remove` left the empty icons/hicolor/*/apps folders behind."""
    home = tmp_path / "share"
    assert run(home, "desktop", "install").returncode == 0
    assert run(home, "desktop", "install").returncode == 0  # a second install remembers what the first made
    done = run(home, "desktop", "remove")
    assert done.returncode == 0, done.stderr
    assert "7 files removed" in done.stdout and "and the 15 empty folders it had made" in done.stdout
    assert list(home.iterdir()) == []  # the data folder itself is the desktop's, not Kindred's

    theirs = home / "icons" / "hicolor" / "16x16" / "apps"
    theirs.mkdir(parents=True)  # there before Kindred, empty
    assert run(home, "desktop", "install").returncode == 0
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(home / "applications" / "kindred.desktop")], capture_output=True, text=True
        )
        assert checked.returncode == 0 and checked.stdout == "", checked.stdout
    (home / "icons" / "hicolor" / "32x32" / "apps" / "someone-else.png").write_text("not ours")  # came after
    assert run(home, "desktop", "remove").returncode == 0
    left = sorted(path.relative_to(home).as_posix() for path in home.rglob("*"))
    assert left == [
        "icons",
        "icons/hicolor",
        "icons/hicolor/16x16",
        "icons/hicolor/16x16/apps",
        "icons/hicolor/32x32",
        "icons/hicolor/32x32/apps",
        "icons/hicolor/32x32/apps/someone-else.png",
    ]


def test_remove_takes_no_folder_an_entry_names_that_install_never_writes_into(tmp_path):
    home = tmp_path / "share"
    (home / "photos").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    desktop.install(home, ["/usr/bin/kindred"])
    entry = home / "applications" / "kindred.desktop"
    entry.write_text(entry.read_text().replace(f"{desktop.MADE_KEY}=", f"{desktop.MADE_KEY}=photos;../outside;"))
    removed, emptied = desktop.remove(home)
    assert len(removed) == 7 and home / "photos" not in emptied
    assert (home / "photos").is_dir() and (tmp_path / "outside").is_dir()
