"""A private answer whose options are taller than a small window scrolls, and the card's words stay in sight.

At the largest text in a 960×540 window a scenario's long options run past the bottom of the panel:
the answer area scrolls like the play screen's side (the wheel scrolls it, Tab brings the focused
option into sight, a click on the hidden part of an option is not a pick), while the card's words
and the question above it stay where they are.

A card both answer by picking a choice never needs that: the choices draw closer (each row as tall as
its own words, a wider panel, and no more than "Pick who, as you see it." above them), so every one
shows at once and no couple is left not knowing there is more.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.core.cards import AnswerType, Kind
from game.ui.private_answer import PrivateAnswerScene
from game.ui.widgets import Button

from .pilot import Pilot
from .test_scene_results import cards_where, opened

Pilots = Callable[..., Pilot]


def small_and_large(pilots: Pilots) -> tuple[Pilot, PrivateAnswerScene, list[object]]:
    p = pilots(at_home=True, size=(960, 540))
    p.shell.ui.set("text_size", "largest")
    p.step()
    scenarios = cards_where(p, lambda c: c.kind is Kind.SCENARIO and len(c.options) >= 5)
    card = max(scenarios, key=lambda c: sum(len(option) for option in c.options))  # the longest options there are
    scene = PrivateAnswerScene(p.shell.ui, card, "Zoë", "Łukasz", "#e07a5f")
    heard = opened(p, scene)
    return p, scene, heard


def options(scene: PrivateAnswerScene) -> list[Button]:
    assert scene.input is not None
    return [w for w in scene.input.widgets if isinstance(w, Button) and w is not scene.input.submit]


def wheel(p: Pilot, y: int) -> None:
    p.step([pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y, flipped=False)])


def test_long_options_scroll_under_the_card_and_the_question(pilots: Pilots) -> None:
    p, scene, heard = small_and_large(pilots)
    view = scene.scroller.viewport.copy()
    last = options(scene)[-1]
    assert scene.scroller.scrolls and last.rect.bottom > view.bottom  # more than the window holds
    assert view.top > scene.box.top + p.shell.ui.theme.px(90)  # the card's words and the question sit above it
    assert view.bottom <= scene.box.bottom
    for _ in range(10):
        wheel(p, -1)
    assert scene.scroller.offset == scene.scroller.limit > 0
    assert view.contains(last.rect) and scene.scroller.viewport == view  # the words above did not move
    for _ in range(10):
        wheel(p, 1)
    assert scene.scroller.offset == 0 and heard == []


def test_tab_brings_the_focused_option_into_sight(pilots: Pilots) -> None:
    p, scene, _ = small_and_large(pilots)
    last = options(scene)[-1]
    for _ in range(len(options(scene))):  # nothing is chosen at first: the first Tab comes to the first option
        p.press(pygame.K_TAB)
    assert scene.focused() is last
    assert scene.scroller.offset > 0 and scene.scroller.viewport.contains(last.rect)


def test_a_click_on_the_hidden_part_of_an_option_is_not_a_pick(pilots: Pilots) -> None:
    p, scene, _ = small_and_large(pilots)
    view = scene.scroller.viewport
    cut = next(w for w in options(scene) if w.rect.top < view.bottom < w.rect.bottom - 4)
    below = (cut.rect.centerx, view.bottom + 3)  # inside the option's rectangle, under the viewport
    p.step([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=below, button=1)])
    p.step([pygame.event.Event(pygame.MOUSEBUTTONUP, pos=below, button=1)])
    assert scene.own is None
    shown = (cut.rect.centerx, (cut.rect.top + view.bottom) // 2)
    p.step([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=shown, button=1)])
    p.step([pygame.event.Event(pygame.MOUSEBUTTONUP, pos=shown, button=1)])
    assert scene.own == cut.label and scene.scroller.offset == 0  # picked; the guess starts from the top


def test_every_choice_of_a_card_answered_privately_shows_unscrolled_at_960x540_largest(pilots: Pilots) -> None:
    p = pilots(at_home=True, size=(960, 540))
    p.shell.ui.set("text_size", "largest")
    p.step()
    cards = list(cards_where(p, lambda c: c.kind is Kind.BOTH and c.answer_type in (AnswerType.CHOICE, AnswerType.WHO)))
    assert len(cards) > 10
    tight = []
    for card in cards:
        scene = PrivateAnswerScene(p.shell.ui, card, "Maximiliane-Charlotte", "Nguyễn Thị Ánh Dương", "#e07a5f")
        opened(p, scene)
        view = scene.scroller.viewport
        assert not scene.scroller.scrolls, card.id
        assert all(view.contains(option.rect) for option in options(scene)), card.id
        assert scene.box.bottom <= p.shell.ui.hints_top(scene.hints), card.id
        tight += [card.id] if scene.tight else []
        p.press(pygame.K_ESCAPE)
    assert "which-light-on-in-bed" in tight, "the six longest choices are the ones drawn closer"


def test_choices_that_fit_keep_their_words_and_spacing(pilots: Pilots) -> None:
    p = pilots(at_home=True)
    card = next(cards_where(p, lambda c: c.id == "which-light-on-in-bed"))
    scene = PrivateAnswerScene(p.shell.ui, card, "Zoë", "Łukasz", "#e07a5f")
    opened(p, scene)
    assert not scene.tight and scene.asked() == "Your answer stays hidden until you have both answered."
    assert len({option.rect.height for option in options(scene)}) == 1, "rows alike, as ever"
