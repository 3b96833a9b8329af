"""A deck's name, description and colour: for a new deck, or to change an existing one's."""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame

from game.core.cards import Deck, Kind, deck_to_data
from game.core.deck_bounds import DESCRIPTION_CHARS, NAME_CHARS
from game.core.deck_editing import DECK_PALETTE, retitled
from game.core.direction import trimmed

from ..card_view import KIND_WORDS, card_surface
from ..drawing import panel, text_at
from ..intents import Edit, Intent
from ..page import Page, PagedScene, free_area
from ..scene import UI, ResultScene
from ..swatch import Swatch
from ..text_field import TextField
from ..widgets import Button

SAMPLE_CARD = "Your first card goes here. Add it on the next screen."
FORM_HINTS = [("Tab", "next"), ("Enter", "choose"), ("Esc", "cancel")]
COLOUR_HINTS = [("Tab", "next"), ("←→", "choose a colour"), ("Esc", "cancel")]


class DeckFormScene(PagedScene, ResultScene[Deck | None]):
    """Closes with the new or changed deck, or None when cancelled."""

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        """On a colour, the arrow keys choose the next one: the colours are one Tab stop, as a player's are."""
        return COLOUR_HINTS if isinstance(self.focused(), Swatch) else FORM_HINTS

    def __init__(self, ui: UI, deck: Deck | None) -> None:
        super().__init__(ui)
        self.deck = deck
        self.name = deck.name if deck else ""
        self.description = deck.description if deck else ""
        self.color = deck.color if deck else DECK_PALETTE[len(ui.services.deck_entries()) % len(DECK_PALETTE)][1]
        self.problems: dict[str, str] = {}
        self.tried = False
        self.box = pygame.Rect(0, 0, 0, 0)
        self.preview = pygame.Rect(0, 0, 0, 0)
        self.snug = False  # laid out tighter, where the window is short and the text large (see `layout`)

    def build(self) -> None:
        self.add(
            TextField(
                "Deck name",
                self.name,
                on_submit=lambda _: self.focus_on(self.widgets[1]),
                placeholder="Like “Rainy Sundays” or “Us, in ten years”",
                max_chars=NAME_CHARS,
                on_change=self.set_name,
            )
        )
        self.add(
            TextField(
                "Description",
                self.description,
                on_submit=lambda _: self.finish(),
                multiline=True,
                placeholder="One or two sentences on what it's about (optional)",
                max_chars=DESCRIPTION_CHARS,
                on_change=self.set_description,
            )
        )
        for label, color in DECK_PALETTE:
            self.add(Swatch(label, color, color == self.color, partial(self.pick, color), "deck colour"))
        self.add(Button("Cancel", lambda: self.dismiss(None), kind="quiet"))
        self.add(Button("Create deck" if self.deck is None else "Save", self.finish, kind="primary"))
        self.check()

    def set_name(self, value: str) -> None:
        self.name = value
        self.tried = True  # from the first keystroke on, an empty name is worth a word
        self.check()

    def set_description(self, value: str) -> None:
        self.description = value
        self.check()

    def pick(self, color: str) -> None:
        self.color = color
        self.refresh()

    def made(self) -> Deck:
        name, description = trimmed(self.name), trimmed(self.description)  # a mark beside a space keeps no gap
        if self.deck is not None:
            return retitled(self.deck, name, description, self.color)
        return Deck(id="new-deck", name=name, cards=(), description=description, color=self.color)

    def check(self) -> None:
        """The loader's word on the name and description (a deck with no cards yet is fine here)."""
        data = deck_to_data(self.made())
        data.pop("cards", None)
        self.problems = {}
        for issue in self.ui.services.check_deck({**data, "cards": [{"id": "a", "text": "a"}]}):
            if issue.field in ("name", "description") and issue.field not in self.problems:
                self.problems[issue.field] = issue.message
        if not trimmed(self.name):
            self.problems["name"] = "Give the deck a name."
        for widget in self.widgets[:2]:
            if isinstance(widget, TextField):
                key = "name" if widget.label == "Deck name" else "description"
                widget.error = self.problems.get(key, "") if (self.tried or key != "name") else ""
        self.layout()  # a word below a field takes room
        self.ui.dirty = True

    def finish(self) -> None:
        self.tried = True
        self.check()
        if self.problems:
            self.ui.sound.play("soft")
            self.focus_on(self.widgets[0] if "name" in self.problems else self.widgets[1])
            return
        deck = self.made()
        if self.deck is None:
            deck = Deck(
                id=self.ui.services.new_deck_id(deck.name), name=deck.name, cards=(), description=deck.description, color=self.color
            )
        self.dismiss(deck)

    def back(self) -> None:
        self.dismiss(None)

    def studio_draft(self) -> dict[str, Any] | None:
        """What to keep when the window closes: the name, description and colour typed, when they are new."""
        typed = (self.name, self.description, self.color)
        if self.deck is None:
            unsaved = bool(trimmed(self.name) or trimmed(self.description))
        else:
            unsaved = typed != (self.deck.name, self.deck.description, self.deck.color)
        return {"form": "deck", "values": dict(zip(("name", "description", "color"), typed, strict=True))} if unsaved else None

    def restore(self, values: dict[str, Any]) -> None:
        """Put back a name, description and colour kept when the window closed."""
        self.name = str(values.get("name", self.name))
        self.description = str(values.get("description", self.description))
        self.color = str(values.get("color", self.color))
        self.tried = bool(self.name)

    def handle(self, intent: Intent) -> None:
        if isinstance(intent, Edit) and intent.op == "save":
            self.finish()
            return
        super().handle(intent)

    def handle_key(self, char: str) -> bool:
        if char == "save":
            self.finish()
            return True
        return False

    # ---- looks ---------------------------------------------------------------------------

    def layout(self) -> None:
        t = self.ui.theme
        width, _ = t.size
        box_w = min(width - t.px(500), t.px(720))
        top = t.px(44) + self.ui.text.line_height(t.style("heading")) + t.px(12)
        room = free_area(self.ui)
        within = pygame.Rect(t.px(64), top, box_w, room.bottom - top)
        description = self.widgets[1]
        for self.snug in (False, True):
            # A short window with large text: the description gives up a line, and the gaps some room, before the
            # colours are cut off.
            if isinstance(description, TextField):
                description.rows = 2 if self.snug else 3
            self.box = self.lay_out_box_with_foot(box_w, t.px(36), self.place, self.buttons, within=within, top=top)
            if not self.page.scrolls:
                break
        self.preview = pygame.Rect(self.box.right + t.px(48), max(t.px(120), top), 0, 0)
        self.preview.width = min(width - self.preview.left - t.px(56), t.px(360))
        self.preview.height = min(int(self.preview.width * 1.25), room.bottom - self.preview.top - t.px(8))

    def place(self, page: Page) -> None:
        t = self.ui.theme
        name, description = self.widgets[:2]
        page.text("Name", "small", "muted", gap=4)
        page.widget(name, 50, gap=8)
        page.error_room(name)
        page.gap(6 if self.snug else 14)
        page.text("Description", "small", "muted", gap=4)
        page.widget(description, 110, gap=12 if self.snug else 22)
        page.text("Colour", "small", "muted", gap=6)
        swatches = [w for w in self.widgets if isinstance(w, Swatch)]
        size = t.px(40)
        per_row = max(1, (page.width + t.px(10)) // (size + t.px(12)))
        for index, widget in enumerate(swatches):
            row, column = divmod(index, per_row)
            widget.rect = pygame.Rect(page.left + column * (size + t.px(12)), page.y + row * (size + t.px(12)), size, size)
            page.widgets.append(widget)
        page.y += (len(swatches) + per_row - 1) // per_row * (size + t.px(12)) + t.px(16)

    def buttons(self, page: Page) -> None:
        """Cancel and "Create deck": under the colours, or kept whole at the box's foot while the fields scroll."""
        cancel, done = self.widgets[-2:]
        page.row([cancel, done], 52, gap=0, between=12, width=self.ui.theme.px(260))

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        title = "A new deck" if self.deck is None else "Deck details"
        text_at(surface, self.ui, title, "heading", (t.px(64), t.px(44)))
        panel(surface, self.ui, self.box)
        name = self.name.strip() or "Your deck"
        first = self.deck.cards[0] if self.deck is not None and self.deck.cards else None
        if first is not None:
            face = card_surface(
                self.ui, self.preview.size, self.color, name, first.level, first.text, KIND_WORDS[first.kind], first.note
            )
        else:
            face = card_surface(self.ui, self.preview.size, self.color, name, 1, SAMPLE_CARD, KIND_WORDS[Kind.ASK])
        surface.blit(face, (self.preview.left - t.px(14), self.preview.top - t.px(14)))
        self.draw_page(surface)
