"""The deck studio: every deck in one list — the couple's own to edit, the built-in ones to read and copy."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

import pygame

from game.core.deck_editing import DeckEntry
from game.core.players import Couple

from ..deck_copy import duplicate_deck
from ..deck_drop import problem_item
from ..drawing import panel, paragraph, text_at
from ..routes import DeckForm, ImportPreview, StudioDeck
from ..scene import UI
from ..studio_widgets import ListedScene, PickList
from ..theme import hex_color
from ..widgets import Button, ListItem

DROP_HINT = (
    "Have questions already? Drop a list, a spreadsheet, an Anki export or a deck file onto this window, "
    "or copy a list from a web page and press Ctrl+V."
)


def entry_detail(entry: DeckEntry) -> str:
    if entry.deck is None:
        count = len(entry.problems)
        return f"Yours · cannot be read: {count} problem{'s' if count != 1 else ''} in the file"
    cards = len(entry.deck.cards)
    words = f"{'Built-in · read only' if entry.builtin else 'Yours'} · {cards} card{'s' if cards != 1 else ''}"
    if entry.problems:
        words += " · the file has problems; the last good version is still playable"
    return words


class StudioScene(ListedScene):
    list_label = "Decks"
    hints = [("↑↓", "choose a deck"), ("Enter", "open"), ("N", "new deck"), ("Ctrl+V", "paste a list"), ("Esc", "back")]

    def __init__(self, ui: UI, couple: Couple) -> None:
        super().__init__(ui)
        self.couple = couple
        self.entries: list[DeckEntry] = []
        self.selected = 0
        self.offset = 0
        self.list_rect = pygame.Rect(0, 0, 0, 0)
        self.details = pygame.Rect(0, 0, 0, 0)

    def enter(self) -> None:
        super().enter()
        self.focus_on(self.listing())  # ↑↓ go through the decks straight away; N and O are the buttons' keys

    # ---- what is listed --------------------------------------------------------------------

    def build(self) -> None:
        found = self.ui.services.deck_entries()
        mine = sorted((e for e in found if not e.builtin), key=lambda e: e.name.casefold())
        builtin = sorted((e for e in found if e.builtin), key=lambda e: e.name.casefold())
        self.entries = mine + builtin
        self.selected = min(self.selected, max(0, len(self.entries) - 1))
        self.add(Button("New deck", self.new_deck, kind="primary", hotkey="n"))
        self.add(Button("Open folder", self.open_folder, hotkey="o"))
        self.add(Button("Paste a list", self.paste, hotkey="p"))
        items = [
            ListItem(entry.name, entry_detail(entry), hex_color(entry.deck.color) if entry.deck else self.ui.theme.color("danger"))
            for entry in self.entries
        ]
        self.add(PickList("Decks", items, self.selected, self.select, self.open, self.offset))
        entry = self.entry
        if entry is not None:
            if entry.editable:
                self.add(Button("Edit cards", self.edit, kind="primary", hotkey="e"))
            elif entry.deck is not None:
                self.add(Button("See the cards", self.edit, hotkey="e"))
            if entry.deck is not None:
                self.add(Button("Duplicate to edit", self.duplicate, kind="secondary" if entry.editable else "primary", hotkey="d"))
        self.add(Button("Back", self.ui.pop, kind="quiet"))

    @property
    def entry(self) -> DeckEntry | None:
        return self.entries[self.selected] if 0 <= self.selected < len(self.entries) else None

    def decks_changed(self) -> None:
        path = self.entry.path if self.entry else None
        self.offset = self.listing().offset if self.widget("Decks") else 0
        self.entries = self.ui.services.deck_entries()
        self.refresh()
        self.choose_path(path)

    def choose_path(self, path: str | None) -> None:
        for index, entry in enumerate(self.entries):
            if entry.path == path:
                self.selected = index
                self.refresh()
                self.listing().reveal(index)
                return

    # ---- actions -------------------------------------------------------------------------

    def open(self, index: int) -> None:
        self.selected = index
        self.edit()

    def edit(self) -> None:
        entry = self.entry
        if entry is None or entry.deck is None:
            self.ui.toast("This file cannot be read yet: fix the problems listed, then it opens here.")
            return
        self.ui.push(StudioDeck(self.couple, entry.deck, entry.path, read_only=not entry.editable), tag="deck")

    def duplicate(self) -> None:
        entry = self.entry
        if entry is None or entry.deck is None:
            return
        copy = duplicate_deck(self.ui, self.couple, entry.deck)
        if copy is not None:
            self.ui.push(copy, tag="deck")

    def new_deck(self) -> None:
        self.ui.push(DeckForm(None), tag="new")

    def on_result(self, tag: str, value: Any) -> None:
        if tag == "new" and value is not None:
            self.ui.push(StudioDeck(self.couple, value, None), tag="deck")
        elif tag == "deck":
            if value:
                self.choose_path(value)  # back from a deck: it is the one selected
            self.focus_on(self.listing())

    def show_deck(self, path: str) -> None:
        """A deck was just imported: select it."""
        self.choose_path(path)

    def resume(self) -> None:
        path = self.entry.path if self.entry else None
        self.refresh()
        self.choose_path(path)

    def handle_key(self, char: str) -> bool:
        if char == "paste":
            self.paste()
            return True
        return False

    def paste(self) -> None:
        """Questions copied from a web page or a document, read like a dropped list (with a preview)."""
        text = self.ui.clipboard_get()
        if not text.strip():
            self.ui.toast("Nothing to paste: copy a list of questions first (from a web page, a document or a note).")
            return
        self.ui.push(ImportPreview(pasted=text))

    def open_folder(self) -> None:
        problem = self.ui.services.open_decks_folder()
        if problem:
            self.ui.clipboard_put(self.ui.services.decks_folder())
            self.ui.toast(f"{problem}. The path is copied, ready to paste.", seconds=8)
        else:
            self.ui.toast("Your decks folder is open. Save a deck file there and it shows up here by itself.")

    # ---- looks ---------------------------------------------------------------------------

    def layout(self) -> None:
        t = self.ui.theme
        width, height = t.size
        margin = t.px(64)
        top = t.px(150)
        list_w = min(t.px(560), (width - 2 * margin) // 2)
        self.list_rect = pygame.Rect(margin, top, list_w, height - top - t.px(56))
        self.details = pygame.Rect(self.list_rect.right + t.px(32), top, width - margin - self.list_rect.right - t.px(32), 0)
        self.details.height = self.list_rect.height
        by_label = {widget.label: widget for widget in self.widgets}
        by_label["Decks"].rect = self.list_rect
        x = width - margin
        for label in ("Paste a list", "Open folder", "New deck"):
            widget = by_label[label]
            w = self.ui.text.measure(label, t.style("button")) + t.px(70)
            widget.rect = pygame.Rect(x - w, t.px(48), w, t.px(50))
            x -= w + t.px(14)
        back = by_label["Back"]
        back.rect = pygame.Rect(margin - t.px(12), t.px(20), t.px(110), t.px(40))
        x = self.details.left + t.px(28)
        for label in ("Edit cards", "See the cards", "Duplicate to edit"):
            if label in by_label:
                widget = by_label[label]
                w = self.ui.text.measure(label, t.style("button")) + t.px(70)
                widget.rect = pygame.Rect(x, self.details.bottom - t.px(78), w, t.px(52))
                x += w + t.px(14)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        margin = t.px(64)
        text_at(surface, self.ui, "Deck studio", "heading", (margin, t.px(56)))
        text_at(
            surface,
            self.ui,
            "Write your own cards, or copy one of our decks and make it yours.",
            "body",
            (margin, t.px(104)),
            "muted",
        )
        panel(surface, self.ui, self.details)
        self.draw_details(surface)
        self.draw_widgets(surface)

    def draw_details(self, surface: pygame.Surface) -> None:
        t, ui = self.ui.theme, self.ui
        entry = self.entry
        inner = self.details.inflate(-t.px(56), -t.px(48))
        y = inner.top
        if entry is None:
            paragraph(surface, ui, "No decks yet. Make one with New deck.", "body", pygame.Rect(inner.left, y, inner.width, 0))
            return
        deck = entry.deck
        if deck is not None:
            pygame.draw.rect(
                surface, hex_color(deck.color), (self.details.left, self.details.top + t.px(24), t.px(6), t.px(40)), border_radius=3
            )
        y += paragraph(surface, ui, entry.name, "heading", pygame.Rect(inner.left, y, inner.width, 0)) + t.px(6)
        if deck is not None and deck.description:
            y += paragraph(surface, ui, deck.description, "body", pygame.Rect(inner.left, y, inner.width, 0), "muted") + t.px(10)
        if deck is not None:
            levels = ", ".join(str(level) for level in sorted(deck.levels())) or "none yet"
            kinds = sorted({card.kind.value for card in deck.cards})
            facts = f"{len(deck.cards)} cards · depth {levels} · {', '.join(kinds)}"
            y += paragraph(surface, ui, facts, "small", pygame.Rect(inner.left, y, inner.width, 0), "muted") + t.px(6)
        where = (
            "Comes with Kindred; duplicate it to make changes."
            if entry.builtin
            else f"File: {PurePath(entry.path).name}, in your decks folder"
        )
        y += paragraph(surface, ui, where, "small", pygame.Rect(inner.left, y, inner.width, 0), "muted") + t.px(14)
        limit = self.details.bottom - t.px(100)
        if entry.problems:
            y += paragraph(surface, ui, "Problems in the file", "body_bold", pygame.Rect(inner.left, y, inner.width, 0), "danger")
            y += t.px(4)
            for problem in entry.problems:
                item = problem_item(problem)
                words = f"{item.title}: {item.detail}" if item.detail else item.title
                used = ui.text.block(words, t.style("small"), t.color("danger"), inner.width).get_height()
                if y + used > limit:
                    paragraph(
                        surface, ui, "… and more: see the file.", "small", pygame.Rect(inner.left, y, inner.width, 0), "danger"
                    )
                    break
                y += paragraph(surface, ui, words, "small", pygame.Rect(inner.left, y, inner.width, 0), "danger") + t.px(4)
        elif not entry.builtin:
            hint = "Edit it here, or open the file in any text editor: changes there show up here within a second."
            y += paragraph(surface, ui, hint, "small", pygame.Rect(inner.left, y, inner.width, 0), "muted") + t.px(8)
        drop_h = ui.text.block(DROP_HINT, t.style("small"), t.color("muted"), inner.width).get_height()
        if y + drop_h + t.px(6) < limit:
            paragraph(surface, ui, DROP_HINT, "small", pygame.Rect(inner.left, limit - drop_h, inner.width, 0), "muted")
