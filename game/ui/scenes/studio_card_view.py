"""How the card form looks: the fields in a scrolling column beside the card, placed and drawn.

The scene (studio_card.py) owns the values and what happens; this module only places and paints.
"""

from __future__ import annotations

from typing import Any, Protocol

import pygame

from game.core.cards import Card, Deck
from game.core.deck_bounds import SCENARIO_OPTIONS, TIMER_SECONDS

from .. import layout_model
from ..card_view import card_surface, table_card_rect
from ..drawing import paragraph, put, text_at
from ..scene import UI
from ..text_field import TextField
from ..widgets import Widget
from .studio_card_values import KIND_HELP

SCENARIO_WORDS = "The options to pick from (scenarios: {} to {})".format(*SCENARIO_OPTIONS)


class CardForm(Protocol):
    """What this module places and paints of the card form scene."""

    ui: UI
    deck: Deck
    card: Card | None
    values: dict[str, Any]
    general: list[str]
    tips: list[str]
    scroll: int
    content_height: int
    viewport: pygame.Rect
    card_rect: pygame.Rect
    header_room: int
    captions: list[tuple[str, str, pygame.Rect]]
    scrolled: list[Widget]
    widgets: list[Widget]
    hover: Widget | None

    @property
    def hints(self) -> list[tuple[str, str]]: ...

    @property
    def kind(self) -> str: ...

    @property
    def offers_answer_fields(self) -> bool: ...

    @property
    def who(self) -> bool: ...

    @property
    def shows_options(self) -> bool: ...

    def focused(self) -> Widget | None: ...

    def widget(self, label: str) -> Widget | None: ...

    def visible_messages(self) -> dict[tuple[str, int | None], str]: ...

    def preview_text(self) -> tuple[str, str]: ...


