"""A first round by keys alone: the title, who's playing, Home, Play, a typed card, a choice card, a scale card, a pass,
the summary and back home. Each key does something a couple can see, and the focus is never left on nothing or in the
top bar where the next key would be lost (save where nothing is chosen on purpose: a judge's verdict, a pick)."""

from __future__ import annotations

import pygame

from game.core.cards import AnswerType, Kind
from game.core.session import Phase
from game.ui.widgets import Button

from .pilot import Pilot

SHIFT = pygame.KMOD_SHIFT


def _seen(p: Pilot) -> tuple[object, ...]:
    """What a couple can see change after a key: the screen, its step, where the focus is, what is typed or set."""
    scene, focused = p.scene, p.scene.focused()
    session = getattr(scene, "session", None)
    step = (session.current, session.phase) if session is not None else None
    value = getattr(focused, "value", None)
    return (id(scene), step, focused.label if focused is not None else None, value, p.shell.ui.toast_text)


def _key(p: Pilot, press, what: str) -> None:
    """Press a key; something the couple can see must change."""
    before = _seen(p)
    press()
    assert _seen(p) != before, f"{what} did nothing on {p.scene_name}"


def _nothing_chosen_on_purpose(p: Pilot) -> bool:
    session = getattr(p.scene, "session", None)
    if session is not None and session.phase is Phase.JUDGE:
        return True
    answer = getattr(p.scene, "input", None)
    return answer is not None and bool(answer.options())  # a pick: no option is chosen for them, at the table or alone


def _focus_in_reach(p: Pilot) -> None:
    focused = p.scene.focused()
    if _nothing_chosen_on_purpose(p):
        return
    assert focused is not None, f"the focus is on nothing on {p.scene_name}"
    assert not focused.top_bar, f"the focus was left in the top bar, on {focused.label!r}"


def _answer(p: Pilot, kind: AnswerType, seen: set[str]) -> None:
    seen.add(kind.value)
    if kind is AnswerType.TEXT:
        _key(p, lambda: p.type("Tea in bed"), "typing an answer")
        _key(p, lambda: p.press(pygame.K_RETURN), "Enter on a typed answer")
    elif kind is AnswerType.NUMBER:
        _key(p, lambda: p.type("3"), "typing a number")
        _key(p, lambda: p.press(pygame.K_RETURN), "Enter on a number")
    elif kind is AnswerType.DATE:
        _key(p, lambda: p.type("14 March"), "typing a date")
        _key(p, lambda: p.press(pygame.K_RETURN), "Enter on a date")
    elif kind is AnswerType.SCALE:
        _key(p, lambda: p.press(pygame.K_RIGHT), "→ on a scale")
        _key(p, lambda: p.press(pygame.K_RETURN), "Enter on a scale")
    elif p.scene.focused() is None:  # a guess: none chosen for them
        _key(p, lambda: p.press(pygame.K_TAB), "Tab to a guess")
        _key(p, lambda: p.press(pygame.K_RETURN), "Enter on a guess")
    else:
        _key(p, lambda: p.press(pygame.K_RETURN), "Enter on an option")


def test_a_first_round_by_keys_alone_never_leaves_a_key_unanswered_or_the_focus_lost(pilots):
    p = pilots()
    assert p.scene_name == "TitleScene"
    _key(p, lambda: p.press(pygame.K_RETURN), "Enter on the title")
    assert p.scene_name == "CoupleFormScene"
    _key(p, lambda: p.type("Zoë"), "typing a name")
    _key(p, lambda: p.press(pygame.K_RETURN), "Enter after the first name")
    _key(p, lambda: p.type("Sam"), "typing a name")
    _key(p, lambda: p.press(pygame.K_RETURN), "Enter after the second name")
    p.advance(4.0)
    seen: set[str] = set()
    passed = False
    for _ in range(60):  # rounds, until a scale card has been dealt too (three of 853 cards: the thirty-sixth round here)
        assert p.scene_name == "HomeScene" and p.scene.focused().label == "Play"
        passed = _play_a_round(p, seen, passed)
        if {"text", "choice", "scale"} <= seen:
            break
    assert passed and {"text", "choice", "scale"} <= seen, (passed, seen)


def _play_a_round(p: Pilot, seen: set[str], passed: bool) -> bool:
    """Play, deal, every card by keys, the summary and back home; True once a card has been passed."""
    _key(p, lambda: p.press(pygame.K_RETURN), "Enter on Play")
    assert p.scene_name == "SetupScene"
    _key(p, lambda: p.press(pygame.K_TAB, mod=SHIFT), "Shift+Tab on the decks")
    assert p.scene.focused().label == "Deal the cards"  # the last control, one key from the first
    _key(p, lambda: p.press(pygame.K_RETURN), "Enter on Deal the cards")
    p.advance(0.6)
    for _ in range(80):
        if p.scene_name != "PlayScene":
            break
        _focus_in_reach(p)
        scene = p.scene
        card, phase = scene.card(), scene.session.phase
        if not passed and phase is Phase.ANSWER and card.kind is Kind.ACTION:
            # Pass by Tab and Enter: the next card comes with the focus on its own controls, not left on Pass.
            for _ in range(12):
                if p.scene.focused().label == "Pass":
                    break
                p.press(pygame.K_TAB)
            _key(p, lambda: p.press(pygame.K_RETURN), "Enter on Pass")
            passed = True
        elif phase is Phase.ANSWER and card.kind is Kind.ASK and card.remembered:
            _answer(p, card.answer_type, seen)
        elif phase is Phase.PRIVATE:
            _key(p, lambda: p.press(pygame.K_RETURN), "Enter on the hand-over")
            _key(p, lambda: p.press(pygame.K_RETURN), "Enter on the curtain")
            while p.scene_name == "PrivateAnswerScene":
                _focus_in_reach(p)
                kind = AnswerType.CHOICE if card.kind is Kind.SCENARIO else card.answer_type
                _answer(p, kind, seen)
                if p.scene_name == "CurtainScene":
                    _key(p, lambda: p.press(pygame.K_RETURN), "Enter on the curtain")
        elif phase is Phase.JUDGE:
            _key(p, lambda: p.press(pygame.K_TAB), "Tab to a verdict")
            _key(p, lambda: p.press(pygame.K_RETURN), "Enter on a verdict")
        else:
            _key(p, lambda: p.press(pygame.K_RETURN), f"Enter on {phase.value}")
        p.advance(0.7)
    assert p.scene_name == "SummaryScene"
    _focus_in_reach(p)
    _key(p, lambda: p.press(pygame.K_RETURN), "Enter on the summary")
    assert p.scene_name == "HomeScene"
    return passed


def test_every_place_home_leads_has_a_key_of_its_own_and_k_opens_deck_studio(pilots):
    """A couple at the keyboard reaches each place Home's main buttons lead by one letter, shown on its button."""
    p = pilots(at_home=True)
    places = ("Play", "Quiz me", "Date night", "Our story", "Deck studio", "Settings")
    buttons = [w for w in p.scene.widgets if isinstance(w, Button) and w.visible and w.label.startswith(places)]
    assert len(buttons) == len(places), [w.label for w in buttons]
    keys = [w.hotkey for w in buttons]
    assert all(keys), [w.label for w in buttons if not w.hotkey]
    assert len(set(keys)) == len(keys), keys
    p.key("k")
    assert p.scene_name == "StudioScene"
