"""Deck studio on a small laptop (1024×600, and the smallest window, 960×540) at every text size.

A couple who use the largest text found the answer kinds broken mid-word ("Numb|er"), "3 min" cut to "3 mi"
under a timer error that ran over the next label, the quiz-side button on the key hints, "Play this deck"
hidden below the deck page's buttons, and the card preview cut mid-word ("walk into a ro…"). Each state is
checked with the layout rules (nothing cut off or overlapping) and the drawn text.
"""

from __future__ import annotations

import pygame
import pytest

from game.ui import layout_record
from game.ui.scenes.studio_card_values import TEXT_EXAMPLES, TIMER_EXAMPLE, TIMER_WORDS
from game.ui.studio_widgets import Segmented
from game.ui.theme import TEXT_SIZES

from .drawn import frame, hints_top
from .layout_rules import problems
from .layout_walks import form_click
from .pilot import Pilot
from .test_studio import add_card, choose, new_deck, saved

SIZES = [(1024, 600), (960, 540)]
SONG = "Which song would you want playing every time you walk into a room?"
CTRL = pygame.KMOD_CTRL


def small_screen(pilots, size: tuple[int, int], text_size: str) -> Pilot:  # type: ignore[no-untyped-def]
    p: Pilot = pilots(at_home=True, size=size)
    p.shell.ui.set("text_size", text_size)
    p.shell.ui.set("reduced_motion", True)
    return p


def holds(p: Pilot, state: str) -> None:
    """Nothing on the screen is cut off, overlaps or leaves its place (tests/ui/layout_rules.py)."""
    p.step()
    found = list(dict.fromkeys(problems(layout_record.capture(p.shell), p.shell.ui.theme.style("heading").size)))
    assert not found, f"{state}: " + "\n".join(found)


def words_whole(p: Pilot, choices: Segmented) -> list[str]:
    """The words of a row of choices that would be broken across lines in their segment (none, when it fits)."""
    ui = p.shell.ui
    style = ui.theme.style("button")
    choices.measure(ui)
    room = {value: choices.segment_rect(value).width - ui.theme.px(14) for value, _ in choices.options}  # as drawn
    return [word for value, words in choices.options for word in words.split() if ui.text.measure(word, style) > room[value]]


def blocks_drawn(p: Pilot) -> list[str]:
    """Every block of words drawn in the next frame, also onto a card's face (which frame() does not see)."""
    renderer = p.shell.ui.text
    asked: list[str] = []
    block = renderer.block

    def noting(text, *args, **kw):  # type: ignore[no-untyped-def]
        asked.append(text)
        return block(text, *args, **kw)

    renderer.block = noting  # type: ignore[method-assign]
    try:
        p.shell.draw()
    finally:
        del renderer.block
    return asked


def show(p: Pilot, label: str) -> None:
    """Scroll the card form to a field, as Tab would."""
    p.scene.focus_on(p.widget(label))
    p.scene.reveal_focus()  # type: ignore[attr-defined]
    p.step()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("text_size", list(TEXT_SIZES))
def test_the_card_form_keeps_words_whole_and_clear_of_the_key_hints(pilots, size, text_size):
    p = small_screen(pilots, size, text_size)
    new_deck(p, "Sofa Nights")
    add_card(p, "What's the first thing we'd do if we won the lottery?", kind="both")
    holds(p, "a both card")
    show(p, "Answer")
    holds(p, "its answer kinds")
    for label in ("Kind", "Depth", "Answer"):  # six answer kinds on a both card: never "Numb" and "er"
        choices = p.widget(label)
        assert isinstance(choices, Segmented)
        assert words_whole(p, choices) == [], f"{label}: words broken at {text_size}"
    form_click(p, "Quiz phrasing")
    p.type("What would {name} do first?")
    flip = p.widget("Show the quiz side")
    p.scene.focus_on(flip)
    holds(p, "the quiz-side button, focused")
    ring = flip.rect.inflate(p.shell.ui.theme.px(8), p.shell.ui.theme.px(8))
    assert ring.bottom <= hints_top(p), "the button's focus ring reaches the key hints"
    assert not [d for d in frame(p) if d.by == "shell" and d.ink.colliderect(ring)]
    p.press(pygame.K_s, mod=CTRL)
    assert p.scene_name == "DeckScene"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("text_size", list(TEXT_SIZES))
def test_a_timer_takes_minutes_and_its_message_keeps_clear_of_the_next_label(pilots, size, text_size):
    p = small_screen(pilots, size, text_size)
    new_deck(p, "Sofa Nights")
    add_card(p, "Put on our song and slow-dance in the kitchen until it ends", kind="action")
    show(p, "Timer")
    drawn = [d.text for d in frame(p)]
    assert TIMER_EXAMPLE in drawn, "the timer's example is cut"
    holds(p, "an empty timer")
    p.click("Timer")
    p.type("3 mi")
    assert p.widget("Timer").value == "3 mi"
    assert p.widget("Timer").error == TIMER_WORDS
    for field in ("Timer", "Card text"):  # and a message long enough to wrap, under the card's words
        if field == "Card text":
            p.click(field)
            p.type(" with {nme}")
        show(p, field)
        holds(p, f"a message under {field}")
        drawn = frame(p)
        [message] = [d for d in drawn if d.text == p.widget(field).error]  # type: ignore[attr-defined]
        others = [d for d in drawn if d is not message and d.by == "CardFormScene" and not d.cut]
        assert not [d.text for d in others if d.ink.colliderect(message.ink)], f"the message under {field} runs over"
    p.press(pygame.K_BACKSPACE, times=len(" with {nme}"))
    p.click("Timer")
    p.press(pygame.K_END)
    p.type("n")
    assert p.widget("Timer").error == ""
    p.press(pygame.K_s, mod=CTRL)
    assert saved(p).cards[0].seconds == 180


