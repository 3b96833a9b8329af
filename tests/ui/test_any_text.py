"""Every way the game draws text survives any string: zero-width marks, bidi controls, NULs, lone surrogates.

A couple named "Noa" with a right-to-left mark, a Persian answer with a zero-width
non-joiner or a pasted soft hyphen once crashed a screen on every start.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.keepsake import Keepsake, LearnedThing
from game.ui.intents import Text
from game.ui.keepsake_image import draw_keepsake
from game.ui.scene import UI
from game.ui.text import TextStyle
from game.ui.text_field import TextField

from .pilot import Pilot

TRICKY = [
    "\u200f",  # right-to-left mark
    "Noa\u200f",
    "\u200c",  # zero-width non-joiner
    "می\u200cخواهم",  # Persian with a ZWNJ
    "\u200b",  # zero-width space
    "\u00ad",  # soft hyphen
    "\u202e",
    "\u2066\u2069",
    "\ufeff",
    "\U000e0001",
    "\0",
    "a\0b",
    "\ud800",  # a lone surrogate
    "x\udfff y",
    "\ud83d\ude00",  # a surrogate pair written out
    "",
    " ",
    "\n\n",
    "\u0301",  # a combining accent with nothing to sit on
]

# Any code point at all, surrogates included, with the tricky ones often.
ANY_TEXT = st.lists(
    st.one_of(st.sampled_from(TRICKY), st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=8)),
    max_size=6,
).map("".join)


@pytest.fixture(scope="module")
def ui(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UI]:
    pilot = Pilot(tmp_path_factory.mktemp("any-text"), datetime(2026, 11, 25, 19, 30))
    yield pilot.shell.ui
    pilot.close()


STYLES = [TextStyle("ui", 18), TextStyle("card", 30, bold=True)]


@pytest.mark.parametrize("text", TRICKY)
def test_each_tricky_string_draws_measures_and_wraps(ui: UI, text: str) -> None:
    draw_everywhere(ui, text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ANY_TEXT, width=st.integers(1, 500))
def test_any_text_draws_through_every_entry_point(ui: UI, text: str, width: int) -> None:
    draw_everywhere(ui, text, width)


def draw_everywhere(ui: UI, text: str, width: int = 200) -> None:
    for style in STYLES:
        assert ui.text.measure(text, style) >= 0
        assert ui.text.line(text, style, (20, 20, 20)).get_height() > 0
        for align in ("left", "center", "right"):
            assert ui.text.block(text, style, (20, 20, 20), width, align).get_width() >= 1
        assert isinstance(ui.text.wrap(text, style, width), list)
    field = TextField("Answer", multiline=True, value=text)
    field.rect = pygame.Rect(0, 0, max(40, width), 120)
    surface = pygame.Surface((600, 200))
    field.draw(surface, ui, True, False)
    field.handle(Text(text[:3]), ui)
    field.draw(surface, ui, True, False)
    single = TextField("Name", value=text, placeholder=text)
    single.rect = pygame.Rect(0, 0, 300, 48)
    single.draw(surface, ui, True, False)
    single.value = ""
    single.draw(surface, ui, False, False)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.tuples(ANY_TEXT, ANY_TEXT), words=ANY_TEXT)
def test_a_keepsake_draws_whatever_the_names_and_answers_hold(ui: UI, names: tuple[str, str], words: str) -> None:
    keepsake = Keepsake(
        names=names,
        colors=("#c8784f", "#4f8cc8"),
        day=date(2026, 11, 25),
        minutes=60,
        minutes_spent=58,
        cards_played=3,
        learned=(LearnedThing(0, words, words),),
        learned_count=1,
        knowledge=(0.5, None),
        quizzes=((1, 2), (0, 0)),
        in_sync=None,
        sync=(0, 0),
        starred=(words,),
        upcoming=(words,),
    )
    assert draw_keepsake(ui, keepsake).get_size() == (1080, 1350)


def test_a_couple_named_noa_with_a_right_to_left_mark_reaches_home_and_starts_again(pilots) -> None:
    p = pilots(at_home=True, names=("Noa\u200f", "\u200fDana"))
    p.advance(1.0)
    assert p.scene_name == "HomeScene"
    p = pilots()  # the next start, with the couple already made
    p.press(pygame.K_RETURN)
    p.advance(1.0)
    assert p.scene_name == "HomeScene"
