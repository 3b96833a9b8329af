"""The tester's evening, on screen: a 30-minute date night played briskly, "three more" taken twice, one part moved on
from early, the window closed and opened again, then the closing. Each card's "…'s turn" goes to the partner whose
turn is next, across parts and extra cards alike, so the two have turns within one of each other all evening.

Each part (and each "Yes, three more") used to open on the first partner's turn: Shirin had 9 turns and Noa 5.
"""

from __future__ import annotations

import pygame

from game.core.date_night_state import Segment, Status, StepKind

from .date_night_tour import play_turn, pledge, set_up
from .drawn import frame
from .pilot import Pilot

NAMES = ("Shirin", "Noa")


def whose_turn(p: Pilot) -> str | None:
    """The name the card on screen says it is the turn of, read from what was drawn: "Noa's turn", or on a card
    each answers in private, before either has, "Over to Noa" (the one whose turn it is takes the laptop first)."""
    said = [d.text for d in frame(p) if d.text.endswith("'s turn") or d.text.startswith("Over to ")]
    return said[0].removesuffix("'s turn").removeprefix("Over to ") if said else None


def test_a_brisk_thirty_minute_evening_with_two_lots_of_more_shares_the_turns(pilots) -> None:
    p = pilots(at_home=True, names=NAMES)
    set_up(p, minutes=30)
    pledge(p)
    shown: list[str] = []  # whose turn each card said, once a card
    taken: list[str] = []
    moved_on = closed = False
    set_aside = ("", 0)
    card = None
    for _ in range(400):
        if p.scene_name == "DateNightSummaryScene":
            break
        if p.scene_name == "DateNightScene":
            step = p.scene.evening.step  # type: ignore[attr-defined]
            if step.kind is StepKind.SEAL_NOTE:
                p.click("No note this time")
            elif step.status is Status.OFFERED:
                answer = "Yes, " if len(taken) < 2 else "No, on to"
                label = next(label for label in p.labels() if label.startswith(answer))
                if answer == "Yes, ":
                    taken.append(label)
                p.click(label)
            else:
                p.press(pygame.K_RETURN)  # deal the part (or go on from a break)
            continue
        assert p.scene_name == "DateNightPlayScene", p.scene_name
        session = p.scene.session  # type: ignore[attr-defined]
        turn = session.current
        if turn is not None and (session.config, turn.number) != card:
            card = (session.config, turn.number)
            name = whose_turn(p)
            assert name in NAMES, name
            shown.append(name)
            p.later(minutes=0.25)  # brisk: each part ends well ahead of its time and offers more
            step = p.scene.evening.evening.step  # type: ignore[attr-defined]
            if not closed and step.segment is Segment.DEEPER:
                closed = True
                p = pilots()  # the window closes mid-card, and opens again on the same card
                p.press(pygame.K_RETURN)  # continue the evening
                continue
            if not moved_on and step.segment is Segment.BACK and len(session.state.completed) == 1:
                moved_on = True  # from a card not yet answered: it is set aside, and its partner has the next turn
                set_aside = (shown.pop(), len(shown))
                p.click("Move on")
                p.click("Move on")
                continue
        play_turn(p)
    assert p.scene_name == "DateNightSummaryScene", p.labels()
    assert taken == ["Yes, three more"] * 2 and moved_on and closed
    name, at = set_aside
    assert shown[at] == name, f"{name}'s card was set aside, and the next card was not {name}'s: {shown}"
    in_order = [name for i, name in enumerate(shown) if i == 0 or name != shown[i - 1]]
    assert in_order == shown, f"a partner had two turns running: {shown}"
    assert abs(shown.count(NAMES[0]) - shown.count(NAMES[1])) <= 1, shown
