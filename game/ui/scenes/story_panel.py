"""Our memories' knowledge panel: how well each of you knows the other, in sync, and the date nights together.

How well each knows the other is kept fresh (game.core.scoring): an answer counts for less the longer
since it was last quizzed, so the figures dip while quizzes are due. Over time and Love map count each
answer as last quizzed, so they read higher; the panel names its figures and says why, so a couple
never takes the two for a mistake.

When larger text makes its words taller than the panel, they scroll inside it (the wheel over the panel),
never shrunk and never past its edge. On the first frame, before the quizzes are counted (`StoryScene.update`),
it shows who knows whom with empty bars; their words come a frame later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import pygame

from game.core.direction import quoted
from game.core.players import other
from game.core.scoring import in_sync_words

from ..drawing import panel

if TYPE_CHECKING:
    from datetime import datetime

    from game.core.players import Couple
    from game.core.story import Knowing

    from ..scene import UI
    from ..scroll import ScrollArea


#: Why the panel's figures sit below Over time's and Love map's: they weigh each answer by how fresh it is.
KEPT_FRESH = "Kept fresh: these dip while quizzes are due."


class Panelled(Protocol):
    """What the panel reads of Our story's scene."""

    ui: UI
    couple: Couple
    box: pygame.Rect  # where the panel goes
    knowledge: ScrollArea  # its words' scroll

    @property
    def knowing_so_far(self) -> Knowing | None: ...

    @property
    def evenings(self) -> list[tuple[datetime, int, int]]: ...


def draw_knowledge(scene: Panelled, surface: pygame.Surface) -> None:
    """The panel in `scene.box`, its words scrolled by `scene.knowledge`."""
    t = scene.ui.theme
    panel(surface, scene.ui, scene.box)
    inner = scene.box.inflate(-t.px(40), -t.px(32))
    if scene.knowledge.viewport != inner:
        scene.knowledge.fit(inner, scene.knowledge.content, [])
    y = inner.top - scene.knowledge.offset
    wide = inner.width - (t.px(14) if scene.knowledge.scrolls else 0)  # words and bars keep clear of the scroll bar

    def put(text: str, style: str, color: str = "text") -> int:
        block = scene.ui.text.block(text, t.style(style), t.color(color), wide)
        if block.get_height() and y + block.get_height() > inner.top and y < inner.bottom:
            surface.blit(block, (inner.left, y))
        return int(block.get_height())

    known_by = scene.knowing_so_far
    with scene.knowledge.clipped(surface):
        y += put("How well you know each other", "body_bold") + t.px(12)
        for seat in (0, 1):
            who = f"{quoted(scene.couple.name(seat))} knows {quoted(scene.couple.name(other(seat)))}"
            y += put(who, "body") + t.px(6)
            bar = pygame.Rect(inner.left, y, wide, t.px(14))
            if bar.colliderect(inner):
                pygame.draw.rect(surface, t.color("button"), bar, border_radius=t.px(7))
            if known_by is None:
                y += t.px(22) + t.px(16)
                continue
            known = known_by.knowledge[seat]
            if known.overall is not None:
                filled = bar.copy()
                filled.width = max(t.px(14), int(bar.width * known.overall))
                if bar.colliderect(inner):
                    pygame.draw.rect(surface, t.color("accent"), filled, border_radius=t.px(7))
                note = f"{round(known.overall * 100)}% kept fresh"
                parts = [f"{name} {round(v * 100)}%" for name, v in sorted(known.by_category.items())]
                if parts:
                    note += ": " + ", ".join(parts)
                note += f" · {known.quizzed} quizzed"
            else:
                note = "Not quizzed yet"
            y += t.px(22)
            y += put(note, "small", "muted") + t.px(16)
        if known_by is not None and any(known_by.knowledge[seat].overall is not None for seat in (0, 1)):
            y += put(KEPT_FRESH, "small", "muted") + t.px(16)
        if known_by is not None and known_by.in_sync is not None:
            y += put(in_sync_words(*known_by.sync) + ".", "small", "muted") + t.px(16)
        if known_by is not None and scene.evenings:
            count = len(scene.evenings)
            y += put(f"{count} date night{'s' if count != 1 else ''} together", "body_bold") + t.px(6)
            for started, minutes, cards in scene.evenings[:4]:
                when = started.astimezone().strftime("%d %b %Y")
                y += put(f"{when} · {minutes} min · {cards} card{'s' if cards != 1 else ''}", "small", "muted") + t.px(4)
    if scene.knowledge.fit(inner, y + scene.knowledge.offset - inner.top, []):
        scene.ui.dirty = True  # the words got shorter (a larger window): drawn again from a scroll in range
    scene.knowledge.draw_bar(surface, t)
