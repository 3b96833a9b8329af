"""Two couples share a laptop: "Erase only us" takes one couple and what Kindred made of them alone, and nothing of
the other's; it says what goes and what stays before asking, twice. A couple locked with a passphrase is erased,
alone or with everyone, only after their passphrase is typed; forgotten, they are told plainly that only erasing
everything on the laptop can remove them, and what that takes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pygame

from game.core.players import Couple

from .pilot import Pilot
from .tour import start

PASSPHRASE = "rainy sundays"


def two_couples(root: Path, now: datetime, locked: tuple[int, ...] = (), **kw: object) -> tuple[Pilot, Couple, Couple]:
    """At Settings of the first couple (Zoë & Łukasz), with Amara & Kofi on the laptop too; each has an export of their
    own, and there is one of every couple."""
    p = start(root, now, **kw)
    ours = p.services.couples()[0]
    theirs = p.services.create_couple([("Amara", "#e0905f"), ("Kofi", "#5b8fd9")])
    for couple in (ours, theirs):
        p.services.export_everything(include_private=False, couple=couple)
    p.services.export_everything(include_private=False)
    for index in locked:
        p.services.set_passphrase((ours, theirs)[index], PASSPHRASE)
    p.click("Settings")
    return p, ours, theirs


def test_erase_only_us_takes_this_couple_and_their_exports_and_leaves_the_other_couple(data_root: Path, now: datetime) -> None:
    p, _ours, theirs = two_couples(data_root, now)
    exports = sorted((data_root / "exports").iterdir())
    assert len(exports) == 6
    p.click("Erase only us…")
    assert p.scene.question == "Erase only you two?"
    assert p.scene.detail == (
        "Zoë & Łukasz: your answers, memories, rounds, date nights, limits, chosen decks and passphrase. "
        "Other couples on this laptop, and everything of theirs, stay. This cannot be undone.\n"
        f"Your 2 exports, in {data_root}, go too: copy any you want to keep first. "
        "Decks, and 2 exports of every couple, stay for everyone."
    )
    p.click("Yes, erase us")
    assert p.scene.question == "Really erase you two?"
    p.click("Erase us now")
    assert p.scene_name == "TitleScene"
    assert p.shell.ui.toast_text == (
        "Zoë & Łukasz and everything of theirs were erased, including 2 exports. Everyone else on this laptop is as they were."
    )
    assert p.services.couples() == [theirs]
    assert len(sorted((data_root / "exports").iterdir())) == 4
    p.close()


def test_a_couple_alone_on_the_laptop_has_erase_everything_only(data_root: Path, now: datetime) -> None:
    p = start(data_root, now)
    p.click("Settings")
    assert "Erase everything…" in p.labels() and "Erase only us…" not in p.labels()
    p.close()


def test_a_locked_couple_is_asked_their_passphrase_before_erasing_only_them(data_root: Path, now: datetime) -> None:
    p, _ours, theirs = two_couples(data_root, now, locked=(0,))
    p.click("Erase only us…")
    assert p.scene_name == "EraseCheckScene"
    p.click("Passphrase")
    p.type("not it")
    p.press(pygame.K_RETURN)
    assert p.scene_name == "EraseCheckScene" and "doesn't open" in p.scene.message
    p.advance(2.0)  # the wait after a wrong one
    p.click("Passphrase")
    for _ in range(6):
        p.press(pygame.K_BACKSPACE)
    p.type(PASSPHRASE)
    p.click("Go on")
    assert p.scene.question == "Erase only you two?"
    p.click("Yes, erase us")
    p.click("Erase us now")
    assert p.services.couples() == [theirs]
    p.close()


def test_a_forgotten_passphrase_says_only_erasing_everything_removes_them(data_root: Path, now: datetime) -> None:
    p, _ours, _theirs = two_couples(data_root, now, locked=(0,))
    p.click("Erase only us…")
    p.click("We've forgotten it")
    assert p.scene.question == "Forgotten your passphrase?"
    assert p.scene.detail == (
        "Without the passphrase, only “Erase everything” can remove Zoë & Łukasz. "
        "It erases every couple on this laptop (2), with all their answers, memories and settings, "
        "and nothing can bring them back."
    )
    p.click("Keep it all")
    assert p.scene_name == "SettingsScene" and len(p.services.couples()) == 2
    p.close()


def test_erase_everything_asks_each_locked_couple_first(data_root: Path, now: datetime) -> None:
    """The other couple is locked: their passphrase, or their word that it is forgotten, before everything goes."""
    p, _ours, theirs = two_couples(data_root, now, locked=(1,))
    p.click("Erase everything…")
    assert p.scene_name == "EraseCheckScene" and p.scene.couple == theirs
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "SettingsScene"
    p.click("Erase everything…")
    p.click("We've forgotten it")
    assert p.scene.question == "Erase Amara & Kofi without it?"
    p.click("Go on")
    assert p.scene.question == "Erase everything?"
    p.click("Yes, erase")
    p.click("Erase now")
    assert p.services.couples() == []
    p.close()
