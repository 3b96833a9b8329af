"""The deck studio: every deck in one list — the couple's own to edit, the built-in ones to read and copy."""

from __future__ import annotations

from pathlib import PurePath

import pygame

from game.core.cards import Deck
from game.core.deck_editing import DeckEntry
from game.core.players import Couple

from .. import studio_draft
from ..card_answers import ask_to_delete_deck
from ..deck_copy import duplicate_deck
from ..deck_drop import problem_item
from ..drawing import panel, paragraph, text_at
from ..list_view import ListItem
from ..page import PagedScene, buttons_at_foot, hint_bar
from ..routes import DeckForm, ImportPreview, StudioDeck
from ..scene import UI
from ..studio_widgets import ListedScene, PickList
from ..theme import hex_color
from ..widgets import Button
from .studio_deck_listing import deck_details

#: What can be done with the deck chosen, as buttons at the foot of its panel (those that apply to it).
DECK_BUTTONS = ("Edit cards", "See the cards", "Duplicate to edit", "Delete this deck")
WELCOME = "Write your own cards, or copy one of our decks and make it yours."
TOO_MUCH_TO_PASTE = "That is too much to paste at once: save it as a file and drop it on the window."
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
        words += " · the file has problems; its last good version still plays"
    return words


class StudioScene(ListedScene, PagedScene):
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
        self.heading_at = self.words_at = 0
        self.name_rect = pygame.Rect(0, 0, 0, 0)  # the deck's name: its colour bar sits beside it

    def enter(self) -> None:
        super().enter()
        self.focus_on(self.listing())  # ↑↓ go through the decks straight away; N and O are the buttons' keys
        draft = self.ui.services.studio_draft(self.couple)
        if draft:  # a card or a deck's name, unsaved when the window closed: open again as it was
            studio_draft.restore(self.ui, self.couple, draft, self.back_from_deck, self.deck_made)

    def closing(self) -> None:
        """The window is closing: keep a card, a new deck's name or a deck's details not yet saved."""
        draft = studio_draft.kept(self.ui.stack[self.ui.stack.index(self) + 1 :])
        if draft is not None:
            self.ui.services.keep_studio_draft(self.couple, draft)

    # ---- what is listed --------------------------------------------------------------------

    def build(self) -> None:
        found = self.ui.services.deck_entries()
        mine = sorted((e for e in found if not e.builtin), key=lambda e: e.name.casefold())
        builtin = sorted((e for e in found if e.builtin), key=lambda e: e.name.casefold())
        self.entries = mine + builtin
        self.selected = min(self.selected, max(0, len(self.entries) - 1))
        self.add(Button("New deck", self.new_deck, kind="primary", hotkey="n"))
        self.add(Button("Open folder", self.open_folder, hotkey="o"))
        self.add(Button("Paste a list", self.paste, hotkey="v"))
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
            if not entry.builtin:  # the couple's own: never one of the game's
                self.add(Button("Delete this deck", self.delete, hotkey="x"))
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
        self.ui.push(StudioDeck(self.couple, entry.deck, entry.path, read_only=not entry.editable), self.back_from_deck)

    def duplicate(self) -> None:
        entry = self.entry
        if entry is None or entry.deck is None:
            return
        copy = duplicate_deck(self.ui, self.couple, entry.deck)
        if copy is not None:
            self.ui.push(copy, self.back_from_deck)

    def delete(self) -> None:
        entry = self.entry
        if entry is not None and not entry.builtin:
            ask_to_delete_deck(self.ui, self.couple, entry.deck, entry.name, entry.path, self.deleted)

    def deleted(self, gone: bool) -> None:
        if gone:
            self.decks_changed()
            self.focus_on(self.listing())

    def new_deck(self) -> None:
        self.ui.push(DeckForm(None), self.deck_made)

    def deck_made(self, deck: Deck | None) -> None:
        if deck is not None:
            self.ui.push(StudioDeck(self.couple, deck, None), self.back_from_deck)

    def back_from_deck(self, path: str | None) -> None:
        if path:
            self.choose_path(path)  # back from a deck: it is the one selected
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
        text, withheld = self.ui.clipboard_read()
        if withheld:
            self.ui.toast(TOO_MUCH_TO_PASTE, seconds=8)
            return
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
        by_label = {widget.label: widget for widget in self.widgets}
        x = width - margin
        for label in ("Paste a list", "Open folder", "New deck"):
            widget = by_label[label]
            w = self.ui.text.measure(label, t.style("button")) + t.px(70)
            widget.rect = pygame.Rect(x - w, t.px(48), w, t.px(50))
            widget.rect.height = widget.fit_height(self.ui, 50)
            x -= w + t.px(14)
        back = by_label["Back"]
        back.rect = pygame.Rect(margin - t.px(12), t.px(20), t.px(110), t.px(40))
        back.rect.height = back.fit_height(self.ui, 40)
        heading = self.ui.text.line_height(t.style("heading"))
        self.heading_at = max(t.px(56), back.rect.bottom + t.px(4))
        self.words_at = self.heading_at + heading + t.px(4)
        words_h = self.ui.text.block(WELCOME, t.style("body"), t.color("muted"), width - 2 * margin).get_height()
        top = max(t.px(150), self.words_at + words_h + t.px(16), by_label["New deck"].rect.bottom + t.px(16))
        list_w = min(t.px(560), (width - 2 * margin) // 2)
        self.list_rect = pygame.Rect(margin, top, list_w, height - top - hint_bar(self.ui) - t.px(8))
        self.details = pygame.Rect(self.list_rect.right + t.px(32), top, width - margin - self.list_rect.right - t.px(32), 0)
        self.details.height = self.list_rect.height
        by_label["Decks"].rect = self.list_rect
        # The deck's buttons keep to the foot of its panel, whatever the text size: always in sight and clicked where
        # they show; the words above them scroll when larger text makes them taller than the rest of the panel.
        buttons = [w for w in (by_label.get(label) for label in DECK_BUTTONS) if isinstance(w, Button)]
        inner = self.details.inflate(0, -t.px(24))
        pad = t.px(28)
        if buttons:
            top_of = buttons_at_foot(self.ui, buttons, inner.left + pad, inner.bottom - pad, inner.width - 2 * pad)
            inner.height = top_of - t.px(8) - inner.top
        page = self.page.begin(self.ui, inner, pad)
        entry = self.entry
        if entry is None:
            page.text("No decks yet. Make one with New deck.", "body")
            page.end()
            return
        deck = entry.deck
        self.name_rect = page.text(entry.name, "heading", gap=6)
        page.marks.append(self.name_rect)
        if deck is not None and deck.description:
            page.text(deck.description, "body", "muted", gap=10)
        if deck is not None:
            page.text(deck_details(deck), "small", "muted", gap=6)
        where = (
            "Comes with Kindred; duplicate it to make changes."
            if entry.builtin
            else f"File: {PurePath(entry.path).name}, in your decks folder"
        )
        page.text(where, "small", "muted", gap=14)
        if entry.problems:
            page.text("Problems in the file", "body_bold", "danger", gap=4)
            for problem in entry.problems:
                item = problem_item(problem)
                page.text(f"{item.title}: {item.detail}" if item.detail else item.title, "small", "danger", gap=4)
        elif not entry.builtin:
            hint = "Edit it here, or open the file in any text editor: changes there show up here within a second."
            page.text(hint, "small", "muted", gap=8)
        foot = page.tail()
        page.text(DROP_HINT, "small", "muted", gap=0)
        page.end()
        page.to_foot(foot)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        margin = t.px(64)
        text_at(surface, self.ui, "Deck studio", "heading", (margin, self.heading_at))
        words = pygame.Rect(margin, self.words_at, t.size[0] - 2 * margin, 0)
        paragraph(surface, self.ui, WELCOME, "body", words, "muted")
        panel(surface, self.ui, self.details)
        entry = self.entry
        deck = entry.deck if entry is not None else None
        if deck is not None and self.details.colliderect(self.name_rect):
            clip = surface.get_clip()
            surface.set_clip(self.page.area if self.page.scrolls else clip)
            bar = (self.details.left, self.name_rect.top, t.px(6), t.px(40))
            pygame.draw.rect(surface, hex_color(deck.color), bar, border_radius=3)
            surface.set_clip(clip)
        self.draw_page(surface)