@pytest.mark.parametrize(("typed", "seconds"), [("90", 90), ("90s", 90), ("1:30", 90), ("2 minutes", 120), ("1 min 30", 90)])
def test_a_timer_is_understood_as_a_couple_writes_it(pilots, typed, seconds):
    p: Pilot = pilots(at_home=True)
    new_deck(p)
    add_card(p, "Hug until one of you laughs", kind="action")
    p.click("Timer")
    p.type(typed)
    p.press(pygame.K_s, mod=CTRL)
    assert saved(p).cards[0].seconds == seconds


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("text_size", list(TEXT_SIZES))
def test_play_this_deck_is_in_sight_and_the_preview_shows_the_whole_question(pilots, size, text_size):
    p = small_screen(pilots, size, text_size)
    new_deck(p, "Sofa Nights")
    add_card(p, SONG)
    p.press(pygame.K_s, mod=CTRL)
    holds(p, "the deck page")
    play = p.widget("Play this deck")
    scrolled = getattr(p.scene.page, "scrolls", False) and play in p.scene.page.widgets
    assert not scrolled and play.rect.bottom < hints_top(p) and p.shell.window.get_rect().contains(play.rect)
    assert ("P", "play") in p.scene.hints
    assert SONG in blocks_drawn(p), "the preview cuts the question"
    deck_id = p.scene.deck.id  # type: ignore[attr-defined]
    p.key("p")
    assert p.scene_name == "SetupScene" and p.scene.chosen == {deck_id}  # type: ignore[attr-defined]


def test_a_question_too_long_for_its_card_ends_after_a_whole_word(pilots):
    p = small_screen(pilots, (1024, 600), "largest")
    new_deck(p, "Sofa Nights")
    long = SONG + " And the one you'd want at the end of a very long and difficult day, when nothing went right?"
    add_card(p, long)
    [cut] = [text for text in blocks_drawn(p) if text.endswith("…")]  # the card form's card, at full size
    kept = cut.removesuffix("…").split()
    assert long.split()[: len(kept)] == kept, f"cut inside a word: {cut!r}"


@pytest.mark.parametrize("text_size", ["medium", "largest"])
def test_each_kind_of_card_has_its_own_example_and_it_shows_whole(pilots, text_size):
    p = small_screen(pilots, (1024, 600), text_size)
    new_deck(p)
    p.click("Add a card")
    seen = set()
    for kind, example in TEXT_EXAMPLES.items():
        choose(p, "Kind", kind)
        show(p, "Card text")
        field = p.widget("Card text")
        assert field.placeholder == example  # type: ignore[attr-defined]
        [drawn] = [d for d in frame(p) if d.text == example]
        assert field.rect.contains(drawn.ink) and not drawn.cut
        seen.add(example)
    assert len(seen) == 4


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("text_size", list(TEXT_SIZES))
def test_the_questions_about_answers_and_deleting_fit(pilots, size, text_size):
    from .test_studio_own_decks import FUNERAL, deck_with_an_answer, open_in_studio, reword

    p = small_screen(pilots, size, text_size)
    deck_with_an_answer(p, "What's the first thing we'd do if we won the lottery?")
    reword(p, FUNERAL)
    holds(p, "new words for a card with answers")
    p.press(pygame.K_ESCAPE)
    p.press(pygame.K_ESCAPE)
    p.click("Leave it")
    open_in_studio(p, "Sofa Nights")
    holds(p, "the couple's own deck in the studio")
    p.click("Delete this deck")
    holds(p, "deleting a deck")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("text_size", ["larger", "largest"])
def test_a_deck_s_buttons_show_whole_in_its_panel_and_a_click_where_they_show_presses_them(pilots, size, text_size):
    """At 960×540 Largest "Edit cards" lay below the fold of the deck's panel, and a click where it was drawn
    pressed the key hints under it: the deck's buttons keep to the foot of its panel, in sight."""
    p = small_screen(pilots, size, text_size)
    new_deck(p, "Rainy Sundays and long slow mornings together")
    add_card(p, SONG)
    p.press(pygame.K_s, mod=CTRL)
    p.press(pygame.K_ESCAPE)
    assert p.scene_name == "StudioScene" and "Edit cards" in p.labels()
    holds(p, "the studio with the couple's own deck")
    details = p.scene.details  # type: ignore[attr-defined]
    for label in ("Edit cards", "Duplicate to edit", "Delete this deck"):
        button = p.widget(label)
        assert details.contains(button.rect) and button.rect.bottom < hints_top(p), (label, button.rect, details)
    p.click_at(p.widget("Edit cards").rect.center)
    assert p.scene_name == "DeckScene"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("text_size", ["larger", "largest"])
def test_a_new_deck_s_colours_show_whole_as_it_opens_and_when_its_name_is_missing(pilots, size, text_size):
    """At 960×540 Largest the deck form's colour dots lay half under the foot of its scrolling box: the description
    gives up a line and the gaps some room there, so every colour shows whole, refused name and all."""
    from game.ui.swatch import Swatch

    p = small_screen(pilots, size, text_size)
    p.click("Deck studio")
    p.click("New deck")
    for state in ("as it opens", "with its name missing"):
        if state != "as it opens":
            p.click("Create deck")
            assert p.scene_name == "DeckFormScene" and p.scene.problems  # type: ignore[attr-defined]
        p.step()
        shown = p.scene.page.area  # type: ignore[attr-defined]
        cut = [w.label for w in p.scene.widgets if isinstance(w, Swatch) and not shown.contains(w.rect)]
        assert not cut, f"{state}: colours cut off at the box's foot: {cut}"
