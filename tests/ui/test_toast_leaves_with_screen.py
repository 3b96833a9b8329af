"""A toast belongs to the screen it was said on, and goes when that screen is left (playtest J, §9).

Deck studio's "Saved as written. A tip: …" stayed on after "Play this deck" and covered Play setup's key hints,
speaking of a card the couple could no longer see. Now, for every screen, the shell lets a toast go when the screen
it was said on is left; a dialog opened over that screen leaves it there, and a toast said as a screen closes is the
one below's (it speaks of what was just done, where the couple now are).
"""

from __future__ import annotations

from game.ui.modals import ConfirmScene

from .test_studio import add_card, new_deck


def test_deck_studio_s_tip_goes_when_play_this_deck_opens_play_setup(pilots) -> None:
    p = pilots(at_home=True)
    new_deck(p)
    add_card(p, "Your husband's comfort film? Tell me on three.", kind="both")
    p.click("Save card")
    assert p.scene_name == "DeckScene" and p.shell.ui.toast_text.startswith("Saved as written.")
    assert p.shell.ui.toast_left > 0
    p.click("Play this deck")
    assert p.scene_name == "SetupScene"
    assert p.shell.ui.toast_left <= 0, "the tip was about the card in Deck studio"
    assert p.shell.toast_rect() is None


def test_a_toast_stays_under_a_dialog_over_its_screen_and_goes_when_the_screen_is_left(pilots) -> None:
    p = pilots(at_home=True)
    p.shell.ui.toast("Date night let go. Start a new one whenever you like.")
    p.step()
    p.shell.ui.push(ConfirmScene(p.shell.ui, "Let this date night go?", "Let it go", "Keep it"), lambda yes: None)
    p.step()
    assert p.shell.ui.toast_left > 0, "a dialog over Home does not leave Home"
    p.click("Keep it")
    assert p.scene_name == "HomeScene" and p.shell.ui.toast_left > 0
    p.click("Settings")
    assert p.scene_name == "SettingsScene" and p.shell.ui.toast_left <= 0


def test_a_toast_said_as_a_screen_closes_shows_on_the_screen_below(pilots) -> None:
    p = pilots(at_home=True)
    p.click("Settings")
    p.shell.ui.toast("Saved.")
    p.shell.ui.pop()
    p.step()
    assert p.scene_name == "HomeScene" and p.shell.ui.toast_left > 0
