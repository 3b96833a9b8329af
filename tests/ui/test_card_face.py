"""A card's face keeps its words apart: the question, a note under it and the kind of turn never overlap."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

import pytest

from game.ui import layout_model
from game.ui.card_view import body_fits, card_surface, table_card_rect

from .pilot import Pilot

NOTES = [
    "",
    "Pass freely.",
    "Met before phones, or never saved me? Then what you called me to your friends.",
    "No row yet? The bicker that came closest. Never had one at all? Then the one you can see coming, and how it goes.",
]


@pytest.mark.parametrize("size", [(960, 540), (1280, 720), (1920, 1080)])
@pytest.mark.parametrize("text_size", ["medium", "larger", "largest"])
def test_a_note_sits_between_the_question_and_the_footer(pilots: Callable[..., Pilot], size, text_size) -> None:
    ui = pilots(size=size).shell.ui
    ui.set("text_size", text_size)
    card = table_card_rect(ui.theme)
    body = "What was I saved as in your phone at first, and did you ever change it?"
    for note in NOTES:
        face = card_surface(ui, card.size, "#7a5cc4", "Our Story So Far", 2, body, "Share", note)
        [inside] = [rect for kind, rect, _, _ in layout_model.notes_of(face) if kind == "card"]
        texts = [(label, rect) for kind, rect, label, _ in layout_model.notes_of(face) if kind == "text"]
        assert any(label == "Share" for label, _ in texts)
        assert not note or any(label == note for label, _ in texts), "the note is drawn"
        for label, rect in texts:
            assert inside.contains(rect), f"{label!r} spills off the card at {size} {text_size}"
        for (one, a), (other, b) in combinations(texts, 2):
            assert not a.colliderect(b), f"{one!r} overlaps {other!r} at {size} {text_size} with note {note!r}"


LONG_BODIES = [
    "The first time Maximiliane-Charlotte stayed over at Nguyễn Thị Ánh Dương's, what had xe brought just in case?",
    "When Maximiliane-Charlotte was only running late, what's the wildest disaster Nguyễn Thị Ánh Dương pictured?",
]


@pytest.mark.parametrize("card", [(1296, 1573), (1296, 1620), (1296, 1407)])  # the play screen's card at 3840×2160
@pytest.mark.parametrize("body", LONG_BODIES)
def test_a_question_cut_short_for_its_note_stays_above_it(pilots: Callable[..., Pilot], card, body) -> None:
    """Cut to the room above the note, the last line ends in "…" and is not broken again below the room."""
    size = (3840, 2160)
    ui = pilots(size=size).shell.ui
    ui.set("text_size", "largest")
    note = "If I always came to you, the first night away together counts."
    face = card_surface(ui, card, "#7a5cc4", "Our Story So Far", 1, body, "Quiz", note)
    texts = [(label, rect) for kind, rect, label, _ in layout_model.notes_of(face) if kind == "text"]
    [question] = [(label, rect) for label, rect in texts if label not in (note, "Quiz", "OUR STORY SO FAR", "light")]
    for (one, a), (other, b) in combinations(texts, 2):
        assert not a.colliderect(b), f"{one!r} overlaps {other!r} at {size}"
    if question[0] != body:  # it had to be cut: every kept line is one line, the last one ends in "…"
        assert question[0].endswith("…")


@pytest.mark.parametrize("size", [(960, 540), (1280, 720)])
def test_at_the_largest_text_a_note_gives_way_before_the_question_is_cut(pilots: Callable[..., Pilot], size) -> None:
    """The question is the card: where it fits alone but not beside its note, the note is left off, not the question."""
    ui = pilots(size=size).shell.ui
    ui.set("text_size", "largest")
    card = table_card_rect(ui.theme).size
    body = "Settle one long-running little dispute tonight: rock, paper, scissors, best of five. The loser gives in for a week."
    note = "Pick a small one: the thermostat, the side of the bed, whose turn it is to ring the landlord."
    assert body_fits(ui, card, body) and not body_fits(ui, card, body, note), "the case this test is about"
    face = card_surface(ui, card, "#7a5cc4", "Openers and Closers", 1, body, "Together", note)
    labels = [label for kind, _, label, _ in layout_model.notes_of(face) if kind == "text"]
    assert body in labels, "the whole question is on the card"
    assert note not in labels
    short = "Pick a small one."
    face = card_surface(ui, card, "#7a5cc4", "Openers and Closers", 1, body, "Together", short)
    labels = [label for kind, _, label, _ in layout_model.notes_of(face) if kind == "text"]
    assert body in labels and (short in labels) == body_fits(ui, card, body, short)
