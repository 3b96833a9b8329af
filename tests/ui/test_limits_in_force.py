"""Private limits last until a partner changes them, and "Choose your cards" shows the depth they leave
(the lower of the two caps), never whose it is (tester's evening, item 3)."""

from __future__ import annotations

import pygame

from game.core.limits import Limit
from game.ui.session_choices import LIMIT_IN_FORCE


def test_choose_your_cards_shows_the_depth_the_agreed_limits_allow(pilots, tmp_path):
    p = pilots(at_home=True)
    couple = p.services.couples()[0]
    p.services.save_limit(couple, 1, Limit(2, False))  # one partner said "up to personal", behind the curtain
    p.click("Play")
    depth = p.widget("Depth")
    assert depth.high == 2 and depth.value == 2  # type: ignore[attr-defined]
    assert depth.describe(depth.value) == "up to personal, as far as your limits go"  # type: ignore[attr-defined]
    p.screenshot(tmp_path / "choose.png")


def test_with_no_limits_the_depth_reads_as_before(pilots):
    p = pilots(at_home=True)
    p.click("Play")
    depth = p.widget("Depth")
    assert depth.high == 3 and depth.describe(3) == "all the way to deep"  # type: ignore[attr-defined]


def test_setting_limits_on_the_set_up_screen_updates_the_depth_and_says_they_last(pilots, tmp_path):
    p = pilots(at_home=True)
    p.click("Play")
    p.click("Our private limits…")
    for seat, cap in ((0, 3), (1, 1)):
        assert p.scene_name == "CurtainScene"
        p.press(pygame.K_RETURN)
        assert p.scene_name == "LimitsScene"
        slider = p.widget("How deep I'm happy to go")
        slider.set(cap, p.shell.ui)  # type: ignore[attr-defined]
        p.screenshot(tmp_path / f"limits-{seat}.png")
        p.click("Save my limits")
    assert p.scene_name == "SetupScene"
    depth = p.widget("Depth")
    assert depth.value == 1 and depth.describe(1) == "light only, as far as your limits go"  # type: ignore[attr-defined]
    assert "until you change them" in p.shell.ui.toast_text


def test_with_spicy_cards_off_in_settings_the_private_limits_say_so_on_both_set_up_screens(pilots, tmp_path):
    p = pilots(at_home=True)
    p.shell.ui.set("spicy", False)
    for screen, opener in (("Play", "Our private limits…"), ("Date night", "Set our limits in private")):
        p.click(screen)
        p.click(opener)
        p.press(pygame.K_RETURN)  # past the curtain
        assert p.scene_name == "LimitsScene"
        assert "I'm up for spicy cards" not in p.labels()
        assert any("switched off in Settings" in words.text for words in p.scene.page.words)
        p.screenshot(tmp_path / f"limits-spicy-off-{screen}.png")
        p.press(pygame.K_ESCAPE)
        for _ in range(4):
            if p.scene_name == "HomeScene":
                break
            p.press(pygame.K_ESCAPE)
    p.shell.ui.set("spicy", True)
    p.click("Play")
    p.click("Our private limits…")
    p.press(pygame.K_RETURN)
    assert "I'm up for spicy cards" in p.labels()


def test_choose_your_cards_says_why_a_limit_holds_the_depth_and_how_to_change_it_never_whose(pilots, tmp_path):
    """A limit set before a date night held Play's depth and counts with no word why (playtest J, §8): now the line
    over the decks says a private limit one of them set is in force, and that "Our private limits…" changes it."""
    p = pilots(at_home=True)
    couple = p.services.couples()[0]
    p.click("Play")
    assert LIMIT_IN_FORCE not in p.scene.subtitle_words()  # type: ignore[attr-defined]
    p.press(pygame.K_ESCAPE)
    p.services.save_limit(couple, 1, Limit(2, False))
    p.click("Play")
    said = p.scene.subtitle_words()  # type: ignore[attr-defined]
    assert LIMIT_IN_FORCE in said and "“Our private limits…”" in said
    names = (couple.name(0), couple.name(1))
    assert not any(name in said for name in names) and "personal" not in said, "never whose, nor what it is"
    p.screenshot(tmp_path / "choose-limited.png")


def test_spicy_cards_not_yet_agreed_to_are_no_limit_in_force(pilots):
    """Spicy cards wait until both say yes: that is where everyone starts, not a limit one of them set."""
    p = pilots(at_home=True)
    p.shell.ui.set("spicy", True)
    p.click("Play")
    assert p.scene.spicy_held  # type: ignore[attr-defined]
    assert LIMIT_IN_FORCE not in p.scene.subtitle_words()  # type: ignore[attr-defined]
