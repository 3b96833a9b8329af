"""A card's face keeps its words apart: the question, a note under it and the kind of turn never overlap."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

import pytest

from game.ui import layout_model
from game.ui.bidi import seen
from game.ui.card_view import body_fits, card_surface, table_card_rect

from .pilot import Pilot
from .wrapped_lines import wrapped_text

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


#: "If we went on a 3-day trip, Lisbon or Rome or Kyoto? What would you like us to do there first? …"
PERSIAN_QUESTION = (
    "اگر قرار بود یک سفر ۳ روزه برویم، Lisbon یا Rome یا Kyoto؟ اولین کاری که دوست داری با هم در آنجا انجام دهیم"
    " چیست؟ 2019 را یادت هست؟ Netflix یا دریا؟ 5 دقیقه یا 5 ساعت؟"
)


@pytest.mark.parametrize("text_size", ["medium", "largest"])
def test_a_persian_question_cut_short_keeps_its_lines_in_order_and_its_dots_on_the_left(
    pilots: Callable[..., Pilot], text_size
) -> None:
    """The lines kept are lines of the one question: one that begins with "Lisbon" still reads from the right."""
    p = pilots()
    ui = p.shell.ui
    ui.set("text_size", text_size)
    card = table_card_rect(ui.theme)
    latin_first = 0
    for height in range(card.height, 150, -20):
        with wrapped_text(p) as found:
            card_surface(ui, (card.width, height), "#7a5cc4", "Our Story So Far", 2, PERSIAN_QUESTION, "Share")
        [cut] = [text for text in found if text.endswith("…")] or [None]
        if cut is None:
            continue
        kept, whole = found[cut], found[PERSIAN_QUESTION]
        assert [line.direction for line in kept] == ["rtl"] * len(kept), (height, cut)
        assert seen(kept[-1].runs).startswith("…"), "the dots end the question: at the left of a right-to-left line"
        assert [seen(line.runs) for line in kept[:-1]] == [seen(line.runs) for line in whole[: len(kept) - 1]]
        latin_first += any(line.text[0].isascii() for line in kept)
    assert latin_first, "the case this test is about: a kept line that begins with an English word or a number"


@pytest.mark.parametrize("size", [(960, 540), (1280, 720)])
def test_every_built_in_decks_name_shows_whole_on_its_cards_at_the_larger_text(pilots: Callable[..., Pilot], size) -> None:
    """A tester read "LISTENING & APPRECIATIO…" and "TRUST AND THE FIRST…" at Larger text: a long name is set a little
    smaller to show whole, apart from the depth beside it."""
    from pathlib import Path

    import yaml

    ui = pilots(size=size).shell.ui
    ui.set("text_size", "larger")
    card = table_card_rect(ui.theme)
    decks = Path(__file__).resolve().parents[2] / "decks"
    names = [yaml.safe_load(path.read_text("utf-8"))["name"] for path in sorted(decks.glob("*.yaml"))]
    assert "Listening & Appreciation" in names
    for name in names:
        face = card_surface(ui, card.size, "#7a5cc4", name, 3, "What did you hear me say?", "Share")
        texts = [(label, rect) for kind, rect, label, _ in layout_model.notes_of(face) if kind == "text"]
        [drawn] = [rect for label, rect in texts if label == name.upper()]
        depth = next(rect for label, rect in texts if label == "deep")
        assert drawn.right < depth.left, f"{name!r} runs into the depth at {size}"
