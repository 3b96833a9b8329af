"""The passphrase screens: setting the lock in Settings, and unlocking with a growing wait after misses."""

from __future__ import annotations

import pygame


def test_passphrase_set_in_settings_then_asked_for_with_a_growing_wait(pilots):
    p = pilots(at_home=True)
    p.click("Settings")
    p.click("Passphrase: off")
    assert p.scene_name == "PassphraseScene"
    p.type("sea air")
    p.press(pygame.K_RETURN)
    p.type("sea air")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "SettingsScene"
    assert "Passphrase: on" in p.labels()
    p.close()
    q = pilots()
    q.press(pygame.K_RETURN)
    assert q.scene_name == "UnlockScene"
    q.type("sea salt")
    q.press(pygame.K_RETURN)
    assert q.scene_name == "UnlockScene" and q.scene.wait == 1.0
    assert q.scene.field.error == "That passphrase doesn't open this profile." and q.scene.field.value == ""
    q.type("sea salt")
    q.press(pygame.K_RETURN)  # refused unread while waiting
    assert q.scene.misses == 1
    q.advance(1.1)
    q.scene.field.value = ""
    q.type("wrong again")
    q.press(pygame.K_RETURN)
    assert q.scene.wait == 2.0
    q.advance(2.1)
    q.type("sea air")
    q.press(pygame.K_RETURN)
    assert q.scene_name == "HomeScene"


def test_passphrase_fields_must_match_and_are_never_shown(pilots):
    p = pilots(at_home=True)
    p.click("Settings")
    p.click("Passphrase: off")
    p.type("sea air")
    p.press(pygame.K_TAB)
    p.type("sea aim")
    p.click("Lock our answers")
    assert p.scene_name == "PassphraseScene"
    assert "match" in p.scene.second.error
    p.scene.draw(p.shell.window)
    assert p.scene.first._lines == [(0, "•" * len("sea air"))]
