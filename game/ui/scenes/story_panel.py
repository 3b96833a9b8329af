"""Our memories' knowledge panel: how well each of you knows the other, in sync, and the date nights together.

How well each knows the other is kept fresh (game.core.scoring): an answer counts for less the longer
since it was last quizzed, so the figures dip while quizzes are due. Over time and Love map count each
answer as last quizzed, so they read higher; the panel names its one figure for each of you and says
why, and leaves trivia and understanding apart to Over time, so no two figures share a name.

When larger text makes its words taller than the panel, they scroll inside it (the wheel over the panel),
never shrunk and never past its edge. On the first frame, before the quizzes are counted (`StoryScene.update`),
it shows who knows whom with empty bars; their words come a frame later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

import pygame

from game.core.direction import quoted
from game.core.players import other
from game.core.scoring import in_sync_words

from .. import layout_model
from ..drawing import panel, put

if TYPE_CHECKING:
    from datetime import datetime

    from game.core.players import Couple
    from game.core.story import Knowing

    from ..scene import UI
    from ..scroll import ScrollArea


#: Why the panel's figures sit below Over time's and Love map's: they weigh each answer by how fresh it is.
KEPT_FRESH = "Kept fresh: these dip while quizzes are due. Over time shows trivia and understanding at the latest quiz."


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


class Line(NamedTuple):
    """One line of the panel, top to bottom: words, or a bar of how well one knows the other (`share` None: empty)."""

    words: str = ""
    style: str = "small"
    color: str = "muted"
    bar: bool = False
    share: float | None = None
    after: int = 16  # design pixels below it


def panel_lines(scene: Panelled) -> list[Line]:
    """What the panel says and shows, top to bottom."""
    known_by = scene.knowing_so_far
    lines = [Line("How well you know each other", "body_bold", "text", after=12)]
    for seat in (0, 1):
        who = f"{quoted(scene.couple.name(seat))} knows {quoted(scene.couple.name(other(seat)))}"
        lines.append(Line(who, "body", "text", after=6))
        if known_by is None:
            lines.append(Line(bar=True, after=22 + 16))
            continue
        known = known_by.knowledge[seat]
        note = "Not quizzed yet"
        if known.overall is not None:
            # One figure here: trivia and understanding apart are Over time's, at each answer's latest quiz.
            note = f"{round(known.overall * 100)}% kept fresh · {known.quizzed} quizzed"
        lines += [Line(bar=True, share=known.overall, after=22), Line(note)]
    if known_by is not None and any(known_by.knowledge[seat].overall is not None for seat in (0, 1)):
        lines.append(Line(KEPT_FRESH))
    if known_by is not None and known_by.in_sync is not None:
        lines.append(Line(in_sync_words(*known_by.sync, known_by.sync_kinds) + "."))
    if known_by is not None and scene.evenings:
        count = len(scene.evenings)
        lines.append(Line(f"{count} date night{'s' if count != 1 else ''} together", "body_bold", "text", after=6))
        for started, minutes, cards in scene.evenings[:4]:
            when = started.astimezone().strftime("%d %b %Y")
            lines.append(Line(f"{when} · {minutes} min · {cards} card{'s' if cards != 1 else ''}", after=4))
    return lines


def _height(scene: Panelled, lines: list[Line], wide: int) -> int:
    t = scene.ui.theme
    blocks = [scene.ui.text.block(line.words, t.style(line.style), (0, 0, 0), wide) for line in lines if not line.bar]
    return sum(block.get_height() for block in blocks) + sum(t.px(line.after) for line in lines)


def draw_knowledge(scene: Panelled, surface: pygame.Surface) -> None:
    """The panel in `scene.box`, its words scrolled by `scene.knowledge`.

    Measured before it is drawn: when the words are taller than the panel, they and the bars are narrowed
    to keep clear of the scroll bar beside them, on the first frame and after a resize as on any other.
    """
    t = scene.ui.theme
    panel(surface, scene.ui, scene.box)
    inner = scene.box.inflate(-t.px(40), -t.px(32))
    lines = panel_lines(scene)
    wide = inner.width
    if _height(scene, lines, wide) > inner.height:
        wide -= t.px(14)  # words and bars keep clear of the scroll bar
    if scene.knowledge.fit(inner, _height(scene, lines, wide), []):
        scene.ui.dirty = True  # the words got shorter (a larger window): drawn again from a scroll in range
    y = inner.top - scene.knowledge.offset
    with scene.knowledge.clipped(surface):
        for line in lines:
            if line.bar:
                bar = pygame.Rect(inner.left, y, wide, t.px(14))
                if bar.colliderect(inner):
                    pygame.draw.rect(surface, t.color("button"), bar, border_radius=t.px(7))
                    if line.share is not None:
                        filled = bar.copy()
                        filled.width = max(t.px(14), int(bar.width * line.share))
                        pygame.draw.rect(surface, t.color("accent"), filled, border_radius=t.px(7))
                    layout_model.note(surface, "bar", bar)
            else:
                block = scene.ui.text.block(line.words, t.style(line.style), t.color(line.color), wide)
                if block.get_height() and y + block.get_height() > inner.top and y < inner.bottom:
                    put(surface, scene.ui, block, (inner.left, y))
                y += block.get_height()
            y += t.px(line.after)
    scene.knowledge.draw_bar(surface, t)