def lay_out(scene: CardForm) -> None:
    t = scene.ui.theme
    width = t.size[0]
    scene.card_rect = table_card_rect(t)
    left = scene.card_rect.right + t.px(48)
    top = lay_out_fixed(scene) + t.px(16)
    scene.viewport = pygame.Rect(left - t.px(10), top, width - left - t.px(46), scene.ui.hints_top(scene.hints) - top)
    shown = scene.visible_messages()
    scene.captions = []
    x, w = left, scene.viewport.width - t.px(30)
    y = scene.viewport.top + t.px(8) - scene.scroll

    def caption(text: str, color: str = "muted") -> None:
        nonlocal y
        block_h = scene.ui.text.block(text, t.style("small"), t.color(color), w).get_height()
        scene.captions.append((text, color, pygame.Rect(x, y, w, block_h)))
        y += block_h + t.px(6)

    def place(widget: Widget | None, height_: int, gap: int = 18, width_: int | None = None, indent: int = 0) -> None:
        nonlocal y
        if widget is None:
            return
        widget.rect = pygame.Rect(x + indent, y, width_ or w - indent, height_)
        widget.rect.height = max(height_, widget.fit_height(scene.ui, 0))  # its words at the chosen text size
        y += widget.rect.height + t.px(gap)
        if isinstance(widget, TextField):  # the words under a field, wrapped across the form, keep clear of what follows
            widget.error_width = w - indent
            y += widget.error_room(scene.ui)

    for message in scene.general:
        caption(message, "danger")
    if scene.card is not None:
        caption(
            f"Card id: {scene.card.id}. It stays the same when you change the words, so what you remember of this card "
            "stays (once it has answers, new words ask you first)."
        )
        y += t.px(4)
    by = {widget.label: widget for widget in scene.widgets}
    caption("Kind")
    place(by["Kind"], t.px(48), 8)
    kind_top = y
    caption(KIND_HELP[scene.kind])
    # Room for the longest kind's words: what follows stays where it is as the kind changes, never moving under the mouse.
    tallest = max(scene.ui.text.block(words, t.style("small"), t.color("muted"), w).get_height() for words in KIND_HELP.values())
    y = kind_top + tallest + t.px(6) + t.px(8)
    caption("The words on the card. {name} becomes the one answering, {partner} the other.")
    place(by["Card text"], t.px(104))
    caption("Depth")
    depth_w = min(w * 3 // 5, t.px(380))
    by["Depth"].rect = pygame.Rect(x, y, depth_w, t.px(48))
    by["Spicy"].rect = pygame.Rect(x + depth_w + t.px(16), y, w - depth_w - t.px(16), t.px(48))
    row_h = max(by["Depth"].fit_height(scene.ui, 48), by["Spicy"].fit_height(scene.ui, 48))
    by["Depth"].rect.height = by["Spicy"].rect.height = row_h
    y += row_h + t.px(18)
    if "Answer" in by:
        caption("How the answer is given")
        place(by["Answer"], t.px(48), 8 if scene.who else 18)
        if scene.who:
            caption("Each of you picks me, you, both of us or neither of us; the reveal shows whether you agree.")
            y += t.px(10)
    if scene.shows_options:
        caption(SCENARIO_WORDS if scene.kind == "scenario" else "The options to choose from")
        y = place_rows(scene, "Option", len(scene.values["options"]), x, w, y)
        place(by["Add an option"], t.px(44), 10, t.px(220))
        if ("options", None) in shown:
            caption(shown[("options", None)], "danger")
        y += t.px(8)
    if scene.offers_answer_fields:
        if scene.kind == "ask" and scene.values["answer"] != "text":
            caption("Quiz phrasing: this answer is kept as a memory the other is asked about later.")
        else:
            caption("Quiz phrasing (optional): makes the answer a memory the other is asked about later.")
        place(by["Quiz phrasing"], t.px(50), 6)
        place(by["Insert {name}"], t.px(38), 10, t.px(190))
        place(by["It changes over time: ask again now and then"], t.px(48))
    if scene.kind == "action":
        caption(f"A timer (optional), from {TIMER_SECONDS[0]} seconds to an hour")
        timer = by["Timer"]
        assert isinstance(timer, TextField)
        room = scene.ui.text.measure(timer.placeholder, t.style("body")) + t.px(40)  # its example shows whole
        place(timer, t.px(50), 18, min(w, max(t.px(200), room)))
    caption("Follow-ups: questions the listener can ask next (optional)")
    y = place_rows(scene, "Follow-up", len(scene.values["followups"]), x, w, y)
    place(by["Add a follow-up"], t.px(44), 18, t.px(220))
    caption("Note on the card (optional)")
    place(by["Note"], t.px(50))
    caption("Tags (optional, separated by commas)")
    place(by["Tags"], t.px(50))
    for tip in scene.tips:
        caption(f"Tip: {tip}")
    scene.content_height = y + scene.scroll - scene.viewport.top
    scene.scroll = max(0, min(scene.scroll, max(0, scene.content_height - scene.viewport.height)))
    for widget in scene.scrolled:
        widget.visible = True


def place_rows(scene: CardForm, noun: str, count: int, x: int, w: int, y: int) -> int:
    """The option (or follow-up) rows, each a field and its × button; returns where the next thing goes."""
    t = scene.ui.theme
    for row in range(count):
        field = scene.widget(f"{noun} {row + 1}")
        remove = scene.widget(f"Remove {noun.lower()} {row + 1}")
        if field is None or remove is None:
            continue
        field.rect = pygame.Rect(x, y, w - t.px(56), t.px(50))
        field.rect.height = field.fit_height(scene.ui, 50)
        remove.rect = pygame.Rect(x + w - t.px(46), y + (field.rect.height - t.px(42)) // 2, t.px(42), t.px(42))
        if isinstance(field, TextField):
            field.error_width = w
        y += field.rect.height + t.px(12) + (field.error_room(scene.ui) if isinstance(field, TextField) else 0)
    return y


def lay_out_fixed(scene: CardForm) -> int:
    """Save, Cancel and Undo at the top right, the card's side switch below the card; returns where the form may start."""
    t = scene.ui.theme
    width, _ = t.size
    by = {widget.label: widget for widget in scene.widgets}
    x = width - t.px(24)
    bottom = t.px(80)
    for label in ("Save card", "Cancel", "Undo"):
        widget = by[label]
        extra = t.px(70) if label != "Cancel" else t.px(40)
        w = scene.ui.text.measure(label, t.style("button")) + extra + (t.px(40) if label != "Cancel" else 0)
        widget.rect = pygame.Rect(x - w, t.px(24), w, t.px(48))
        widget.top_bar = True
        widget.rect.height = widget.fit_height(scene.ui, 48)
        bottom = max(bottom, widget.rect.bottom)
        x -= w + t.px(8)
    scene.header_room = x - t.px(8)
    for label in ("Show the quiz side", "Show the card side"):
        if label in by:
            w = scene.ui.text.measure(label, t.style("button")) + t.px(40)
            flip = by[label]
            flip.rect = pygame.Rect(scene.card_rect.centerx - w // 2, scene.card_rect.bottom + t.px(8), w, t.px(36))
            flip.rect.height = flip.fit_height(scene.ui, 36)
            # Under the card and above the key hints, its focus ring clear of them: a card too tall for both gives way.
            over = flip.rect.bottom + t.px(10) - scene.ui.hints_top(scene.hints)
            if over > 0 and scene.offers_answer_fields:  # (a card with no quiz side keeps its full height)
                scene.card_rect.height -= over
                flip.rect.top -= over
    return bottom


def draw_form(scene: CardForm, surface: pygame.Surface) -> None:
    t, ui = scene.ui.theme, scene.ui
    title = "A new card" if scene.card is None else "Edit card"
    rect = text_at(surface, ui, title, "body_bold", (t.px(56), t.px(46)), anchor="midleft")
    room = scene.header_room - rect.right - t.px(12)
    deck_words = ui.text.shortened(f"in {scene.deck.name}", t.style("small"), room)  # the deck's screen names it in full
    text_at(surface, ui, deck_words, "small", (rect.right + t.px(12), t.px(46)), "muted", "midleft")
    body, footer = scene.preview_text()
    note = scene.values["note"].strip()
    level = int(scene.values["level"])
    face = card_surface(ui, scene.card_rect.size, scene.deck.color, scene.deck.name, level, body, footer, note)
    put(surface, ui, face, (scene.card_rect.left - t.px(14), scene.card_rect.top - t.px(14)))
    clip = surface.get_clip()
    surface.set_clip(scene.viewport)
    focused = scene.focused()
    with layout_model.viewport(scene.viewport):
        for text, color, where in scene.captions:
            if where.bottom >= scene.viewport.top and where.top <= scene.viewport.bottom:
                paragraph(surface, ui, text, "small", where, color)
        for widget in scene.scrolled:
            if widget.visible and widget.rect.colliderect(scene.viewport):
                widget.draw(surface, ui, widget is focused and ui.show_focus, widget is scene.hover)
    surface.set_clip(clip)
    if scene.content_height > scene.viewport.height:
        share = scene.viewport.height / scene.content_height
        bar_h = max(t.px(30), int(scene.viewport.height * share))
        room = scene.viewport.height - bar_h
        top = scene.viewport.top + int(room * scene.scroll / max(1, scene.content_height - scene.viewport.height))
        pygame.draw.rect(surface, t.color("field_border"), (scene.viewport.right - t.px(6), top, t.px(5), bar_h), border_radius=3)
    for widget in scene.widgets:
        if widget not in scene.scrolled and widget.visible:
            widget.draw(surface, ui, widget is focused and ui.show_focus, widget is scene.hover)
