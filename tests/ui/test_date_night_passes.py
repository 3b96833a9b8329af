"""A card passed on date night, on screen: another of the part's cards takes its place and the count holds.

A part of one card says "Just the one card", never "Card 1 of 1".

A playtest passed "Card 2 of 3" in a warm-up's "three more" and got a card still called "Card 2 of 3" whose button
said "Finish this part": card 3 of 3 never came. In the closing, "Card 1 of 2" passed gave "Card 1 of 2" again.
Now a part deals a stand-in in a passed card's place (game/core/date_night_passes.py), and the closing ritual, which
has no other card, counts itself a card shorter and says so.
"""

from __future__ import annotations

import re

import pygame

from game.ui.scenes.round_progress import LAST_CARD, ONLY_CARD, progress_words

from . import date_night_tour
from .date_night_tour import play_turn as step_on
from .date_night_tour import pledge, set_up, skip_to_the_closing
from .pilot import Pilot
from .test_date_night_more import warm_up_played


def count(p: Pilot) -> tuple[int, int]:
    """The card's place and the part's length, as the screen says them ("Card 2 of 3")."""
    words = progress_words(p.scene.session)  # type: ignore[attr-defined]
    found = re.fullmatch(r"Card (\d+) of (\d+)", words)
    assert found, words
    return int(found[1]), int(found[2])


def play_through(p: Pilot, pass_at: int) -> list[tuple[int, int]]:
    """Play the part on screen, clicking Pass once on its card `pass_at`; every count shown, in order."""
    shown: list[tuple[int, int]] = []
    passed = False
    for _ in range(200):
        if p.scene_name != "DateNightPlayScene":
            return shown
        session = p.scene.session  # type: ignore[attr-defined]
        if session.current is not None and (not shown or shown[-1] != count(p) or passed):
            shown.append(count(p))
        if not passed and count(p)[0] == pass_at:
            p.click("Pass")
            p.advance(0.2)
            passed = True
            shown.append(count(p))
            continue
        p.later(minutes=0.3)
        step_on(p)
    raise AssertionError("the part never ended")


def test_a_pass_in_a_part_brings_another_card_in_its_place_and_every_card_of_the_count_comes(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=90)
    pledge(p)
    p.press(pygame.K_RETURN)  # deal the warm-up
    place, length = count(p)
    assert (place, length) == (1, length) and length >= 3
    shown = play_through(p, pass_at=2)
    passed_at = shown.index((2, length))
    assert shown[passed_at + 1] == (2, length)  # the card after the pass is card 2 again, of the same count
    assert {place for place, _ in shown} == set(range(1, length + 1)) and {n for _, n in shown} == {length}


def test_a_pass_in_the_more_taken_keeps_its_count_and_its_last_card_comes(pilots) -> None:
    p = pilots(at_home=True)
    warm_up_played(p, minutes_per_turn=0.5)
    yes = next(label for label in p.labels() if label.startswith("Yes, "))
    p.click(yes)
    assert p.scene_name == "DateNightPlayScene"
    place, length = count(p)
    assert place == 1
    seen_last: list[str] = []
    p.click("Pass")
    p.advance(0.2)
    assert count(p) == (1, length)  # the same place, the same count
    for _ in range(100):
        if p.scene_name != "DateNightPlayScene":
            break
        words = p.scene.next_words()  # type: ignore[attr-defined]
        if count(p)[0] == length:
            seen_last.append(words)
        else:
            assert words == "Next card"  # not "Finish this part" on a card before the last
        step_on(p)
    assert seen_last and seen_last[-1] != "Next card"  # the last card of the count came, and said what follows


def test_a_pass_in_the_closing_makes_it_a_card_shorter_and_says_so(pilots) -> None:
    p = pilots(at_home=True)
    set_up(p, minutes=30)
    pledge(p)
    skip_to_the_closing(p)
    assert count(p) == (1, 2)
    p.click("Pass")
    p.advance(0.2)
    words = progress_words(p.scene.session)  # type: ignore[attr-defined]
    assert words == LAST_CARD, words  # the small thing is the closing's last card now, and the words say so
    toast = p.shell.ui.toast_text
    assert toast == "Passed. “Closing” has no other card to take its place, so it is a card shorter.", toast
    assert p.scene.next_words() == "Next: a note for next time"  # type: ignore[attr-defined]


def test_a_part_of_one_card_says_so_without_counting_and_longer_parts_count_their_cards(pilots, monkeypatch) -> None:
    """A half-hour evening's warm-up is one card: "Just the one card", never "Card 1 of 1"; the parts after count."""
    p = pilots(at_home=True, seed=1)  # a deal whose warm-up fits one card (it holds two when its cards run short)
    set_up(p, minutes=30)
    shown: list[str] = []

    def looked_at(pilot: Pilot, private: str | None = None) -> None:
        shown.append(f"{pilot.scene.segment_name}: {progress_words(pilot.scene.session)}")  # type: ignore[attr-defined]
        step_on(pilot, private)

    monkeypatch.setattr(date_night_tour, "play_turn", looked_at)
    date_night_tour.run_evening(p, star=None)
    assert shown[0] == f"Warm-up: {ONLY_CARD}", shown
    counted = [words for words in shown if ": Card " in words]
    assert counted and not any(words.endswith(" of 1") for words in counted), shown
