"""Driving a date night through the pilot, like a couple would: set-up, limits, pledge, every part, the keepsake.

Used by the date-night scene tests and goldens. Answers vary by card so a keepsake reads like one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame

from game.core.cards import WHO_VALUES, AnswerType, Card, CardKey, Kind
from game.core.date_night_state import Status, StepKind
from game.core.direction import quoted
from game.core.keepsake import Keepsake
from game.core.session import Phase, SessionConfig
from game.core.session_commands import Answer, AnswerPrivately, Complete

from .pilot import Pilot

TEXTS = (
    "Oat flat white, extra hot",
    "A slow Sunday with nowhere to be",
    "Phoning the dentist",
    "Pancakes at midnight",
    "The sea in winter",
    "Being asked how I really am",
    "Dancing badly in the kitchen",
    "Our walk along the canal",
)
Shot = Callable[[str], None]


def text_for(card: Card, seat: int) -> str:
    return TEXTS[(sum(map(ord, card.id)) + 3 * seat) % len(TEXTS)]


def type_answer(p: Pilot, card: Card, seat: int, guess: bool = False) -> None:
    kind = card.answer_type
    if kind in (AnswerType.CHOICE, AnswerType.WHO):  # a who's-more-likely card answers Me / You / Both / Neither by key
        count = len(card.options) if kind is AnswerType.CHOICE else len(WHO_VALUES)
        p.key(str(1 + (seat + (1 if guess else 0)) % count))
    elif kind is AnswerType.SCALE:
        p.press(pygame.K_RIGHT, times=seat + 1)
        p.press(pygame.K_TAB)
        p.press(pygame.K_RETURN)
    else:
        words = {AnswerType.DATE: "7 December", AnswerType.NUMBER: str(3 + seat)}.get(kind, text_for(card, seat))
        p.type(words if not guess else words.split(",")[0].lower())
        p.press(pygame.K_RETURN)


def remember_before(p: Pilot, answers: dict[CardKey, tuple[object, object]], days_ago: float) -> None:
    """Memories from an earlier game: each card answered by both (or by whoever a card asks), `days_ago` days back."""
    couple = p.services.couples()[0]
    p.later(days=-days_ago)
    keys = tuple(answers)
    config = SessionConfig(deck_ids=tuple(sorted({key.deck_id for key in keys})), length=len(keys), cards=keys, quizzes=False)
    handle = p.services.start(couple, config)
    session = handle.session
    while not session.ended:
        card = session.current_card()
        first, second = answers[card.key]
        if session.phase is Phase.ANSWER:
            handle.run(Answer(first if session.state.active == 0 else second))
        elif session.phase is Phase.PRIVATE:
            handle.run(AnswerPrivately(0, first))
            handle.run(AnswerPrivately(1, second))
        if session.phase is Phase.REVEAL:
            handle.run(Complete())
    p.later(days=days_ago)


def set_up(p: Pilot, minutes: int = 60, caps: tuple[int, int] = (3, 3), spicy: tuple[bool, bool] = (False, False)) -> None:
    """From Home: choose the length, then each partner's limits behind the curtain."""
    p.click("Date night")
    if p.scene_name == "PromiseScene":  # the last evening's small things come back first: "Did it happen?"
        p.press(pygame.K_ESCAPE)  # ask me later
    assert p.scene_name == "DateNightSetupScene", p.scene_name
    p.click(f"{minutes} minutes")
    p.click("Set our limits in private")
    for seat in (0, 1):
        assert p.scene_name == "CurtainScene"
        p.press(pygame.K_RETURN)
        assert p.scene_name == "LimitsScene"
        slider = p.widget("How deep I'm happy to go")
        p.scene.focus_on(slider)
        p.press(pygame.K_RIGHT, times=2)
        p.press(pygame.K_LEFT, times=3 - caps[seat])
        if "I'm up for spicy cards" not in p.labels():  # spicy cards are off in Settings: the screen asks only the depth
            assert not spicy[seat], "a test that wants spicy cards turns them on in Settings first"
        elif p.widget("I'm up for spicy cards").value != spicy[seat]:  # type: ignore[attr-defined]
            p.click("I'm up for spicy cards")
        p.click("Save my limits")
    p.advance(0.1)


def pledge(p: Pilot) -> None:
    couple = p.services.couples()[0]
    for seat in (0, 1):
        p.click(f"{quoted(couple.name(seat))}: phone away, I'm here")
    p.click("Begin our evening")


def decline_more(p: Pilot) -> None:
    """A part that went quickly offers more of its cards: "No, on to the next part" (or the closing)."""
    p.click(next(label for label in p.labels() if label.startswith("No, on to")))


def skip_to_the_closing(p: Pilot) -> None:
    """From a part's opening: "Skip to the closing", said yes to, and the closing begun (its first card dealt)."""
    p.click("Skip to the closing")
    p.click("Skip to the closing")
    p.press(pygame.K_RETURN)  # begin the closing


def on_the_warm_up(p: Pilot, minutes: int = 30) -> CardKey:
    """A date night of `minutes` set up and pledged, its warm-up dealt: the card on the table."""
    set_up(p, minutes=minutes)
    pledge(p)
    p.press(pygame.K_RETURN)  # deal the warm-up
    assert p.scene_name == "DateNightPlayScene"
    return p.scene.session.current.card  # type: ignore[attr-defined]


