"""One deck's cards: add, edit, reorder and delete them, with undo; every change is saved at once.

A built-in deck (or one whose file has problems) is shown read only: its cards can be looked
at and previewed, and it can be duplicated into a deck of the couple's own.
Spicy cards may be left out of the list (studio_deck_listing says when): `selected` is a row of the list, and
`card_index` that card's place in the deck.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from pathlib import PurePath

import pygame

from game.core.cards import AnswerType, Card, Deck, deck_to_data
from game.core.consent import Consent
from game.core.deck_editing import DeckSaveError, History, SavedCard, move_card, put_card, question_key, remove_card
from game.core.players import Couple
from game.core.quote_marks import in_quotes

from ..card_answers import ask_about_rewording, ask_to_delete_deck, counted, kept_for_good
from ..card_view import KIND_WORDS, LEVEL_WORDS, card_surface
from ..deck_copy import duplicate_deck
from ..deck_drop import problem_item
from ..deck_rewrite import ask_before_rewriting
from ..drawing import paragraph, put, text_at
from ..intents import Edit, Intent
from ..list_view import ListItem
from ..modals import ConfirmScene
from ..page import PagedScene, free_area
from ..routes import CardForm, DeckForm, Home, Setup
from ..scene import UI, ResultScene
from ..studio_widgets import ListedScene, PickList
from ..theme import hex_color
from ..widgets import Button, button_size
from .studio_card_values import saved_with_tips
from .studio_deck_listing import ALL_SPICY, hidden_words, listed, row_of

EMPTY = ListItem("No cards yet", "Add your first card. The deck is saved as soon as it has one.")


def card_summary(card: Card) -> str:
    """The small line under a card in the list: how it plays."""
    parts = [KIND_WORDS[card.kind], LEVEL_WORDS[card.level]]
    if card.answer is not AnswerType.TEXT and card.kind.value in ("ask", "both"):
        parts.append(f"{card.answer.value} answer")
    if card.options:
        parts.append(f"{len(card.options)} options")
    if card.quiz:
        parts.append("remembered, quizzed later")
    if card.seconds:
        parts.append(f"{card.timer_words} timer")
    if card.spicy:
        parts.append("spicy")
    return " · ".join(parts)


class DeckScene(ListedScene, PagedScene, ResultScene[str | None]):
    """Closes with the deck's path (None while it is not saved), so the studio selects the deck it comes back from."""

    list_label = "Cards"

    def __init__(self, ui: UI, couple: Couple, deck: Deck, path: str | None, read_only: bool = False) -> None:
        super().__init__(ui)
        self.couple, self.deck, self.path = couple, deck, path
        entry = next((e for e in ui.services.deck_entries() if path and e.path == path), None)
        self.builtin = entry.builtin if entry else False
        self.problems: tuple[str, ...] = entry.problems if entry else ()
        self.forced_read_only = read_only and not self.problems and not self.builtin
        self.history: History[Deck] = History()
        self.selected = self.offset = 0
        self.status = "Not saved yet: a deck is saved once it has a card." if path is None else ""
        self.list_rect = pygame.Rect(0, 0, 0, 0)
        self.preview = pygame.Rect(0, 0, 0, 0)
        self.count_at = self.banner_at = 0
        self.header_room = 0  # where the name at the top must end: Deck details begins there
        #: Spicy cards are listed only when the couple's limits let them come.
        self.spicy_shown = Consent.from_settings(ui.settings, ui.services.limits(couple)).spicy
        self.spicy_offered = bool(ui.settings["spicy"])

    @property
    def shown(self) -> list[int]:
        """The places in the deck of the cards listed, in order."""
        return listed(self.deck, self.spicy_shown)

    @property
    def hidden(self) -> int:
        """How many spicy cards the list leaves out."""
        return len(self.deck.cards) - len(self.shown)

    @property
    def card_index(self) -> int:
        """The place in the deck of the card chosen in the list (-1 when none is listed)."""
        shown = self.shown
        return shown[self.selected] if 0 <= self.selected < len(shown) else -1

    @property
    def read_only(self) -> bool:
        return self.builtin or bool(self.problems) or self.forced_read_only

    @property
    def hints(self) -> list[tuple[str, str]]:  # type: ignore[override]
        if self.read_only:
            folder = [("O", "open folder")] if self.problems else []
            return [("↑↓", "look through"), ("D", "duplicate to edit"), *folder, ("Esc", "back")]
        return [
            ("↑↓", "choose"),
            ("Enter", "edit"),
            ("N", "new card"),
            ("U / D", "move"),
            ("X", "delete"),
            ("Ctrl+Z", "undo"),
            ("P", "play"),
            ("Esc", "back"),
        ]

    # ---- widgets -------------------------------------------------------------------------

    def build(self) -> None:
        cards = self.deck.cards
        shown = self.shown
        self.selected = min(self.selected, max(0, len(shown) - 1))
        items = [ListItem(cards[index].text, card_summary(cards[index])) for index in shown]
        if not items:  # nothing to list: an empty deck, or one whose every card is hidden (said above the list)
            items = [EMPTY] if not cards else [ListItem("No cards to show", ALL_SPICY)]
        self.add(PickList("Cards", items, self.selected, self.select, self.open, self.offset))
        self.add(Button("Back", self.back, kind="quiet"))
        if self.read_only:
            self.add(Button("Duplicate to edit", self.duplicate, kind="primary", hotkey="d"))
            if self.problems:
                self.add(Button("Open folder", self.open_folder, hotkey="o"))
            return
        has = bool(shown)
        self.add(Button("Add a card", self.add_card, kind="primary", hotkey="n"))
        self.add(Button("Edit", lambda: self.open(self.selected), hotkey="e")).enabled = has
        self.add(Button("Move up", lambda: self.move(-1), hotkey="u")).enabled = has and self.selected > 0
        self.add(Button("Move down", lambda: self.move(1), hotkey="d")).enabled = has and self.selected < len(shown) - 1
        self.add(Button("Delete", self.delete, hotkey="x")).enabled = has
        self.add(Button("Undo", self.undo, hint="Ctrl+Z")).enabled = self.history.can_undo
        self.add(Button("Deck details", self.details, kind="quiet"))
        self.add(Button("Play this deck", self.play, kind="primary", hotkey="p")).enabled = has and self.path is not None

    # ---- changes -------------------------------------------------------------------------

    def change(self, deck: Deck, status: str) -> bool:
        """Make a change the couple can take back, and save it; False when it could not be saved (and is undone)."""
        self.history.record(self.deck)
        self.deck = deck
        return self.save(status)

    def save(self, status: str) -> bool:
        if not self.deck.cards:
            self.status = "Not saved yet: a deck is saved once it has a card."
            self.refresh()
            return True
        then = partial(self.save_as, status)
        if self.path is not None and ask_before_rewriting(self.ui, self.deck, self.path, then, self.take_back):
            return True  # saved once the couple says how
        try:
            self.path = self.ui.services.save_deck(self.deck, self.path)
        except DeckSaveError as error:
            self.ui.toast(" ".join([str(error), *error.problems[:2]]), seconds=6)
            self.ui.sound.play("soft")
            self.take_back()
            return False
        self.status = f"{status} Saved to {PurePath(self.path).name}."
        self.offset = self.listing().offset if self.widget("Cards") else 0
        self.refresh()
        self.listing().reveal(self.selected)  # it has cards: a deck without is not saved (above)
        return True

    def save_as(self, status: str, deck: Deck, path: str | None) -> None:
        if path is None:  # a copy, a deck of its own: what came before it was the original's, and stays there
            self.history, status = History(), f"Saved as a copy: {PurePath(self.path or '').name} stays as it was."
        self.deck, self.path = deck, path
        self.save(status)

    def take_back(self) -> None:  # not saved: back to the deck as its file holds it
        self.deck = self.history.undo() or self.deck
        self.refresh()

    def add_card(self) -> None:
        self.ui.push(CardForm(self.couple, self.deck, None), self.card_saved)

    def open(self, index: int) -> None:
        if not self.shown:
            if not self.deck.cards and not self.read_only:
                self.add_card()
            return
        self.selected = index
        if self.read_only:
            self.refresh()
            return
        self.ui.push(CardForm(self.couple, self.deck, self.card_index), self.card_saved)

    def move(self, step: int) -> None:
        """Swap the chosen card with the one listed above or below it (a hidden card between stays where it is)."""
        shown, target = self.shown, self.selected + step
        if self.read_only or not 0 <= self.selected < len(shown) or not 0 <= target < len(shown):
            return
        self.change(move_card(self.deck, shown[self.selected], shown[target] - shown[self.selected]), "Moved.")
        self.selected = target
        self.refresh()
        self.listing().reveal(target)

    def delete(self) -> None:
        if self.read_only or not self.shown:
            return
        if len(self.deck.cards) == 1 and self.path is not None:  # a deck is saved once it has a card: it goes with its last
            ask_to_delete_deck(self.ui, self.couple, self.deck, self.deck.name, self.path, self.deck_deleted)
            return
        card = self.deck.cards[self.card_index]
        answers = self.ui.services.remembered(self.couple, self.deck.id, [card.id]) if self.path else []
        stays = f" Its {counted(len(answers))} {'stays' if len(answers) == 1 else 'stay'} in Our story." if answers else ""
        words = card.text[:90] + ("…" if len(card.text) > 90 else "")  # isolated by in_quotes when it runs right to left
        detail = f"{in_quotes(words)}{stays}  Ctrl+Z brings it back."
        self.ui.push(ConfirmScene(self.ui, "Delete this card?", "Delete", "Keep it", detail), self.delete_answered)

    def deck_deleted(self, gone: bool) -> None:
        if gone:
            self.dismiss(None)  # back to the studio's list, the deck gone from it

    def undo(self) -> None:
        if self.read_only:
            return
        earlier = self.history.undo()
        if earlier is None:
            self.ui.toast("Nothing to undo.")
            return
        self.deck = earlier
        self.save("Undone.")

    def details(self) -> None:
        self.ui.push(DeckForm(self.deck), self.details_changed)

    def card_saved(self, saved: SavedCard | None) -> None:
        if saved is None:
            return
        index = saved.position
        earlier = self.deck.cards[index] if index is not None and self.path is not None else None
        if earlier is not None and question_key(earlier.text) != question_key(saved.card.text):
            answers = self.ui.services.remembered(self.couple, self.deck.id, [earlier.id])
            if answers:  # new words for a card with answers: a rewording, or a new question? The couple says
                ask_about_rewording(self.ui, self.couple, earlier, answers, partial(self.reworded, saved))
                return
        self.put_saved(saved)

    def reworded(self, saved: SavedCard, choice: str | None) -> None:
        """Keep the answers with the new words; or start the card afresh, under a new id, its answers kept with the
        old question; or (Esc) back to the card as it was typed."""
        index = saved.position
        assert index is not None
        if choice is None:
            self.ui.push(CardForm(self.couple, self.deck, index, typed=saved.card), self.card_saved)
            return
        if choice == "keep":
            self.put_saved(saved)
            return
        earlier = self.deck.cards[index]
        taken = {card.id for deck in self.ui.services.memory_decks(self.couple) if deck.id == self.deck.id for card in deck.cards}
        fresh = dataclasses.replace(saved.card, id=self.ui.services.new_card_id(saved.card.text, taken | {earlier.id}))
        if not kept_for_good(self.ui, self.deck, [earlier]):
            self.ui.push(CardForm(self.couple, self.deck, index, typed=saved.card), self.card_saved)
            return
        self.put_saved(SavedCard(index, fresh, saved.tips), "Card started afresh: its old answers stay in Our story.")

    def put_saved(self, saved: SavedCard, status: str = "") -> None:
        index = saved.position
        if not self.change(put_card(self.deck, saved.card, index), status or ("Card added." if index is None else "Card changed.")):
            # Not written (a read-only folder): the card stays on screen as typed, the toast saying why.
            self.ui.push(CardForm(self.couple, self.deck, index, typed=saved.card), self.card_saved)
            return
        if saved.tips:  # saved as written: the tips at the foot of the form are said once more, where they are seen
            self.ui.toast(saved_with_tips(saved.tips), seconds=6 + 4 * (len(saved.tips) - 1))
        placed = len(self.deck.cards) - 1 if index is None else index
        self.selected = row_of(self.shown, placed)
        if placed not in self.shown:  # a spicy card, saved, that the list leaves out for now
            self.ui.toast(f"Saved. {hidden_words(self.hidden, self.spicy_offered)}", seconds=6)
        self.refresh()
        self.listing().reveal(self.selected)
        self.focus_on(self.listing())  # back on the list, on the card just saved: ↑↓ to move on, N for the next

    def delete_answered(self, yes: bool) -> None:
        if yes and kept_for_good(self.ui, self.deck, [self.deck.cards[self.card_index]]):  # its answers stay in Our story
            self.change(remove_card(self.deck, self.card_index), "Deleted (Ctrl+Z brings it back).")

    def details_changed(self, deck: Deck | None) -> None:
        if deck is not None:
            self.change(deck, "Details changed.")

    def duplicate(self) -> None:
        copy = duplicate_deck(self.ui, self.couple, self.deck)
        if copy is not None:
            self.ui.replace(copy, self.then)  # the studio hears from the copy, as it would have from this deck

    def open_folder(self) -> None:
        problem = self.ui.services.open_decks_folder()
        self.ui.toast(problem or f"Your decks folder is open: fix {PurePath(self.path or '').name} there.", seconds=6)

    def play(self) -> None:
        self.ui.reset(Home(self.couple))
        self.ui.push(Setup(self.couple, quiz=False, only_deck=self.deck))

    def back(self) -> None:
        self.dismiss(self.path)  # the studio selects the deck it comes back from

    def deck_draft(self) -> dict[str, str | None]:
        """Which deck a card or its details kept when the window closed belong to (a deck not saved yet, in full)."""
        deck = self.deck
        return {"path": self.path, "id": deck.id, "name": deck.name, "description": deck.description, "color": deck.color}

    def handle(self, intent: Intent) -> None:
        if isinstance(intent, Edit) and intent.op == "undo":
            self.undo()
            return
        super().handle(intent)

    def handle_key(self, char: str) -> bool:
        if char == "undo":
            self.undo()
            return True
        return False

    def decks_changed(self) -> None:
        """The file changed on disk (an editor, a drop): show what it holds now; a broken file makes this read only."""
        entry = next((e for e in self.ui.services.deck_entries() if self.path and e.path == self.path), None)
        if entry is None:
            if self.path is not None:
                self.path = None
                self.status = "The file was removed. Change anything to save the deck again."
            self.problems = ()
        else:
            if entry.problems and not self.problems:
                self.status = "The file was changed on disk and now has problems."
            elif self.problems and not entry.problems:
                self.status = "The file is fixed: editing here works again."
            self.problems = entry.problems
            if entry.deck is not None and deck_to_data(entry.deck) != deck_to_data(self.deck):
                self.history.record(self.deck)
                self.deck = entry.deck
                self.status = "Reloaded: the file changed on disk."
        self.offset = self.listing().offset if self.widget("Cards") else 0
        self.refresh()

    # ---- looks ---------------------------------------------------------------------------

    def notes(self) -> list[tuple[str, str]]:
        """What is said above the cards, each with its colour: the spicy cards hidden, then a problem in the file."""
        notes = [(hidden_words(self.hidden, self.spicy_offered), "muted")] if self.hidden else []
        return notes + ([(self.banner(), "danger")] if self.problems else [])

    def banner(self) -> str:
        """What is wrong with the file, when something is: shown above the cards."""
        if not self.problems:
            return ""
        first = problem_item(self.problems[0])
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        where = f"{first.title}: {first.detail}" if first.detail else first.title
        return (
            f"The file has a problem{more}. {where}. "
            "The last good version is shown, and it is what plays. Fix the file in your editor to edit it here again."
        )

    def layout(self) -> None:
        t = self.ui.theme
        width, _height = t.size
        margin = t.px(64)
        self.count_at = t.px(60) + self.ui.text.line_height(t.style("heading")) + t.px(2)
        self.banner_at = max(t.px(136), self.count_at + self.ui.text.line_height(t.style("small")) + t.px(8))
        top = self.banner_at + t.px(4)
        for words, color in self.notes():
            top += self.ui.text.block(words, t.style("small"), t.color(color), width - 2 * margin).get_height() + t.px(8)
        column = t.px(210)
        bottom = min(free_area(self.ui).bottom, self.ui.hints_top(self.hints) - t.px(4))  # the hints may take two rows
        self.preview.width = min(t.px(340), (width - 2 * margin) // 3)
        card = self.deck.cards[self.card_index] if self.card_index >= 0 else None
        for _ in range(3):  # the card's id goes below the preview, wrapped to its width: room for both
            words = f"Card id: {card.id}" if card is not None else ""
            id_h = self.ui.text.block(words, t.style("hint"), t.color("muted"), self.preview.width).get_height() + t.px(16)
            self.preview.width = min(self.preview.width, (bottom - top - id_h) * 4 // 5)
        self.preview.height = int(self.preview.width * 1.25)
        self.preview.topright = (width - margin, top)
        actions_left = self.preview.left - t.px(28) - column
        self.list_rect = pygame.Rect(margin, top, actions_left - t.px(24) - margin, bottom - top - t.px(8))
        by_label = {widget.label: widget for widget in self.widgets}
        by_label["Cards"].rect = self.list_rect
        by_label["Back"].rect = pygame.Rect(margin - t.px(12), t.px(20), t.px(110), t.px(40))
        page = self.page.begin(self.ui, pygame.Rect(actions_left - t.px(8), top, column + t.px(16), bottom - top), t.px(8))
        for label in (
            "Duplicate to edit",
            "Open folder",
            "Add a card",
            "Edit",
            "Move up",
            "Move down",
            "Delete",
            "Undo",
        ):
            if label in by_label:
                page.widget(by_label[label], 50, gap=12 if label not in ("Add a card", "Delete") else 30)
        page.end()
        # At the top right, in sight at every text size: the deck's details across from Back, and playing the deck
        # (named in the hints too) under them, leaving the middle of the top for a toast.
        self.header_room = width - margin - t.px(16)
        y = t.px(20)
        for label, design in (("Deck details", 40), ("Play this deck", 46)):
            if label in by_label:
                button = by_label[label]
                assert isinstance(button, Button)
                w, h = button_size(self.ui, button, t.px(110), t.px(300), t.px(design))
                button.rect = pygame.Rect(width - margin - w, y, w, h)
                y = button.rect.bottom + t.px(6)
                self.header_room = min(self.header_room, button.rect.left - t.px(16))

    def draw(self, surface: pygame.Surface) -> None:
        t, ui = self.ui.theme, self.ui
        margin = t.px(64)
        pygame.draw.circle(surface, hex_color(self.deck.color), (margin + t.px(9), t.px(82)), t.px(9))
        name = ui.text.shortened(self.deck.name, t.style("heading"), self.header_room - margin - t.px(30))  # in full on the card
        text_at(surface, ui, name, "heading", (margin + t.px(30), t.px(60)))
        count = len(self.deck.cards)
        kind = "Built-in, read only. Duplicate it to make a version of your own." if self.builtin else ""
        line = kind or self.status or (f"Saved in {PurePath(self.path).name}." if self.path else "")
        words = f"{count} card{'s' if count != 1 else ''}" + (f"  ·  {line}" if line else "")
        words = ui.text.shortened(words, t.style("small"), self.header_room - margin - t.px(30))
        text_at(surface, ui, words, "small", (margin + t.px(30), self.count_at), "muted")
        y = self.banner_at
        for note, color in self.notes():
            y += paragraph(surface, ui, note, "small", pygame.Rect(margin, y, t.size[0] - 2 * margin, 0), color) + t.px(8)
        self.draw_preview(surface)
        self.draw_page(surface)

    def draw_preview(self, surface: pygame.Surface) -> None:
        t = self.ui.theme
        if self.card_index < 0:  # no card to show: an empty deck, or every card in it hidden
            empty = ALL_SPICY if self.deck.cards else "Your first card goes here: press Add a card."
            face = card_surface(self.ui, self.preview.size, self.deck.color, self.deck.name, 1, empty, "")
            put(surface, self.ui, face, (self.preview.left - t.px(14), self.preview.top - t.px(14)))
            return
        card = self.deck.cards[self.card_index]
        body = self.couple.fill(card.text, 0)
        face = card_surface(  # a small copy of the card: its words set smaller to show them whole
            self.ui, self.preview.size, self.deck.color, self.deck.name, card.level, body, KIND_WORDS[card.kind], card.note, True
        )
        put(surface, self.ui, face, (self.preview.left - t.px(14), self.preview.top - t.px(14)))
        words = f"Card id: {card.id}"
        at = pygame.Rect(self.preview.left, self.preview.bottom + t.px(16), self.preview.width, 0)
        paragraph(surface, self.ui, words, "hint", at, "muted")
