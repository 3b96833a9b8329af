"""Kindred never touches the network: the test session has no internet sockets, and the game still plays."""

from __future__ import annotations

import socket

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