def gone_home(p: Pilot) -> None:
    """Esc on the card, then "Go home": Home is on top."""
    p.press(pygame.K_ESCAPE)
    p.click("Go home")
    assert p.scene_name == "HomeScene"


def play_turn(p: Pilot, private: str | None = None) -> None:
    """One step of the card on the table, by keyboard; `private` is typed (and kept just between us) on an ask card."""
    scene = p.scene
    session = scene.session  # type: ignore[attr-defined]
    card = scene.card()  # type: ignore[attr-defined]
    turn = session.current
    phase = session.phase
    if phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered:
        if private is not None and card.answer_type is AnswerType.TEXT:
            p.click("Just between us")
            p.click("Answer")
            p.type(private)
            p.press(pygame.K_RETURN)
        else:
            type_answer(p, card, turn.seat)
    elif phase is Phase.ANSWER or phase is Phase.REVEAL:
        p.press(pygame.K_RETURN)
    elif phase is Phase.PRIVATE:
        seat = scene.next_private_seat()  # type: ignore[attr-defined]
        p.press(pygame.K_RETURN)  # hand the laptop over
        p.press(pygame.K_RETURN)  # "I'm … — show me"
        if card.kind is Kind.SCENARIO:
            p.key(str(1 + seat % len(card.options)))
            p.key(str(1 + (seat + 1) % len(card.options)))
        else:
            type_answer(p, card, seat)
    elif phase is Phase.GUESS:
        type_answer(p, card, 1 - turn.seat, guess=True)
    elif phase is Phase.JUDGE:
        p.key("2")
    p.advance(0.2)


def run_evening(
    p: Pilot,
    minutes_per_turn: float = 4.0,
    note: str | None = "Next time: the Thai place, then stars from the roof.",
    take_break: bool = True,
    shot: Shot | None = None,
    private: str | None = None,
    star: str | None = "deeper",
    limit: int = 400,
) -> list[str]:
    """Play the evening on the table to its summary; returns the screens visited, in order (first visit each)."""
    visited: list[str] = []

    def seen(name: str) -> None:
        if name not in visited:
            visited.append(name)
            if shot is not None:
                shot(name)

    for _ in range(limit):
        name = p.scene_name
        if name == "DateNightScene":
            step = p.scene.evening.step  # type: ignore[attr-defined]
            if step.kind is StepKind.PLEDGE:
                seen("pledge")
                pledge(p)
            elif step.kind is StepKind.OPEN_NOTE:
                seen("open-note")
                p.click("Open it together")
                seen("open-note-read")
                p.click("Keep going")
            elif step.kind is StepKind.CARDS and step.status is Status.OFFERED:
                decline_more(p)  # a part that went quickly offers more: this evening goes on as planned
            elif step.kind is StepKind.CARDS:
                seen(f"opening-{step.segment.value}")
                p.press(pygame.K_RETURN)
            elif step.kind is StepKind.BREAK:
                seen("break")
                if take_break:
                    p.click(p.labels()[0])
                    p.later(minutes=step.minutes)
                    p.advance(0.1)
                    seen("break-over")
                    p.click("We're back")
                else:
                    p.click("Keep going")
            elif step.kind is StepKind.SEAL_NOTE:
                if note:
                    p.type(note)
                seen("seal-note")
                p.click("Seal it until next time" if note else "No note this time")
        elif name == "DateNightPlayScene":
            scene = p.scene
            session = scene.session  # type: ignore[attr-defined]
            step = scene.evening.evening.step  # type: ignore[attr-defined]
            quiz = "quiz-" if session.current and session.current.is_quiz else ""
            seen(f"play-{step.segment.value}-{quiz}{session.phase.value}")
            if star == step.segment.value and session.current and not session.current.is_quiz:
                p.click("Star")  # a moment worth keeping
                p.advance(4.0)  # and the word that it was kept fades
                star = None
            before = len(session.state.completed)
            card = scene.card()  # type: ignore[attr-defined]
            typed_here = (
                card is not None
                and card.kind is Kind.ASK
                and card.remembered
                and card.answer_type is AnswerType.TEXT
                and session.phase is Phase.ANSWER
            )
            use_private = private if private and typed_here else None  # kept for the first card it can be typed on
            play_turn(p, use_private)
            if use_private:
                private = None
            if (p.scene is scene and len(session.state.completed) > before) or p.scene is not scene:
                p.later(minutes=minutes_per_turn)
        elif name == "DateNightSummaryScene":
            p.advance(4.0)  # a moment to take it in (and for any word on the screen to fade)
            seen("summary")
            return visited
        else:
            raise AssertionError(f"the evening wandered off to {name}: {p.labels()}")
    raise AssertionError(f"the evening never ended; visited {visited}")


def closing_lines(p: Pilot, keepsake: Keepsake, folder: Path) -> list[str]:
    """The closing screen's lines for an evening that ends with `keepsake` (its picture saved into `folder`)."""
    from game.ui.scenes.date_night_summary import DateNightSummaryScene

    class Evening:
        couple = None

        def keepsake(self) -> Keepsake:
            return keepsake

        def save_keepsake(self, png: bytes) -> str:
            return str(folder / "keepsake.png")

    scene = DateNightSummaryScene(p.shell.ui, Evening())  # type: ignore[arg-type]
    p.shell.ui.push(scene)
    p.step()
    return [words for words, _, _ in scene.lines()]
