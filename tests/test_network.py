"""Kindred never touches the network: the test session has no internet sockets, and the game still plays."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from tests.ui.tour import play_turn, start


def test_network_sockets_are_disabled_for_the_whole_session(no_network):
    with pytest.raises(no_network):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with pytest.raises(no_network):
        socket.getaddrinfo("example.org", 443)


def test_network_free_the_game_plays_a_whole_session(no_network, data_root, now):
    p = start(data_root, now)
    p.click("Play")
    p.click("Deal the cards")
    for _ in range(40):
        if p.scene_name != "PlayScene":
            break
        play_turn(p)
    assert p.scene_name == "SummaryScene"
    p.press(pygame.K_RETURN)
    p.close()


def test_network_child_processes_meet_the_same_wall(no_network, tmp_path):
    """A Python process started from the tests (the game as a command, say) cannot open an internet socket either."""
    probe = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
    probe += "except OSError as e:\n    print(type(e).__name__)\n"
    child = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert child.stdout.strip() == "NetworkBlocked", child.stdout + child.stderr
    lookup = "import socket\ntry:\n    socket.getaddrinfo('example.org', 443)\nexcept OSError as e:\n    print(type(e).__name__)\n"
    child = subprocess.run([sys.executable, "-c", lookup], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert child.stdout.strip() == "NetworkBlocked", child.stdout + child.stderr


def test_network_the_game_as_a_command_runs_behind_the_wall(no_network, tmp_path):
    """The wall does not get in the game's way: the command line still lists decks with sockets refused."""
    import os

    from tests.offline import FLAG

    assert os.environ.get(FLAG) == "1"
    listed = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "d"), "deck", "list"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert listed.returncode == 0, listed.stderr
    assert "Hopes" in listed.stdout or "hopes" in listed.stdout
