"""A tour of every screen, driven through the pilot: used by the smoke test, the goldens and reviews."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pygame

from game.core.cards import AnswerType, Kind
from game.core.session import Phase

from .pilot import Pilot

SAMPLE_TEXT = {"text": "Toast with honey ☕", "date": "14 March", "number": "7"}
GUESS_TEXT = {"text": "toast", "date": "15 March", "number": "7"}


def start(root: Path, now: datetime, names: tuple[str, str] = ("Zoë", "Łukasz"), seed: int = 7, **kw: object) -> Pilot:
    """A pilot at Home with a new couple."""
    pilot = Pilot(root, now, seed=seed, **kw)  # type: ignore[arg-type]
    pilot.press(pygame.K_RETURN)
    pilot.type(names[0])
    pilot.press(pygame.K_RETURN)
    pilot.type(names[1])
    pilot.press(pygame.K_RETURN)
    pilot.advance(4.0)  # let the welcome fade
    return pilot


def play_turn(p: Pilot, on_phase: Callable[[str], None] | None = None) -> None:
    """Play whatever turn is on the table the way a couple would, by keyboard."""
    scene = p.scene
    session = scene.session  # type: ignore[attr-defined]
    card = scene.card()  # type: ignore[attr-defined]
    phase = session.phase
    kind = card.answer_type
    if phase is Phase.ANSWER:
        if card.kind is Kind.ASK and card.remembered:
            answer(p, kind, SAMPLE_TEXT)
        else:
            p.press(pygame.K_RETURN)
    elif phase is Phase.PRIVATE:
        p.press(pygame.K_RETURN)  # hand the laptop over
        if on_phase:
            on_phase("curtain")
        p.press(pygame.K_RETURN)  # "I'm … — show me"
        if on_phase:
            on_phase("private")
        if card.kind is Kind.SCENARIO:
            p.key("1")
            p.key("2")
        else:
            answer(p, kind, SAMPLE_TEXT)
    elif phase is Phase.GUESS:
        answer(p, kind, GUESS_TEXT)
    elif phase is Phase.JUDGE:
        p.key("2")
    elif phase is Phase.CHECK:
        p.press(pygame.K_RETURN)  # hand the laptop to the answer's owner
        p.press(pygame.K_RETURN)  # "I'm … — show me"
        p.key("1")  # still true
    elif phase is Phase.REVEAL:
        p.press(pygame.K_RETURN)
    p.advance(0.7)


def finish_turn(p: Pilot, steps: int = 8) -> None:
    """Play the card on the table through to the next turn, whatever it is (an opener to do together takes two
    steps: done, then its follow-ups), by keyboard."""
    turn = p.scene.session.current  # type: ignore[attr-defined]
    for _ in range(steps):
        play_turn(p)
        if p.scene_name != "PlayScene" or p.scene.session.current != turn:  # type: ignore[attr-defined]
            return
    raise AssertionError(f"the turn did not finish in {steps} steps")


def answer(p: Pilot, kind: AnswerType, texts: dict[str, str]) -> None:
    if kind in (AnswerType.CHOICE, AnswerType.WHO):
        p.key("1")
    elif kind is AnswerType.SCALE:
        p.press(pygame.K_TAB)
        p.press(pygame.K_RETURN)
    else:
        p.type(texts[kind.value])
        p.press(pygame.K_RETURN)


def phase_tag(p: Pilot) -> str:
    scene = p.scene
    session = scene.session  # type: ignore[attr-defined]
    card = scene.card()  # type: ignore[attr-defined]
    quiz = "quiz-" if session.current and session.current.is_quiz else ""
    return f"{quiz}{session.phase.value}-{card.kind.value}"


def tour(p: Pilot, folder: Path) -> Iterator[tuple[str, Path]]:
    """Visit every screen once (from Home), yielding (name, screenshot)."""
    shot = lambda name: (name, p.screenshot(folder / f"{name}.png"))  # noqa: E731
    yield shot("home")
    p.click("Settings")
    yield shot("settings")
    p.press(pygame.K_ESCAPE)
    p.click("Quiz me")
    yield shot("quiz-setup")
    p.press(pygame.K_ESCAPE)
    p.click("Play")
    yield shot("setup")
    p.click("Deal the cards")
    p.advance(1.0)
    seen: set[str] = set()
    for _ in range(60):
        if p.scene_name != "PlayScene":
            break
        tag = phase_tag(p)
        if tag not in seen:
            seen.add(tag)
            yield shot(f"play-{tag}")
        if "confirm" not in seen and tag.startswith("answer-ask"):
            seen.add("confirm")
            p.press(pygame.K_ESCAPE)
            yield shot("confirm")
            p.press(pygame.K_ESCAPE)
        captured: list[tuple[str, Path]] = []

        def capture(name: str, captured: list[tuple[str, Path]] = captured) -> None:
            if name not in seen:
                seen.add(name)
                captured.append((name, p.screenshot(folder / f"{name}.png")))

        play_turn(p, on_phase=capture)
        yield from captured
    yield shot("summary")
    p.press(pygame.K_RETURN)
    p.click("Our story")
    yield shot("story")
    p.press(pygame.K_ESCAPE)


def curtain_and_private(p: Pilot, folder: Path) -> Iterator[tuple[str, Path]]:
    """From a private turn: the curtain and the private answer screen."""
    p.press(pygame.K_RETURN)
    yield "curtain", p.screenshot(folder / "curtain.png")
    p.press(pygame.K_RETURN)
    yield "private", p.screenshot(folder / "private.png")


def evenings_then_days_off(p: Pilot, evenings: int = 4, seed: int = 3) -> None:
    """`evenings` evenings played by the rules a day apart, then three days off: more memories due than one quiz
    round asks."""
    from tests.story_history import play_evening

    couple = p.services.couples()[0]
    rng = random.Random(seed)
    for _ in range(evenings):
        play_evening(p.services, couple, rng, lambda: p.later(minutes=2))
        p.later(days=1)
    p.later(days=3)
    p.scene.refresh()
