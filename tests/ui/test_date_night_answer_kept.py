"""A private answer given before a date night waited is kept when it picks up within changed limits.

A part being played when a limit was lowered begins again within the new limits. Before, it began again at
once: the card on the table went back into the pack, and a partner's private answer to it (and the other's
half-typed one) was lost, though the card was still within the limits. Now the card on the table stays, with
what was answered and typed for it, and the part begins again once it is done. A card beyond the new limits
goes at once, and the answer given to it is never revealed: not on the partner's screen, not in the store.
"""

from __future__ import annotations

import pygame

from game.core.cards import CardKey
from game.core.date_night_plan import APPRECIATION_CARDS, SMALL_THING_CARDS
from game.core.session import Phase
from game.ui.scenes.date_night import LIMITS_CHANGED

from .date_night_tour import play_turn, pledge, run_evening, set_up, skip_to_the_closing
from .drawn import frame
from .pilot import Pilot
from .test_date_night_limits import date_night_button, set_limits_in_play

APPRECIATION, DEEPER_SMALL_THING = APPRECIATION_CARDS[0], SMALL_THING_CARDS[0]  # both in Openers & Closers
LIGHT_SMALL_THING = SMALL_THING_CARDS[1]  # Kindred's own, for a light evening
FIRST = "Breakfast in bed on Saturday, crumbs and all"


def at_the_closing(p: Pilot) -> None:
    """A date night begun with both happy to go deep, skipped on to its closing, the first card dealt."""
    set_up(p, minutes=60, caps=(3, 3))
    pledge(p)
    skip_to_the_closing(p)
    assert p.scene_name == "DateNightPlayScene"


def on_the_table(p: Pilot) -> CardKey:
    return p.scene.session.current.card  # type: ignore[attr-defined]


def hand_over(p: Pilot) -> None:
    """The laptop goes to the partner who has not answered yet, and they come past the curtain."""
    p.click(next(label for label in p.labels() if label.startswith("Hand the laptop to")))
    p.press(pygame.K_RETURN)
    assert p.scene_name == "PrivateAnswerScene"


def answer_privately(p: Pilot, text: str) -> int:
    seat = p.scene.next_private_seat()  # type: ignore[attr-defined]
    hand_over(p)
    p.type(text)
    p.press(pygame.K_RETURN)
    assert p.scene_name == "DateNightPlayScene"
    return seat


def picked_up_lighter(p: Pilot, pilots) -> Pilot:  # type: ignore[no-untyped-def]
    """Close the window and start again (the evening is picked up), pause it to go home, one partner lowers their
    depth to light in Play, and the date night picks up again."""
    p.close()
    q = pilots()
    q.press(pygame.K_RETURN)
    assert q.scene_name in ("DateNightPlayScene", "DateNightScene"), q.scene_name
    q.press(pygame.K_ESCAPE)
    q.click("Go home")
    assert q.scene_name == "HomeScene", q.scene_name
    set_limits_in_play(q, {0: (3, False), 1: (1, False)})
    q.click(date_night_button(q))
    assert q.shell.ui.toast_text == LIMITS_CHANGED
    return q


def test_an_answer_given_to_a_card_still_within_the_limits_is_kept_and_the_part_begins_again_after_it(pilots) -> None:
    p = pilots(at_home=True)
    at_the_closing(p)
    assert on_the_table(p) == APPRECIATION  # light: within any limit
    first = answer_privately(p, FIRST)
    hand_over(p)
    p.type("Your terrible puns, ")  # the second partner is still typing when the window closes
    q = picked_up_lighter(p, pilots)

    assert q.scene_name == "DateNightPlayScene", "the card on the table is still there"
    assert on_the_table(q) == APPRECIATION
    assert q.scene.session.phase is Phase.PRIVATE  # type: ignore[attr-defined]
    assert set(q.scene.session.state.private) == {first}, "the first answer is kept"  # type: ignore[attr-defined]
    hand_over(q)
    assert q.scene.input.field.value == "Your terrible puns, ", "and so is the second, half typed"  # type: ignore[attr-defined]
    q.type("all of them")
    q.press(pygame.K_RETURN)
    assert q.scene.session.phase is Phase.REVEAL  # type: ignore[attr-defined]
    shown = [d.text for d in frame(q)]
    assert any(FIRST in text for text in shown) and any("Your terrible puns, all of them" in text for text in shown)

    q.press(pygame.K_RETURN)  # Next card: the rest of the closing is dealt within the limits as they are now
    assert q.scene_name == "DateNightPlayScene"
    assert on_the_table(q) == LIGHT_SMALL_THING, "the small thing for a light evening, not the deeper one"
    run_evening(q, star=None)
    couple = q.services.couples()[0]
    memories = q.services.store.memories.all(couple.id)
    answers = {key.owner: memory.answer for key, memory in memories.items() if key.card_key == APPRECIATION}
    assert answers == {first: FIRST, 1 - first: "Your terrible puns, all of them"}
    assert not any(key.card_key == DEEPER_SMALL_THING for key in memories)


def test_an_answer_given_to_a_card_beyond_the_new_limits_is_never_revealed(pilots) -> None:
    p = pilots(at_home=True)
    at_the_closing(p)
    while on_the_table(p) != DEEPER_SMALL_THING:  # the appreciation, answered by both
        play_turn(p)
    answer_privately(p, FIRST)
    q = picked_up_lighter(p, pilots)

    assert q.scene_name == "DateNightScene", "the deeper small thing went: the closing begins again"
    seen: list[str] = []

    def look(screen: str) -> None:
        seen.append(screen)
        assert not any(FIRST in d.text for d in frame(q)), f"the answer to a card set aside shows on {screen}"

    run_evening(q, shot=look, star=None)
    assert "play-closing-reveal" in seen and "summary" in seen
    couple = q.services.couples()[0]
    memories = q.services.store.memories.all(couple.id)
    assert not any(key.card_key == DEEPER_SMALL_THING for key in memories)
    assert {key.card_key for key in memories} >= {LIGHT_SMALL_THING}, "its small things were made with the light card"
    assert all(memory.answer != FIRST for memory in memories.values())
    db = q.services.store.db
    states = [db.keyring.open(couple.id, state) for (state,) in db.conn.execute("SELECT state FROM sessions")]
    assert not any(FIRST in state for state in states), "an answer never revealed is not kept in the store either"
