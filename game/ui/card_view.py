"""The face of a card as it is dealt: the deck's band and name, the depth, the words, the kind of turn.

Play draws the card on the table with it, and the deck studio's preview draws the very same face.
"""

from __future__ import annotations

import pygame

from game.core.cards import Kind

from . import layout_model
from .context import Context as UI
from .drawing import card_face, dot, text_at
from .text import TextStyle
from .theme import Theme

LEVEL_WORDS = {1: "light", 2: "personal", 3: "deep"}
KIND_WORDS = {Kind.ASK: "Share", Kind.BOTH: "Both answer", Kind.SCENARIO: "Have each other's back", Kind.ACTION: "Together"}


def table_card_rect(t: Theme) -> pygame.Rect:
    """Where the card lies in play (the studio's preview lies in the same place, at the same size)."""
    width, height = t.size
    top = t.px(96)
    card_w = min(int(width * 0.40), int((height - top - t.px(70)) * 0.78))
    card_h = int(card_w * 1.25)
    return pygame.Rect(t.px(56), top, card_w, min(card_h, height - top - t.px(70)))


def body_fits(ui: UI, size: tuple[int, int], body: str, note: str = "") -> bool:
    """Whether `body` fits between the deck's name and the footer of a card this size, with `note` above the
    footer, as card_surface lays them out."""
    t = ui.theme
    inner_w, inner_h = size[0] - t.px(68), size[1] - t.px(88)
    top, bottom, _, _ = _spaces(ui, inner_w, inner_h, note)
    return any(
        ui.text.block(body, t.style(style), (0, 0, 0), max(1, inner_w)).get_height() <= bottom - top
        for style in (("card", "card_small") if len(body) < 110 else ("card_small",))
    )


def _spaces(ui: UI, width: int, height: int, note: str) -> tuple[int, int, int, pygame.Surface | None]:
    """Inside a card's margins (`width` × `height`): where its words begin and end, where the note begins, and
    the note drawn (None without one). The deck's name is above the words, the note and the footer below."""
    t = ui.theme
    line = ui.text.line_height(t.style("hint"))
    notes = ui.text.block(note, t.style("hint"), t.color("card_muted"), max(1, width)) if note else None
    note_top = height - line - t.px(8) - (notes.get_height() if notes else 0)  # the note sits just above the footer
    top = line + t.px(12)  # below the deck's name
    bottom = note_top - t.px(8) if notes else height - line - t.px(12)  # above the note, or the footer
    return top, bottom, note_top, notes


def card_surface(
    ui: UI,
    size: tuple[int, int],
    deck_color: str,
    deck_name: str,
    level: int,
    body: str,
    footer: str,
    note: str = "",
    whole: bool = False,
) -> pygame.Surface:
    """A new surface with the card (and its shadow) at `size`; `body` is the text as the players read it.

    A body too long for the card ends in "…" after the last whole word that fits. `whole` (a small copy of the
    card, such as the deck page's) sets the words smaller first, down to the size of small print, to show them all.
    """
    t = ui.theme
    face = card_face(ui, size, deck_color)
    spread = t.px(14)
    inner = pygame.Rect(spread + t.px(34), spread + t.px(44), size[0] - t.px(68), size[1] - t.px(88))
    words = text_at(face, ui, LEVEL_WORDS.get(level, ""), "hint", (inner.right, inner.top), "card_muted", "topright")
    radius = max(3, t.px(5))
    for step in range(3):
        center = (words.left - t.px(14) - (2 - step) * t.px(15), words.centery)
        dot(face, t.color("card_muted"), center, radius, filled=step < level)
    room = words.left - t.px(14) - 2 * t.px(15) - radius - t.px(12) - inner.left
    label = deck_name.upper()
    small = t.style("hint")
    least = small.size * 3 // 4  # a long deck name is set a little smaller to show whole, down to three quarters
    while ui.text.measure(label, small) > room and small.size > least:
        small = small._replace(size=small.size - 1)
    name = ui.text.shortened(label, small, room)  # longer still (a deck of their own): whole on the deck's screens
    face.blit(ui.text.line(name, small, t.color("card_muted")), inner.topleft)
    if note and not body_fits(ui, size, body, note) and body_fits(ui, size, body):
        note = ""  # the question comes first: at a large text size a note that would cut it short gives way
    top, bottom, note_top, notes = _spaces(ui, inner.w, inner.h, note)
    top, bottom, note_top = inner.top + top, inner.top + bottom, inner.top + note_top
    room = bottom - top
    style = t.style("card" if len(body) < 110 else "card_small")
    block = ui.text.block(body, style, t.color("card_text"), inner.width)
    if block.get_height() > room and style == t.style("card"):
        style = t.style("card_small")
        block = ui.text.block(body, style, t.color("card_text"), inner.width)
    while whole and block.get_height() > room and style.size > t.style("small").size:
        style = style._replace(size=style.size - 1)
        block = ui.text.block(body, style, t.color("card_text"), inner.width)
    if block.get_height() > room:  # too long for the card at this text size: as much as fits, then "…"
        short = _cut(ui, body, style, inner.width, max(1, room // ui.text.line_height(style)))
        layout_model.shortened_on_purpose(short)
        block = ui.text.block(short, style, t.color("card_text"), inner.width)
    face.blit(block, (inner.left, (top + bottom) // 2 - block.get_height() // 2))
    text_at(face, ui, footer, "hint", (inner.left, inner.bottom), "card_muted", "bottomleft")
    if notes:
        face.blit(notes, (inner.left, note_top))
    return face


def _cut(ui: UI, body: str, style: TextStyle, width: int, rows: int) -> str:
    """`body` cut to its first `rows` wrapped lines, the last ending in "…".

    The lines kept stay lines of their paragraph, joined as they were typed (a space, or nothing inside a word
    broken across lines), not each made a paragraph of its own: a right-to-left question keeps its order and
    its side, a line that begins with an English word or a number included, and the "…" stays at its logical
    end (a right-to-left line's left edge).
    """
    every = ui.text.laid_out(body, style, width)
    kept = [line.text for line in every[:rows]]
    kept[-1] = _last_line(ui, f"{kept[-1]} {every[rows].text}", style, width)
    joined = kept[0]
    for before, line, text in zip(every, every[1:rows], kept[1:], strict=False):
        ends = before.start + len(before.text)
        joined += ("\n" if line.start == 0 else " " if line.start > ends else "") + text
    return joined


def _last_line(ui: UI, text: str, style: TextStyle, width: int) -> str:
    """`text` cut to one line ending in "…", as the wrap that lays out the block measures it.

    The cut measures the line whole, the wrap word by word; where they differ by a pixel or two the wrap
    would break the cut line again, and the card's words would run one line lower than the room they have.
    """
    room = width
    short = _at_a_word(text, ui.text.shortened(text, style, room))
    while len(ui.text.wrap(short, style, width)) > 1 and room > 1:
        room -= max(1, ui.text.measure(" ", style))
        short = _at_a_word(text, ui.text.shortened(text, style, room))
    return short


def _at_a_word(text: str, short: str) -> str:
    """`short` (the start of `text` and "…") cut back to the end of its last whole word: "into a…", never "into a ro…"."""
    kept = short.removesuffix("…")
    if len(kept) < len(text) and not text[len(kept)].isspace() and " " in kept.strip():
        kept = kept[: kept.rstrip().rindex(" ")]
    cut = kept.rstrip(" ,;:—–-") + "…"
    layout_model.shortened_on_purpose(cut)
    return cut
