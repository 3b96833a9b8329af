"""The keepsake picture of a date night: drawn from a `Keepsake` (decided in the core) in the date-night palette.

A portrait 1080×1350 PNG — the evening's date and length, the two of you, what you played and
learned, how well you know each other, starred moments, and dates coming up. It is drawn only
from the Keepsake's fields, which never hold a memory marked "just between us".
"""

from __future__ import annotations

import io

import pygame

from game.core.direction import quoted
from game.core.keepsake import Keepsake, LearnedThing

from .context import Context as UI
from .drawing import dot, heart, mix
from .theme import Theme, hex_color

SIZE = (1080, 1350)
#: Design pixels are laid out on 720×900 and drawn at 1.5×.
DESIGN = (1920, 1080)
MARGIN = 60


def _theme() -> Theme:
    return Theme("date_night", DESIGN)


def draw_keepsake(ui: UI, keepsake: Keepsake) -> pygame.Surface:
    t = _theme()
    surface = pygame.Surface(SIZE)
    top, bottom = t.color("background_glow"), t.color("background")
    for y in range(SIZE[1]):
        pygame.draw.line(surface, mix(top, bottom, min(1.0, y / (SIZE[1] * 0.8))), (0, y), (SIZE[0], y))
    frame = pygame.Rect(t.px(16), t.px(16), SIZE[0] - 2 * t.px(16), SIZE[1] - 2 * t.px(16))
    pygame.draw.rect(surface, t.color("surface_border"), frame, width=max(1, t.px(1)), border_radius=t.px(22))
    width = SIZE[0] - 2 * t.px(MARGIN)
    left = t.px(MARGIN)
    text = ui.text

    def block(words: str, style: str, color: str, y: int, align: str = "left", indent: int = 0) -> int:
        rendered = text.block(words, t.style(style), t.color(color), width - indent, align)
        surface.blit(rendered, (left + indent, y))
        return int(rendered.get_height())

    def height_of(words: str, style: str, indent: int = 0) -> int:
        return int(text.block(words, t.style(style), (0, 0, 0), width - indent).get_height())

    y = t.px(40)
    heart(surface, t.color("accent"), (SIZE[0] // 2, y + t.px(14)), t.px(30))
    y += t.px(34)
    y += block("Date night", "title", "text", y, "center")
    y += block(keepsake.when, "small", "muted", y, "center") + t.px(14)
    y = _names(surface, ui, t, keepsake, y) + t.px(18)
    y = _chips(surface, ui, t, keepsake.headline(), y) + t.px(26)
    y = _tiles(surface, ui, t, keepsake.tiles(), y) + t.px(26)
    limit = SIZE[1] - t.px(62)
    later: list[tuple[str, list[str]]] = [
        (
            "What you loved about tonight",
            [f"♥  {quoted(keepsake.names[a.owner])}: {quoted(a.answer)}" for a in keepsake.appreciations],
        ),
        ("Starred moments", [f"⭐  {words}" for words in keepsake.starred]),
        ("Coming up", [f"♥  {words}" for words in keepsake.upcoming]),
    ]
    # What comes after the learned things keeps its room; the learned things take the rest, a card at a time.
    reserved = sum(t.px(40) + sum(height_of(row, "small") + t.px(6) for row in rows) for _, rows in later if rows)
    heading = "WHAT YOU LEARNED ABOUT EACH OTHER"

    def learned_height(thing: LearnedThing) -> int:
        return height_of(thing.question, "small") + height_of(thing.answer, "card_small", t.px(18)) + t.px(10)

    learned = keepsake.learned_within(limit - reserved - y - height_of(heading, "hint") - t.px(8), learned_height)
    if learned:
        y += block(heading, "hint", "accent", y) + t.px(8)
        for thing in learned:
            y += block(thing.question, "small", "muted", y)
            y += block(thing.answer, "card_small", "text", y, indent=t.px(18)) + t.px(10)
        y += t.px(16)
    for title, rows in later:
        if not rows:
            continue
        y += block(title.upper(), "hint", "accent", y) + t.px(8)
        for row in rows:
            if y + height_of(row, "small") > limit:
                break
            y += block(row, "small", "text", y) + t.px(6)
        y += t.px(16)
    footer = text.line("Kindred", t.style("hint"), t.color("muted"))
    surface.blit(footer, footer.get_rect(midbottom=(SIZE[0] // 2, SIZE[1] - t.px(30))))
    return surface


def _tiles(surface: pygame.Surface, ui: UI, t: Theme, tiles: list[tuple[str, str]], y: int) -> int:
    """The scores side by side: a big figure over a short caption."""
    gap = t.px(14)
    width = (SIZE[0] - 2 * t.px(MARGIN) - gap * (len(tiles) - 1)) // len(tiles)
    height = 0
    for index, (figure, caption) in enumerate(tiles):
        box = pygame.Rect(t.px(MARGIN) + index * (width + gap), y, width, 0)
        big = ui.text.line(figure, t.style("heading"), t.color("accent"))
        words = ui.text.block(caption, t.style("hint"), t.color("muted"), width - t.px(24), "center")
        box.height = big.get_height() + words.get_height() + t.px(26)
        height = max(height, box.height)
    for index, (figure, caption) in enumerate(tiles):
        box = pygame.Rect(t.px(MARGIN) + index * (width + gap), y, width, height)
        pygame.draw.rect(surface, t.color("surface"), box, border_radius=t.px(14))
        big = ui.text.line(figure, t.style("heading"), t.color("accent"))
        surface.blit(big, big.get_rect(midtop=(box.centerx, box.top + t.px(10))))
        words = ui.text.block(caption, t.style("hint"), t.color("muted"), width - t.px(24), "center")
        surface.blit(words, words.get_rect(midtop=(box.centerx, box.top + t.px(14) + big.get_height())))
    return y + height


def _names(surface: pygame.Surface, ui: UI, t: Theme, keepsake: Keepsake, y: int) -> int:
    style = t.style("heading")
    first = ui.text.line(keepsake.names[0], style, t.color("text"))
    amp = ui.text.line("  &  ", style, t.color("muted"))
    second = ui.text.line(keepsake.names[1], style, t.color("text"))
    gap = t.px(22)
    total = first.get_width() + amp.get_width() + second.get_width() + 2 * gap
    x = (SIZE[0] - total) // 2
    middle = y + first.get_height() // 2
    dot(surface, hex_color(keepsake.colors[0]), (x + t.px(6), middle), t.px(6))
    x += gap
    for part in (first, amp, second):
        surface.blit(part, (x, y))
        x += part.get_width()
    dot(surface, hex_color(keepsake.colors[1]), (x + gap - t.px(6), middle), t.px(6))
    return y + first.get_height()


def _chips(surface: pygame.Surface, ui: UI, t: Theme, words: list[str], y: int) -> int:
    """Short facts in soft pills, as many to a row as fit."""
    style = t.style("small")
    chips = [ui.text.line(line, style, t.color("text")) for line in words]
    pad, gap = t.px(14), t.px(10)
    room = SIZE[0] - 2 * t.px(MARGIN)
    rows: list[list[pygame.Surface]] = [[]]
    for chip in chips:
        used = sum(c.get_width() + 2 * pad + gap for c in rows[-1])
        if rows[-1] and used + chip.get_width() + 2 * pad > room:
            rows.append([])
        rows[-1].append(chip)
    for row in rows:
        width = sum(chip.get_width() + 2 * pad for chip in row) + gap * (len(row) - 1)
        x = (SIZE[0] - width) // 2
        height = row[0].get_height() + t.px(12)
        for chip in row:
            box = pygame.Rect(x, y, chip.get_width() + 2 * pad, height)
            pygame.draw.rect(surface, t.color("button"), box, border_radius=height // 2)
            surface.blit(chip, chip.get_rect(center=box.center))
            x = box.right + gap
        y += height + gap
    return y - gap


def keepsake_png(surface: pygame.Surface) -> bytes:
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "keepsake.png")
    return buffer.getvalue()
